from django.urls import path

from . import views

app_name = "buddy"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("aanbod/", views.offer, name="offer"),
    path("voorstellen/", views.proposals, name="proposals"),
    path("koppel/<id:pk>/", views.pair_page, name="pair"),
    path("koppel/<id:pk>/reageren/", views.respond, name="respond"),
    path("koppel/<id:pk>/beeindigen/", views.end, name="end"),
    path("check-in/<id:pk>/wijzigen/", views.checkin_edit, name="checkin_edit"),
    path("check-in/<id:pk>/afzeggen/", views.checkin_cancel, name="checkin_cancel"),
    path("check-in/<id:pk>/gehouden/", views.checkin_held, name="checkin_held"),
]
