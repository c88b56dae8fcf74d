"""This site's page tree: a Leerplatform page as the root of the default Wagtail site.

Installing the apps never does this (a host site keeps its own tree); the demo does it for this site, and tests
call it after a transactional test emptied the tables. Safe to repeat.
"""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from lms.conf import setting
from lms.home.models import PlatformPage


def ensure_home_page() -> PlatformPage:
    home = PlatformPage.objects.first()
    if home is not None:
        return home
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    # Wagtail's own "Welcome to your new Wagtail site!" page, untouched since its migration: ours takes its place.
    Page.objects.filter(depth=2, numchild=0, content_type__app_label="wagtailcore",
                        content_type__model="page").delete()
    root.refresh_from_db()
    name = setting("VKNZ_SITE_NAME")
    home = root.add_child(instance=PlatformPage(title=name, slug="home"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": name},
    )
    return home
