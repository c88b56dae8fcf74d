"""Demo organisation: the home page's texts and the privacy and accessibility statements below it."""

from wagtail.models import Site

from demo.site import ensure_home_page
from lms.home.models import PlatformSettings, StatementPage

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


PRIVACY = (
    "<p>Van Kijken naar Zien is er om van te leren. Daarom gaan we zuinig om met wat je vastlegt.</p>"
    "<h2>Wat we bewaren</h2><p>Je account, je team en functie, en wat je zelf vastlegt: doelen, evaluaties, "
    "reflecties, antwoorden in de leergang. Van opnames bewaren we alleen een link, de datum en de duur; de video "
    "blijft in de beveiligde opslag van de gemeente. Cliënten staan er alleen met een code in.</p>"
    "<h2>Wie wat ziet</h2><p>Alleen jij, en de mensen met wie je iets deelt. Analisten zien een opname alleen "
    "binnen de toestemming van de cliënt. Leidinggevenden en het MT zien nooit persoonlijk leermateriaal, alleen "
    "geanonimiseerde totalen.</p>"
    "<h2>Je rechten</h2><p>Onder Mijn gegevens download je alles wat we van je hebben, zie je wie meekeek bij wat je "
    "deelde, en kun je op elk moment uitstappen. Vragen? Neem contact op met de functioneel beheerder.</p>"
)
ACCESSIBILITY = (
    "<p>We willen dat iedereen deze site kan gebruiken, ook met een schermlezer, alleen een toetsenbord of "
    "vergroting. De site is gebouwd volgens WCAG 2.1 niveau AA en wordt bij elke wijziging automatisch getest.</p>"
    "<h2>Bekende beperkingen</h2><p>Video's in de leergang hebben een tekstversie; ondertiteling hangt af van de "
    "aanbieder van de video. Pdf-bestanden zijn getagd, maar tabellen in pdf's kunnen in sommige lezers minder "
    "goed voorgelezen worden.</p>"
    "<h2>Iets werkt niet?</h2><p>Laat het de functioneel beheerder weten; we lossen het zo snel mogelijk op.</p>"
)


def ensure_statements(home):
    """Both statements below the home page, linked in every page's footer through the site settings."""
    pages = {}
    for slug, title, body in (("privacy", "Privacyverklaring", PRIVACY),
                              ("toegankelijkheid", "Toegankelijkheidsverklaring", ACCESSIBILITY)):
        page = StatementPage.objects.filter(slug=slug).first()
        if page is None:
            page = home.add_child(instance=StatementPage(title=title, slug=slug, body=body))
        pages[slug] = page
    site = Site.objects.filter(root_page=home).first()
    if site is not None:
        found = PlatformSettings.for_site(site)
        if (found.privacy_page_id, found.accessibility_page_id) != (pages["privacy"].pk, pages["toegankelijkheid"].pk):
            found.privacy_page, found.accessibility_page = pages["privacy"], pages["toegankelijkheid"]
            found.save()


def load(demo):
    home = ensure_home_page()
    ensure_statements(home)
    if (home.intro, home.dashboard_intro) != (INTRO, DASHBOARD_INTRO):
        home.intro, home.dashboard_intro = INTRO, DASHBOARD_INTRO
        home.save_revision().publish()
    demo.log("teksten van de startpagina")
