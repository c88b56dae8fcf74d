"""The platform's part of a page, as tags a site's own base template can place (README: "In een bestaande
Wagtail-site installeren"): the stylesheets, the menu, the messages, the name and the footer links."""

from django import template
from django.templatetags.static import static
from django.utils.html import conditional_escape, format_html, format_html_join
from wagtail.models import Site

from lms.conf import setting
from lms.extensions.dashboard import menu_entries, menu_for, panels_for
from lms.extensions.kept import PAGES, shared
from lms.home.models import PlatformSettings

register = template.Library()

STYLESHEETS = ("nlds/index.css", "nlds/html.css", "theme/tokens.css", "theme/site.css")


@register.simple_tag
def lms_stylesheets():
    """The NL Design System components and our theme, shipped with the package (no npm needed)."""
    return format_html_join("\n", '<link rel="stylesheet" href="{}">', ((static(path),) for path in STYLESHEETS))


@register.inclusion_tag("lms/includes/menu.html", takes_context=True)
def lms_menu(context):
    """The main menu for whoever is logged in; nothing for visitors."""
    request = context.get("request")
    user = getattr(request, "user", None)
    items = menu_for(request) if user is not None and user.is_authenticated else []
    current = next((item for item in items if item.current), None)
    return {"menu_entries": menu_entries(items), "menu_current": current}


@register.inclusion_tag("lms/includes/messages.html", takes_context=True)
def lms_messages(context):
    return {"messages": context.get("messages")}


def _no_settings() -> dict:
    return {"name": setting("VKNZ_SITE_NAME"), "statement_pages": []}


def _site_chrome(site, request) -> dict:
    """What every page shows of the site's settings: its name and the statements' links (live ones only)."""
    found = PlatformSettings.objects.select_related("privacy_page", "accessibility_page").filter(site=site).first()
    pages = [page for page in (getattr(found, "privacy_page", None), getattr(found, "accessibility_page", None))
             if page is not None and page.live]
    return {"name": found.name if found is not None else setting("VKNZ_SITE_NAME"),
            "statement_pages": [(page.title, page.get_url(request)) for page in pages]}


def _platform_settings(context) -> dict:
    """The settings of the request's site, read once per request and kept for every request of the site until the
    settings or a page change (read only: a page view never writes, unlike Wagtail's own for_request)."""
    request = context.get("request")
    if request is None:
        return _no_settings()
    if not hasattr(request, "_lms_platform_settings"):
        site = Site.find_for_request(request)
        request._lms_platform_settings = (
            shared("site-chrome", str(site.pk), (PlatformSettings, PAGES), lambda: _site_chrome(site, request))
            if site is not None else _no_settings())
    return request._lms_platform_settings


@register.simple_tag(takes_context=True)
def lms_site_name(context):
    return _platform_settings(context)["name"]


@register.inclusion_tag("lms/includes/statement_links.html", takes_context=True)
def lms_statement_links(context):
    """Links to the privacy and accessibility statements the site settings name (none when none are set)."""
    return {"statement_pages": _platform_settings(context)["statement_pages"]}


@register.filter
def lms_page_title(title, site_name):
    """A page's title for the browser tab, followed by the site's name, unless the page is the site itself (the home
    page's title is the site's name: "Van Kijken naar Zien · Van Kijken naar Zien" said it twice)."""
    title, name = conditional_escape(str(title).strip()), conditional_escape(site_name)
    if not title or title == name:
        return name
    return format_html("{} · {}", title, name)


@register.simple_tag
def min_group_size():
    """The smallest group a figure may be about (VKNZ_MIN_GROUP_SIZE), for texts that explain it."""
    return setting("VKNZ_MIN_GROUP_SIZE")


@register.inclusion_tag("lms_home/includes/panels.html", takes_context=True)
def lms_panels(context):
    """The personal overview's panels, for a host that shows them on a page of its own (its home page, say)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"panels": []}
    return {"panels": panels_for(request), "user": user, "request": request}
