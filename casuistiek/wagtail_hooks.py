"""Cases as snippets for editors (drafts, revisions, publishing); menu items for participants."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.extensions.dashboard import GROUP_TOGETHER, register_menu_item
from lms.people import access
from theme.admin_columns import YesNoColumn

from .admin_forms import CaseForm
from .models import Case
from .rules import PRACTISE_CASES


class CaseViewSet(SnippetViewSet):
    model = Case
    icon = "doc-full"
    menu_label = _("Casussen")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "difficulty", "medium", YesNoColumn("live", label=_("gepubliceerd"))]
    list_filter = ["difficulty", "medium"]
    search_fields = ["title", "situation"]
    edit_handler = ObjectList(Case.panels, base_form_class=CaseForm)
    # The editors' list is searched in the database itself (icontains), not through the full-text backend: on SQLite
    # that backend fails on a field-restricted query ("no such column") and on a lone quote. Cases are few.
    search_backend_name = None


register_snippet(CaseViewSet)


register_menu_item(_("Casussen"), "lms:casuistiek:list", order=22, allowed=access.holds(PRACTISE_CASES),
                   group=GROUP_TOGETHER)
