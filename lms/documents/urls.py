from django.urls import path

from . import views

app_name = "documents"
urlpatterns = [
    path("<uuid:token>/", views.job, name="job"),
    path("<uuid:token>/download", views.download, name="download"),
]
