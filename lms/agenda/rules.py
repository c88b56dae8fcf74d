"""Who sees what of the leeragenda's personal data, and who may do what on it.

A contribution belongs to its writer (who may take it back). Management never reads a contribution as an
object: `services.organisational_learning` hands it the texts of a theme, without writer, team or date, once
at least the minimum group size of different people contributed. A goal's link to a theme is allowed exactly as
the goal itself.

Capabilities (object-free, asked with access.may / access.require_capability): the MT opens the figures and
approves (publishes) the leeragenda, participants share what they learned anonymously.
"""

from django.utils.translation import gettext_lazy as _

from lms.people import access
from lms.people.roles import MANAGEMENT_ROLES, Role

from .models import Contribution, GoalTheme
from .permissions import APPROVE_AGENDA

MANAGEMENT_ONLY = _(
    "Het dashboard van de leeragenda is voor het MT. Het toont alleen totalen over groepen van genoeg "
    "mensen, nooit wie iets deed."
)
PARTICIPANTS_CONTRIBUTE = _("Bijdragen aan de leeragenda is voor deelnemers.")
MT_APPROVES = _("De leeragenda stelt het MT vast. Als redacteur stuur je een versie door ter goedkeuring.")

VIEW_FIGURES = "agenda.view_figures"
SHARE_ANONYMOUSLY = "agenda.share_anonymously"

access.register(Contribution, access.OwnerRule(owner_field="contributor", shareable=False))
access.register(GoalTheme, access.FollowsRule("goal"))

access.register_capability(VIEW_FIGURES, MANAGEMENT_ROLES, MANAGEMENT_ONLY,
                           _("De cijfers bij de leeragenda en hun export, en wat de organisatie leert: totalen "
                             "vanaf de drempel, nooit wie."))
access.register_capability(APPROVE_AGENDA, MANAGEMENT_ROLES, MT_APPROVES,
                           _("Een versie van de leeragenda goedkeuren en publiceren (in de beheeromgeving)."))
access.register_capability(SHARE_ANONYMOUSLY, {Role.PARTICIPANT}, PARTICIPANTS_CONTRIBUTE,
                           _("Anoniem met de organisatie delen wat je leerde, bij een thema van de leeragenda."))
