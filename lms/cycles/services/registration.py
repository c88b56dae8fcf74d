"""Starting a cycle: the participant's leervraag, the client's pseudonym and which parts the cycle will have."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from lms.people import access
from theme.submissions import create_once
from theme.usertext import normalise_plain

from .. import rules
from ..models import ReflectionCycle
from ..validators import validate_client_code
from .steps import log_event


def _next_number(owner) -> int:
    """One more than the owner's highest cycle number. The owner's row is locked first (PostgreSQL), so two
    cycles started at once by one person queue; on SQLite every write transaction holds the lock already."""
    list(get_user_model().objects.select_for_update().filter(pk=owner.pk).values_list("pk", flat=True))
    highest = ReflectionCycle.objects.filter(owner=owner).aggregate(highest=Max("number"))["highest"]
    return (highest or 0) + 1


@transaction.atomic
def start_cycle(owner, *, client_code, medium, learning_question, doubts="", with_video_analysis=True,
                with_client_feedback=True, with_analyst_feedback=True, with_intervision=False, follows=None,
                submission_key=None):
    """Register a conversation to learn from (step aangemeld). Only participants start cycles; a vervolggesprek
    follows one of the owner's own cycles, with the same client. The client code is checked to be a pseudonym."""
    access.require_capability(owner, rules.START_CYCLE)
    validate_client_code(client_code)
    if not (with_video_analysis or with_client_feedback or with_analyst_feedback or with_intervision):
        raise ValidationError(_("Kies minstens één onderdeel: video-analyse, feedback van de cliënt, van analisten "
                                "of intervisie."), code="no_parts")
    if follows is not None:
        access.require(owner, access.CHANGE, follows)
        if follows.client_code != client_code.strip():
            raise ValidationError(_("Een vervolggesprek is met dezelfde cliënt: gebruik dezelfde cliëntcode."),
                                  code="other_client")
    learning_question = normalise_plain(learning_question)
    if not learning_question:
        raise ValidationError(_("Schrijf je leervraag op: wat wil je van dit gesprek leren?"),
                              code="no_learning_question")
    cycle = create_once(
        ReflectionCycle.objects.filter(owner=owner), submission_key,
        lambda: ReflectionCycle.objects.create(
            owner=owner, number=_next_number(owner), client_code=client_code.strip(), medium=medium,
            learning_question=learning_question, doubts=normalise_plain(doubts),
            with_video_analysis=with_video_analysis, with_client_feedback=with_client_feedback,
            with_analyst_feedback=with_analyst_feedback, with_intervision=with_intervision, follows=follows,
            submission_key=submission_key,
        ),
        _("Deze video-reflectie was al aangemeld."))
    log_event(cycle, owner, _("Cyclus aangemeld"))
    return cycle
