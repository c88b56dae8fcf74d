"""Seed version 1 of the analysekader of "Van Kijken naar Zien", published.

The texts are ours, written for analysts; the facts (dimensions, options, the fit of zelfbeeld and strategie)
follow the framework of the action research. Safe to run twice: everything is matched on its code.
"""

from django.db import migrations
from django.utils import timezone

SLUG = "analysekader"
VERSION = 1

INTRODUCTION = (
    "Met dit kader kijk je naar een opgenomen gesprek tussen klantmanager en cliënt. De eerste onderdelen "
    "komen uit de theorie over de werkrelatie en een passende aanpak: hoe echt is het gesprek, is er een doel "
    "van beiden, past de strategie bij hoe de cliënt naar zichzelf kijkt, en hoe is de regie verdeeld. De "
    "Kijkwijzer vraagt daarna om wat je opvalt, steeds gekoppeld aan een fragment."
)


def _scale(low, high):
    return [
        {"code": "1", "label": f"1 – {low}"},
        {"code": "2", "label": "2 – overwegend sociaal wenselijk"},
        {"code": "3", "label": "3 – afwisselend: soms gemeend, soms gepast"},
        {"code": "4", "label": "4 – overwegend open en eerlijk"},
        {"code": "5", "label": f"5 – {high}"},
    ]


def _options(*pairs):
    return [{"code": code, "label": label} for code, label in pairs]


THEORY = "theory"
KIJKWIJZER = "kijkwijzer"

