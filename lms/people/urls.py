from django.urls import path

from . import views

app_name = "people"
urlpatterns = [
    path("profiel/", views.profile, name="profile"),
    path("gedeeld/", views.shares, name="shares"),
    path("gedeeld/<id:pk>/intrekken/", views.revoke_share, name="revoke_share"),
]
