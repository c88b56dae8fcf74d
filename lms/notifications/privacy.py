"""Personal data of notifications: the notices you received (and mentions of you in other people's notices)."""

from django.db.models import Q, Value
from django.db.models.functions import Replace

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import Notice

REPLACEMENT = "een oud-deelnemer"


@register
class NotificationsProvider(PrivacyProvider):
    app_label = "notifications"
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
