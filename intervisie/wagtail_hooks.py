"""Methods as snippets for editors; the menu item for participants."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.extensions.dashboard import GROUP_TOGETHER, register_menu_item
from lms.people.roles import Role, roles_of
from theme.admin_columns import YesNoColumn

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
