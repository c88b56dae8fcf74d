"""The platform's own page types and its site settings.

Installing the apps creates no page: editors place the leergang and the leeragenda under any page of their tree.
A `PlatformPage` ("Leerplatform") is an optional start page for a site that is only the platform (this one: the demo
makes it the root), introducing the programme to visitors and showing the personal overview to people logged in.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from lms.conf import setting
from lms.extensions.dashboard import panels_for
from lms.extensions.kept import PAGES, keep, shared


class PlatformPage(Page):
    intro = RichTextField(
        _("introductie"),
        blank=True,
        max_length=2000,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Wat bezoekers zien voordat ze inloggen."),
    )
    dashboard_intro = RichTextField(
        _("tekst boven het overzicht"),
        blank=True,
        max_length=2000,
        features=["bold", "italic", "link"],
        help_text=_("Korte tekst boven het persoonlijke overzicht van ingelogde deelnemers."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("dashboard_intro")]
    template = "lms_home/platform_page.html"

    class Meta:
        verbose_name = _("leerplatform")
        verbose_name_plural = _("leerplatforms")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if request.user.is_authenticated:
            context["panels"] = panels_for(request)
        return context

    def route(self, request, path_components):
        """Wagtail's routing, with the way to each page kept until a page is published, unpublished, moved or
        deleted: one query for the page instead of two per level. Pages that route further themselves (with
        arguments, or their own route()) are routed as Wagtail does, every time."""
        site = getattr(request, "_wagtail_site", None)
        if site is not None and site.root_page_id == self.pk and not getattr(request, "_lms_root_kept", True):
            from .middleware import SITE, site_key

            site.root_page = self
            keep(SITE[0], site_key(request), SITE[1], site)  # the next request starts here without a query
        if not path_components:
            return super().route(request, path_components)
        found = {}

        def walk():
            try:
                result = super(PlatformPage, self).route(request, path_components)
            except Http404:
                return None
            page, args, kwargs = result
            found["result"] = result
            if args or kwargs or type(page).route is not Page.route:
                return "route"
            return (page.content_type_id, page.pk)

        way = shared("route", f"{self.pk}/{'/'.join(path_components)}", (PAGES,), walk)
        if "result" in found:
            return found["result"]
        if way is None:
            raise Http404
        if way == "route":
            return super().route(request, path_components)
        model = ContentType.objects.get_for_id(way[0]).model_class()
        page = model.objects.filter(pk=way[1], live=True).first() if model is not None else None
        if page is None:
            raise Http404
        return RouteResult(page)


class StatementPage(Page):
    """A statement every Dutch government site publishes: the privacy statement, the accessibility statement."""

    body = RichTextField(_("tekst"), max_length=20000, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    subpage_types = []
    template = "lms_home/statement_page.html"

    class Meta:
        verbose_name = _("verklaring")
        verbose_name_plural = _("verklaringen")


@register_setting(icon="cog")
class PlatformSettings(BaseSiteSetting):
    """Per Wagtail site: the platform's name in its own layout, and where its statements are."""

    site_name = models.CharField(
        _("naam van het leerplatform"), max_length=80, blank=True,
        help_text=_("In de kop van elke pagina en in de titel van het browsertabblad. Leeg: “%(default)s”.")
        % {"default": setting("VKNZ_SITE_NAME")},
    )
    privacy_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("privacyverklaring"), help_text=_("Gelinkt onderaan elke pagina van het leerplatform."),
    )
    accessibility_page = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("toegankelijkheidsverklaring"),
        help_text=_("Gelinkt onderaan elke pagina van het leerplatform."),
    )

    panels = [FieldPanel("site_name"), FieldPanel("privacy_page"), FieldPanel("accessibility_page")]

    class Meta:
        verbose_name = _("leerplatform")
        verbose_name_plural = _("leerplatforms")

    @property
    def name(self) -> str:
        return self.site_name or setting("VKNZ_SITE_NAME")
