"""The audit signals: the access policy (people) and the apps send them, the audit log here receives them.

They live on the privacy floor, below people, so that the sender imports the receiver's vocabulary and never the
other way round."""

from django.dispatch import Signal

# An allowed read of a personal object by someone else than its owner: user, obj, owner_id, reason.
object_read = Signal()
# A change of who may see what (share, revoke, assign analyst, consent): actor, action, obj, owner_id.
access_changed = Signal()
# A stored export of someone else was withdrawn because a person in it stepped out: export (already deleted), owner.
# The notifications app tells the owner, who can ask for a new one.
export_withdrawn = Signal()
