"""The site's home page as migration home.0002 makes it, rebuilt when the page tree was emptied (the demo on a
wiped database, tests after a transactional test flushed it): pages below the home page need it to hang from."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import HomePage


def ensure_home_page() -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        return home
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = root.add_child(instance=HomePage(title="Van Kijken naar Zien", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home,
                                        "site_name": "Van Kijken naar Zien"},
    )
    return home
