"""The site's home page. For visitors it introduces the programme; for people logged in it is their dashboard."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from lms.extensions.dashboard import panels_for


class HomePage(Page):
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
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if request.user.is_authenticated:
            context["panels"] = panels_for(request)
        return context


class StatementPage(Page):
    """A statement every Dutch government site publishes: the privacy statement, the accessibility statement."""

    body = RichTextField(_("tekst"), max_length=20000, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("verklaring")
