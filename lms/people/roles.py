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
    # Holds client interviews for others' cycles: clients speak more freely to someone outside the relationship.
    INTERVIEWER = "neutrale-functionaris", _("Neutrale functionaris")
    MANAGEMENT = "mt", _("MT / leidinggevende")
    EDITOR = "redacteur", _("Redacteur")
    ADMINISTRATOR = "beheerder", _("Beheerder")


# Roles that manage people. They never see individual learning (DOMAIN.md, principle 1).
MANAGEMENT_ROLES = frozenset({Role.MANAGEMENT})


# A person's roles, read from their groups. Functions, not methods on a user class: the apps work with whatever
# user model the site has (Django's own auth.User included), so nothing may be assumed about that class.
_CACHE = "_lms_roles"


def roles_of(user) -> frozenset:
    """The roles this person holds: one query per user object (kept on it for the rest of the request)."""
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False) or not user.pk:
        return frozenset()
    cached = user.__dict__.get(_CACHE)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        cached = user.__dict__[_CACHE] = frozenset(Role(name) for name in names if name in Role.values)
    return cached


def forget_roles(user) -> None:
    """After a change of groups, so the next question reads them again."""
    user.__dict__.pop(_CACHE, None)


def has_role(user, role: Role) -> bool:
    return role in roles_of(user)


def is_management(user) -> bool:
    return bool(roles_of(user) & MANAGEMENT_ROLES)

