"""Logging in and out and the password pages, with Django's own views and our templates (theme/templates/lms/account;
not registration/, so a host's own login templates stay its own), and the organisation's login (OpenID Connect,
lms/people/oidc), which answers only when the site configured it.

A host site that has its own login keeps it: it points LOGIN_URL at its own page and leaves these unused."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from .oidc import views as oidc_views

app_name = "account"
T = "lms/account/"
urlpatterns = [
    path("inloggen/", auth_views.LoginView.as_view(template_name=T + "login.html", redirect_authenticated_user=True),
         name="login"),
    path("inloggen/gemeente/", oidc_views.OrganisationLoginView.as_view(), name="oidc_login"),
    path("inloggen/gemeente/terug/", oidc_views.OrganisationCallbackView.as_view(), name="oidc_callback"),
    # One logout for both ways of logging in; it also ends the provider's session for people who came from there.
    path("uitloggen/", oidc_views.LogoutView.as_view(), name="logout"),
    path("wachtwoord-wijzigen/", auth_views.PasswordChangeView.as_view(
        template_name=T + "password_change_form.html", success_url=reverse_lazy("lms:account:password_change_done")),
        name="password_change"),
    path("wachtwoord-wijzigen/klaar/", auth_views.PasswordChangeDoneView.as_view(
        template_name=T + "password_change_done.html"), name="password_change_done"),
    path("wachtwoord-vergeten/", auth_views.PasswordResetView.as_view(
        template_name=T + "password_reset_form.html", email_template_name=T + "password_reset_email.html",
        subject_template_name=T + "password_reset_subject.txt",
        success_url=reverse_lazy("lms:account:password_reset_done")), name="password_reset"),
    path("wachtwoord-vergeten/verstuurd/", auth_views.PasswordResetDoneView.as_view(
        template_name=T + "password_reset_done.html"), name="password_reset_done"),
    path("wachtwoord-herstellen/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        template_name=T + "password_reset_confirm.html",
        success_url=reverse_lazy("lms:account:password_reset_complete")), name="password_reset_confirm"),
    path("wachtwoord-herstellen/klaar/", auth_views.PasswordResetCompleteView.as_view(
        template_name=T + "password_reset_complete.html"), name="password_reset_complete"),
]
