"""'Wie keek er mee?': the audit log of one owner, grouped per item, person and action, with the item named.

The log stores only a model label and an id per entry (`what`, never content). Counting, first and last time are
SQL aggregates over (what, actor, action); the items on one page are then fetched in one query per kind of item,
so a page costs the same few queries however long the log is. Apps register the queryset that names their items
cheaply (`register_item`, e.g. a goal with its current version); an unregistered kind falls back to its model's
default manager and `str()`.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Count, Max, Min

from .models import AuditEntry

ITEM_QUERYSETS = {}
ITEM_KINDS = {}


def register_item(queryset, kind=None):
    """Name the items of `queryset`'s model in the owner's audit view; `kind(obj)` names the kind (default: the
    model's verbose name)."""
    ITEM_QUERYSETS[queryset.model._meta.label] = queryset
    if kind is not None:
        ITEM_KINDS[queryset.model._meta.label] = kind


@dataclass
class Looked:
    actor: object  # None: the account no longer exists
    action: str
    kind: str
    title: str  # "" when the item no longer exists
    url: str
    count: int
    first: object
    last: object


def grouped(owner):
    """Entries by others about `owner`'s items, one row per item, person and action, most recent first."""
    return (
        AuditEntry.objects.filter(owner=owner).exclude(actor=owner)
        .values("what", "actor", "action")
        .annotate(count=Count("pk"), first=Min("at"), last=Max("at"))
        .order_by("-last", "what", "actor", "action")
    )


def _items(rows):
    """{what: obj} for the rows of one page: one query per kind of item."""
    ids_by_label = {}
    for row in rows:
        label, _, pk = row["what"].partition("#")
        if pk.isdigit():
            ids_by_label.setdefault(label, set()).add(int(pk))
    found = {}
    for label, ids in ids_by_label.items():
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            continue
        queryset = ITEM_QUERYSETS.get(label, model._default_manager.all())
        for pk, obj in queryset.in_bulk(ids).items():
            found[f"{label}#{pk}"] = obj
    return found


def _actors(rows):
    ids = {row["actor"] for row in rows if row["actor"] is not None}
    return get_user_model()._default_manager.in_bulk(ids) if ids else {}


def looked_page(owner, page_number=1, per_page=20):
    """One page of the grouped view, each row with its person and the item as the owner sees it."""
    page = Paginator(grouped(owner), per_page).get_page(page_number)
    rows = list(page.object_list)
    items, actors = _items(rows), _actors(rows)
    looked = []
    for row in rows:
        obj = items.get(row["what"])
        label = row["what"].partition("#")[0]
        kind = ""
        if obj is not None:
            kind = ITEM_KINDS[label](obj) if label in ITEM_KINDS else obj._meta.verbose_name
        else:
            try:
                kind = apps.get_model(label)._meta.verbose_name
            except (LookupError, ValueError):
                kind = ""
        action = row["action"]
        looked.append(Looked(
            actor=actors.get(row["actor"]),
            action=AuditEntry.Action(action).label if action in AuditEntry.Action.values else action,
            kind=str(kind), title=str(obj) if obj is not None else "",
            url=obj.get_absolute_url() if obj is not None and hasattr(obj, "get_absolute_url") else "",
            count=row["count"], first=row["first"], last=row["last"],
        ))
    page.object_list = looked
    return page
