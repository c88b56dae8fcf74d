from django.urls import path

from . import views

app_name = "intervisie"
urlpatterns = [
    path("", views.group_list, name="list"),
    path("nieuw/", views.group_new, name="group_new"),
    path("groep/<id:pk>/", views.group_page, name="group"),
    path("groep/<id:pk>/agenda-link/", views.new_feed_token, name="new_feed_token"),
    path("groep/<id:pk>/datumprikker/", views.poll_new, name="poll_new"),
    path("datumprikker/<id:pk>/", views.poll_page, name="poll"),
    path("sessie/<id:pk>/", views.session_page, name="session"),
    path("sessie/<id:pk>/annuleren/", views.session_cancel, name="session_cancel"),
    path("sessie/<id:pk>/planning/", views.session_plan, name="session_plan"),
    path("sessie/<id:pk>/fragmenten/", views.session_fragments, name="session_fragments"),
    path("sessie/<id:pk>/uitnodiging.ics", views.session_invite, name="session_invite"),
    path("agenda/<uuid:token>.ics", views.feed, name="feed"),
    path("video-reflectie/<id:pk>/inbrengen/", views.link_cycle, name="link_cycle"),
    path("video-reflectie/<id:pk>/verder/", views.continue_cycle, name="continue_cycle"),
]
