"""Methods as snippets for editors; the menu item for participants."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.home.dashboard import MENU_ITEMS_HOOK, MenuItem
from lms.people.roles import Role

from .models import Method


class MethodViewSet(SnippetViewSet):
    model = Method
    icon = "group"
    menu_label = _("Intervisiemethoden")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "uses_video_fragments", "live"]


register_snippet(MethodViewSet)


@hooks.register(MENU_ITEMS_HOOK)
def intervisie_item(request):
    if request.user.has_role(Role.PARTICIPANT) or request.user.has_role(Role.TEAMCOACH):
        return MenuItem(label=_("Intervisie"), url=reverse("intervisie:list"), order=28)
    return None
