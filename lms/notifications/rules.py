"""A notice is for its recipient only."""

from django.utils.translation import gettext_lazy as _

from lms.people import access

from .models import Notice

NOT_YOUR_NOTICE = _("Deze melding is voor iemand anders bedoeld.")


class NoticeRule(access.Rule):
    def decide(self, user, action, obj):
        if obj.recipient_id == user.pk and action in (access.VIEW, access.CHANGE):
            return access.ALLOWED
        return access.refuse(NOT_YOUR_NOTICE)

    def filter(self, user, queryset, action):
        if action in (access.VIEW, access.CHANGE):
            return queryset.filter(recipient=user)
        return queryset.none()


access.register(Notice, NoticeRule())
