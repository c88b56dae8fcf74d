"""The participant's path to independent learning: from analysts who lead, to analysing first oneself, to
going on alone, with the buddy or in intervisie.

The report's lesson (deel 1): about four cycles per klantmanager, the researchers leading the first two, then
handing the analysis over, after which the klantmanager goes on with the Kijkwijzer and the Samenleerwijzer. It
also found that this did not stick without a nudge, so the path says where someone stands and what comes next,
and after enough finished cycles suggests (and preselects) going on independently. It is the owner's alone: a
teamcoach or buddy sees a cycle only when the owner shares it, never this overview.
"""

from dataclasses import dataclass, field

from django.db.models import Max, Prefetch
from django.utils.translation import gettext_lazy as _

from lms.conf import setting
from lms.people.naming import display_name

from .models import AnalystAssignment, ReflectionCycle, Step
from .variants import BY_KEY

GUIDED = "begeleid"
SELF_FIRST = "zelf-eerst"
INDEPENDENT = "zelfstandig"

# The ready combinations for going on without analysts, in the order the path offers them.
INDEPENDENT_ROUTES = (
    ("a", _("Alleen"), _("Je kijkt je opname terug met de Kijkwijzer en schrijft op wat je ziet. Wil je een "
                        "tweede blik? Deel de video-reflectie daarna met je buddy.")),
    ("ad", _("In intervisie"), _("Je kiest fragmenten met de Kijkwijzer en bespreekt ze met je intervisiegroep.")),
    ("b", _("Met de ogen van de cliënt"), _("Een neutrale interviewer vraagt je cliënt hoe het gesprek was.")),
)


@dataclass(frozen=True)
class Phase:
    key: str
    title: str
    explanation: str


def phases():
    """The three phases, worded with the organisation's own thresholds."""
    self_from = self_analysis_from()
    after = independent_after()
    return [
        Phase(GUIDED, _("Begeleid"),
              _("In je eerste %(count)d video-reflecties analyseren twee analisten je gesprek en leiden zij het "
                "reflectiegesprek. Jij kijkt mee en leert het analysekader kennen.") % {"count": self_from - 1}),
        Phase(SELF_FIRST, _("Eerst zelf analyseren"),
              _("Vanaf je video-reflectie %(number)d analyseer je een opgenomen gesprek eerst zelf met de "
                "Kijkwijzer, voordat de analisten het doen. Zij reageren op jouw analyse in plaats van blind te "
                "beginnen.") % {"number": self_from}),
        Phase(INDEPENDENT, _("Zelfstandig verder"),
              _("Na %(count)d afgeronde video-reflecties ga je zelfstandig verder: alleen, met je buddy of in "
                "intervisie, met de Kijkwijzer en de Samenleerwijzer. Analisten vragen kan altijd nog.")
              % {"count": after}),
    ]


def self_analysis_from() -> int:
    return max(1, int(setting("VKNZ_SELF_ANALYSIS_FROM_CYCLE")))


def independent_after() -> int:
    return max(1, int(setting("VKNZ_INDEPENDENT_AFTER_CYCLES")))


@dataclass
class Done:
    """One finished cycle and who the owner learned with."""

    cycle: ReflectionCycle
    with_whom: list = field(default_factory=list)


@dataclass
class LearningPath:
    finished: list
    next_number: int
    phase: Phase
    all_phases: list

    @property
    def finished_count(self) -> int:
        return len(self.finished)

    @property
    def suggests_independence(self) -> bool:
        return self.phase.key == INDEPENDENT

    @property
    def asks_self_analysis_first(self) -> bool:
        return self.phase.key == SELF_FIRST

    @property
    def routes(self):
        return [(BY_KEY[key], title, text) for key, title, text in INDEPENDENT_ROUTES if key in BY_KEY]

    @property
    def default_variant(self) -> str | None:
        """What the start form preselects: the first independent route once the path suggests it."""
        return INDEPENDENT_ROUTES[0][0] if self.suggests_independence else None


def with_whom(cycle) -> list[str]:
    """Who the owner learned with in a cycle, in words: the analysts and interviewer by name, the group, or
    nobody else."""
    people = []
    analysts = [display_name(a.analyst) for a in cycle.assignments.all() if a.analyst_id]
    if analysts:
        people.append(_("analisten %(names)s") % {"names": ", ".join(analysts)})
    if cycle.with_client_feedback:
        people.append(_("neutrale interviewer %(name)s") % {"name": display_name(cycle.interviewer)}
                      if cycle.interviewer_id else _("een neutrale interviewer"))
    if cycle.with_intervision:
        people.append(_("je intervisiegroep"))
    return people or [_("alleen")]


def phase_for(next_number: int, finished_count: int) -> str:
    if finished_count >= independent_after():
        return INDEPENDENT
    if next_number >= self_analysis_from():
        return SELF_FIRST
    return GUIDED


def path_of(user) -> LearningPath:
    """Where `user` stands: two queries (the finished cycles with their analysts, the highest number)."""
    finished = list(
        ReflectionCycle.objects.filter(owner=user, step=Step.FINISHED)
        .select_related("interviewer")
        .prefetch_related(Prefetch("assignments", AnalystAssignment.objects.select_related("analyst")
                                   .order_by("assigned_at", "pk")))
        .order_by("number", "pk")
    )
    highest = ReflectionCycle.objects.filter(owner=user).aggregate(n=Max("number"))["n"] or 0
    next_number = highest + 1
    key = phase_for(next_number, len(finished))
    all_phases = phases()
    return LearningPath(
        finished=[Done(cycle, with_whom(cycle)) for cycle in finished],
        next_number=next_number,
        phase=next(p for p in all_phases if p.key == key),
        all_phases=all_phases,
    )
