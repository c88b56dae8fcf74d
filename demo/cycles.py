"""Demo organisation: video-reflections in each combination (the report's six and (a) alone), in different states.

- Sanne (klantmanager): the full variant twice with the same client (finished; the second looks back on the
  first's aandachtspunten), a third in which she analysed first with the Kijkwijzer and the analysts responded
  (finished), analysis and client interview without watching back (in analysis), a feedback conversation with a
  client alone (waiting for the neutral interviewer, Noor), and a Kijkwijzer draft outside any cycle.
- Kees (buddy): past his fourth finished cycle, so on his own: two guided cycles last year, one alone with the
  Kijkwijzer, intervisie on his experience (finished), watching back in the intervisie (the session was held; on
  to his reflection), and video analysis without a client interview (in analysis).
- Yara (nieuw) has none yet: her path starts.
- Ilse (mt): as a leidinggevende, a conversation with a medewerker: analysis without client, finished.
Femke and Ruud (analist1, analist2) analyse; the teamcoach assigns; Noor (interviewer) speaks the clients.
All through the real services, so every step, consent and refusal is the product's own.
"""

import datetime

from django.utils import timezone

from intervisie import services as intervisie_services
from lms.cycles import services
from lms.cycles.evidence import link_evaluation_to_cycle
from lms.cycles.models import AttentionPoint, CycleEvent, ReflectionCycle
from lms.cycles.variants import BY_KEY
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
# How the participant saw it: rosier on their own genuineness than the analysts, as often happens.
SELF_VIEW = {**FIRST, "echtheid-klantmanager": "4", "echtheid-client": "3", "gezamenlijk-doel": "ingevuld",
             "strategie": "sturen", "regie": "samen",
             "emoties": "Ik merkte dat de cliënt moe was, maar wilde de afspraak afronden."}
REFLECTION = {
    "gebeurd": "Ik stelde drie vragen achter elkaar en vulde het antwoord zelf in.",
    "bedoeling": "Ik wilde tempo maken omdat de tijd bijna om was.",
    "effect": "De cliënt zei ja, maar keek weg.",
    "gewenst": "Nee, ik wilde juist weten wat hij zelf wilde.",
    "anders": "Eén vraag stellen en de stilte laten vallen.",
}
INTERVIEW = {"ervaring": "Prima gesprek, maar het ging snel.", "gehoord": "Niet helemaal; ik kwam er niet tussen.",
             "anders": "Wat rustiger, en vragen wat ik zelf wil."}
RECORDINGS = "https://gemeente.sharepoint.com/sites/video-reflectie/Gedeelde documenten/{name}.mp4"


def _day(days_ago):
    return timezone.localdate() - datetime.timedelta(days=days_ago)


