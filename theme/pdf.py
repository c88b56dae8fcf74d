"""PDFs with WeasyPrint from the same templates as the pages, tagged for accessibility (PDF/UA-1).

The URL fetcher answers only two kinds of address: our own static files (looked up through the staticfiles
finders, so a PDF can never read a file outside them) and `data:` URLs (charts made in memory). Everything
else, the network included, is refused.
"""

import mimetypes
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from weasyprint.urls import URLFetcher, URLFetcherResponse

# A base URL that can never be fetched: relative links in the template resolve against it, then the fetcher
# maps /static/... to files.
PDF_BASE_URL = "https://pdf.vknz.invalid/"


class StaticOnlyFetcher(URLFetcher):
    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        parsed = urlparse(url)
        prefix = settings.STATIC_URL
        if f"{parsed.scheme}://{parsed.netloc}/" == PDF_BASE_URL and parsed.path.startswith(prefix):
            relative = unquote(parsed.path[len(prefix):])
            path = finders.find(relative) if ".." not in relative.split("/") else None
            if path:
                with open(path, "rb") as handle:
                    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, handle.read(), {"Content-Type": content_type})
        raise ValueError(f"PDF may not fetch {url!r}")


def render_pdf(template_name, context, request=None) -> bytes:
    from weasyprint import HTML  # heavy (fonts, Pango); loaded on the first PDF, not at start-up

    html = render_to_string(template_name, context, request=request)
    document = HTML(string=html, base_url=PDF_BASE_URL, url_fetcher=StaticOnlyFetcher())
    return document.write_pdf(pdf_variant="pdf/ua-1")


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"  # personal content: no copies in shared caches
    return response
