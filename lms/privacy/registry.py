"""Privacy providers: every app says which of its models hold personal data, why, how long, and how to export and
erase one person's rows. Like Moodle's privacy API, discovered from each app's `privacy.py`.

A provider lists `PersonalData` entries. The defaults export every row where the person appears in one of the
entry's `paths`, and erase by deleting those rows (or, for contributions others rely on, by clearing the link to
the person when the participant chooses to keep anonymised contributions). Providers override what differs.
"""

from dataclasses import dataclass, field

from django.core import serializers
from django.db.models import Q

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

    def rows(self, user):
        condition = Q()
        for path in self.paths:
            condition |= Q(**{path: user.pk if path == "pk" else user})
        return self.model._default_manager.filter(condition).distinct()


class PrivacyProvider:
    app_label = ""
    data: list = []

    def describe(self):
        return [(d.model._meta.verbose_name_plural, d.purpose, d.retention) for d in self.data]

    def export(self, user) -> dict:
        """Every field of every row, also those no form edits (timestamps, keys); values for DjangoJSONEncoder."""
        result = {}
        for item in self.data:
            # Many-to-many values come from the prefetch cache (one query per field, not per row) and by name, as
            # a person reads them: "groups": ["Deelnemer"], not [3].
            many = [f.name for f in item.model._meta.many_to_many if f.remote_field.through._meta.auto_created]
            objects = list(item.rows(user).prefetch_related(*many))
            rows = serializers.serialize("python", objects)
            result[item.model._meta.label] = [
                {"id": row["pk"], **row["fields"], **{name: [str(other) for other in getattr(obj, name).all()]
                                                      for name in many}}
                for obj, row in zip(objects, rows, strict=True)]
        return result

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
