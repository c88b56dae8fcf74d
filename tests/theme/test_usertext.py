"""User text is escaped, keeps its line breaks and gets safe links; limited HTML keeps only the allow-list."""

from django.template import Context, Template

from theme.usertext import clean_html, normalise_plain, render_plain


def test_script_in_plain_text_is_shown_as_text_not_run():
    html = render_plain('<script>alert("x")</script> en <b>vet</b>')
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html


def test_line_breaks_and_paragraphs_are_kept():
    html = render_plain("Eerste regel\nTweede regel\n\nNieuwe alinea")
    assert html == "<p>Eerste regel<br>Tweede regel</p>\n\n<p>Nieuwe alinea</p>"


def test_web_addresses_become_safe_links():
    html = render_plain("Zie https://www.example.org/uitleg voor meer.")
    assert 'href="https://www.example.org/uitleg"' in html
    assert 'rel="nofollow noopener noreferrer"' in html


def test_javascript_links_in_limited_html_are_removed():
    html = clean_html('<p><a href="javascript:alert(1)">klik</a> <strong>ok</strong><img src=x onerror=alert(1)></p>')
    assert "javascript" not in html
    assert "<img" not in html and "onerror" not in html
    assert "<strong>ok</strong>" in html


def test_control_characters_and_windows_line_endings_are_normalised():
    assert normalise_plain("  regel een\r\nregel\x00 twee\x07  ") == "regel een\nregel twee"


def test_the_template_filter_renders_safely():
    rendered = Template("{% load usertext %}{{ text|usertext }}").render(Context({"text": "a<b\nc"}))
    assert rendered == "<p>a&lt;b<br>c</p>"
