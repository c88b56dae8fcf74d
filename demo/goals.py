"""Demo organisation: Sanne (klantmanager) has three goals with months of evaluations and one herijking; one
goal is shared with the teamcoach, who was asked for feedback. Yara (nieuw) has one early, still vague goal."""

import datetime
import uuid

from django.utils import timezone

from lms.goals import services
from lms.goals.choices import Decision, Kind
from lms.goals.models import FeedbackRequest, Goal, GoalComment, GoalEvaluation, GoalVersion
from lms.goals.services import Formulation
from lms.people.models import Share
from lms.people.services import grant_share

LISTEN = Formulation(
    title="Beter doorvragen als een cliënt 'ja' zegt",
    description="In gesprekken merk ik dat cliënten snel instemmen. Ik wil leren horen wanneer 'ja' eigenlijk "
    "'ik durf geen nee te zeggen' betekent.",
    why="Als ik een schijn-ja voor een echte ja aanneem, maken we afspraken die niet werken en haakt de cliënt af.",
    success_criteria="Ik stel in elk gesprek minstens één open vervolgvraag na een snelle instemming.",
    cadence_weeks=6,
    dimensions=["echtheid-client", "zelfbeeld", "strategie"],
)
LISTEN_V2 = Formulation(
    title="Doorvragen bij een snelle 'ja', vooral bij cliënten die het hebben opgegeven",
    description="Bij cliënten die weinig vertrouwen hebben in eigen kunnen is de snelle ja het vaakst een "
    "beleefdheidsja. Daar richt ik me nu op.",
    why="Sturen werkt pas als de cliënt zich gehoord voelt; anders wordt het duwen.",
    success_criteria="In mijn volgende opgenomen gesprek hoor ik mezelf minstens twee keer doorvragen.",
    cadence_weeks=4,
    dimensions=["echtheid-client", "zelfbeeld", "strategie"],
)
AGENDA = Formulation(
    title="Aan het begin samen de agenda van het gesprek bepalen",
    description="Ik begin gesprekken vaak meteen met mijn eigen vragen.",
    why="Als de cliënt meebepaalt waar het over gaat, ligt de regie meer bij de cliënt.",
    success_criteria="De cliënt noemt in de eerste vijf minuten zelf een onderwerp.",
    cadence_weeks=4,
    dimensions=["regie", "metacommunicatie"],
)
FEEDBACK = Formulation(
    title="Aan het eind van een gesprek vragen hoe het voor de cliënt was",
    description="Een korte vraag naar de ervaring van de cliënt, zonder dat het een formulier wordt.",
    cadence_weeks=8,
    dimensions=["feedback-client"],
)
EARLY = Formulation(
    title="Zelfverzekerder worden in gesprekken",
    description="Ik weet nog niet precies hoe; dat ontdek ik in de leergang.",
    cadence_weeks=6,
)


def _backdate(goal, days_ago):
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    Goal.objects.filter(pk=goal.pk).update(created_at=moment)
    GoalVersion.objects.filter(goal=goal, number=1).update(created_at=moment)


def _evaluate(user, goal, days_ago, progress, tried, decision=Decision.CONTINUE, happened="", new=None):
    goal.refresh_from_db()
    evaluation = services.evaluate_goal(
        user, goal, progress=progress, tried=tried, happened=happened, decision=decision,
        evaluated_on=timezone.localdate() - datetime.timedelta(days=days_ago), submission_key=uuid.uuid4(),
        new_formulation=new,
    )
    if new is not None:
        GoalVersion.objects.filter(after_evaluation=evaluation).update(
            created_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
    return evaluation


def load(demo):
    sanne, teamcoach, yara = demo.users["klantmanager"], demo.users["teamcoach"], demo.users["nieuw"]
    if not Goal.objects.filter(owner=sanne).exists():
        listen = services.create_goal(sanne, Kind.LEARNING, LISTEN, origin="reflection",
                                      origin_note="Video-reflectie voorjaar")
        _backdate(listen, 150)
        _evaluate(sanne, listen, 108, 2, "Ik heb in drie gesprekken geprobeerd door te vragen na een snelle ja.",
                  happened="Eén keer kwam er echt iets anders naar boven; twee keer vergat ik het in het moment.")
        _evaluate(sanne, listen, 66, 3, "Ik heb een geheugensteuntje op mijn blocnote gezet.",
                  decision=Decision.ADJUST,
                  happened="Ik zag dat het vooral speelt bij cliënten die het hebben opgegeven.", new=LISTEN_V2)
        _evaluate(sanne, listen, 30, 4, "Doorgevraagd bij vier cliënten, in het vervolggesprek ook opgenomen.",
                  happened="De analisten zagen twee goede momenten; één keer nam ik het toch weer over.")

        agenda = services.create_goal(sanne, Kind.ACTION, AGENDA, parent=listen, origin="coach_conversation",
                                      origin_note="Gesprek met Ahmed")
        _backdate(agenda, 90)
        _evaluate(sanne, agenda, 60, 2, "Twee keer geprobeerd; het voelde onwennig.")
        _evaluate(sanne, agenda, 32, 3, "Nu vaker; cliënten reageren verrast maar positief.")

        feedback = services.create_goal(sanne, Kind.ACTION, FEEDBACK, origin="training",
                                        origin_note="Training Samenleerwijzer")
        _backdate(feedback, 120)
        _evaluate(sanne, feedback, 64, 3, "Na vijf gesprekken de vraag gesteld.")
        _evaluate(sanne, feedback, 6, 5, "Het is vanzelf gegaan; cliënten vertellen er meer door.",
                  decision=Decision.ACHIEVED)
        Goal.objects.filter(pk=feedback.pk).update(closed_at=timezone.now() - datetime.timedelta(days=6))
        # The learning goal's next evaluation comes up soon, so the dashboard shows a reminder.
        Goal.objects.filter(pk=listen.pk).update(next_evaluation_on=timezone.localdate() + datetime.timedelta(days=2))

        grant_share(sanne, listen, teamcoach)
        services.add_comment(teamcoach, listen, "Mooi dat je het hebt toegespitst. Wat helpt je om het in het moment "
                             "te herinneren?")
        services.request_feedback(sanne, listen, teamcoach, "Zie jij in ons coachgesprek of ik nog te snel ga?")
    if not Goal.objects.filter(owner=yara).exists():
        early = services.create_goal(yara, Kind.LEARNING, EARLY, origin="own_initiative")
        _backdate(early, 14)
    demo.log(
        f"ontwikkeldoelen: {Goal.objects.count()} doelen, {GoalEvaluation.objects.count()} evaluaties, "
        f"{GoalComment.objects.count()} reacties, {FeedbackRequest.objects.count()} feedbackverzoek(en), "
        f"{Share.objects.count()} gedeeld"
    )
