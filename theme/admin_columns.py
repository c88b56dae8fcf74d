"""A column for the Wagtail admin's listings that shows a yes/no field as "Ja" or "Nee".

A field named in `list_display` shows Python's True/False, and Wagtail's BooleanColumn draws an icon whose title is
that same "True"/"False"; both are English and say nothing to a screen reader in Dutch.
"""

from django.utils.translation import gettext as _
from wagtail.admin.ui.tables import Column


class YesNoColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return ""
        return _("Ja") if value else _("Nee")
