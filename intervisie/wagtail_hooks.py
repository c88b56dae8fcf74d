"""Methods as snippets for editors; the menu item for participants."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.cycles.extensions import CYCLE_SECTIONS_HOOK, CycleSection
from lms.extensions.dashboard import GROUP_TOGETHER, register_menu_item
from lms.people import access
from lms.people.roles import Role, roles_of
from theme.admin_columns import YesNoColumn

from . import services
from .models import Method


class MethodViewSet(SnippetViewSet):
    model = Method
    icon = "group"
    menu_label = _("Intervisiemethoden")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", YesNoColumn("uses_video_fragments", label=_("met videofragmenten")),
                    YesNoColumn("live", label=_("gepubliceerd"))]


register_snippet(MethodViewSet)

register_menu_item(_("Intervisie"), "lms:intervisie:list", order=28,
                   allowed=lambda user: bool(roles_of(user) & {Role.PARTICIPANT, Role.TEAMCOACH}),
                   group=GROUP_TOGETHER)


@hooks.register(CYCLE_SECTIONS_HOOK)
def cycle_intervision(request, cycle, is_owner):
    """A cycle with the ingredient intervisie: the session it is brought into, its verslag for the reflection,
    and for the owner the choice of a session and the step on. Group content only for the group's members."""
    if not cycle.with_intervision:
        return None
    linked = [session for session in cycle.intervision_sessions.select_related("group").order_by("-starts_at")
              if access.decide(request.user, access.VIEW, session).allowed]
    if not linked and not is_owner:
        return None
    return CycleSection(template="intervisie/cycle_section.html", order=20, context={
        "linked": linked, "held": services.held_session(cycle) if is_owner else None,
        "candidates": list(services.sessions_to_link(request.user, cycle)) if is_owner and not linked else [],
    })
