from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from lms.home.dashboard import MENU_ITEMS_HOOK, MenuItem


@hooks.register(MENU_ITEMS_HOOK)
def my_data_item(request):
    return MenuItem(label=_("Mijn gegevens"), url=reverse("privacy:my_data"), order=88)