DIMENSIONS = [
    {
        "code": "echtheid-klantmanager",
        "label": "Echtheid van de klantmanager",
        "kind": "scale",
        "group": THEORY,
        "ordinal": True,
        "question": "Zegt de klantmanager wat hij of zij werkelijk denkt, of vooral wat gepast of verwacht "
                    "lijkt?",
        "options": _scale("volledig sociaal wenselijk", "volledig open en eerlijk"),
    },
    {
        "code": "echtheid-client",
        "label": "Echtheid van de cliënt",
        "kind": "scale",
        "group": THEORY,
        "ordinal": True,
        "question": "Zegt de cliënt wat hij of zij werkelijk denkt, of vooral wat de klantmanager graag "
                    "lijkt te horen?",
        "options": _scale("volledig sociaal wenselijk", "volledig open en eerlijk"),
    },
    {
        "code": "gezamenlijk-doel",
        "label": "Gezamenlijk doel",
        "kind": "single",
        "group": THEORY,
        "ordinal": False,
        "question": "Werken klantmanager en cliënt aan een doel waar ze allebei achter staan, en hoe is dat "
                    "doel er gekomen?",
        "options": _options(
            ("uitgesproken", "Uitgesproken: samen benoemd en afgesproken"),
            ("verondersteld", "Verondersteld: beiden lijken ervan uit te gaan, maar niemand zegt het hardop"),
            ("ingevuld", "Ingevuld: de klantmanager bepaalt het doel voor de cliënt"),
            ("afwezig", "Afwezig: een doel komt niet ter sprake"),
        ),
    },
    {
        "code": "zelfbeeld",
        "label": "Zelfbeeld van de cliënt",
        "kind": "single",
        "group": THEORY,
        "ordinal": False,
        "question": "Hoe kijkt de cliënt naar zichzelf: wil hij of zij verder, en gelooft hij of zij het ook "
                    "te kunnen?",
        "options": _options(
            ("wil-en-kan", "Ik wil en ik kan"),
            ("wil-maar-kan-niet", "Ik wil wel, maar ik kan het niet"),
            ("opgegeven", "Ik heb het opgegeven"),
            ("andere-plannen", "Ik heb andere plannen"),
        ),
    },
    {
        "code": "strategie",
        "label": "Strategie van de klantmanager",
        "kind": "single",
        "group": THEORY,
        "ordinal": False,
        "question": "Welke aanpak kiest de klantmanager om de cliënt verder te helpen?",
        "options": _options(
            ("kansen", "Kansen bieden: een mogelijkheid aanreiken en de cliënt zelf laten gaan "
                       "(\u201cgeef me de sleutels, ik rijd zelf\u201d)"),
            ("leren", "Leren: samen uitzoeken en oefenen hoe het moet (\u201cleer me eerst rijden\u201d)"),
            ("sturen", "Sturen: een tijd het stuur overnemen en de weg wijzen (\u201crij jij maar even\u201d)"),
            ("ondernemen", "Ondernemen: meedenken met de eigen plannen van de cliënt "
                           "(\u201cik neem liever de trein\u201d)"),
        ),
    },
    {
        "code": "regie",
        "label": "Regie in het gesprek",
        "kind": "single",
        "group": THEORY,
        "ordinal": False,
        "question": "Wie bepaalt vooral de richting en de inhoud van het gesprek?",
        "options": _options(
            ("klantmanager", "Vooral de klantmanager"),
            ("samen", "Klantmanager en cliënt samen"),
            ("client", "Vooral de cliënt"),
        ),
    },
    {
        "code": "regie-passend",
        "label": "Passende verdeling van de regie",
        "kind": "single",
        "group": THEORY,
        "ordinal": False,
        "question": "Past die verdeling bij wat deze cliënt op dit moment nodig heeft?",
        "options": _options(
            ("ja", "Ja, de verdeling past"),
            ("deels", "Deels"),
            ("nee", "Nee, de verdeling past niet bij deze cliënt"),
        ),
    },
    {
        "code": "metacommunicatie",
        "label": "Metacommunicatie en gespreksagenda",
        "kind": "single",
        "group": THEORY,
        "ordinal": False,
        "question": "Vertelt de klantmanager wat hij of zij doet en waarom, en bepalen ze samen waar het gesprek "
                    "over gaat?",
        "options": _options(
            ("ja", "Ja, werkwijze en bedoeling worden hardop gedeeld en de agenda is van beiden"),
            ("soms", "Soms"),
            ("nee", "Nee, de cliënt moet raden waar het gesprek heen gaat"),
        ),
    },
    {
        "code": "emoties",
        "label": "Emoties",
        "kind": "text",
        "group": KIJKWIJZER,
        "ordinal": False,
        "question": "Welke emoties zie of hoor je, bij wie, en wat gebeurt er daarna? Noem de fragmenten.",
        "options": [],
    },
    {
        "code": "weerstand",
        "label": "Weerstand, afhaken, verstarring en stagnatie",
        "kind": "text",
        "group": KIJKWIJZER,
        "ordinal": False,
        "question": "Waar loopt het gesprek vast, of haakt iemand af? Wat ging daaraan vooraf?",
        "options": [],
    },
    {
        "code": "feedback-client",
        "label": "Feedback van de cliënt in het gesprek",
        "kind": "text",
        "group": KIJKWIJZER,
        "ordinal": False,
        "question": "Waar laat de cliënt, in woorden of houding, merken hoe het gesprek overkomt? "
                    "Doet de klantmanager daar iets mee?",
        "options": [],
    },
    {
        "code": "resultaten",
        "label": "Resultaten",
        "kind": "text",
        "group": KIJKWIJZER,
        "ordinal": False,
        "question": "Wat levert het gesprek op: een betere werkrelatie, stappen richting het doel, of allebei?",
        "options": [],
    },
]

FIT_TABLE = {
    "wil-en-kan": "kansen",
    "wil-maar-kan-niet": "leren",
    "opgegeven": "sturen",
    "andere-plannen": "ondernemen",
}


def seed(apps, schema_editor):
    Framework = apps.get_model("lms_framework", "Framework")
    Dimension = apps.get_model("lms_framework", "Dimension")
    framework, _created = Framework.objects.update_or_create(
        slug=SLUG,
        version=VERSION,
        defaults={
            "name": "Analysekader Van Kijken naar Zien",
            "introduction": INTRODUCTION,
            "fit_table": FIT_TABLE,
            "self_image_dimension": "zelfbeeld",
            "strategy_dimension": "strategie",
            "is_published": True,
        },
    )
    if framework.published_at is None:
        framework.published_at = timezone.now()
        framework.save(update_fields=["published_at"])
    for position, values in enumerate(DIMENSIONS):
        values = dict(values)
        code = values.pop("code")
        Dimension.objects.update_or_create(
            framework=framework, code=code, defaults={**values, "sort_order": position}
        )


def unseed(apps, schema_editor):
    apps.get_model("lms_framework", "Framework").objects.filter(slug=SLUG, version=VERSION).delete()


class Migration(migrations.Migration):
    dependencies = [("lms_framework", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
