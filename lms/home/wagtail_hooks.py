"""The foundation's own dashboard panels and menu items: where you stand, your roles, the way there."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.extensions.dashboard import (
    DASHBOARD_PANELS_HOOK,
    GROUP_TEAM,
    MENU_ITEMS_HOOK,
    MenuItem,
    Panel,
    register_menu_item,
)
from lms.people.kept import kept
from lms.people.models import Participant, Team
from lms.people.roles import Role, roles_of

# Roles with work in the Wagtail admin: editors (content), functional admins (teams), the MT (approving the
# leeragenda). Nobody's learning content is registered there.
ADMIN_MENU_ROLES = frozenset({Role.EDITOR, Role.ADMINISTRATOR, Role.MANAGEMENT})

# What each role means for the person holding it, in one sentence (shown on the dashboard).
ROLE_EXPLANATIONS = {
    Role.PARTICIPANT: _("Je werkt aan je eigen ontwikkeling. Wat je vastlegt is van jou en blijft privé tot je "
                        "het zelf deelt."),
    Role.BUDDY: _("Je bent maatje van een nieuwe collega. Je ziet alleen wat die collega met je deelt."),
    Role.TEAMCOACH: _("Je helpt collega's hun doelen scherp te krijgen en te evalueren, en je bevestigt "
                      "buddykoppels. Je ziet alleen wat met je gedeeld is."),
    Role.ANALYST: _("Je analyseert opnames van gesprekken waaraan je bent toegewezen, binnen de toestemming "
                    "van de cliënt."),
    Role.INTERVIEWER: _("Je houdt als buitenstaander interviews met cliënten over een gesprek van een collega, en "
                         "geeft die collega aandachtspunten en reflectievragen mee."),
    Role.MANAGEMENT: _("Je stelt met het MT de leeragenda vast. Je ziet alleen geanonimiseerde totalen, nooit "
                       "het leermateriaal van een persoon."),
    Role.EDITOR: _("Je onderhoudt de inhoud van de leergang en de casussen in de beheeromgeving."),
    Role.ADMINISTRATOR: _("Je beheert teams, accounts en instellingen. Persoonlijke leerinhoud zie je niet."),
}

STEPS = [
    (_("Leergang"), _("Voorlichting, eerste kleine stappen en oefenen met het analysekader.")),
    (_("Buddy en intervisie"), _("Een ervaren collega naast je, en met collega's samen casussen bespreken.")),
    (_("Video-reflectie"), _("Leren van een echt gesprek: terugkijken, de cliënt laten vertellen hoe het was, "
                             "analisten laten meekijken of het bespreken in je intervisiegroep.")),
    (_("Ontwikkeldoelen"), _("Wat je meeneemt wordt een leerdoel of actiedoel, dat je regelmatig evalueert.")),
]


@hooks.register(DASHBOARD_PANELS_HOOK)
@kept("home.where_you_stand", Participant, Team)
def where_you_stand(request):
    participant = Participant.objects.select_related("team").filter(user=request.user).first()
    return Panel(
        title=_("Waar je staat"),
        template="lms_home/panels/where_you_stand.html",
        context={"participant": participant, "steps": STEPS},
        order=10,
        slug="waar-je-staat",
    )


@hooks.register(DASHBOARD_PANELS_HOOK)
def your_roles(request):
    roles = [(role.label, ROLE_EXPLANATIONS[role]) for role in Role if role in roles_of(request.user)]
    is_admin_user = bool(roles_of(request.user) & ADMIN_MENU_ROLES)
    return Panel(
        title=_("Jouw rollen"),
        template="lms_home/panels/roles.html",
        context={"roles": roles, "admin_url": reverse("wagtailadmin_home") if is_admin_user else ""},
        order=90,
        slug="rollen",
    )


@hooks.register(MENU_ITEMS_HOOK)
def home_item(request):
    return MenuItem(label=_("Overzicht"), url=reverse("lms:dashboard"), order=0)


register_menu_item(_("Beheer"), "wagtailadmin_home", order=900,
                   allowed=lambda user: bool(roles_of(user) & ADMIN_MENU_ROLES), group=GROUP_TEAM)
