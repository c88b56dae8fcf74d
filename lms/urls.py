from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

account_urls = [
    path("inloggen/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("wachtwoord-wijzigen/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("wachtwoord-wijzigen/klaar/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("wachtwoord-vergeten/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path("wachtwoord-vergeten/verstuurd/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "wachtwoord-herstellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-herstellen/klaar/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]

urlpatterns = [
    *account_urls,
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
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Wagtail serves every other path (the home page and later the leergang and leeragenda pages). Last.
urlpatterns.append(path("", include(wagtail_urls)))
