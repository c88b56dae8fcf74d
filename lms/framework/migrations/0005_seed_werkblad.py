"""The Kijkwijzer's Werkblad in the seeded analysekader (version 1): per part a question for the professional who
watches their own conversation back, and one concrete tip.

The texts are ours, in the second person, built on what the action research found (social desirability, a fitting
approach per zelfbeeld, regie and metacommunicatie, the four attention areas). They change no option, so the
answers given on version 1 keep their meaning. Only empty texts are filled: what an editor wrote stays. Safe to
run twice; also run by `lms.framework.seed.ensure_analysekader` after a flushed database.
"""

from django.db import migrations

SLUG = "analysekader"
VERSION = 1

WERKBLAD = {
    "echtheid-klantmanager": (
        "Zei je wat je echt dacht, of vooral wat gepast voelde? Waar hield je een twijfel voor je?",
        "Leg een twijfel rustig op tafel, bijvoorbeeld: 'Ik twijfel of dit plan bij je past. Hoe zie jij dat?' "
        "Dat maakt een gesprek vaak echter dan neutraal blijven.",
    ),
    "echtheid-client": (
        "Zei je cliënt wat hij of zij echt vond, of vooral wat jij wilde horen? Waaraan merk je dat?",
        "Een snelle 'ja' is vaak nog geen ja. Vraag door ('Je zegt ja, maar wat vind je er zelf van?') en laat "
        "daarna een stilte vallen.",
    ),
    "gezamenlijk-doel": (
        "Wisten jullie allebei waar jullie samen naartoe werkten? Wie bracht dat doel in: jij, je cliënt of "
        "jullie samen?",
        "Spreek aan het begin samen af waar het gesprek over gaat en wat het moet opleveren. Zeg het hardop, ook "
        "als het vanzelfsprekend lijkt.",
    ),
    "zelfbeeld": (
        "Hoe kijkt je cliënt naar zichzelf: wil hij of zij verder, en gelooft hij of zij dat het lukt? Wat zei of "
        "deed je cliënt waaruit je dat opmaakt?",
        "Niet kunnen of niet durven lijkt soms op niet willen. Vraag eerst wat je cliënt tegenhoudt, voordat je "
        "de druk opvoert.",
    ),
    "strategie": (
        "Welke aanpak koos je: een kans bieden, samen leren, even het stuur overnemen of meedenken met een eigen "
        "plan? Paste die bij hoe je cliënt zichzelf ziet?",
        "Kies je aanpak bij het zelfbeeld: wie wil en kan, krijgt een kans; wie wil maar vastloopt, oefent met "
        "je; wie het opgaf, neem je tijdelijk bij de hand; wie andere plannen heeft, help je die plannen uit te "
        "werken.",
    ),
    "regie": (
        "Wie bepaalde in jouw gesprek vooral waar het over ging en welke kant het op ging?",
        "Let op je vragen: veel gesloten vragen achter elkaar maken van een gesprek een verhoor. Stel een open "
        "vraag en laat je cliënt het antwoord zelf geven.",
    ),
    "regie-passend": (
        "Paste die verdeling bij wat je cliënt op dat moment nodig had? Nam je iets over wat je cliënt zelf kon?",
        "Neem het stuur alleen over als je cliënt dat nu echt nodig heeft, zeg waarom je het doet, en geef het "
        "terug zodra het kan.",
    ),
    "metacommunicatie": (
        "Vertelde je wat je deed en waarom? Wist je cliënt waarvoor je een vraag stelde?",
        "Maak aan het begin samen een korte gespreksagenda, en zeg bij een lastige vraag waarom je hem stelt: "
        "'Ik vraag dit omdat …'.",
    ),
    "emoties": (
        "Welke emoties zie of hoor je, bij je cliënt en bij jezelf? Wat deed je op dat moment? Noteer de tijd.",
        "Benoem wat je ziet voordat je verder gaat, bijvoorbeeld: 'Ik zie dat dit je raakt.' Dan hoeft je cliënt "
        "het niet weg te stoppen.",
    ),
    "weerstand": (
        "Waar liep het gesprek vast, werd je cliënt stil of haakte hij of zij af? Wat zei of deed je vlak daarvoor?",
        "Zoek het moment vlak vóór de stilte of het afhaken op en kijk dat stuk een paar keer terug. Daar zit vaak "
        "wat je een volgende keer anders kunt doen.",
    ),
    "feedback-client": (
        "Waar liet je cliënt merken hoe het gesprek voor hem of haar was, met woorden of met een blik of houding? "
        "Pakte je dat op?",
        "Vraag tussendoor en aan het eind: 'Hoe is dit gesprek voor je? Wat kan er beter?' Je cliënt zegt het "
        "niet snel uit zichzelf.",
    ),
    "resultaten": (
        "Wat leverde het gesprek op: een betere werkrelatie, een stap naar het doel, of allebei? Hoe zou je cliënt "
        "die vraag beantwoorden?",
        "Vat aan het eind samen met je cliënt samen wat jullie afspraken en wat de volgende stap is. Voor veel "
        "cliënten telt dat resultaat het zwaarst.",
    ),
}


def seed(apps, schema_editor):
    Dimension = apps.get_model("lms_framework", "Dimension")
    for dimension in Dimension.objects.filter(framework__slug=SLUG, framework__version=VERSION,
                                              code__in=list(WERKBLAD)):
        question, tip = WERKBLAD[dimension.code]
        changed = []
        if not dimension.self_question:
            dimension.self_question = question
            changed.append("self_question")
        if not dimension.tip:
            dimension.tip = tip
            changed.append("tip")
        if changed:
            dimension.save(update_fields=changed)


def unseed(apps, schema_editor):
    Dimension = apps.get_model("lms_framework", "Dimension")
    Dimension.objects.filter(framework__slug=SLUG, framework__version=VERSION).update(self_question="", tip="")


class Migration(migrations.Migration):
    dependencies = [("lms_framework", "0004_werkblad")]

    operations = [migrations.RunPython(seed, unseed)]
