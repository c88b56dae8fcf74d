from django.urls import path

from . import views

app_name = "casuistiek"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("kalibratie/", views.calibration, name="calibration"),
    path("poging/<id:pk>/", views.attempt_page, name="attempt"),
    path("groep/nieuw/", views.group_new, name="group_new"),
    path("groep/<id:pk>/", views.group, name="group"),
    path("<slug:slug>/", views.exercise, name="exercise"),
]
