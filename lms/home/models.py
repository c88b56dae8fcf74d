"""The platform's own page types and its site settings.

Installing the apps creates no page: editors place the leergang and the leeragenda under any page of their tree.
A `PlatformPage` ("Leerplatform") is an optional start page for a site that is only the platform (this one: the demo
makes it the root), introducing the programme to visitors and showing the personal overview to people logged in.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from lms.conf import setting
from lms.extensions.dashboard import panels_for


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
