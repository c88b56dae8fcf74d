from django.urls import path

from . import views

app_name = "buddy"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("aanbod/", views.offer, name="offer"),
    path("voorstellen/", views.proposals, name="proposals"),
    path("koppel/<int:pk>/", views.pair_page, name="pair"),
    path("koppel/<int:pk>/reageren/", views.respond, name="respond"),
    path("koppel/<int:pk>/beeindigen/", views.end, name="end"),
]
