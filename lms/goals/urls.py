from django.urls import path

from .views import conversation, goal, plan

app_name = "goals"
urlpatterns = [
    path("", plan.plan, name="plan"),
    path("ontwikkelplan.pdf", plan.plan_pdf, name="plan_pdf"),
    path("evaluaties.ics", plan.plan_ics, name="plan_ics"),
    path("nieuw/", goal.create, name="create"),
    path("feedbackverzoeken/", conversation.inbox, name="inbox"),
    path("feedbackverzoeken/<int:pk>/intrekken/", conversation.withdraw_feedback, name="withdraw_feedback"),
    path("<int:pk>/", goal.detail, name="detail"),
    path("<int:pk>/evalueren/", goal.evaluate, name="evaluate"),
    path("<int:pk>/verwijderen/", goal.delete, name="delete"),
    path("<int:pk>/delen/", conversation.share, name="share"),
    path("<int:pk>/reageren/", conversation.comment, name="comment"),
    path("<int:pk>/feedback-vragen/", conversation.ask_feedback, name="ask_feedback"),
]
