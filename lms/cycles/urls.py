from django.urls import path

from .views import analyst, participant, ratings, samenleerwijzer, self_analysis

app_name = "cycles"
urlpatterns = [
    path("", participant.cycle_list, name="list"),
    path("nieuw/", participant.start, name="start"),
    path("leerpad/", participant.path_overview, name="path"),
    path("werkplek/", analyst.analyst_workspace, name="workspace"),
    path("toewijzen/", analyst.assign_list, name="assign_list"),
    path("<id:pk>/", participant.detail, name="detail"),
    path("<id:pk>/onderdelen/", participant.variant, name="variant"),
    path("<id:pk>/zelfbeeld/", participant.self_assessment, name="self_assessment"),
    path("<id:pk>/terugblik/", participant.follow_up, name="follow_up"),
    path("<id:pk>/toestemming/", participant.consent, name="consent"),
    path("<id:pk>/toestemming/intrekken/", participant.withdraw, name="withdraw"),
    path("<id:pk>/opname/", participant.recording, name="recording"),
    path("<id:pk>/fragment/", participant.fragment, name="fragment"),
    path("<id:pk>/aandachtspunt/", participant.attention_point, name="attention_point"),
    path("aandachtspunt/<id:pk>/doel/", participant.point_to_goal, name="point_to_goal"),
    path("<id:pk>/afronden/", participant.finish, name="finish"),
    path("<id:pk>/delen/", participant.share, name="share"),
    path("<id:pk>/<slug:kind>.pdf", participant.consent_pdf, name="pdf"),
    path("<id:pk>/toewijzen/", analyst.assign, name="assign"),
    path("<id:pk>/analyse/", analyst.analysis, name="analysis"),
    path("<id:pk>/vergelijking/", analyst.comparison, name="comparison"),
    path("<id:pk>/vrijgeven/", analyst.release, name="release"),
    path("<id:pk>/interview/", analyst.interview, name="interview"),
    path("<id:pk>/reflectie/", analyst.reflection, name="reflection"),
]

# The client's session rating (views/ratings.py): the klantmanager's pages, and the client's page on a one-time link.
urlpatterns += [
    path("beoordelingen/", ratings.rating_list, name="ratings"),
    path("beoordelingen/nieuw/", ratings.rating_new, name="rating_new"),
    path("beoordelingen/link/<id:pk>/intrekken/", ratings.rating_link_revoke, name="rating_link_revoke"),
    path("beoordelingen/<id:pk>/verwijderen/", ratings.rating_delete, name="rating_delete"),
    path("gesprek-beoordelen/bedankt/", ratings.rate_thanks, name="rate_thanks"),
    path("gesprek-beoordelen/<str:token>/", ratings.rate, name="rate"),
]

# The Samenleerwijzer (views/samenleerwijzer.py): the klantmanager's own conversations with a client about their
# collaboration, their aandachtspunten and the cadence.
urlpatterns += [
    path("samenleerwijzer/", samenleerwijzer.talk_list, name="talk_list"),
    path("samenleerwijzer/wijzer/", samenleerwijzer.talk_guide, name="talk_guide"),
    path("samenleerwijzer/ritme/", samenleerwijzer.talk_cadence, name="talk_cadence"),
    path("samenleerwijzer/nieuw/", samenleerwijzer.talk_new, name="talk_new"),
    path("samenleerwijzer/<id:pk>/", samenleerwijzer.talk_detail, name="talk_detail"),
    path("samenleerwijzer/<id:pk>/wijzigen/", samenleerwijzer.talk_edit, name="talk_edit"),
    path("samenleerwijzer/<id:pk>/verwijderen/", samenleerwijzer.talk_delete, name="talk_delete"),
    path("samenleerwijzer/<id:pk>/aandachtspunt/", samenleerwijzer.talk_point, name="talk_point"),
    path("samenleerwijzer/aandachtspunt/<id:pk>/doel/", samenleerwijzer.talk_point_to_goal,
         name="talk_point_to_goal"),
]

# The Kijkwijzer self-analysis (views/self_analysis.py): on its own, or inside one of the participant's cycles.
urlpatterns += [
    path("kijkwijzer/", self_analysis.self_analysis_list, name="kijkwijzer"),
    path("kijkwijzer/nieuw/", self_analysis.self_analysis_start, name="kijkwijzer_start"),
    path("kijkwijzer/cyclus/<id:pk>/", self_analysis.self_analysis_for_cycle, name="kijkwijzer_cycle"),
    path("kijkwijzer/<id:pk>/", self_analysis.self_analysis_edit, name="kijkwijzer_edit"),
    path("kijkwijzer/<id:pk>/bekijken/", self_analysis.self_analysis_view, name="kijkwijzer_view"),
    path("kijkwijzer/<id:pk>/verwijderen/", self_analysis.self_analysis_delete, name="kijkwijzer_delete"),
]
