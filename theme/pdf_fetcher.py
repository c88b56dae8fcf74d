"""The only URL fetcher our PDFs use: our own static files and `data:` URLs, nothing else (see theme/pdf.py).

Its own module because it subclasses WeasyPrint's fetcher: importing it loads WeasyPrint, which only the code
that renders a PDF should do.
"""

import mimetypes
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .pdf import PDF_BASE_URL


class StaticOnlyFetcher(URLFetcher):
    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        parsed = urlparse(url)
        prefix = settings.STATIC_URL
        if f"{parsed.scheme}://{parsed.netloc}/" == PDF_BASE_URL and parsed.path.startswith(prefix):
            relative = unquote(parsed.path[len(prefix):])
            path = static_file(relative) if ".." not in relative.split("/") else None
            if path:
                with open(path, "rb") as handle:
                    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, handle.read(), {"Content-Type": content_type})
        raise ValueError(f"PDF may not fetch {url!r}")


def static_file(relative: str) -> str | None:
    """The file behind a static name: an app's own (finders), else a collected one, hashed names included."""
    found = finders.find(relative)
    if found:
        return found
    try:
        return staticfiles_storage.path(relative) if staticfiles_storage.exists(relative) else None
    except (NotImplementedError, SuspiciousFileOperation):  # a remote storage has no path; or outside its root
        return None
