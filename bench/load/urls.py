"""The product's URLs plus the floor: a bare view behind the same middleware, served by the same gunicorn."""

from django.http import HttpResponse
from django.urls import include, path

from lms.extensions.kept_pages import not_kept

FLOOR_PATH = "__bench__/floor/"
PDF_FLOOR_PATH = "__bench__/pdf-floor/"


@not_kept  # a text answer: not a page the site would look for in the cache
def floor(request):
    """What every page pays at least: the middleware, and the session and user it reads (as a logged-in page does),
    then a short response. No template, no query of its own."""
    return HttpResponse(f"ok {int(request.user.is_authenticated)}\n", content_type="text/plain; charset=utf-8")


@not_kept
def pdf_floor(request):
    """The floor of a PDF: a minimal WeasyPrint page, laid out in the request. Asked for only in the one-user pass,
    after the floor-only memory was taken (it loads WeasyPrint into the worker)."""
    from weasyprint import HTML

    pdf = HTML(string="<!doctype html><html lang=nl><title>Vloer</title><p>Vloer</p></html>").write_pdf()
    return HttpResponse(pdf, content_type="application/pdf")


urlpatterns = [
    path(FLOOR_PATH, floor, name="bench-floor"),
    path(PDF_FLOOR_PATH, pdf_floor, name="bench-pdf-floor"),
    path("", include("vknz_site.urls")),
]
