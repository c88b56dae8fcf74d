"""The admin form for a version of the analysekader: refuses to change a published version."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Framework
from .services import next_version_number

FROZEN_MESSAGE = _(
    "Deze versie is gepubliceerd en wordt gebruikt in analyses. Maak een nieuwe versie om iets te veranderen."
)


class FrameworkAdminForm(WagtailAdminModelForm):
    """Edits a draft version. A published version is frozen: its answers in analyses name its options."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read from the database, not from the instance the form is about to fill in.
        self.was_published = bool(
            self.instance.pk and Framework.objects.filter(pk=self.instance.pk, is_published=True).exists()
        )

    def clean(self):
        cleaned = super().clean()
        if self.was_published:
            raise ValidationError(FROZEN_MESSAGE, code="published")
        slug = cleaned.get("slug") or self.instance.slug
        if not self.instance.pk:
            # "version" is read-only in the admin: a new framework follows the highest version of its slug.
            self.instance.version = next_version_number(slug)
        elif (
            Framework.objects.filter(slug=slug, version=self.instance.version).exclude(pk=self.instance.pk).exists()
        ):
            self.add_error("slug", _("Er is al een versie %(version)d met deze code.")
                           % {"version": self.instance.version})
        return cleaned
