import datetime

import pytest
from django.utils import timezone

from lms.cycles import services
from lms.people.roles import Role
from tests.factories import make_user

URL = "https://gemeente.sharepoint.com/sites/opnames/gesprek.mp4"
ANSWERS = {
    "echtheid-klantmanager": "3", "echtheid-client": "2", "gezamenlijk-doel": "verondersteld",
    "zelfbeeld": "opgegeven", "strategie": "kansen", "regie": "klantmanager", "regie-passend": "deels",
    "metacommunicatie": "soms", "emoties": "Vermoeidheid.",
}
OTHER = {**ANSWERS, "echtheid-klantmanager": "4", "gezamenlijk-doel": "ingevuld"}


@pytest.fixture
def people(org):
    from lms.framework.models import Framework
    from lms.framework.seed import SEED

    if Framework.current() is None:  # a transactional test before this one flushed the seed
        from django.apps import apps

        SEED.seed(apps, None)
    org.analyst2 = make_user("analist2", Role.ANALYST, function="onderzoeker")
    org.analyst3 = make_user("analist3", Role.ANALYST, function="onderzoeker")
    return org


def start(owner, **kwargs):
    values = {"client_code": "C-17", "medium": "spreekkamer", "learning_question": "Laat ik genoeg ruimte?"}
    return services.start_cycle(owner, **{**values, **kwargs})


def consent(owner, cycle, **kwargs):
    values = {"signed_on": timezone.localdate(), "interview_allowed": True}
    return services.record_consent(owner, cycle, **{**values, **kwargs})


def to_step(people, step, **start_kwargs):
    """A cycle of `people.owner`, moved through the real services up to `step`."""
    cycle = start(people.owner, **start_kwargs)
    if step == "aangemeld":
        return cycle
    consent(people.owner, cycle)
    services.set_recording(people.owner, cycle, url=URL, recorded_on=timezone.localdate(),
                           duration_seconds=3000)
    services.add_fragment(people.owner, cycle, start_seconds=60, end_seconds=120, label="Begin")
    if step == "toestemming":
        return _fresh(cycle)
    services.assign_analysts(people.teamcoach, cycle, [people.analyst, people.analyst2])
    if _fresh(cycle).self_analysis_first:  # from the owner's third cycle on, the owner analyses first
        self_analyse(people.owner, cycle)
    if step == "analyse":
        return _fresh(cycle)
    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    services.save_analysis(people.analyst2, cycle, OTHER, submit=True)
    if step == "bespreking":
        return _fresh(cycle)
    services.record_consensus(people.analyst, cycle, ANSWERS)
    services.release_consensus(people.analyst, cycle)
    if step == "interview":
        return _fresh(cycle)
    services.record_interview(people.analyst, cycle, held_on=timezone.localdate(), answers={"ervaring": "Goed"},
                              points="Vraag door na een snelle ja.")
    if not _fresh(cycle).self_analysis_first:  # there, the self-analysis is the owner's own view
        services.save_self_assessment(people.owner, cycle, ANSWERS)
    if step == "reflectie":
        return _fresh(cycle)
    services.record_reflection(people.analyst, cycle, held_on=timezone.localdate(), answers={"gebeurd": "X"},
                               fragment_ids=watched(cycle))
    if step == "aandachtspunten":
        return _fresh(cycle)
    services.add_attention_point(people.owner, cycle, "Doorvragen")
    services.finish_cycle(people.owner, cycle)
    return _fresh(cycle)


def self_analyse(owner, cycle, answers=ANSWERS):
    """The owner's Kijkwijzer self-analysis of `cycle`, finished."""
    analysis = services.self_analysis_for_cycle(owner, _fresh(cycle))
    return services.finish_self_analysis(owner, analysis, answers)


def watched(cycle):
    """The owner's own fragments: what a reflection with watching back names."""
    return list(cycle.fragments.filter(analysis__isnull=True).values_list("pk", flat=True))


def _fresh(cycle):
    cycle.refresh_from_db()
    return type(cycle).objects.select_related("consent", "recording", "framework").get(pk=cycle.pk)


def days(n):
    return datetime.timedelta(days=n)
