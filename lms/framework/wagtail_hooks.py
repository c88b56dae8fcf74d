"""The analysekader in the Wagtail admin: versions as a snippet, plus "nieuwe versie" and "publiceren".

Editors refine the framework here without code. A published version cannot be edited or deleted (the form
and the delete hook refuse it); the way to change it is a new version.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import FrameworkAdminForm
from .models import Framework
from .views import CHANGE_PERMISSION, NewVersionView, PublishView, viewset_url

ADMIN_NAMESPACE = "framework_admin"


class FrameworkViewSet(SnippetViewSet):
    """Versions of the analysekader. Drafts are edited here; published versions are only read."""

    model = Framework
    icon = "list-ul"
    menu_label = gettext_lazy("Analysekader")
    add_to_admin_menu = True
    menu_order = 250
    inspect_view_enabled = True
    list_display = [
        "__str__",
        Column("slug", label=gettext_lazy("code")),
        Column("status_label", label=gettext_lazy("status")),
        DateColumn("published_at", label=gettext_lazy("gepubliceerd op")),
    ]
    list_filter = ["slug", "is_published"]
    edit_handler = ObjectList(
        [
            HelpPanel(
                content=gettext_lazy(
                    "Een gepubliceerde versie staat vast: analyses verwijzen ernaar. Wil je iets veranderen, "
                    "kies dan in het overzicht ‘Nieuwe versie’, pas het concept aan en publiceer het."
                )
            ),
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("version", read_only=True),
            FieldPanel("introduction"),
            MultiFieldPanel(
                [
                    FieldPanel("self_image_dimension"),
                    FieldPanel("strategy_dimension"),
                    FieldPanel("fit_table"),
                ],
                heading=gettext_lazy("Interventielogica"),
            ),
            InlinePanel(
                "dimensions",
                heading=gettext_lazy("Onderdelen"),
                label=gettext_lazy("onderdeel"),
                panels=[
                    FieldPanel("code"),
                    FieldPanel("label"),
                    FieldPanel("kind"),
                    FieldPanel("group"),
                    FieldPanel("question"),
                    FieldPanel("self_question"),
                    FieldPanel("tip"),
                    FieldPanel("ordinal"),
                    FieldPanel("options"),
                ],
            ),
        ],
        base_form_class=FrameworkAdminForm,
    )


register_snippet(FrameworkViewSet)


@hooks.register("register_admin_urls")
def register_framework_admin_urls():
    urls = [
        path("<id:pk>/nieuwe-versie/", NewVersionView.as_view(), name="new_version"),
        path("<id:pk>/publiceren/", PublishView.as_view(), name="publish"),
    ]
    return [path("analysekader/", include((urls, ADMIN_NAMESPACE), namespace=ADMIN_NAMESPACE))]


@hooks.register("register_snippet_listing_buttons")
def framework_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Framework) or not user.has_perm(CHANGE_PERMISSION):
        return []
    buttons = []
    if not snippet.is_published:
        buttons.append(Button(
            _("Publiceren"), reverse(f"{ADMIN_NAMESPACE}:publish", args=[snippet.pk]), icon_name="upload",
            priority=30,
        ))
    buttons.append(Button(
        _("Nieuwe versie"), reverse(f"{ADMIN_NAMESPACE}:new_version", args=[snippet.pk]), icon_name="copy",
        priority=40,
    ))
    return buttons


@hooks.register("before_delete_snippet")
def refuse_deleting_published_frameworks(request, instances):
    if any(isinstance(instance, Framework) and instance.is_published for instance in instances):
        messages.error(request, _("Een gepubliceerde versie wordt gebruikt in analyses en kan niet worden verwijderd."))
        return redirect(viewset_url("list"))
    return None