class Story:
    """One cycle, moved through the real services up to the step named in `until`."""

    def __init__(self, demo, owner, key, *, code, medium="spreekkamer", question, days_ago=0, follows=None,
                 consent=None):
        self.demo, self.days_ago = demo, days_ago
        self.owner = demo.users[owner]
        self.coach, self.noor = demo.users["teamcoach"], demo.users["interviewer"]
        self.first, self.second = demo.users["analist1"], demo.users["analist2"]
        self.cycle = services.start_cycle(
            self.owner, client_code=code, medium=medium, learning_question=question, follows=follows,
            doubts="Of de ander zich op het gemak voelt met een camera erbij." if BY_KEY[key].with_video_analysis
            or BY_KEY[key].with_analyst_feedback else "", **BY_KEY[key].ingredients())
        if self.cycle.needs_consent:
            values = {"analysts_may_view": self.cycle.with_analyst_feedback,
                      "interview_allowed": self.cycle.with_client_feedback, "colleagues_may_view": True,
                      **(consent or {})}
            services.record_consent(self.owner, self.fresh(), signed_on=_day(days_ago + 20), **values)
        if self.cycle.needs_recording:
            services.set_recording(self.owner, self.fresh(), url=RECORDINGS.format(name=f"{code}-{self.cycle.pk}"),
                                   recorded_on=_day(days_ago + 19), duration_seconds=52 * 60 + 30)
            services.add_fragment(self.owner, self.fresh(), start_seconds=14 * 60, end_seconds=15 * 60 + 20,
                                  label="Drie vragen achter elkaar", observation="Hier ga ik te snel.",
                                  dimensions=["regie"])

    def fresh(self):
        return ReflectionCycle.objects.select_related("consent", "recording", "framework").get(pk=self.cycle.pk)

    def analyse(self, first=FIRST, second=SECOND, *, finish=True):
        services.assign_analysts(self.coach, self.fresh(), [self.first, self.second])
        services.save_analysis(self.first, self.fresh(), first, submit=True)
        if not finish:  # Ruud is still busy: his draft is his own
            services.save_analysis(self.second, self.fresh(), {"echtheid-klantmanager": "3"}, submit=False)
            return self
        services.save_analysis(self.second, self.fresh(), second, submit=True)
        services.record_consensus(self.first, self.fresh(), first)
        services.release_consensus(self.first, self.fresh())
        return self

    def interviewer(self):
        services.assign_interviewer(self.coach, self.fresh(), self.noor)
        return self

    def interview(self, by=None, client_view=None):
        services.record_interview(
            by or self.noor, self.fresh(), held_on=_day(self.days_ago + 10), answers=INTERVIEW,
            quotes="'Ik zeg maar ja, dan ben ik ervan af.'",
            points="De cliënt voelde zich niet gehaast, maar kwam er moeilijk tussen. Een korte stilte na je vraag "
                   "geeft ruimte.",
            questions="Wat maakte dat je de antwoorden zelf invulde? Hoe merk je dat een 'ja' twijfel is?",
            client_view=client_view or {"echtheid-client": "4", "echtheid-klantmanager": "3",
                                        "gezamenlijk-doel": "verondersteld"})
        return self

    def self_view(self, answers=SELF_VIEW):
        services.save_self_assessment(self.owner, self.fresh(), answers)
        return self

    def self_analyse(self, answers, label, observation):
        """The Kijkwijzer first (from the owner's third cycle on): answers and one marked fragment, finished."""
        analysis = services.self_analysis_for_cycle(self.owner, self.fresh())
        services.mark_fragment(self.owner, analysis, start_seconds=31 * 60, end_seconds=32 * 60 + 10,
                               label=label, observation=observation, dimensions=["echtheid-client"])
        services.finish_self_analysis(self.owner, analysis, answers)
        return self

    def reflect(self, by=None, notes=""):
        cycle = self.fresh()
        fragments = list(cycle.fragments.filter(analysis__isnull=True).values_list("pk", flat=True))
        services.record_reflection(by or self.first, cycle, held_on=_day(self.days_ago + 5), answers=REFLECTION,
                                   notes=notes, fragment_ids=fragments)
        return self

    def finish(self, points=(), link_goal=None):
        for text in points:
            point = services.add_attention_point(self.owner, self.fresh(), text)
            if link_goal is not None:
                AttentionPoint.objects.filter(pk=point.pk).update(goal=link_goal)
                link_goal = None
        services.finish_cycle(self.owner, self.fresh())
        moment = timezone.now() - datetime.timedelta(days=self.days_ago)
        ReflectionCycle.objects.filter(pk=self.cycle.pk).update(created_at=moment - datetime.timedelta(days=21),
                                                                finished_at=moment)
        CycleEvent.objects.filter(cycle=self.cycle).update(at=moment)
        return self


