"""From the claims of a verified login to a person here: found, created or refused, and brought up to date.

Works with any user model (Django's auth.User, this site's own, a host's): only the username field, and the name
and e-mail fields the model has, are written.
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils.crypto import get_random_string

from lms.conf import setting

from ..models import GroupMapping, OrganisationAccount, Participant
from ..roles import Role, forget_roles

logger = logging.getLogger(__name__)

SUBJECT_MAX = 255


class Refusal:
    """Why a login through the provider did not lead to a session (each has its own Dutch page in views)."""

    STEPPED_OUT = "stepped_out"  # the person stepped out; the administrator has not let them back in
    INACTIVE = "inactive"  # the account here is switched off
    PROVIDER = "provider"  # the provider refused or the person cancelled there
    INVALID = "invalid"  # the answer did not verify: state, nonce, signature, audience, issuer, expiry, code
    INCOMPLETE = "incomplete"  # no usable subject in the claims
    UNREACHABLE = "unreachable"  # the provider could not be reached


class LoginRefused(Exception):
    def __init__(self, reason, subject=""):
        super().__init__(reason)
        self.reason = reason
        self.subject = subject


def group_names(claims) -> list[str]:
    """The person's groups from the configured claim: a list of names (or ids), or a single one."""
    value = claims.get(setting("VKNZ_OIDC_GROUPS_CLAIM"))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    return sorted({item for item in value if isinstance(item, str) and item})


def sign_in(issuer, claims):
    """The person these verified claims belong to, created at the first login and brought up to date at every one.

    Refuses (LoginRefused) a subject that stepped out and was not let back in, an account switched off here, and
    claims without a subject. Two first logins at the same moment make one account: the second finds the first's.
    """
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject or len(subject) > SUBJECT_MAX:
        raise LoginRefused(Refusal.INCOMPLETE)
    try:
        return _sign_in(issuer, subject, claims)
    except IntegrityError:
        return _sign_in(issuer, subject, claims)  # the other first login made the account; this one finds it


@transaction.atomic
def _sign_in(issuer, subject, claims):
    # Lock only the account row: its user is nullable (stepped out), and PostgreSQL locks no outer-joined side.
    account = (OrganisationAccount.objects.select_for_update(of=("self",)).select_related("user")
               .filter(issuer=issuer, subject=subject).first())
    if account is not None and account.user_id is None:
        raise LoginRefused(Refusal.STEPPED_OUT, subject)
    if account is None:
        account = OrganisationAccount.objects.create(issuer=issuer, subject=subject, user=_new_user())
        logger.info("organisation login: account %s created", account.user_id)
    user = account.user
    if not user.is_active:
        raise LoginRefused(Refusal.INACTIVE)
    _update_person(user, claims)
    _apply_groups(account, user, group_names(claims))
    return user


def _new_user():
    """A new account with a made-up username (never the e-mail: that changes and is handed out again) and no
    password: a person from the provider logs in there, and a password reset cannot give them one here."""
    model = get_user_model()
    fields = {model.USERNAME_FIELD: f"gemeente-{get_random_string(12, 'abcdefghijkmnpqrstuvwxyz23456789')}"}
    user = model(**fields)
    user.set_unusable_password()
    user.save()
    return user


def _field_names(model):
    return {field.name: field for field in model._meta.get_fields() if getattr(field, "concrete", False)}


def _update_person(user, claims):
    """Name and e-mail address as the provider knows them today."""
    given, family, full = (claims.get(key) for key in ("given_name", "family_name", "name"))
    values = {}
    if isinstance(given, str) or isinstance(family, str):
        values["first_name"] = given if isinstance(given, str) else ""
        values["last_name"] = family if isinstance(family, str) else ""
    elif isinstance(full, str):
        values["first_name"], values["last_name"] = full, ""
    if isinstance(claims.get("email"), str):
        values["email"] = claims["email"]
    fields = _field_names(type(user))
    changed = []
    for name, value in values.items():
        field = fields.get(name)
        if field is None or name == user.USERNAME_FIELD:
            continue
        value = value.strip()[: field.max_length or None]
        if getattr(user, name) != value:
            setattr(user, name, value)
            changed.append(name)
    if changed:
        user.save(update_fields=changed)


def _apply_groups(account, user, names):
    """Roles and team from the administrator's group mappings.

    Roles: those of the mapped groups; none mapped means deelnemer. The MT role comes only from a mapping that
    names it. Roles the previous login gave and this one does not are taken back; roles given here stay.
    Team: the first mapped team (by group name). Without one, a team the previous login gave is taken back and a
    team the administrator set by hand stays.
    """
    mappings = list(GroupMapping.objects.filter(group__in=names).select_related("team").order_by("group", "pk"))
    roles = {mapping.role for mapping in mappings if mapping.role} or {Role.PARTICIPANT.value}
    team = next((mapping.team for mapping in mappings if mapping.team_id), None)

    taken_back = set(account.granted_roles) - roles
    by_name = {group.name: group for group in Group.objects.filter(name__in=roles | taken_back)}
    for name in roles - set(by_name):
        by_name[name] = Group.objects.get_or_create(name=name)[0]
    if taken_back:
        user.groups.remove(*[by_name[name] for name in taken_back if name in by_name])
    user.groups.add(*[by_name[name] for name in roles])
    forget_roles(user)

    participant = Participant.objects.filter(user=user).first()
    if participant is None and (team is not None or Role.PARTICIPANT.value in roles):
        participant = Participant.objects.create(user=user, team=team)
    elif participant is not None:
        if team is not None and participant.team_id != team.pk:
            participant.team = team
            participant.save(update_fields=["team"])
        elif team is None and account.granted_team_id and participant.team_id == account.granted_team_id:
            participant.team = None
            participant.save(update_fields=["team"])

    account.granted_roles = sorted(roles)
    account.granted_team = team
    account.save(update_fields=["granted_roles", "granted_team"])
