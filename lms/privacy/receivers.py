"""The audit log listens to its own signals, which the access policy and the apps send."""

from django.dispatch import receiver

from .services import audit
from .signals import access_changed, object_read


@receiver(object_read, dispatch_uid="vknz_audit_read")
def log_read(sender, user, obj, owner_id, reason, **kwargs):
    audit(user, "view", obj, owner_id=owner_id, reason=f"toegestaan door het toegangsbeleid ({reason})")


@receiver(access_changed, dispatch_uid="vknz_audit_change")
def log_change(sender, actor, action, obj, owner_id, **kwargs):
    audit(actor, action, obj, owner_id=owner_id, reason="wijziging van toegang")
