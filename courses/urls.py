from django.urls import path

from . import views

app_name = "courses"
urlpatterns = [
    path("voortgang/", views.team_progress, name="team_progress"),
    path("kijkwijzer.pdf", views.worksheet_pdf, name="worksheet_pdf"),
    path("mijn-antwoorden.pdf", views.my_answers_pdf, name="my_answers_pdf"),
]
