"""Dashboard panels and menu items, contributed by apps through Wagtail hooks.

An app adds a panel with::

    @hooks.register(DASHBOARD_PANELS_HOOK)
    def my_panel(request):
        return Panel(title=..., template="myapp/panel.html", context={...}, order=30)  # or None

and a menu item with ``@hooks.register(MENU_ITEMS_HOOK)`` returning a MenuItem or None, or, for a plain link
shown to some roles, ``register_menu_item(...)``. Each hook should cost at most a couple of queries: the dashboard
runs every one of them on every visit.
"""

from dataclasses import dataclass, field

from django.urls import reverse
from wagtail import hooks

DASHBOARD_PANELS_HOOK = "vknz_dashboard_panels"
MENU_ITEMS_HOOK = "vknz_menu_items"


@dataclass
class Panel:
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100
    slug: str = ""


@dataclass
class MenuItem:
    label: str
    url: str
    order: int = 100
    badge: int = 0
    badge_label: str = ""


def register_menu_item(label, url_name: str, order: int, allowed=None):
    """A link in the menu for everyone logged in, or, with ``allowed(user) -> bool``, for those the app's own
    check lets through (a role, a capability of the access policy: both live on floors above this one)."""

    def item(request):
        if allowed is not None and not allowed(request.user):
            return None
        return MenuItem(label=label, url=reverse(url_name), order=order)

    hooks.register(MENU_ITEMS_HOOK, item)


def panels_for(request) -> list:
    panels = [panel for fn in hooks.get_hooks(DASHBOARD_PANELS_HOOK) if (panel := fn(request)) is not None]
    return sorted(panels, key=lambda panel: panel.order)


def menu_for(request) -> list:
    items = [item for fn in hooks.get_hooks(MENU_ITEMS_HOOK) if (item := fn(request)) is not None]
    for item in items:
        item.current = item.url == request.path or (item.url != "/" and request.path.startswith(item.url))
    return sorted(items, key=lambda item: item.order)
