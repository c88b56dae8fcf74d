"""The one access policy: who may see or change which personal object, and why not. Default deny.

Every app registers a rule for each model that holds personal data (in its `AppConfig.ready`). A model without
a rule is invisible to everyone: `decide` refuses and `visible_to` returns nothing. Views use only:

    decide(user, action, obj) -> Decision       # allowed + the Dutch reason shown on the 403 page
    require(user, action, obj)                   # raises PermissionDenied(reason)
    visible_to(user, queryset, action=VIEW)      # the queryset filtered in SQL, for lists and lookups
    may(user, capability) -> Decision            # object-free: "may propose buddy pairs"
    require_capability(user, capability)         # raises PermissionDenied(reason)

An app that knows a relation another app's rule cannot see (a buddy pair, one floor up from the leergang) adds a
`Grant` to that model instead of reading around its rule: one more way to be allowed, with its SQL twin.
Capabilities are registered by name in the app's `rules.py`; an unknown capability is refused.

Roles never add up across a boundary: rules look at ownership, shares and the roles a rule names. The
management role and `is_superuser` open nothing personal.
"""

from abc import ABC, abstractmethod
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from lms.privacy.signals import object_read

from .models import Share
from .roles import is_management, roles_of

VIEW = "view"
CHANGE = "change"
DELETE = "delete"
SHARE = "share"
COMMENT = "comment"

LOGIN_FIRST = _("Log eerst in om dit te bekijken.")
NOT_YOURS = _(
    "Dit is persoonlijk leermateriaal van iemand anders. Alleen de eigenaar en de mensen met wie de eigenaar "
    "het deelt, kunnen het zien."
)
MANAGEMENT_NEVER = _(
    "Leidinggevenden en het MT zien nooit persoonlijk leermateriaal, ook niet van hun eigen team. "
    "Zij zien alleen geanonimiseerde totalen."
)
OWNER_ONLY = _("Alleen de eigenaar kan dit wijzigen, verwijderen of delen.")
NO_RULE = _("Dit onderdeel is niet voor jou beschikbaar.")


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""

    def __bool__(self):
        return self.allowed


ALLOWED = Decision(True)


def refuse(reason) -> Decision:
    return Decision(False, str(reason))


class Rule(ABC):
    """What a rule answers. Subclasses decide for one object and filter querysets in SQL."""

    # Objects without a single owner (a group's verslag) whose every read is still worth an audit entry.
    always_audit = False

    @abstractmethod
    def decide(self, user, action, obj) -> Decision: ...

    @abstractmethod
    def filter(self, user, queryset, action) -> QuerySet: ...

    def owner_id(self, obj):
        """The id of the person whose personal data this is, for the audit log (None: no single owner)."""
        return None


class Grant(ABC):
    """One more way to be allowed `actions` on a model whose rule lives in an app that cannot know the relation.

    Registered by the app that owns the relation (`add_grant`). A grant only adds: it never refuses, and the
    model's own rule stays the first answer. `allows` decides for one object, `condition` is its SQL twin.
    """

    actions = frozenset({VIEW})

    @abstractmethod
    def allows(self, user, obj) -> bool: ...

    @abstractmethod
    def condition(self, user) -> Q: ...


@dataclass(frozen=True)
class Capability:
    """An object-free permission ("may propose buddy pairs"): held by anyone with one of `roles`.

    `name` is "app.verb_object" (e.g. "buddy.propose_pairs"); `reason` is the Dutch sentence on the 403 page.
    """

    name: str
    roles: frozenset
    reason: object  # a lazy translation: made into text in the language of the request that asks
    description: object = ""

    def decide(self, user) -> Decision:
        return ALLOWED if roles_of(user) & self.roles else refuse(self.reason)


def _anonymous(user):
    return user is None or not user.is_authenticated or not user.is_active


class Policy:
    def __init__(self):
        self._rules = {}
        self._grants = {}
        self._capabilities = {}

    def register(self, model, rule: Rule):
        self._rules[model._meta.label_lower] = rule

    def add_grant(self, model, grant: Grant):
        self._grants.setdefault(model._meta.label_lower, []).append(grant)

    def register_capability(self, name, roles, reason, description=""):
        capability = Capability(name, frozenset(roles), reason, description)
        self._capabilities[name] = capability
        return capability

    def rule_for(self, model):
        return self._rules.get(model._meta.label_lower)

    def grants_for(self, model):
        return self._grants.get(model._meta.label_lower, ())

    def capabilities(self):
        return dict(self._capabilities)

    def decide(self, user, action, obj) -> Decision:
        if _anonymous(user):
            return refuse(LOGIN_FIRST)
        rule = self.rule_for(type(obj))
        if rule is None:
            return refuse(NO_RULE)
        decision = rule.decide(user, action, obj)
        if not decision and any(action in g.actions and g.allows(user, obj) for g in self.grants_for(type(obj))):
            return ALLOWED
        return decision

    def visible_to(self, user, queryset, action=VIEW) -> QuerySet:
        if _anonymous(user):
            return queryset.none()
        rule = self.rule_for(queryset.model)
        if rule is None:
            return queryset.none()
        filtered = rule.filter(user, queryset, action)
        extra = [grant.condition(user) for grant in self.grants_for(queryset.model) if action in grant.actions]
        if not extra:
            return filtered
        condition = Q(pk__in=filtered.values("pk"))
        for q in extra:
            condition |= q
        return queryset.filter(condition)

    def holders(self, name, users) -> QuerySet:
        """The active people in `users` who hold capability `name`, in SQL (e.g. the analysts one may assign)."""
        capability = self._capabilities.get(name)
        if capability is None:
            return users.none()
        roles = [getattr(role, "value", role) for role in capability.roles]
        return users.filter(is_active=True, pk__in=users.model._default_manager.filter(
            groups__name__in=roles).values("pk"))

    def may(self, user, name) -> Decision:
        if _anonymous(user):
            return refuse(LOGIN_FIRST)
        capability = self._capabilities.get(name)
        if capability is None:
            return refuse(NO_RULE)
        return capability.decide(user)


