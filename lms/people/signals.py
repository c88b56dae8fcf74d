"""Signals the access policy sends, so that an audit log (lms.privacy) can listen without people knowing it."""

from django.dispatch import Signal

# An allowed read of a personal object by someone else than its owner: user, obj, owner_id, reason.
object_read = Signal()
# A change of who may see what (share, revoke, assign analyst, consent): actor, action, obj, owner_id.
access_changed = Signal()
