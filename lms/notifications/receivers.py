"""Notices for what happens on the floors below: a share tells the person it is shared with."""

from django.dispatch import receiver
from django.utils import formats
from django.utils.translation import gettext as _

from lms.people.naming import display_name
from lms.people.signals import share_granted, share_kind

from .services import notify


@receiver(share_granted, dispatch_uid="vknz_share_notice")
def tell_the_grantee(sender, share, owner, grantee, target, **kwargs):
    """Who shared what kind of item, never the item's content: the notice's text also goes out by e-mail.

    One notice per share (its key): a retried request finds the existing one. Sharing again after a revocation
    or an end date is a new share and a new notice.
    """
    if share.expires_on:
        body = _("Je kunt het bekijken tot en met %(date)s.") % {
            "date": formats.date_format(share.expires_on, "j F Y")}
    else:
        body = _("Je kunt het bekijken zolang %(name)s het met je deelt.") % {"name": display_name(owner)}
    notify(
        grantee,
        key=f"share:{share.pk}",
        title=_("%(name)s deelt een %(kind)s met je") % {"name": display_name(owner), "kind": share_kind(target)},
        body=body,
        link=target.get_absolute_url() if hasattr(target, "get_absolute_url") else "",
    )
