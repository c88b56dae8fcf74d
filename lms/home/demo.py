"""Demo organisation: the home page and its texts (re-created when the page tree is empty)."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import HomePage

INTRO = (
    "<p>Van Kijken naar Zien is het leerplatform voor klantmanagers en werkregisseurs. Je kijkt samen met "
    "collega's en analisten terug op echte gesprekken met cliënten, hoort hoe de cliënt het gesprek beleefde "
    "en kiest zelf waar je aan wilt werken.</p>"
    "<p>Wat je hier vastlegt is om van te leren, nooit om je te beoordelen.</p>"
)
DASHBOARD_INTRO = (
    "<p>Hier zie je in één oogopslag waar je staat: wat er voor je klaarstaat, wat er met je gedeeld is en "
    "welke meldingen je nog niet gelezen hebt.</p>"
)


def ensure_home_page() -> HomePage:
    """The home page as migration home.0002 makes it; rebuilt here if the page tree was emptied."""
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


def load(demo):
    home = ensure_home_page()
    if (home.intro, home.dashboard_intro) != (INTRO, DASHBOARD_INTRO):
        home.intro, home.dashboard_intro = INTRO, DASHBOARD_INTRO
        home.save_revision().publish()
    demo.log("teksten van de startpagina")
