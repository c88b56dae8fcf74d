"""The questions of the client interview, of the reflection meeting and of the Samenleerwijzer, and answers read
beside them.

Answers are kept under the question's code; read anywhere (the page, the PDF, the data export) they go with the
question they answer: an answer without its question says little.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The interview guide: what the neutral interviewer asks the client about the conversation.
INTERVIEW_GUIDE = [
    ("ervaring", gettext_lazy("Hoe heeft u het gesprek ervaren?")),
    ("gehoord", gettext_lazy("Voelde u zich gehoord en serieus genomen?")),
    ("doel", gettext_lazy("Was duidelijk waar het gesprek over ging en wat het doel was?")),
    ("anders", gettext_lazy("Wat had de klantmanager anders kunnen doen?")),
    ("vervolg", gettext_lazy("Wat neemt u zelf mee uit het gesprek?")),
]

# The questions of the reflection meeting, in the order of the conversation.
REFLECTION_QUESTIONS = [
    ("gebeurd", gettext_lazy("Wat gebeurde er op dit moment in het gesprek?")),
    ("bedoeling", gettext_lazy("Wat was je bedoeling?")),
    ("effect", gettext_lazy("Welk effect had het op de cliënt?")),
    ("gewenst", gettext_lazy("Was dat het effect dat je wilde?")),
    ("anders", gettext_lazy("Wat zou je een volgende keer anders doen?")),
]


def with_questions(questions, answers) -> list[tuple[str, str]]:
    """(question, answer) for each answered question, in the order they are asked. Answers under a code no
    longer in the list (an older guide) keep their place at the end, under a neutral heading."""
    answers = dict(answers or {})
    rows = [(str(question), answers.pop(code)) for code, question in questions if answers.get(code)]
    return rows + [(_("Overige aantekening"), answer) for answer in answers.values() if answer]


# --- the Samenleerwijzer --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GuideTheme:
    """One theme of the Samenleerwijzer: what it is about, what you can ask your client, and a tip for you."""

    code: str
    title: str
    about: str
    questions: tuple  # (code, question): notes are kept under the question's code
    tip: str


SAMENLEERWIJZER_INTRO = gettext_lazy(
    "Een Samenleerwijzer-gesprek is een kort gesprek met je cliënt over jullie samenwerking: tien tot vijftien "
    "minuten, bijvoorbeeld aan het eind van een gewone afspraak. Je cliënt is afhankelijk van jou en zegt daarom "
    "niet snel wat er beter kan. Vraag er dus zelf naar. Kies één of twee thema's; je hoeft niet alles te vragen.")
SAMENLEERWIJZER_CLOSING = gettext_lazy(
    "Luister, vat samen wat je hoort en bedank je cliënt. Ga niet in discussie. Vertel in een volgend gesprek wat "
    "je met de feedback hebt gedaan: dan merkt je cliënt dat het zin had.")

SAMENLEERWIJZER_GUIDE = (
    GuideTheme(
        "relatie", gettext_lazy("Hoe gaan we met elkaar om?"),
        gettext_lazy("Jullie persoonlijke contact: voelt je cliënt zich gehoord en serieus genomen?"),
        (("relatie-gevoel", gettext_lazy("Hoe voel je je in onze gesprekken?")),
         ("relatie-eerlijk", gettext_lazy("Durf je tegen mij te zeggen als iets je niet bevalt?")),
         ("relatie-anders", gettext_lazy("Wat zou je anders willen in hoe ik met je praat?"))),
        gettext_lazy("Zeg hardop dat kritiek welkom is en dat het niets verandert aan je hulp. Verdedig jezelf niet: "
                     "ook een beetje kritiek is een cadeau."),
    ),
    GuideTheme(
        "doel", gettext_lazy("Waar werken we samen naar toe?"),
        gettext_lazy("Het gezamenlijke doel: willen jullie hetzelfde bereiken?"),
        (("doel-wens", gettext_lazy("Wat wil je zelf bereiken met onze gesprekken?")),
         ("doel-zelfde", gettext_lazy("Werken we volgens jou aan hetzelfde doel?")),
         ("doel-stap", gettext_lazy("Weet je wat de volgende stap is?"))),
        gettext_lazy("Vraag naar het doel in de woorden van je cliënt, niet in die van de regels. Zie je een "
                     "verschil met jouw doel? Zeg dat, dan kunnen jullie erover praten."),
    ),
    GuideTheme(
        "aanpak", gettext_lazy("Past de aanpak bij jou?"),
        gettext_lazy("Jullie manier van werken: past die bij wat je cliënt nodig heeft?"),
        (("aanpak-past", gettext_lazy("Past de manier waarop we samenwerken bij jou?")),
         ("aanpak-waarom", gettext_lazy("Snap je waarom ik bepaalde vragen stel of dingen van je vraag?")),
         ("aanpak-vaker", gettext_lazy("Wat zou je willen dat ik vaker doe, of juist minder?"))),
        gettext_lazy("Vertel wat je doet en waarom. Dan kan je cliënt zeggen of het past. Hoor je 'het gaat wel'? "
                     "Vraag dan rustig door."),
    ),
    GuideTheme(
        "regie", gettext_lazy("Wie heeft de regie?"),
        gettext_lazy("Wie bepaalt waar het over gaat en wat er gebeurt?"),
        (("regie-wie", gettext_lazy("Wie bepaalt volgens jou waar we het over hebben?")),
         ("regie-ruimte", gettext_lazy("Heb je genoeg ruimte om zelf te kiezen?")),
         ("regie-meer", gettext_lazy("Waarover wil je zelf meer beslissen?"))),
        gettext_lazy("Vraag eerst wat je cliënt zelf wil en kan, voordat je een oplossing geeft. Neem je cliënt niet "
                     "meer bij de hand dan nodig is."),
    ),
)
# Every question of the guide in the order of the conversation: the notes' codes, and what `with_questions` reads.
SAMENLEERWIJZER_QUESTIONS = [question for theme in SAMENLEERWIJZER_GUIDE for question in theme.questions]


def notes_by_theme(notes) -> tuple[list, list]:
    """The notes of a Samenleerwijzer-gesprek read beside the guide: ([(theme, [(question, note)]), ...] for each
    theme with a note, [(heading, note)] for notes under codes the guide no longer has)."""
    notes = dict(notes or {})
    themes = []
    for theme in SAMENLEERWIJZER_GUIDE:
        own = {code: notes.pop(code) for code, _question in theme.questions if code in notes}
        rows = with_questions(theme.questions, own)
        if rows:
            themes.append((theme, rows))
    return themes, with_questions((), notes)
