"""The goals app's documents: 'Mijn ontwikkelplan' as PDF (delivered within budget by lms.documents)."""

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lms.documents.registry import Document, register
from lms.people import access
from lms.people.models import Participant

from .charts import progress_chart
from .extensions import attach_evaluation_notes
from .rules import KEEP_PLAN
from .selectors import plan_for

PLAN = "goals.plan"


@register(PLAN)
def plan_document(user):
    """The owner's own plan only: the builder takes no one else's id."""
    access.require_capability(user, KEEP_PLAN)
    current = plan_for(user)
    goals = [goal for goal, actions in current.learning for goal in [goal, *actions]] + current.loose_actions
    goals += current.closed
    for goal in goals:
        goal.chart = progress_chart(goal.evaluations.all(), goal.versions.all())
    attach_evaluation_notes(user, [evaluation for goal in goals for evaluation in goal.evaluations.all()])
    participant = Participant.objects.select_related("team").filter(user=user).first()
    today = timezone.localdate()
    return Document(
        template="goals/plan_pdf.html",
        context={"goals": goals, "participant": participant, "owner": user, "today": today},
        filename=f"ontwikkelplan-{slugify(user.username)}-{today:%Y-%m-%d}.pdf",
        title=_("Mijn ontwikkelplan"),
    )
