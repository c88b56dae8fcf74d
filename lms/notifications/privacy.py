"""Personal data of notifications: the notices you received (and mentions of you in other people's notices)."""

from django.db.models import Q, Value
from django.db.models.functions import Replace
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import gettext as _

from lms.privacy.registry import PersonalData, PrivacyProvider, register
from lms.privacy.signals import export_withdrawn

from .models import Notice
from .services import notify

REPLACEMENT = "een oud-deelnemer"


@register
class NotificationsProvider(PrivacyProvider):
    app_label = "lms_notifications"
    data = [PersonalData(Notice, ("recipient",), "Meldingen over je eigen ontwikkeling en wat anderen met je delen.",
                         "Tot je ze verwijdert of uitstapt.")]

    def erase(self, user, mode):
        removed = super().erase(user, mode)
        name = user.get_full_name().strip()
        if len(name) >= 3:  # other people's notices that name the person who leaves
            Notice.objects.filter(Q(body__contains=name) | Q(title__contains=name)).update(
                body=Replace("body", Value(name), Value(REPLACEMENT)),
                title=Replace("title", Value(name), Value(REPLACEMENT)))
        return removed


@receiver(export_withdrawn, dispatch_uid="vknz_export_withdrawn_notice")
def tell_the_owner_of_a_withdrawn_export(sender, export, owner, **kwargs):
    """Someone in your download stepped out: it is gone, and you may ask for a new one without them."""
    notify(owner, key=f"export-withdrawn:{export.token}", title=_("Je download is ingetrokken"),
           body=_("Er stonden gegevens in van iemand die is gestopt met de ontwikkelcyclus. "
                  "Vraag gerust een nieuwe download aan."),
           link=reverse("lms:privacy:my_data"), email=True)