def _intervision_group(demo):
    """Kees, Sanne, Yara and Ahmed meet every six weeks; yesterday Kees brought in a recorded conversation and
    Yara kept the verslag; next time she brings in a case of her own."""
    kees = demo.users["buddy"]
    members = [kees, demo.users["klantmanager"], demo.users["nieuw"], demo.users["teamcoach"]]
    group = intervisie_services.create_group(kees, name="Intervisiegroep De Brug", members=members)
    yesterday = timezone.now().replace(hour=14, minute=0, second=0, microsecond=0) - datetime.timedelta(days=1)
    from intervisie.models import Method

    method = Method.objects.filter(uses_video_fragments=True).first()
    held = group.sessions.create(starts_at=yesterday, ends_at=yesterday + datetime.timedelta(minutes=90),
                                 place="Spreekkamer 3", method=method, presenter=kees,
                                 facilitator=demo.users["teamcoach"], note_taker=demo.users["nieuw"])
    upcoming = yesterday + datetime.timedelta(weeks=6)
    group.sessions.create(starts_at=upcoming, ends_at=upcoming + datetime.timedelta(minutes=90),
                          place="Spreekkamer 3", method=method, presenter=demo.users["nieuw"])
    spring = yesterday - datetime.timedelta(days=64)
    earlier = group.sessions.create(
        starts_at=spring, ends_at=spring + datetime.timedelta(minutes=90), place="Spreekkamer 3", presenter=kees,
        facilitator=demo.users["nieuw"], note_taker=demo.users["teamcoach"],
        report="Kees vertelde over cliënten die al jaren vastzitten. De groep herkende het: we beginnen vaak bij "
               "wat niet lukt.",
        advice="Vraag naar een periode waarin het beter ging, en wat daar anders was.")
    return held, earlier


