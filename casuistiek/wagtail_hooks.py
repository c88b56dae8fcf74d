"""Cases as snippets for editors (drafts, revisions, publishing); menu items for participants."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.extensions.dashboard import MENU_ITEMS_HOOK, MenuItem
from lms.people import access

from .models import Case
from .rules import PRACTISE_CASES


class CaseViewSet(SnippetViewSet):
    model = Case
    icon = "doc-full"
    menu_label = _("Casussen")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "difficulty", "medium", "live"]
    list_filter = ["difficulty", "medium"]
    search_fields = ["title", "situation"]


register_snippet(CaseViewSet)


@hooks.register(MENU_ITEMS_HOOK)
def cases_item(request):
    if not access.may(request.user, PRACTISE_CASES):
        return None
    return MenuItem(label=_("Casussen"), url=reverse("casuistiek:list"), order=22)
