"""Demo organisation: Sanne (klantmanager) has two finished video-reflections with the same client and one in
progress, analysed by Femke and Ruud (analist1, analist2); the teamcoach assigned them."""

import datetime

from django.utils import timezone

from lms.cycles import services
from lms.cycles.evidence import link_evaluation_to_cycle
from lms.cycles.models import AttentionPoint, CycleEvent, ReflectionCycle
from lms.goals.models import Goal, GoalEvaluation

FIRST = {
    "echtheid-klantmanager": "3", "echtheid-client": "2", "gezamenlijk-doel": "verondersteld",
    "zelfbeeld": "opgegeven", "strategie": "kansen", "regie": "klantmanager", "regie-passend": "deels",
    "metacommunicatie": "soms",
    "emoties": "De cliënt klinkt moe en zegt weinig; de klantmanager gaat daar niet op in.",
    "weerstand": "Bij de vraag over vrijwilligerswerk haakt de cliënt af.",
    "feedback-client": "Een zacht 'ja hoor' dat eigenlijk twijfel is.",
    "resultaten": "Er is een afspraak gemaakt, maar het is niet zeker dat de cliënt erachter staat.",
}
SECOND = {**FIRST, "echtheid-klantmanager": "4", "gezamenlijk-doel": "ingevuld", "metacommunicatie": "nee",
          "emoties": "Vermoeidheid bij de cliënt blijft onbesproken."}
FOLLOW_UP = {**FIRST, "echtheid-klantmanager": "4", "echtheid-client": "4", "gezamenlijk-doel": "uitgesproken",
             "strategie": "sturen", "regie": "samen", "regie-passend": "ja", "metacommunicatie": "ja",
             "resultaten": "De cliënt stelt zelf de volgende stap voor."}
REFLECTION = {
    "gebeurd": "Ik stelde drie vragen achter elkaar en vulde het antwoord zelf in.",
    "bedoeling": "Ik wilde tempo maken omdat de tijd bijna om was.",
    "effect": "De cliënt zei ja, maar keek weg.",
    "gewenst": "Nee, ik wilde juist weten wat hij zelf wilde.",
    "anders": "Eén vraag stellen en de stilte laten vallen.",
}
RECORDINGS = "https://gemeente.sharepoint.com/sites/video-reflectie/Gedeelde documenten/{name}.mp4"


def _run_cycle(demo, *, code, medium, question, answers_first, answers_second, follows=None, finish=True,
               days_ago=0, points=(), link_goal=None):
    sanne, coach = demo.users["klantmanager"], demo.users["teamcoach"]
    first, second = demo.users["analist1"], demo.users["analist2"]
    cycle = services.start_cycle(sanne, client_code=code, medium=medium, learning_question=question,
                                 doubts="Of de cliënt zich op zijn gemak voelt met een camera erbij.", follows=follows)
    services.record_consent(sanne, cycle, signed_on=timezone.localdate() - datetime.timedelta(days=days_ago + 3),
                            interview_allowed=True, colleagues_may_view=True)
    services.set_recording(sanne, cycle, url=RECORDINGS.format(name=f"{code}-{cycle.pk}"),
                           recorded_on=timezone.localdate() - datetime.timedelta(days=days_ago + 2),
                           duration_seconds=52 * 60 + 30)
    services.add_fragment(sanne, cycle, start_seconds=14 * 60, end_seconds=15 * 60 + 20,
                          label="Drie vragen achter elkaar", observation="Hier ga ik te snel.",
                          dimensions=["regie"])
    services.assign_analysts(coach, cycle, [first, second])
    cycle.refresh_from_db()
    services.save_analysis(first, cycle, answers_first, submit=True)
    if not finish:
        services.save_analysis(second, cycle, {"echtheid-klantmanager": "3"}, submit=False)
        return cycle
    services.save_analysis(second, cycle, answers_second, submit=True)
    services.record_consensus(first, cycle, answers_first)
    services.release_consensus(first, cycle)
    cycle.refresh_from_db()
    services.record_interview(first, cycle, held_on=timezone.localdate() - datetime.timedelta(days=days_ago + 1),
                              answers={"ervaring": "Prima gesprek, maar het ging snel.",
                                       "gehoord": "Niet helemaal; ik kwam er niet tussen."},
                              quotes="'Ik zeg maar ja, dan ben ik ervan af.'")
    services.record_reflection(first, cycle, held_on=timezone.localdate() - datetime.timedelta(days=days_ago),
                               answers=REFLECTION, notes="Sanne herkent het patroon uit eerdere gesprekken.")
    for text in points:
        point = services.add_attention_point(sanne, cycle, text)
        if link_goal is not None:
            AttentionPoint.objects.filter(pk=point.pk).update(goal=link_goal)
            link_goal = None
    services.finish_cycle(sanne, cycle)
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    ReflectionCycle.objects.filter(pk=cycle.pk).update(created_at=moment - datetime.timedelta(days=21),
                                                       finished_at=moment)
    CycleEvent.objects.filter(cycle=cycle).update(at=moment)
    return cycle


def load(demo):
    sanne = demo.users["klantmanager"]
    if ReflectionCycle.objects.filter(owner=sanne).exists():
        demo.log("video-reflecties: al aanwezig")
        return
    learning_goal = Goal.objects.filter(owner=sanne, kind="learning").first()
    spring = _run_cycle(
        demo, code="C-17", medium="spreekkamer", days_ago=150,
        question="Laat ik de cliënt genoeg ruimte om zelf met ideeën te komen?",
        answers_first=FIRST, answers_second=SECOND,
        points=["Na een snelle 'ja' doorvragen", "Aan het begin samen bepalen waar het gesprek over gaat"],
        link_goal=learning_goal,
    )
    follow_up = _run_cycle(
        demo, code="C-17", medium="spreekkamer", days_ago=40, follows=spring,
        question="Werkt het doorvragen na een snelle 'ja' bij dezelfde cliënt?",
        answers_first=FOLLOW_UP, answers_second={**FOLLOW_UP, "echtheid-client": "3"},
        points=["Stiltes durven laten vallen"],
    )
    # Sanne's latest evaluation of that goal ("in het vervolggesprek ook opgenomen") points to the follow-up.
    latest = GoalEvaluation.objects.filter(goal=learning_goal).select_related("goal").first() if learning_goal else None
    if latest is not None:
        link_evaluation_to_cycle(sanne, latest, follow_up)
    _run_cycle(
        demo, code="C-23", medium="beeldbellen", finish=False,
        question="Hoe houd ik contact als de cliënt via beeldbellen steeds wegkijkt?",
        answers_first=FOLLOW_UP, answers_second={},
    )
    demo.log("video-reflecties: 2 afgerond, 1 in analyse")
