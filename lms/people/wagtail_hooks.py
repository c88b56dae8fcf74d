"""Menu items for the person's own pages, the shares panel, and the admin screens for teams, participants and the
organisation's login (group mappings, stepped-out accounts)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from lms.extensions.dashboard import DASHBOARD_PANELS_HOOK, GROUP_ACCOUNT, GROUP_TOGETHER, Panel, register_menu_item
from theme.admin_columns import YesNoColumn

from . import access
from .kept import kept
from .models import GroupMapping, OrganisationAccount, Participant, Share, Team

register_menu_item(_("Gedeeld"), "lms:people:shares", order=70, group=GROUP_TOGETHER)
register_menu_item(_("Mijn profiel"), "lms:people:profile", order=85, group=GROUP_ACCOUNT)


@hooks.register(DASHBOARD_PANELS_HOOK)
@kept("people.shared_with_me", Share)
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


class GroupMappingViewSet(ModelViewSet):
    """What the groups of the organisation's login mean here (team, role). Read at every login through it."""

    model = GroupMapping
    name = "groepskoppelingen"
    url_prefix = "organisatie/groepskoppelingen"
    icon = "link"
    menu_label = _("Groepen bij inloggen")
    form_fields = ["group", "team", "role"]
    list_display = ["group", "team", "role"]
    list_filter = ["team", "role"]
    search_fields = ["group"]
    copy_view_enabled = False
    inspect_view_enabled = False


class SteppedOutPolicy(ModelPermissionPolicy):
    """Stepped-out accounts are made by stepping out only: nobody adds or edits one. Deleting one lets the person
    back in (their next login starts a new account)."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(OrganisationAccount, SteppedOutPolicy(OrganisationAccount))


class SteppedOutViewSet(ModelViewSet):
    """People who stepped out and logged in with their organisation's account: that account stays refused until
    the administrator deletes the row here ("weer toelaten"). Only the subject and the date are kept."""

    model = OrganisationAccount
    name = "uitgestapt"
    url_prefix = "organisatie/uitgestapt"
    icon = "warning"
    menu_label = _("Uitgestapt (gemeente-login)")
    list_display = ["subject", "stepped_out_at"]
    search_fields = ["subject"]
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = []

    def get_queryset(self, request):
        return OrganisationAccount.objects.filter(user__isnull=True)


class OrganisationGroup(ViewSetGroup):
    menu_label = _("Organisatie")
    menu_icon = "site"
    items = (TeamViewSet, ParticipantViewSet, GroupMappingViewSet, SteppedOutViewSet)


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationGroup()