policy = Policy()
register = policy.register
add_grant = policy.add_grant
register_capability = policy.register_capability
decide = policy.decide
visible_to = policy.visible_to
may = policy.may
holders = policy.holders


def holds(name):
    """`user -> bool` for capability `name`: what a menu item or panel on a lower floor asks (`allowed=`)."""
    return lambda user: bool(may(user, name))


def require_capability(user, name):
    """Raise PermissionDenied with the capability's reason unless `user` holds it."""
    decision = may(user, name)
    if not decision:
        raise PermissionDenied(decision.reason)
    return decision


def require(user, action, obj):
    """Raise PermissionDenied with the policy's reason unless `user` may do `action` on `obj`."""
    decision = decide(user, action, obj)
    if not decision:
        raise PermissionDenied(decision.reason)
    return obj


def get_for(user, queryset, action=VIEW, **lookup):
    """The object or 404 when it does not exist; the 403 page with the reason when it exists but is refused.

    An allowed read of someone else's object is announced (signals.object_read) for the audit log.
    """
    obj = get_object_or_404(queryset, **lookup)
    require(user, action, obj)
    rule = policy.rule_for(type(obj))
    owner = rule.owner_id(obj) if rule is not None else None
    if (owner is not None and owner != user.pk) or (rule is not None and rule.always_audit):
        object_read.send(sender=type(obj), user=user, obj=obj, owner_id=owner, reason=action)
    return obj


def _shared_ids(user, model):
    """Subquery: ids of `model` objects with an active share to `user`."""
    return Share.objects.active().filter(
        content_type=ContentType.objects.get_for_model(model), grantee=user
    ).values("object_id")


def is_shared_with(user, obj) -> bool:
    return Share.objects.active().for_object(obj).filter(grantee=user).exists()


class OwnerRule(Rule):
    """Personal learning content: the owner does everything; a person it is shared with may view it.

    `owner_field` names the path to the owning user (e.g. "owner" or "participant__user"). With
    `shareable=False` only the owner sees it. `grantee_actions` lists what a person it is shared with may do
    (view, and for goals also comment); never change, delete or share further.
    """

    def __init__(self, owner_field="owner", shareable=True, grantee_actions=(VIEW,)):
        self.owner_field = owner_field
        self.shareable = shareable
        self.grantee_actions = frozenset(grantee_actions) if shareable else frozenset()

    def owner_id(self, obj):
        value = obj
        for part in self.owner_field.split("__"):
            value = getattr(value, part)
        return value.pk if value is not None else None

    def decide(self, user, action, obj) -> Decision:
        if self.owner_id(obj) == user.pk:
            return ALLOWED
        shared = action in self.grantee_actions and is_shared_with(user, obj)
        if shared:
            return ALLOWED
        if action in (CHANGE, DELETE, SHARE):
            return refuse(OWNER_ONLY)
        return refuse(MANAGEMENT_NEVER if is_management(user) else NOT_YOURS)

    def filter(self, user, queryset, action) -> QuerySet:
        own = Q(**{self.owner_field: user})
        if action in self.grantee_actions:
            return queryset.filter(own | Q(pk__in=_shared_ids(user, queryset.model)))
        return queryset.filter(own)


class FollowsRule(Rule):
    """Parts of a personal object (a goal's versions, evaluations): allowed exactly as the object itself."""

    def __init__(self, parent_field):
        self.parent_field = parent_field

    def owner_id(self, obj):
        parent = getattr(obj, self.parent_field)
        rule = policy.rule_for(type(parent))
        return rule.owner_id(parent) if rule is not None else None

    def decide(self, user, action, obj) -> Decision:
        return policy.decide(user, action, getattr(obj, self.parent_field))

    def filter(self, user, queryset, action) -> QuerySet:
        parent_model = queryset.model._meta.get_field(self.parent_field).related_model
        visible_parents = policy.visible_to(user, parent_model._default_manager.all(), action)
        return queryset.filter(**{f"{self.parent_field}__in": visible_parents.values("pk")})
