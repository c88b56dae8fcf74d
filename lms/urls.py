"""Every page of the platform under one include, in the "lms" namespace::

    path("leren/", include("lms.urls"))   # before Wagtail's own urls

Names read "lms:<app>:<page>", e.g. reverse("lms:goals:plan"). The leergang and leeragenda are Wagtail pages and
live wherever editors put them in the page tree.
"""

from django.urls import include, path

from lms.home import views as home_views

app_name = "lms"
urlpatterns = [
    path("overzicht/", home_views.dashboard, name="dashboard"),
    path("", include("lms.people.account_urls")),
    path("", include("lms.people.urls")),
    path("meldingen/", include("lms.notifications.urls")),
    path("ontwikkelplan/", include("lms.goals.urls")),
    path("cycli/", include("lms.cycles.urls")),
    path("leergang-hulp/", include("courses.urls")),
    path("buddy/", include("buddy.urls")),
    path("casussen/", include("casuistiek.urls")),
    path("intervisie/", include("intervisie.urls")),
    path("mijn-gegevens/", include("lms.privacy.urls")),
    path("downloads/", include("lms.documents.urls")),
    path("agenda/", include("lms.agenda.urls")),
]
