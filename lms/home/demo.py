"""Demo organisation: the texts on the home page."""

from .models import HomePage


def load(demo):
    home = HomePage.objects.first()
    if home is None:
        return
    intro = (
        "<p>Van Kijken naar Zien is het leerplatform voor klantmanagers en werkregisseurs. Je kijkt samen met "
        "collega's en analisten terug op echte gesprekken met cliënten, hoort hoe de cliënt het gesprek beleefde "
        "en kiest zelf waar je aan wilt werken.</p>"
        "<p>Wat je hier vastlegt is om van te leren, nooit om je te beoordelen.</p>"
    )
    dashboard_intro = (
        "<p>Hier zie je in één oogopslag waar je staat: wat er voor je klaarstaat, wat er met je gedeeld is en "
        "welke meldingen je nog niet gelezen hebt.</p>"
    )
    if (home.intro, home.dashboard_intro) != (intro, dashboard_intro):
        home.intro, home.dashboard_intro = intro, dashboard_intro
        home.save_revision().publish()
    demo.log("teksten van de startpagina")
