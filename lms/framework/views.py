"""Two admin actions on a version of the analysekader: make a new version, and publish a draft.

Both ask for confirmation on a GET page and act only on POST, so a link preview or a stray click changes
nothing. Only someone who may change frameworks may use them; everyone else gets Wagtail's permission refusal.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .models import Framework

CHANGE_PERMISSION = "lms_framework.change_framework"


def viewset_url(name, *args):
    """A URL of the Framework snippet screens, named by the registered viewset itself."""
    return reverse(Framework.snippet_viewset.get_url_name(name), args=args)


class FrameworkActionView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "framework/admin/confirm_action.html"
    header_icon = "list-ul"
    confirm_label = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(CHANGE_PERMISSION):
            raise PermissionDenied
        self.framework = get_object_or_404(Framework.objects.prefetch_related("dimensions"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.framework)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": viewset_url("list"), "label": Framework._meta.verbose_name_plural.capitalize()},
            {"url": viewset_url("edit", self.framework.pk), "label": str(self.framework)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            framework=self.framework,
            confirm_label=self.confirm_label,
            cancel_url=viewset_url("list"),
            problems=self.get_problems(),
            **kwargs,
        )

    def get_problems(self):
        return []


class NewVersionView(FrameworkActionView):
    page_title = gettext_lazy("Nieuwe versie maken")
    confirm_label = gettext_lazy("Ja, maak een nieuwe versie")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            explanation=_(
                "Je maakt een concept met een kopie van alle onderdelen van deze versie. Dat concept kun je "
                "aanpassen en daarna publiceren. Analyses die al gemaakt zijn, houden hun eigen versie."
            ),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        draft = services.new_version(self.framework)
        messages.success(request, _("Versie %(version)d is aangemaakt als concept.") % {"version": draft.version})
        return redirect(viewset_url("edit", draft.pk))


class PublishView(FrameworkActionView):
    page_title = gettext_lazy("Versie publiceren")
    confirm_label = gettext_lazy("Ja, publiceer deze versie")

    def get_problems(self):
        return [] if self.framework.is_published else services.publication_problems(self.framework)

    def get_context_data(self, **kwargs):
        if self.framework.is_published:
            explanation = _("Deze versie is al gepubliceerd.")
        else:
            explanation = _(
                "Na publicatie gebruiken nieuwe analyses deze versie en kan niemand haar nog wijzigen. "
                "Wil je later iets aanpassen, dan maak je een nieuwe versie."
            )
        return super().get_context_data(
            explanation=explanation, already_published=self.framework.is_published, **kwargs
        )

    def post(self, request, *args, **kwargs):
        try:
            services.publish(self.framework)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect(request.path)
        messages.success(request, _("%(framework)s is gepubliceerd.") % {"framework": self.framework})
        return redirect(viewset_url("list"))
