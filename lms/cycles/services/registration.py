"""Starting a cycle: the participant's leervraag, the client's pseudonym and which parts the cycle will have."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from lms.framework.models import Framework
from lms.people import access
from theme.submissions import create_once
from theme.usertext import normalise_plain

from .. import rules
from ..models import Medium, ReflectionCycle, Step
from ..validators import validate_client_code
from ..variants import INGREDIENTS, check_combination
from .steps import expect_step, locked, log_event


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
    """Register a conversation to learn from. Only participants start cycles; a vervolggesprek follows one of the
    owner's own cycles, with the same client. The client code is checked to be a pseudonym; a leidinggevende's
    conversation with a medewerker has none. The ingredients decide the steps (`variants.py`): the first is
    the client's consent, except for intervisie on one's own experience, which involves no client."""
    access.require_capability(owner, rules.START_CYCLE)
    check_combination(medium, with_video_analysis=with_video_analysis, with_client_feedback=with_client_feedback,
                      with_analyst_feedback=with_analyst_feedback, with_intervision=with_intervision)
    if medium == Medium.MANAGER:
        client_code = ""
    elif not (client_code or "").strip():
        raise ValidationError(_("Vul een cliëntcode in."), code="no_client_code")
    else:
        validate_client_code(client_code)
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
        lambda: _create(
            owner=owner, number=_next_number(owner), client_code=client_code.strip(), medium=medium,
            learning_question=learning_question, doubts=normalise_plain(doubts),
            with_video_analysis=with_video_analysis, with_client_feedback=with_client_feedback,
            with_analyst_feedback=with_analyst_feedback, with_intervision=with_intervision, follows=follows,
            submission_key=submission_key, framework=Framework.current(),
        ),
        _("Deze video-reflectie was al aangemeld."))
    return cycle


def _create(**fields):
    cycle = ReflectionCycle(**fields)
    cycle.step = cycle.first_step()
    cycle.save()
    log_event(cycle, cycle.owner, _("Cyclus aangemeld"))
    return cycle


@transaction.atomic
def change_variant(owner, cycle, **ingredients):
    """Before the client signed, the owner may still choose other ingredients (e.g. the client will not be
    interviewed). Afterwards the consent was given for these, so they stay."""
    access.require(owner, access.CHANGE, cycle)
    cycle = locked(cycle)
    expect_step(cycle, Step.REGISTERED, *([Step.INTERVISION] if not cycle.needs_consent else []))
    check_combination(cycle.medium, **{name: bool(ingredients.get(name)) for name in INGREDIENTS})
    for name in INGREDIENTS:
        setattr(cycle, name, bool(ingredients.get(name)))
    cycle.step = cycle.first_step()
    cycle.save(update_fields=[*INGREDIENTS, "step"])
    log_event(cycle, owner, _("Onderdelen van de cyclus gewijzigd"))
    # The locked copy remembers that it had no consent: hand back a fresh one, so the consent recorded next counts.
    return ReflectionCycle.objects.get(pk=cycle.pk)
