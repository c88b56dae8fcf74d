"""This site's URLconf: the platform at the root, the Wagtail admin, and Wagtail's pages for everything else."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    # The icon's address is resolved per request: with hashed static names it is only known after collectstatic.
    return HttpResponseRedirect(static("theme/favicon.svg"))


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    """Everything worth reading here sits behind a login and is personal: search engines are asked to stay out."""
    return HttpResponse("User-agent: *\nDisallow: /\n", content_type="text/plain; charset=utf-8")


urlpatterns = [
    # Browsers and crawlers ask for these at the root whatever the page says; without them every visit logs a 404.
    path("favicon.ico", favicon),
    path("robots.txt", robots_txt),
    path("", include("lms.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Wagtail serves every other path (the home page, the leergang and leeragenda pages). Last.
urlpatterns.append(path("", include(wagtail_urls)))
