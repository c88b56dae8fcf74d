"""What people tells the floors above it: a share was made. The notifications app tells the grantee.

People sits below notifications and below the apps whose items are shared, so it cannot notify or name an item
itself: the owning apps name their kinds of item here (`register_share_kind`), and whoever listens to
`share_granted` asks `share_kind` for a name as the grantee would say it.
"""

from django.dispatch import Signal

# A new share: share (a Share, saved), owner, grantee, target.
share_granted = Signal()

SHARE_KINDS = {}


def register_share_kind(model, kind):
    """`kind(obj)` names an item of `model` for someone it is shared with ("leerdoel", "video-reflectie")."""
    SHARE_KINDS[model._meta.label] = kind


def share_kind(obj) -> str:
    kind = SHARE_KINDS.get(obj._meta.label)
    return str(kind(obj) if kind is not None else obj._meta.verbose_name)
