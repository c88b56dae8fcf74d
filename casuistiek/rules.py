"""Attempts are private to the participant (shareable through a share); a group sees only counts. And who may
do what with cases."""

from django.utils.translation import gettext_lazy as _

from lms.people import access
from lms.people.roles import Role

from .models import AttemptAgreement, CaseAttempt

PRACTISE_CASES = "casuistiek.practise_cases"
LEAD_GROUP_EXERCISE = "casuistiek.lead_group_exercise"

access.register(CaseAttempt, access.OwnerRule("user"))
access.register(AttemptAgreement, access.FollowsRule("attempt"))

access.register_capability(
    PRACTISE_CASES, {Role.PARTICIPANT}, _("Oefenen met casussen is voor deelnemers."),
    _("Een casus analyseren en terugkoppeling krijgen; de casussen staan in het menu van deelnemers."),
)
access.register_capability(
    LEAD_GROUP_EXERCISE, {Role.TEAMCOACH, Role.EDITOR}, _("Een groepsoefening start je als teamcoach of trainer."),
    _("Een casus openzetten voor een groep (intervisie of training) en de verdeling van de antwoorden zien."),
)
