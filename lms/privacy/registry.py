"""Privacy providers: every app says which of its models hold personal data, why, how long, and how to export and
erase one person's rows. Like Moodle's privacy API, discovered from each app's `privacy.py`.

A provider lists `PersonalData` entries. The defaults erase by deleting the rows where the person appears in one of
the entry's `paths` (or, for contributions others rely on, by clearing the link to the person when the participant
chooses to keep anonymised contributions). Providers override what differs.

An export holds what its requester may see *now*, as the pages show it: every row passes through the access policy
at the moment the export is made (`PersonalData.export_rows`). The policy lives a floor up (`lms.people.access`),
so it is handed to this registry through `use_policy` instead of imported. A model with a rule exports the rows of
`paths` that the rule shows the requester (a reviewer's thread ends with the share; an owner sees the released
consensus, never the analysts' drafts). A model without a rule names its basis: `follows` (exported where the
policy shows the requester the object that field leads to, as a cycle's consent follows the cycle) or `own` (the
row is the requester's own record, such as their account). A model with none of these exports nothing, and the
export says so (`basis` is None, and a warning is logged), so a new provider cannot read around the policy.
"""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.core import serializers
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Prefetch, Q

logger = logging.getLogger(__name__)

DELETE = "delete"
ANONYMISE = "anonymise"


@dataclass
class PersonalData:
    model: type
    paths: tuple  # lookups that lead to the person, e.g. ("owner",) or ("newcomer", "buddy")
    purpose: str
    retention: str
    # When anonymising, clear these fields instead of deleting the row (contributions others rely on).
    keep_anonymised: tuple = ()
    fields_to_blank: tuple = field(default_factory=tuple)
    # For a model without a rule of its own: the field whose object's rule decides what is exported (a consent
    # follows its cycle) ...
    follows: str = ""
    # ... or True when every row reached through `paths` is the requester's own record (their account, their
    # membership): nobody else's data, so exported as it is.
    own: bool = False
    # The Dutch name a person reads on "Mijn gegevens" and in the export's summary; by default the model's plural
    # verbose name. Set it for a library table whose own name is English ("access attempts").
    name: str = ""

    def display_name(self) -> str:
        return str(self.name or self.model._meta.verbose_name_plural)

    def rows(self, user):
        """Every row where the person appears: what erasure removes. Not what an export shows (`export_rows`)."""
        condition = Q()
        for path in self.paths:
            condition |= Q(**{path: user.pk if path == "pk" else user})
        return self.model._default_manager.filter(condition).distinct()

    def basis(self, policy=None):
        """Why rows of this model may be exported: "rule", "follows", "own", or None (then nothing is exported)."""
        policy = policy or current_policy()
        if policy.rule_for(self.model) is not None:
            return "rule"
        if self.follows:
            return "follows"
        if self.own:
            return "own"
        return None

    def export_rows(self, user, policy=None):
        """The rows of `paths` the requester may see now, filtered in SQL by the access policy."""
        policy = policy or current_policy()
        rows = self.rows(user)
        basis = self.basis(policy)
        if basis == "rule":
            return policy.visible_to(user, rows)
        if basis == "follows":
            target = self.model._meta.get_field(self.follows).related_model
            visible = policy.visible_to(user, target._default_manager.all())
            return rows.filter(**{f"{self.follows}__in": visible.values("pk")})
        if basis == "own":
            return rows
        logger.warning("%s has no access rule and no export basis: its rows are left out of exports.",
                       self.model._meta.label)
        return rows.none()


_policy = None


def use_policy(policy):
    """Hand the registry the access policy (`rule_for(model)`, `visible_to(user, queryset)`) that exports obey."""
    global _policy
    _policy = policy


def current_policy():
    if _policy is None:
        raise ImproperlyConfigured("No access policy was handed to the privacy registry (registry.use_policy): "
                                   "exports are refused rather than made without one.")
    return _policy


class PrivacyProvider:
    app_label = ""
    data: list = []
    # The Dutch heading of this part of the export; by default the app's verbose name.
    title = ""

    def display_title(self) -> str:
        if self.title:
            return str(self.title)
        config = next((c for c in apps.get_app_configs() if c.label == self.app_label), None)
        return str(config.verbose_name) if config else self.app_label

    def names(self) -> dict:
        """Model label -> the Dutch name of that kind of data, for every entry (the export's keys are labels)."""
        return {item.model._meta.label: item.display_name() for item in self.data}

    def describe(self):
        return [(d.display_name(), d.purpose, d.retention) for d in self.data]

    def export(self, user) -> dict:
        """Every field of every row the requester may see now (`export_rows`), also those no form edits
        (timestamps, keys); values for DjangoJSONEncoder. Overrides may drop or relabel, never add rows."""
        result = {}
        for item in self.data:
            # Many-to-many values come from the prefetch cache (one query per field, not per row) and by name, as
            # a person reads them: "groups": ["Deelnemer"], not [3].
            many = [f.name for f in item.model._meta.many_to_many if f.remote_field.through._meta.auto_created]
            objects = list(item.export_rows(user).prefetch_related(*self._related(user, item.model, many)))
            rows = serializers.serialize("python", objects)
            result[item.model._meta.label] = [
                {"id": row["pk"], **row["fields"], **{name: [str(other) for other in getattr(obj, name).all()]
                                                      for name in many}}
                for obj, row in zip(objects, rows, strict=True)]
        return result

    @staticmethod
    def _related(user, model, names):
        """Prefetches of many-to-many values: a related model with a rule (the fragments an interview discussed)
        is named only where the policy shows it to the requester, like every other related label."""
        policy = current_policy()
        lookups = []
        for name in names:
            related = model._meta.get_field(name).related_model
            if policy.rule_for(related) is None:
                lookups.append(name)  # roles, permissions, people's names: no rule of their own
            else:
                lookups.append(Prefetch(name, queryset=policy.visible_to(user, related._default_manager.all())))
        return lookups

    def erase(self, user, mode) -> int:
        removed = 0
        for item in self.data:
            rows = item.rows(user)
            if mode == ANONYMISE and item.keep_anonymised:
                for path in item.keep_anonymised:
                    updates = {path: None, **{name: "" for name in item.fields_to_blank}}
                    removed += item.model._default_manager.filter(**{path: user}).update(**updates)
                continue
            removed += rows.count()
            rows.delete()
        return removed

    def retention(self, today) -> dict:
        return {}


_providers = {}


def register(provider_class):
    provider = provider_class()
    _providers[provider.app_label] = provider
    return provider_class


def providers():
    return dict(_providers)


def declared_models():
    return {item.model for provider in _providers.values() for item in provider.data}
