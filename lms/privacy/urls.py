from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("", views.my_data, name="my_data"),
    path("download/", views.export_start, name="export_start"),
    path("download/<uuid:token>/", views.export_download, name="export_download"),
    path("uitstappen/", views.step_out, name="step_out"),
]
