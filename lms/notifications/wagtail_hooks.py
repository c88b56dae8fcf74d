"""The notices panel on the dashboard and the menu item with the unread count."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks

from lms.extensions.dashboard import DASHBOARD_PANELS_HOOK, MENU_ITEMS_HOOK, MenuItem, Panel
from lms.people import access
from lms.people.kept import kept

from .models import Notice


@kept("notices.unread", Notice)
def _count_unread(request) -> int:
    return access.visible_to(request.user, Notice.objects.unread()).count()


def unread_count(request) -> int:
    """Counted once per request, shared by the menu and the dashboard panel (and kept until a notice changes)."""
    if not hasattr(request, "_vknz_unread_notices"):
        request._vknz_unread_notices = _count_unread(request)
    return request._vknz_unread_notices


@hooks.register(MENU_ITEMS_HOOK)
def notices_item(request):
    count = unread_count(request)
    return MenuItem(
        label=_("Meldingen"),
        url=reverse("lms:notifications:list"),
        order=80,
        badge=count,
        badge_label=ngettext("%(count)d ongelezen", "%(count)d ongelezen", count) % {"count": count},
    )


@hooks.register(DASHBOARD_PANELS_HOOK)
@kept("notices.panel", Notice)
def notices_panel(request):
    count = unread_count(request)
    latest = list(access.visible_to(request.user, Notice.objects.unread())[:3]) if count else []
    return Panel(
        title=_("Meldingen"),
        template="notifications/panel.html",
        context={"unread_count": count, "latest": latest},
        order=20,
        slug="meldingen",
    )
