"""Dashboard panels and menu items, contributed by apps through Wagtail hooks.

An app adds a panel with::

    @hooks.register(DASHBOARD_PANELS_HOOK)
    def my_panel(request):
        return Panel(title=..., template="myapp/panel.html", context={...}, order=30)  # or None

and a menu item with ``@hooks.register(MENU_ITEMS_HOOK)`` returning a MenuItem or None, or, for a plain link
shown to some roles, ``register_menu_item(...)``. Each hook should cost at most a couple of queries: the dashboard
runs every one of them on every visit.

The menu keeps at most MAX_TOP_LEVEL entries side by side (a longer row wraps into three lines on a laptop and
fills a phone's first screen): an item names the group it belongs to (GROUP_TOGETHER, GROUP_TEAM, GROUP_ACCOUNT or
an app's own MenuGroup; none for the few a person uses daily), and each group shows as one entry that opens. Should
a person's roles still add up to more, the last plain items move into a "Meer" group rather than widen the row.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import kept

DASHBOARD_PANELS_HOOK = "vknz_dashboard_panels"
MENU_ITEMS_HOOK = "vknz_menu_items"


@dataclass
class Panel:
    title: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100
    slug: str = ""


MAX_TOP_LEVEL = 7


@dataclass(frozen=True)
class MenuGroup:
    key: str
    label: str
    order: int


# Where an item belongs. Items without a group stand in the row themselves.
GROUP_TOGETHER = MenuGroup("samen", _("Samen leren"), 50)
GROUP_TEAM = MenuGroup("team", _("Team en organisatie"), 70)
GROUP_ACCOUNT = MenuGroup("account", _("Mijn account"), 95)
GROUP_MORE = MenuGroup("meer", _("Meer"), 99)


@dataclass
class MenuItem:
    label: str
    url: str
    order: int = 100
    badge: int = 0
    badge_label: str = ""
    group: MenuGroup | None = None
    # Whether this item is the current page, when its address alone cannot tell (e.g. a goal page under the plan's
    # address that belongs to someone else): called with the request only when the address matches.
    current_when: Callable | None = None
    current: bool = False


@dataclass
class MenuEntry:
    """One entry of the row: a plain item, or a group with its items."""

    label: str
    order: int
    item: MenuItem | None = None
    items: list = field(default_factory=list)
    key: str = ""

    @property
    def current(self) -> bool:
        return self.item.current if self.item else any(item.current for item in self.items)

    @property
    def badge(self) -> int:
        return self.item.badge if self.item else sum(item.badge for item in self.items)


def register_menu_item(label, url_name: str, order: int, allowed=None, group: MenuGroup | None = None):
    """A link in the menu for everyone logged in, or, with ``allowed(user) -> bool``, for those the app's own
    check lets through (a role, a capability of the access policy: both live on floors above this one)."""

    def item(request):
        if allowed is not None and not allowed(request.user):
            return None
        return MenuItem(label=label, url=reverse(url_name), order=order, group=group)

    hooks.register(MENU_ITEMS_HOOK, item)


def panels_for(request) -> list:
    fns = hooks.get_hooks(DASHBOARD_PANELS_HOOK)
    kept.prefetch(request, fns)  # the kept panels in one round trip to the cache
    panels = [panel for fn in fns if (panel := fn(request)) is not None]
    return sorted(panels, key=lambda panel: panel.order)


def _matches(item, path) -> bool:
    return item.url == path or (item.url != "/" and path.startswith(item.url))


def menu_for(request) -> list:
    """Every item this person sees, in order; at most one marked current: the one whose address is the longest
    match of the page's ("Buddykoppels" at /buddy/voorstellen/ rather than "Buddy" at /buddy/ as well)."""
    items = sorted((item for fn in hooks.get_hooks(MENU_ITEMS_HOOK) if (item := fn(request)) is not None),
                   key=lambda item: item.order)
    path = request.path
    for item in sorted((item for item in items if _matches(item, path)), key=lambda item: -len(item.url)):
        if item.current_when is None or item.current_when(request):
            item.current = True
            break
    return items


def menu_entries(items) -> list:
    """The row of the menu: plain items and groups, in order, never more than MAX_TOP_LEVEL entries."""
    plain = [item for item in items if item.group is None]
    grouped = {}
    for item in items:
        if item.group is not None:
            grouped.setdefault(item.group, []).append(item)
    room = MAX_TOP_LEVEL - len(grouped)
    if len(plain) > room:
        # Keep the first plain items (lowest order: what a person uses most); the rest go under "Meer".
        room -= 0 if GROUP_MORE in grouped else 1
        plain, moved = plain[:room], plain[room:]
        grouped[GROUP_MORE] = moved + grouped.get(GROUP_MORE, [])
    entries = [MenuEntry(label=item.label, order=item.order, item=item) for item in plain]
    entries += [MenuEntry(label=group.label, order=group.order, items=members, key=group.key)
                for group, members in grouped.items()]
    return sorted(entries, key=lambda entry: entry.order)
