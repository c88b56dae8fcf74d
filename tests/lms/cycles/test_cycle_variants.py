"""The four ingredients decide a cycle's steps and who takes each: the six combinations of the report, the neutral
interviewer (never the participant), the interviewer's notes kept apart, intervisie as a step, the refusals."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from intervisie import services as intervisie_services
from lms.cycles import rules, services
from lms.cycles.models import ClientInterview, InterviewFeedback, ReflectionCycle, Step
from lms.cycles.variants import BY_KEY
from lms.notifications.models import Notice
from lms.people import access
from lms.people.roles import Role
from tests.factories import make_user

from .conftest import ANSWERS, OTHER, URL, consent, start

pytestmark = pytest.mark.django_db

A, B, C, D = "with_video_analysis", "with_client_feedback", "with_analyst_feedback", "with_intervision"
TAIL = [Step.REFLECTION, Step.ATTENTION_POINTS, Step.FINISHED]
# The six combinations of the report and the steps each goes through, in order.
EXPECTED_STEPS = {
    "abc": [Step.REGISTERED, Step.CONSENT, Step.ANALYSIS, Step.DISCUSSION, Step.INTERVIEW, *TAIL],
    "bc": [Step.REGISTERED, Step.CONSENT, Step.ANALYSIS, Step.DISCUSSION, Step.INTERVIEW, *TAIL],
    "ac": [Step.REGISTERED, Step.CONSENT, Step.ANALYSIS, Step.DISCUSSION, *TAIL],
    "ad": [Step.REGISTERED, Step.INTERVISION, *TAIL],
    "d": [Step.INTERVISION, *TAIL],
    "a": [Step.REGISTERED, *TAIL],
    "b": [Step.REGISTERED, Step.CONSENT, Step.INTERVIEW, *TAIL],
}


@pytest.fixture
def crew(people):
    people.interviewer = people.interviewer if hasattr(people, "interviewer") else make_user(
        "neutraal", Role.INTERVIEWER, participant=False)
    return people


def begin(people, key, **kwargs):
    return start(people.owner, **BY_KEY[key].ingredients(), **kwargs)


def fresh(cycle):
    return ReflectionCycle.objects.select_related("consent", "recording", "framework").get(pk=cycle.pk)


def signed(people, key, **consent_kwargs):
    """A cycle of variant `key` with the consent its ingredients need (and a recording when it has one)."""
    cycle = begin(people, key)
    if cycle.needs_consent:
        values = {"analysts_may_view": cycle.with_analyst_feedback, "interview_allowed": cycle.with_client_feedback,
                  **consent_kwargs}
        consent(people.owner, cycle, **values)
    if cycle.needs_recording:
        services.set_recording(people.owner, cycle, url=URL, recorded_on=timezone.localdate(), duration_seconds=900)
        services.add_fragment(people.owner, cycle, start_seconds=10, end_seconds=70, label="Opening")
    return fresh(cycle)


def analysed(people, cycle):
    services.assign_analysts(people.teamcoach, cycle, [people.analyst, people.analyst2])
    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    services.save_analysis(people.analyst2, cycle, OTHER, submit=True)
    services.record_consensus(people.analyst, cycle, ANSWERS)
    services.release_consensus(people.analyst, cycle)
    return fresh(cycle)


def own_fragments(cycle):
    return list(cycle.fragments.filter(analysis__isnull=True).values_list("pk", flat=True))


@pytest.mark.parametrize("key", sorted(EXPECTED_STEPS))
def test_each_combination_has_its_own_steps(people, key):
    cycle = signed(people, key)
    assert cycle.steps() == EXPECTED_STEPS[key]
    assert cycle.step == EXPECTED_STEPS[key][1 if cycle.needs_consent else 0]


def test_full_variant_analysts_then_a_neutral_interviewer_then_a_reflection_on_watched_fragments(crew):
    cycle = analysed(crew, signed(crew, "abc"))
    assert cycle.step == Step.INTERVIEW
    services.assign_interviewer(crew.teamcoach, cycle, crew.interviewer)
    cycle = fresh(cycle)
    # Once a neutral interviewer is assigned, the analysts leave the interview to them; the owner never holds it.
    for outsider in (crew.owner, crew.analyst, crew.analyst3, crew.mt):
        assert not access.decide(outsider, rules.INTERVIEW, cycle)
    services.record_interview(crew.interviewer, cycle, held_on=timezone.localdate(), answers={"ervaring": "Goed"},
                              points="Vat vaker samen.", client_view={"echtheid-client": "4"})
    cycle = fresh(cycle)
    assert cycle.step == Step.REFLECTION
    services.save_self_assessment(crew.owner, cycle, ANSWERS)
    with pytest.raises(ValidationError) as no_fragment:
        services.record_reflection(crew.analyst, cycle, held_on=timezone.localdate(), answers={"gebeurd": "x"})
    assert no_fragment.value.code == "no_fragments"  # (a): the reflection works on fragments watched back
    services.record_reflection(crew.analyst, cycle, held_on=timezone.localdate(), answers={"gebeurd": "x"},
                               fragment_ids=own_fragments(cycle))
    assert fresh(cycle).step == Step.ATTENTION_POINTS


def test_without_watching_back_the_reflection_needs_no_fragments(crew):
    cycle = analysed(crew, signed(crew, "bc"))
    services.assign_interviewer(crew.teamcoach, cycle, crew.interviewer)
    services.record_interview(crew.interviewer, fresh(cycle), held_on=timezone.localdate(), answers={},
                              points="Laat stiltes vallen.")
    cycle = fresh(cycle)
    services.save_self_assessment(crew.owner, cycle, ANSWERS)
    meeting = services.record_reflection(crew.analyst, cycle, held_on=timezone.localdate(), answers={"anders": "y"},
                                         fragment_ids=own_fragments(cycle))
    assert list(meeting.fragments.all()) == []  # chosen ids are ignored: no watching back in this variant


def test_video_analysis_without_a_client_interview(people):
    cycle = analysed(people, signed(people, "ac"))
    assert cycle.step == Step.REFLECTION
    with pytest.raises(ValidationError) as refused:
        services.record_interview(people.analyst, cycle, held_on=timezone.localdate(), answers={}, points="x")
    assert refused.value.code == "no_interview"
    assert not ClientInterview.objects.exists()


def test_client_feedback_alone_waits_for_a_neutral_interviewer_then_the_owner_reflects(crew):
    cycle = signed(crew, "b")
    assert cycle.step == Step.CONSENT
    with pytest.raises(ValidationError) as analysts:
        services.assign_analysts(crew.teamcoach, cycle, [crew.analyst, crew.analyst2])
    assert analysts.value.code == "no_analysts_in_variant"
    with pytest.raises(ValidationError) as own:
        services.assign_interviewer(crew.teamcoach, cycle, crew.owner)
    assert own.value.code == "own_client"
    with pytest.raises(ValidationError) as not_one:
        services.assign_interviewer(crew.teamcoach, cycle, crew.colleague)
    assert not_one.value.code == "not_an_interviewer"
    with pytest.raises(PermissionDenied):
        services.assign_interviewer(crew.owner, cycle, crew.interviewer)  # only a teamcoach or the beheerder
    services.assign_interviewer(crew.teamcoach, cycle, crew.interviewer)
    cycle = fresh(cycle)
    assert cycle.step == Step.INTERVIEW
    with pytest.raises(PermissionDenied, match="Alleen de neutrale interviewer"):
        services.record_interview(crew.owner, cycle, held_on=timezone.localdate(), answers={}, points="x")
    with pytest.raises(ValidationError) as no_points:
        services.record_interview(crew.interviewer, cycle, held_on=timezone.localdate(), answers={"ervaring": "ok"})
    assert no_points.value.code == "no_points" and not ClientInterview.objects.exists()
    services.record_interview(crew.interviewer, cycle, held_on=timezone.localdate(), answers={"ervaring": "ok"},
                              points="Vraag wat de cliënt zelf wil.", questions="Wanneer liet je de regie los?")
    cycle = fresh(cycle)
    assert cycle.step == Step.REFLECTION
    assert Notice.objects.filter(recipient=crew.owner, title="Terugkoppeling van het cliëntinterview").count() == 1
    assert access.decide(crew.owner, rules.LEAD, cycle) and not access.decide(crew.interviewer, rules.LEAD, cycle)
    with pytest.raises(ValidationError) as first_own_view:
        services.record_reflection(crew.owner, cycle, held_on=timezone.localdate(), answers={"anders": "z"})
    assert first_own_view.value.code == "no_self_assessment"
    services.save_self_assessment(crew.owner, cycle, ANSWERS)
    services.record_reflection(crew.owner, cycle, held_on=timezone.localdate(), answers={"anders": "z"})
    assert fresh(cycle).step == Step.ATTENTION_POINTS


def test_the_interviewer_never_reads_the_analysts_blind_work(client, crew):
    cycle = signed(crew, "bc")
    services.assign_analysts(crew.teamcoach, cycle, [crew.analyst, crew.analyst2])
    services.assign_interviewer(crew.teamcoach, fresh(cycle), crew.interviewer)
    services.save_analysis(crew.analyst, fresh(cycle), ANSWERS, submit=True)
    cycle = fresh(cycle)
    analysis = cycle.analyses.get()
    assert not access.decide(crew.interviewer, access.VIEW, analysis)
    assert not access.visible_to(crew.interviewer, type(analysis).objects.all()).exists()
    client.force_login(crew.interviewer)
    for name in ("lms:cycles:analysis", "lms:cycles:comparison"):
        assert client.get(reverse(name, args=[cycle.pk])).status_code == 403
    page = client.get(cycle.get_absolute_url())
    assert page.status_code == 200  # the cycle's page, to prepare the interview: no recording, no analysis
    assert URL not in page.content.decode() and "Opening" not in page.content.decode()


def test_the_interviewers_notes_stay_with_the_interviewer_and_the_analysts(client, crew):
    cycle = analysed(crew, signed(crew, "abc"))
    services.assign_interviewer(crew.teamcoach, cycle, crew.interviewer)
    services.record_interview(crew.interviewer, fresh(cycle), held_on=timezone.localdate(),
                              answers={"ervaring": "Ik durfde niet te zeggen dat ik moe was"},
                              points="Check hoe de cliënt erbij zit.")
    interview, feedback = ClientInterview.objects.get(), InterviewFeedback.objects.get()
    for reader in (crew.interviewer, crew.analyst, crew.analyst2):
        assert access.decide(reader, access.VIEW, interview)
    for outsider in (crew.owner, crew.mt, crew.colleague, crew.teamcoach, crew.analyst3, crew.buddy):
        assert not access.decide(outsider, access.VIEW, interview), outsider
        assert not access.visible_to(outsider, ClientInterview.objects.all()).exists()
    assert access.decide(crew.owner, access.VIEW, feedback)
    assert not access.decide(crew.mt, access.VIEW, feedback)
    client.force_login(crew.owner)
    page = client.get(cycle.get_absolute_url()).content.decode()
    assert "Check hoe de cliënt erbij zit." in page and "Ik durfde niet" not in page


def test_the_owner_reads_the_notes_when_the_client_agreed(crew):
    cycle = analysed(crew, signed(crew, "abc", notes_to_participant=True))
    services.record_interview(crew.analyst, cycle, held_on=timezone.localdate(), answers={"ervaring": "Fijn"},
                              points="Goed zo.")
    assert access.decide(crew.owner, access.VIEW, ClientInterview.objects.get())
    assert not access.decide(crew.mt, access.VIEW, ClientInterview.objects.get())


def test_a_leidinggevendes_conversation_has_no_client(people):
    with pytest.raises(ValidationError) as refused:
        start(people.mt, medium="leidinggevende", client_code="")
    assert refused.value.code == "no_client_in_manager_conversation"
    cycle = start(people.mt, medium="leidinggevende", client_code="C-5", **BY_KEY["ac"].ingredients())
    assert cycle.client_code == "" and str(cycle) == "Video-reflectie 1"
    assert Step.INTERVIEW not in cycle.steps()


def test_consent_must_allow_what_the_ingredients_need_and_the_variant_can_change_before_it(people):
    cycle = begin(people, "abc")
    with pytest.raises(ValidationError) as no_interview:
        consent(people.owner, cycle, interview_allowed=False)
    assert no_interview.value.code == "interview_must_be_allowed"
    with pytest.raises(ValidationError) as no_analysts:
        consent(people.owner, cycle, analysts_may_view=False)
    assert no_analysts.value.code == "analysts_must_view"
    cycle = services.change_variant(people.owner, cycle, **BY_KEY["ac"].ingredients())
    consent(people.owner, cycle, interview_allowed=False)
    assert fresh(cycle).step == Step.CONSENT
    with pytest.raises(ValidationError) as too_late:
        services.change_variant(people.owner, fresh(cycle), **BY_KEY["abc"].ingredients())
    assert too_late.value.code == "wrong_step"


def _group_with_session(people, presenter, *, held):
    members = [presenter, people.colleague, make_user("lid-a", Role.PARTICIPANT), make_user("lid-b", Role.PARTICIPANT)]
    group = intervisie_services.create_group(presenter, name="Groep Centrum", members=members)
    when = timezone.now() + datetime.timedelta(days=-1 if held else 7)
    return group.sessions.create(starts_at=when, ends_at=when + datetime.timedelta(hours=1), presenter=presenter)


def test_intervisie_is_a_step_fed_by_the_sessions_verslag(client, people):
    cycle = signed(people, "ad", colleagues_may_view=False)
    assert cycle.step == Step.INTERVISION
    session = _group_with_session(people, people.owner, held=True)
    with pytest.raises(PermissionDenied):
        intervisie_services.link_cycle(people.colleague, session, cycle)  # not the inbrenger
    intervisie_services.link_cycle(people.owner, session, cycle)
    with pytest.raises(ValidationError) as no_report:
        intervisie_services.continue_after_session(people.owner, cycle)
    assert no_report.value.code == "no_report"
    intervisie_services.update_session(people.colleague, session, report="We keken naar de opening.",
                                       advice="Begin met de vraag van de cliënt.")
    # A colleague in the group never sees a fragment the client did not release to colleagues.
    fragment = cycle.fragments.get()
    with pytest.raises(ValidationError) as not_released:
        intervisie_services.attach_fragments(people.owner, session, [fragment])
    assert not_released.value.code == "no_consent_for_colleagues"
    assert not access.decide(people.colleague, access.VIEW, fragment)
    client.force_login(people.owner)
    page = client.get(cycle.get_absolute_url()).content.decode()
    assert "We keken naar de opening." in page and "verder naar je reflectie" in page
    response = client.post(reverse("lms:intervisie:continue_cycle", args=[cycle.pk]))
    assert response.status_code == 302 and fresh(cycle).step == Step.REFLECTION
    reflection = client.get(reverse("lms:cycles:reflection", args=[cycle.pk])).content.decode()
    assert "Begin met de vraag van de cliënt." in reflection  # the verslag feeds the reflection


def test_intervisie_on_experience_alone_needs_no_consent(people):
    cycle = signed(people, "d")
    assert cycle.step == Step.INTERVISION and not cycle.needs_consent
    session = _group_with_session(people, people.owner, held=False)
    intervisie_services.link_cycle(people.owner, session, cycle)
    assert session.cycle == cycle
