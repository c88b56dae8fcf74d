"""Menu items for the person's own pages, the shares panel, and the admin screens for teams."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from lms.extensions.dashboard import DASHBOARD_PANELS_HOOK, GROUP_ACCOUNT, GROUP_TOGETHER, Panel, register_menu_item
from theme.admin_columns import YesNoColumn

from . import access
from .models import Participant, Share, Team

register_menu_item(_("Gedeeld"), "lms:people:shares", order=70, group=GROUP_TOGETHER)
register_menu_item(_("Mijn profiel"), "lms:people:profile", order=85, group=GROUP_ACCOUNT)


@hooks.register(DASHBOARD_PANELS_HOOK)
def shared_with_me_panel(request):
    received = access.visible_to(request.user, Share.objects.active()).filter(grantee=request.user).count()
    if not received:
        return None
    return Panel(
        title=_("Met jou gedeeld"),
        template="people/panel_shared.html",
        context={"received": received},
        order=30,
        slug="gedeeld",
    )


class TeamViewSet(ModelViewSet):
    """Teams and their leidinggevenden: organisational data the functional admin keeps up to date."""

    model = Team
    name = "teams"
    url_prefix = "organisatie/teams"
    icon = "group"
    menu_label = _("Teams")
    form_fields = ["name", "leaders", "coaches"]
    list_display = ["name"]
    search_fields = ["name"]
    inspect_view_enabled = False


class ParticipantViewSet(ModelViewSet):
    """Participant profiles (function, team, start date, leergang). Never any learning content."""

    model = Participant
    name = "deelnemers"
    url_prefix = "organisatie/deelnemers"
    icon = "user"
    menu_label = _("Deelnemers")
    form_fields = ["user", "function", "team", "started_on", "follows_leergang"]
    list_display = ["__str__", "function", "team", YesNoColumn("follows_leergang", label=_("volgt de leergang"))]
    list_filter = ["team", "function", "follows_leergang"]
    search_fields = ["user__first_name", "user__last_name", "user__username"]
    inspect_view_enabled = False

    def get_queryset(self, request):
        return Participant.objects.select_related("user", "team")


class OrganisationGroup(ViewSetGroup):
    menu_label = _("Organisatie")
    menu_icon = "site"
    items = (TeamViewSet, ParticipantViewSet)


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationGroup()
