"""Workflows around people: sharing an item with a named person and taking it back."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.privacy.signals import access_changed
from theme.submissions import create_once

from . import access
from .models import Share, leads
from .naming import display_name
from .roles import MANAGEMENT_ROLES, roles_of
from .signals import share_granted


@dataclass
class ShareResult:
    share: Share
    warnings: list = field(default_factory=list)


def share_warnings(owner, grantee) -> list:
    """Warnings the owner should read before sharing: rights do not add up, but the owner should know."""
    warnings = []
    if leads(grantee, owner):
        warnings.append(
            _(
                "%(name)s is ook je leidinggevende. Die ziet dit alleen omdat jij het deelt, nooit vanuit de rol "
                "van leidinggevende. Deel alleen als je dat echt wilt."
            )
            % {"name": display_name(grantee)}
        )
    elif roles_of(grantee) & MANAGEMENT_ROLES:
        warnings.append(
            _("%(name)s is lid van het MT. Deel alleen als je dat echt wilt.") % {"name": display_name(grantee)}
        )
    return warnings


def grant_share(owner, target, grantee, expires_on=None, submission_key=None) -> ShareResult:
    """Share `target` (owned by `owner`) with `grantee`, optionally until and including `expires_on`.

    Refuses (ValidationError, nothing saved) when the owner may not share the item, when sharing with oneself
    or an inactive account, when the end date lies in the past, or when the item is already shared with that
    person. Returns the share and any warnings to show (e.g. the grantee leads the owner). Announces the new share
    (signals.share_granted), so that the grantee hears of it.
    """
    access.require(owner, access.SHARE, target)
    if grantee.pk == owner.pk:
        raise ValidationError(_("Je kunt iets niet met jezelf delen."))
    if not grantee.is_active:
        raise ValidationError(_("Dit account is niet actief; kies iemand anders."))
    if expires_on is not None and expires_on < timezone.localdate():
        raise ValidationError(_("De einddatum ligt in het verleden. Kies vandaag of later."))
    try:
        with transaction.atomic():
            # An expired grant for the same person is closed, so that a fresh one can start.
            Share.objects.for_object(target).filter(
                grantee=grantee, revoked_at__isnull=True, expires_on__lt=timezone.localdate()
            ).update(revoked_at=timezone.now())
            share = create_once(
                Share.objects.filter(owner=owner), submission_key,
                lambda: Share.objects.create(owner=owner, grantee=grantee, target=target, expires_on=expires_on,
                                             submission_key=submission_key),
                _("Dit was al gedeeld."))
    except IntegrityError as error:
        raise ValidationError(
            _("Je deelt dit al met %(name)s.") % {"name": display_name(grantee)}
        ) from error
    access_changed.send(sender=Share, actor=owner, action="share", obj=target, owner_id=owner.pk)
    share_granted.send(sender=Share, share=share, owner=owner, grantee=grantee, target=target)
    return ShareResult(share, share_warnings(owner, grantee))


def revoke_share(user, share) -> Share:
    """Take a share back at once. Only the owner may; revoking twice changes nothing."""
    access.require(user, access.CHANGE, share)
    if share.revoked_at is None:
        share.revoked_at = timezone.now()
        share.save(update_fields=["revoked_at"])
        access_changed.send(sender=Share, actor=user, action="revoke", obj=share, owner_id=share.owner_id)
    return share
