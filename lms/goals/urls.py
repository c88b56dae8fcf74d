from django.urls import path

from .views import conversation, goal, plan

app_name = "goals"
urlpatterns = [
    path("", plan.plan, name="plan"),
    path("ontwikkelplan.pdf", plan.plan_pdf, name="plan_pdf"),
    path("evaluaties.ics", plan.plan_ics, name="plan_ics"),
    path("nieuw/", goal.create, name="create"),
    path("feedbackverzoeken/", conversation.inbox, name="inbox"),
    path("feedbackverzoeken/<id:pk>/intrekken/", conversation.withdraw_feedback, name="withdraw_feedback"),
    path("<id:pk>/", goal.detail, name="detail"),
    path("<id:pk>/evalueren/", goal.evaluate, name="evaluate"),
    path("<id:pk>/verwijderen/", goal.delete, name="delete"),
    path("<id:pk>/delen/", conversation.share, name="share"),
    path("<id:pk>/reageren/", conversation.comment, name="comment"),
    path("<id:pk>/feedback-vragen/", conversation.ask_feedback, name="ask_feedback"),
]
