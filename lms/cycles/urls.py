from django.urls import path

from .views import analyst, participant

app_name = "cycles"
urlpatterns = [
    path("", participant.cycle_list, name="list"),
    path("nieuw/", participant.start, name="start"),
    path("werkplek/", analyst.analyst_workspace, name="workspace"),
    path("toewijzen/", analyst.assign_list, name="assign_list"),
    path("<int:pk>/", participant.detail, name="detail"),
    path("<int:pk>/toestemming/", participant.consent, name="consent"),
    path("<int:pk>/toestemming/intrekken/", participant.withdraw, name="withdraw"),
    path("<int:pk>/opname/", participant.recording, name="recording"),
    path("<int:pk>/fragment/", participant.fragment, name="fragment"),
    path("<int:pk>/aandachtspunt/", participant.attention_point, name="attention_point"),
    path("aandachtspunt/<int:pk>/doel/", participant.point_to_goal, name="point_to_goal"),
    path("<int:pk>/afronden/", participant.finish, name="finish"),
    path("<int:pk>/delen/", participant.share, name="share"),
    path("<int:pk>/<slug:kind>.pdf", participant.consent_pdf, name="pdf"),
    path("<int:pk>/toewijzen/", analyst.assign, name="assign"),
    path("<int:pk>/analyse/", analyst.analysis, name="analysis"),
    path("<int:pk>/vergelijking/", analyst.comparison, name="comparison"),
    path("<int:pk>/vrijgeven/", analyst.release, name="release"),
    path("<int:pk>/interview/", analyst.interview, name="interview"),
    path("<int:pk>/reflectie/", analyst.reflection, name="reflection"),
]
