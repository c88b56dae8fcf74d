"""The request's Wagtail site, kept between requests."""

from django.http.request import split_domain_port
from wagtail.models import Page, Site

from lms.extensions.kept import PAGES, one_read_per_request, shared

SITE = ("site", (Site, PAGES))


def site_key(request) -> str:
    return f"{split_domain_port(request._get_raw_host())[0].lower()}:{request.get_port()}"


class KeptSiteMiddleware:
    """Wagtail looks up the site of every request by host name and port, and a page's route starts at the site's
    root page: three queries for the same answers on every page. This keeps the site per host name and port until a
    site is saved or a page published, moved or deleted, and hands it to Wagtail where Wagtail keeps its own per
    request (`request._wagtail_site`, see Site.find_for_request). Once a page was routed from the root page,
    PlatformPage.route keeps the site again with its root page. Kept parts read their versions once in the request
    (one round trip to the cache). Optional: without it Wagtail looks the site up itself and each kept part asks the
    cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with one_read_per_request():
            return self._serve(request)

    def _serve(self, request):
        site = shared(SITE[0], site_key(request), SITE[1], lambda: Site._find_for_request(request))
        request._wagtail_site = site
        # Wagtail's own lookup brings the root as a plain Page; PlatformPage.route keeps its specific page.
        root = site._state.fields_cache.get("root_page") if site is not None else None
        request._lms_root_kept = root is not None and type(root) is not Page
        return self.get_response(request)
