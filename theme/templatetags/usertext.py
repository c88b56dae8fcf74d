from django import template

from theme import usertext as cleaning

register = template.Library()


@register.filter
def usertext(value):
    """{{ goal.description|usertext }}: plain user text as safe paragraphs with links."""
    return cleaning.render_plain(value or "")


@register.filter
def userhtml(value):
    """{{ page.note|userhtml }}: limited user HTML, cleaned again on the way out."""
    return cleaning.render_html(value or "")
