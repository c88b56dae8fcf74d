"""Attempts are private to the participant (shareable through a share); a group sees only counts. And who may
do what with cases."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.cycles.models import Fragment
from lms.people import access
from lms.people.roles import Role

from .models import AttemptAgreement, CaseAttempt

PRACTISE_CASES = "casuistiek.practise_cases"
LEAD_GROUP_EXERCISE = "casuistiek.lead_group_exercise"

access.register(CaseAttempt, access.OwnerRule("user"))
access.register(AttemptAgreement, access.FollowsRule("attempt"))

# Using a fragment of a real cycle in a training case: an action of its own, so that it opens nothing else.
TRAIN = "train"


def training_fragments():
    """Fragments whose client's consent is active and allows training use; never a blind individual analysis's,
    nor one of a self-analysis its owner has not finished."""
    return Fragment.objects.filter(
        Q(analysis__isnull=True) | Q(analysis__is_consensus=True),
        Q(self_analysis__isnull=True) | Q(self_analysis__submitted_at__isnull=False),
        cycle__consent__withdrawn_at__isnull=True, cycle__consent__training_may_view=True,
    )


class TrainingFragmentGrant(access.Grant):
    """Who may edit cases may choose for a case a fragment the client allowed for training, and only such one.

    Casuïstiek knows this relation; the cycles' rule for fragments cannot (it stands a floor lower).
    """

    actions = frozenset({TRAIN})

    def allows(self, user, obj):
        return user.has_perm("lms_casuistiek.change_case") and training_fragments().filter(pk=obj.pk).exists()

    def condition(self, user):
        if not user.has_perm("lms_casuistiek.change_case"):
            return Q(pk__in=[])
        return Q(pk__in=training_fragments().values("pk"))


access.add_grant(Fragment, TrainingFragmentGrant())

access.register_capability(
    PRACTISE_CASES, {Role.PARTICIPANT}, _("Oefenen met casussen is voor deelnemers."),
    _("Een casus analyseren en terugkoppeling krijgen; de casussen staan in het menu van deelnemers."),
)
access.register_capability(
    LEAD_GROUP_EXERCISE, {Role.TEAMCOACH, Role.EDITOR}, _("Een groepsoefening start je als teamcoach of trainer."),
    _("Een casus openzetten voor een groep (intervisie of training) en de verdeling van de antwoorden zien."),
)
