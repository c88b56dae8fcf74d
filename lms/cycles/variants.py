"""The four ingredients of a video-reflection and the combinations the organisation works with.

(a) terugkijken: the participant watches fragments of the recording back, (b) cliëntfeedback: a neutral
interviewer asks the client about the conversation, (c) feedback of two analysts or trainers who analyse the
recording blind and agree on a consensus, (d) collegiale consultatie in an intervisie session of one's group.
The six combinations the report ran are offered as ready choices, and (a) alone for going on independently
(lms/cycles/path.py); any other sensible one can be composed.

Watching back goes with the Kijkwijzer: from the participant's cycle VKNZ_SELF_ANALYSIS_FROM_CYCLE on, a cycle with
(a) and (c) gets the step "zelfanalyse" before the analysts (`ReflectionCycle.self_analysis_first`); with (a) but
without analysts the self-analysis is offered as the way to watch back (`ReflectionCycle.offers_self_analysis`).
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Medium

INGREDIENTS = ("with_video_analysis", "with_client_feedback", "with_analyst_feedback", "with_intervision")
CUSTOM = "eigen"


@dataclass(frozen=True)
class Variant:
    key: str
    label: str
    explanation: str
    with_video_analysis: bool = False
    with_client_feedback: bool = False
    with_analyst_feedback: bool = False
    with_intervision: bool = False

    def ingredients(self) -> dict:
        return {name: getattr(self, name) for name in INGREDIENTS}


VARIANTS = [
    Variant("abc", gettext_lazy("Volledige video-reflectie"),
            gettext_lazy("Twee analisten analyseren de opname, een neutrale interviewer spreekt de cliënt, en je "
                         "kijkt samen met een analist fragmenten terug. Na je eerste video-reflecties analyseer je "
                         "eerst zelf, met de Kijkwijzer."),
            with_video_analysis=True, with_client_feedback=True, with_analyst_feedback=True),
    Variant("bc", gettext_lazy("Analyse en cliëntinterview, zonder terugkijken"),
            gettext_lazy("Als de volledige video-reflectie, maar het reflectiegesprek gaat over de analyse en wat "
                         "de cliënt zei, zonder samen fragmenten terug te kijken."),
            with_client_feedback=True, with_analyst_feedback=True),
    Variant("ac", gettext_lazy("Video-analyse zonder cliëntinterview"),
            gettext_lazy("Twee analisten analyseren de opname en je kijkt fragmenten terug. Voor als de cliënt "
                         "niet geïnterviewd wil worden. Na je eerste video-reflecties analyseer je eerst zelf, met "
                         "de Kijkwijzer."),
            with_video_analysis=True, with_analyst_feedback=True),
    Variant("ad", gettext_lazy("Terugkijken in de intervisie"),
            gettext_lazy("Je kijkt de opname terug met de Kijkwijzer, kiest fragmenten en bespreekt ze met je "
                         "intervisiegroep, voor zover de cliënt collega's toestemming gaf. Het verslag van de sessie "
                         "voedt je reflectie."),
            with_video_analysis=True, with_intervision=True),
    Variant("d", gettext_lazy("Intervisie over je ervaring"),
            gettext_lazy("Zonder opname: je brengt het gesprek in bij je intervisiegroep, op basis van wat je "
                         "ervan weet en wat je met Van Kijken naar Zien hebt geleerd."),
            with_intervision=True),
    Variant("b", gettext_lazy("Feedbackgesprek met de cliënt"),
            gettext_lazy("Zonder opname: een neutrale interviewer vraagt de cliënt hoe het gesprek was en geeft "
                         "je aandachtspunten en reflectievragen mee."),
            with_client_feedback=True),
    Variant("a", gettext_lazy("Zelfstandig terugkijken met de Kijkwijzer"),
            gettext_lazy("Zonder analisten: je kijkt je opname zelf terug met de vragen en tips van de Kijkwijzer "
                         "en kiest wat je meeneemt. Voor wie al een paar video-reflecties heeft gedaan."),
            with_video_analysis=True),
]
BY_KEY = {variant.key: variant for variant in VARIANTS}


def variant_of(cycle) -> Variant | None:
    """The ready combination a cycle follows, or None when it was composed freely."""
    chosen = {name: getattr(cycle, name) for name in INGREDIENTS}
    return next((variant for variant in VARIANTS if variant.ingredients() == chosen), None)


def ingredient_labels(cycle) -> list[str]:
    labels = {
        "with_video_analysis": _("terugkijken van de opname"),
        "with_client_feedback": _("feedback van de cliënt via een neutrale interviewer"),
        "with_analyst_feedback": _("feedback van twee analisten of trainers"),
        "with_intervision": _("bespreken in intervisie"),
    }
    return [labels[name] for name in INGREDIENTS if getattr(cycle, name)]


def check_combination(medium, *, with_video_analysis, with_client_feedback, with_analyst_feedback,
                      with_intervision):
    """Refuse, in Dutch, a combination that cannot work. Every other one may be composed."""
    if not (with_video_analysis or with_client_feedback or with_analyst_feedback or with_intervision):
        raise ValidationError(_("Kies minstens één onderdeel: terugkijken, feedback van de cliënt, van analisten "
                                "of intervisie."), code="no_parts")
    if medium == Medium.MANAGER and with_client_feedback:
        raise ValidationError(_("Bij een gesprek van een leidinggevende met een medewerker is er geen "
                                "cliëntinterview: er is geen cliënt. Kies een variant zonder feedback van de "
                                "cliënt."), code="no_client_in_manager_conversation")
