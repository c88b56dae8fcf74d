"""The product's URLs plus the floor: a bare view behind the same middleware, served by the same gunicorn."""

from django.http import HttpResponse
from django.urls import include, path

FLOOR_PATH = "__bench__/floor/"


def floor(request):
    """What every page pays at least: the middleware, and the session and user it reads (as a logged-in page does),
    then a short response. No template, no query of its own."""
    return HttpResponse(f"ok {int(request.user.is_authenticated)}\n", content_type="text/plain; charset=utf-8")


urlpatterns = [
    path(FLOOR_PATH, floor, name="bench-floor"),
    path("", include("vknz_site.urls")),
]
