"""The roles of the ontwikkelcyclus. Each role is a Django group, created by migration 0002.

Roles never add up across a boundary: the access policy decides per kind of object which role may do what,
and a management role (MT) never opens personal learning content, whatever else the person is.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    # The value is the group's name in the database: stable, never translated.
    PARTICIPANT = "deelnemer", _("Deelnemer")
    BUDDY = "buddy", _("Buddy")
    TEAMCOACH = "teamcoach", _("Teamcoach")
    ANALYST = "analist", _("Analist")
    MANAGEMENT = "mt", _("MT / leidinggevende")
    EDITOR = "redacteur", _("Redacteur")
    ADMINISTRATOR = "beheerder", _("Beheerder")


# Roles that manage people. They never see individual learning (DOMAIN.md, principle 1).
MANAGEMENT_ROLES = frozenset({Role.MANAGEMENT})
