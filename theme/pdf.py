"""PDFs with WeasyPrint from the same templates as the pages, tagged for accessibility (PDF/UA-1).

The URL fetcher answers only two kinds of address: our own static files and `data:` URLs (charts made in
memory). Everything else, the network included, is refused. A static file is looked up through the staticfiles
finders (development, tests) and then through the static storage, whose collected files carry hashed names in
production ("print.4f2a….css", which the finders do not know); both stay inside their own directories, so a PDF
can never read a file outside them.

The stylesheets (tokens.css is 65 KB) and the font configuration are loaded once per process and handed to every
document, instead of each document fetching and parsing them again: see `print_stylesheets()`.

The budget: WeasyPrint's time grows with the HTML it lays out (a goal of 1 MB took minutes and a worker's life).
The HTML is cheap to make, so it is made first and measured. A person's request never lays out a PDF: documents
are made by background jobs (`lms.documents`), which refuse anything over `JOB_HTML_BUDGET`; `INLINE_HTML_BUDGET`
bounds what code outside a request (the data export's summary) renders in one go. Every free text has a maximum
length, so a document's size follows from how many items it lists.
"""

import functools

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.templatetags.static import static

# A base URL that can never be fetched: relative links in the template resolve against it, then the fetcher
# maps /static/... to files.
PDF_BASE_URL = "https://pdf.vknz.invalid/"

# Characters of HTML: what may be rendered while a person waits for the response, and what a background job may
# render within the worker's timeout (Q_CLUSTER["timeout"], 60 s). Measured: about 2 s per 100,000 characters of
# running text, so a request renders for at most ~2 s and a job for at most ~40 s.
INLINE_HTML_BUDGET = 100_000
JOB_HTML_BUDGET = 2_000_000


# The print stylesheets, in the order they apply; every PDF template extends theme/print_base.html, which links none.
STYLESHEETS = ("theme/tokens.css", "theme/print.css")


class DocumentTooLarge(ValueError):
    """The HTML is over the budget of where it would be rendered; the caller chooses the other way or refuses."""


def render_html(template_name, context, request=None) -> str:
    return render_to_string(template_name, context, request=request)


def html_to_pdf(html: str, budget: int = INLINE_HTML_BUDGET) -> bytes:
    """Lay out `html` as a tagged PDF, but never more HTML than `budget` characters."""
    if len(html) > budget:
        raise DocumentTooLarge(f"{len(html)} characters of HTML, over the budget of {budget}")
    # Heavy (fonts, Pango, ~60 MB): loaded by the first PDF a process makes, so a web worker that never renders
    # one never carries it.
    from weasyprint import HTML

    from .pdf_fetcher import StaticOnlyFetcher

    stylesheets, font_config = print_stylesheets()
    document = HTML(string=html, base_url=PDF_BASE_URL, url_fetcher=StaticOnlyFetcher())
    return document.write_pdf(pdf_variant="pdf/ua-1", stylesheets=stylesheets, font_config=font_config)


def stylesheet_urls() -> list[str]:
    """The stylesheets' URLs as the static storage names them (hashed in production): part of a document's key, so
    a new stylesheet after a deploy makes documents anew instead of serving ones kept with the old look."""
    return [static(name) for name in STYLESHEETS]


def print_stylesheets():
    """The parsed print stylesheets and the font configuration they use, made once per process (a worker keeps
    them for every document it renders). Fetched through the static-only fetcher, so production's hashed names
    resolve as for any other static file; kept per set of names, so a changed storage gets its own."""
    return _parsed_stylesheets(tuple(stylesheet_urls()))


@functools.cache
def _parsed_stylesheets(urls):
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    from .pdf_fetcher import StaticOnlyFetcher

    font_config = FontConfiguration()
    fetcher = StaticOnlyFetcher()
    sheets = [CSS(url=PDF_BASE_URL.rstrip("/") + url, url_fetcher=fetcher, font_config=font_config)
              for url in urls]
    return sheets, font_config


def render_pdf(template_name, context, request=None, budget: int = INLINE_HTML_BUDGET) -> bytes:
    """A PDF from a template, within `budget`; documents that may be large go through `lms.documents` instead."""
    return html_to_pdf(render_html(template_name, context, request=request), budget=budget)


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"  # personal content: no copies in shared caches
    return response
