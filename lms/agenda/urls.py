from django.urls import path

from . import views

app_name = "agenda"

urlpatterns = [
    path("", views.current, name="current"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard.csv", views.dashboard_export, {"fmt": "csv"}, name="export_csv"),
    path("dashboard.xlsx", views.dashboard_export, {"fmt": "xlsx"}, name="export_xlsx"),
    path("wat-we-leren/", views.learning, name="learning"),
    path("bijdragen/", views.mine, name="mine"),
    path("bijdragen/nieuw/", views.contribute, name="contribute"),
    path("bijdragen/<id:pk>/intrekken/", views.withdraw, name="withdraw"),
    path("doelen/<id:pk>/themas/", views.goal_themes, name="goal_themes"),
    path("<id:pk>/leeragenda.pdf", views.agenda_pdf, name="pdf"),
]
