from django.utils.translation import gettext_lazy as _

from lms.extensions.dashboard import GROUP_ACCOUNT, register_menu_item

register_menu_item(_("Mijn gegevens"), "lms:privacy:my_data", order=88, group=GROUP_ACCOUNT)
