"""The request's Wagtail site, kept between requests."""

from django.http.request import split_domain_port
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from lms.extensions.kept import PAGES, one_read_per_request, peek, shared

ROOT = ("site-root", (Site, PAGES))


class KeptSiteMiddleware:
    """Wagtail looks up the site of every request by host name and port, and a page's route starts at the site's
    root page: three queries for the same answers on every page. This keeps the site per host name and port until a
    site is saved or a page published, moved or deleted, and hands it to Wagtail where Wagtail keeps its own per
    request (`request._wagtail_site`, see Site.find_for_request). The root page, once a page was routed from it
    (PlatformPage.route keeps it), comes with it. Kept parts read their versions once in the request (one round
    trip to the cache). Optional: without it Wagtail looks them up itself and each kept part asks the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with one_read_per_request():
            return self._serve(request)

    def _serve(self, request):
        # Looked up when Wagtail first asks (a page, a URL of a page), not for views that never do.
        request._wagtail_site = SimpleLazyObject(lambda: self._site(request))
        return self.get_response(request)

    @staticmethod
    def _site(request):
        hostname = split_domain_port(request._get_raw_host())[0].lower()
        site = shared("site", f"{hostname}:{request.get_port()}", (Site, PAGES),
                      lambda: Site._find_for_request(request))
        if site is not None:
            root = peek(ROOT[0], str(site.pk), ROOT[1])
            if root is not None and root.pk == site.root_page_id:
                site.root_page = root
                request._lms_root_kept = True
        return site