def load(demo):
    sanne, kees, ilse = demo.users["klantmanager"], demo.users["buddy"], demo.users["mt"]
    if ReflectionCycle.objects.filter(owner=sanne).exists():
        demo.log("video-reflecties: al aanwezig")
        return
    learning_goal = Goal.objects.filter(owner=sanne, kind="learning").first()

    # Sanne: the full variant; in the first, one of the analysts spoke the client (as the researchers did).
    spring = (Story(demo, "klantmanager", "abc", code="C-17", days_ago=150,
                    question="Laat ik de cliënt genoeg ruimte om zelf met ideeën te komen?")
              .self_view().analyse().interview(by=demo.users["analist1"]).reflect(
                  notes="Sanne herkent het patroon uit eerdere gesprekken.")
              .finish(["Na een snelle 'ja' doorvragen", "Aan het begin samen bepalen waar het gesprek over gaat"],
                      link_goal=learning_goal)).cycle
    autumn = (Story(demo, "klantmanager", "abc", code="C-17", days_ago=40, follows=spring,
                    question="Werkt het doorvragen na een snelle 'ja' bij dezelfde cliënt?")
              .self_view({**FOLLOW_UP, "echtheid-klantmanager": "5"})
              .analyse(FOLLOW_UP, {**FOLLOW_UP, "echtheid-client": "3"}).interviewer()
              .interview(client_view={"echtheid-client": "4", "echtheid-klantmanager": "4",
                                      "gezamenlijk-doel": "uitgesproken"})
              .reflect().finish(["Stiltes durven laten vallen"])).cycle
    # Sanne's latest evaluation of that goal points to the follow-up, where she saw the doorvragen work.
    latest = GoalEvaluation.objects.filter(goal=learning_goal).select_related("goal").first() if learning_goal else None
    if latest is not None:
        link_evaluation_to_cycle(sanne, latest, autumn)
    earlier = list(services.earlier_points(autumn))
    services.check_earlier_point(sanne, autumn, earlier[0], "gelukt",
                                 "Twee keer doorgevraagd; de cliënt vertelde meer.")
    services.check_earlier_point(sanne, autumn, earlier[1], "deels", "Vergeten bij de start, halverwege wel gedaan.")
    # Her third: she analysed the recording first with the Kijkwijzer; the analysts responded to her analysis.
    (Story(demo, "klantmanager", "ac", code="C-27", days_ago=12,
           question="Geef ik de cliënt ruimte als hij zelf een plan heeft?")
     .self_analyse({**FOLLOW_UP, "regie": "klantmanager", "regie-passend": "deels",
                    "emoties": "Ik zag mezelf knikken terwijl ik al aan mijn eigen plan dacht."},
                   "Mijn plan gaat voor", "De cliënt noemt een eigen idee; ik ga verder met het mijne.")
     .analyse(FOLLOW_UP, {**FOLLOW_UP, "metacommunicatie": "soms"}).reflect()
     .finish(["Eerst het plan van de cliënt samenvatten, dan pas het mijne noemen"]))
    Story(demo, "klantmanager", "bc", code="C-23", medium="beeldbellen", days_ago=3,
          question="Hoe houd ik contact als de cliënt via beeldbellen steeds wegkijkt?").self_view().analyse(
        FOLLOW_UP, finish=False).interviewer()
    Story(demo, "klantmanager", "b", code="C-31", days_ago=2,
          question="Merkt de cliënt dat ik zijn eigen plan serieus neem?").interviewer()

    # On her own, outside any cycle: a Kijkwijzer draft of a phone call she wants to finish this week.
    draft = services.start_self_analysis(sanne, client_code="C-52", held_on=_day(4))
    services.mark_fragment(sanne, draft, start_seconds=3 * 60, end_seconds=4 * 60,
                           label="Ik praat door de cliënt heen", dimensions=["regie"])
    services.save_self_analysis(sanne, draft, {"regie": "klantmanager"})

    # Kees: two guided cycles last year, then on his own with the Kijkwijzer, then intervisie: past the fourth
    # finished cycle, so his path suggests going on independently. He still asks analysts now and then.
    for days_ago, code, question, points in (
            (420, "K-03", "Hoe begin ik een gesprek met een cliënt die ik nog niet ken?",
             ["Eerst vragen wat de cliënt van het gesprek verwacht"]),
            (330, "K-05", "Luister ik genoeg als een cliënt over schulden vertelt?",
             ["Samenvatten voordat ik een oplossing noem"])):
        (Story(demo, "buddy", "ac", code=code, days_ago=days_ago, question=question)
         .self_view().analyse().reflect().finish(points))
    (Story(demo, "buddy", "a", code="K-06", days_ago=120,
           question="Merk ik op tijd dat een cliënt afhaakt?")
     .self_view().reflect(by=kees).finish(["Bij stilte vragen wat er door de cliënt heen gaat"]))
    held, earlier_session = _intervision_group(demo)
    experience = Story(demo, "buddy", "d", code="K-02", days_ago=60,
                       question="Waarom loopt het vast bij cliënten die al jaren een uitkering hebben?").self_view()
    intervisie_services.link_cycle(kees, earlier_session, experience.fresh())
    intervisie_services.continue_after_session(kees, experience.fresh())
    experience.reflect(by=kees).finish(["Vragen naar wat eerder wél werkte"])
    # The intervisie group watched his fragment yesterday; now his own reflection.
    in_group = Story(demo, "buddy", "ad", code="K-08", days_ago=2,
                     question="Hoe reageer ik als een cliënt boos wordt over een maatregel?").self_view()
    intervisie_services.link_cycle(kees, held, in_group.fresh())
    intervisie_services.attach_fragments(kees, held, list(in_group.fresh().fragments.all()))
    intervisie_services.update_session(
        demo.users["nieuw"], held,
        report="Kees liet het fragment zien waarin de cliënt boos wordt. De groep zag dat hij meteen de regels "
               "uitlegt; de cliënt werd daar stiller van, niet rustiger.",
        advice="Eerst benoemen wat je ziet ('u bent hier boos over'), dan pas uitleggen. Volgende keer samen "
               "oefenen met een rollenspel.")
    # From his third cycle on, a cycle with analysts asks him first: he analysed it with the Kijkwijzer, and
    # the analysts responded to that.
    (Story(demo, "buddy", "ac", code="K-15", days_ago=6, consent={"colleagues_may_view": False},
           question="Stuur ik te snel naar werk als de cliënt twijfelt?")
     .self_analyse({**SELF_VIEW, "emoties": "Hij twijfelde hardop over werk; ik hoorde het en ging toch door."},
                   "Twijfel over werk", "Hij zegt 'misschien'; ik maak er meteen een afspraak van.")
     .analyse())

    # Ilse, as a leidinggevende: a conversation with a medewerker, analysed without anyone from outside speaking
    # to the medewerker (there is no client).
    (Story(demo, "mt", "ac", code="", medium="leidinggevende", days_ago=20,
           question="Geef ik mijn medewerker ruimte om zelf een oplossing te bedenken?")
     .self_view().analyse().reflect().finish(["Eerst vragen hoe de medewerker het zelf ziet"]))
    demo.log(f"video-reflecties: {ReflectionCycle.objects.filter(owner__in=[sanne, kees, ilse]).count()} in zeven "
             "varianten")
