"""The Kijkwijzer in the product: a participant's self-analysis of their own recording, as a draft finished later,
with fragments marked while watching; on its own or inside a cycle, where from cycle 3 it comes before the analysts,
who then respond to it instead of analysing blind."""

import re
import uuid

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from lms.cycles import rules, services
from lms.cycles.kijkwijzer import SelfAnalysis
from lms.cycles.kijkwijzer_forms import DetailsForm
from lms.cycles.models import Fragment, ReflectionCycle, Step
from lms.cycles.variants import BY_KEY
from lms.notifications.models import Notice
from lms.people import access
from lms.people.roles import Role
from lms.people.services import grant_share
from tests.factories import make_user

from .conftest import ANSWERS, OTHER, URL, consent, start

pytestmark = pytest.mark.django_db

CODED = {code: value for code, value in ANSWERS.items() if code != "emoties"}
TODAY = timezone.localdate


def fresh(cycle):
    return ReflectionCycle.objects.select_related("consent", "recording", "framework").get(pk=cycle.pk)


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def signed(people, key="abc", duration_seconds=3000):
    """A new cycle of the owner, of variant `key`, with the consent it needs and a recording."""
    cycle = start(people.owner, **BY_KEY[key].ingredients())
    consent(people.owner, cycle, analysts_may_view=cycle.with_analyst_feedback,
            interview_allowed=cycle.with_client_feedback)
    services.set_recording(people.owner, fresh(cycle), url=URL, recorded_on=TODAY(),
                           duration_seconds=duration_seconds)
    return fresh(cycle)


def third_cycle(people, key="abc"):
    """The owner's third video-reflection (two earlier ones were registered first)."""
    start(people.owner)
    start(people.owner)
    cycle = signed(people, key)
    assert cycle.number == 3
    return cycle


def assign(people, cycle):
    services.assign_analysts(people.teamcoach, cycle, [people.analyst, people.analyst2])
    return fresh(cycle)


def on_its_own(owner, **details):
    values = {"held_on": TODAY(), "client_code": "C-40", "duration_seconds": 1800, **details}
    return services.start_self_analysis(owner, **values)


def form_data(analysis, answers=None, button="bewaren", **extra):
    """What the page posts: the answers, the pressed button, and on its own the facts of the conversation as the
    page shows them."""
    data = {f"antwoord-{code}": value for code, value in (answers or {}).items()}
    if analysis.cycle_id is None:
        data.update({f"gesprek-{name}": value or "" for name, value in DetailsForm.initial_for(analysis).items()})
    data[button] = "1"
    data.update(extra)
    return data


# --- A draft, saved and finished later -----------------------------------------------------------------------


def test_a_draft_is_saved_and_finished_later(client, people):
    analysis = on_its_own(people.owner)
    assert analysis.is_draft and analysis.framework.is_published
    client.force_login(people.owner)
    url = reverse("lms:cycles:kijkwijzer_edit", args=[analysis.pk])
    response = client.post(url, form_data(analysis, {"regie": "samen", "emoties": "Ik was gespannen."}))
    assert response.status_code == 302 and response["Location"] == url
    analysis.refresh_from_db()
    assert analysis.is_draft and analysis.answers == {"regie": "samen", "emoties": "Ik was gespannen."}
    page = client.get(url)  # later: the answers are back in the form
    assert re.search(r'name="antwoord-regie" value="samen"[^>]*checked', page.content.decode())
    assert "Ik was gespannen." in page.content.decode()
    response = client.post(url, form_data(analysis, {**CODED, "emoties": "Ik was gespannen."}, "afronden"))
    analysis.refresh_from_db()
    assert not analysis.is_draft
    assert response["Location"] == reverse("lms:cycles:kijkwijzer_view", args=[analysis.pk])


def test_finishing_with_missing_answers_is_refused_in_dutch_and_nothing_typed_is_lost(client, people):
    analysis = on_its_own(people.owner)
    client.force_login(people.owner)
    url = reverse("lms:cycles:kijkwijzer_edit", args=[analysis.pk])
    typed = {"regie": "samen", "zelfbeeld": "opgegeven", "weerstand": "Bij de vraag over werk werd het stil."}
    response = client.post(url, form_data(analysis, typed, "afronden"))
    assert response.status_code == 200
    text = text_of(response)
    assert "Je kunt nog niet afronden" in text
    assert "Nog open: Echtheid van de klantmanager, Echtheid van de cliënt, Gezamenlijk doel" in text
    assert "Emoties" not in text[text.index("Nog open"):text.index("Wat je invulde")]  # open observations may wait
    assert "Bij de vraag over werk werd het stil." in response.content.decode()  # shown again as typed ...
    analysis.refresh_from_db()
    assert analysis.is_draft and analysis.answers == typed  # ... and kept as the draft
    with pytest.raises(ValidationError) as refused:
        services.finish_self_analysis(people.owner, analysis)
    assert refused.value.code == "incomplete"


def test_a_finished_self_analysis_is_read_only_with_its_answers_under_their_questions(client, people):
    analysis = services.finish_self_analysis(people.owner, on_its_own(people.owner), ANSWERS)
    with pytest.raises(ValidationError) as closed:
        services.save_self_analysis(people.owner, analysis, {"regie": "client"})
    assert closed.value.code == "already_finished"
    client.force_login(people.owner)
    edit = client.get(reverse("lms:cycles:kijkwijzer_edit", args=[analysis.pk]))
    assert edit["Location"] == reverse("lms:cycles:kijkwijzer_view", args=[analysis.pk])
    text = text_of(client.get(edit["Location"]))
    question = analysis.framework.dimension("regie").question_for_oneself
    assert f"Regie in het gesprek {question} Vooral de klantmanager" in text
    assert "Vermoeidheid." in text and "Afgerond" in text and "<form" not in text


def test_starting_on_its_own_is_idempotent_and_checks_the_details(client, people):
    client.force_login(people.owner)
    key = str(uuid.uuid4())
    data = {"held_on": TODAY().isoformat(), "client_code": "Intake dinsdag", "recording_url": URL,
            "duration": "45:00", "submission_key": key}
    first = client.post(reverse("lms:cycles:kijkwijzer_start"), data)
    again = client.post(reverse("lms:cycles:kijkwijzer_start"), data)
    analysis = SelfAnalysis.objects.get(owner=people.owner)
    assert first["Location"] == again["Location"] == analysis.get_absolute_url()
    assert (analysis.client_code, analysis.duration_seconds, analysis.cycle) == ("Intake dinsdag", 2700, None)
    refused = client.post(reverse("lms:cycles:kijkwijzer_start"), {
        **data, "submission_key": str(uuid.uuid4()), "client_code": "Jan Jansen",
        "recording_url": "https://youtube.com/x"})
    assert refused.status_code == 200
    assert refused.context["form"].has_error("client_code") and refused.context["form"].has_error("recording_url")
    assert "beveiligde opslag" in text_of(refused)
    assert SelfAnalysis.objects.filter(owner=people.owner).count() == 1


def test_a_draft_is_deleted_after_confirmation_a_finished_one_stays(client, people):
    draft = on_its_own(people.owner)
    services.mark_fragment(people.owner, draft, start_seconds=1, end_seconds=9, label="Begin")
    client.force_login(people.owner)
    url = reverse("lms:cycles:kijkwijzer_delete", args=[draft.pk])
    assert "Verwijder je het concept" in text_of(client.get(url))
    assert client.post(url)["Location"] == reverse("lms:cycles:kijkwijzer")
    assert not SelfAnalysis.objects.filter(pk=draft.pk).exists() and not Fragment.objects.exists()
    finished = services.finish_self_analysis(people.owner, on_its_own(people.owner), ANSWERS)
    client.post(reverse("lms:cycles:kijkwijzer_delete", args=[finished.pk]))
    assert SelfAnalysis.objects.filter(pk=finished.pk).exists()


# --- Fragments marked while watching ---------------------------------------------------------------------------


def test_fragment_times_are_read_as_minutes_or_hours_and_saved_with_the_answers(client, people):
    analysis = on_its_own(people.owner, duration_seconds=2 * 3600)
    client.force_login(people.owner)
    url = reverse("lms:cycles:kijkwijzer_edit", args=[analysis.pk])
    response = client.post(url, form_data(analysis, {"regie": "samen"}, "fragment_toevoegen", **{
        "fragment-start": "12:30", "fragment-end": "1:02:03", "fragment-label": "Drie vragen achter elkaar",
        "fragment-observation": "Ik vul het antwoord zelf in.", "fragment-dimensions": ["regie", "onbekend"]}))
    assert response.status_code == 200  # an unknown part is no choice: shown again, nothing lost
    assert response.context["fragment_form"].has_error("dimensions")
    response = client.post(url, form_data(analysis, {"regie": "samen"}, "fragment_toevoegen", **{
        "fragment-start": "12:30", "fragment-end": "1:02:03", "fragment-label": "Drie vragen achter elkaar",
        "fragment-dimensions": ["regie"]}))
    assert response["Location"] == f"{url}#fragmenten"
    fragment = Fragment.objects.get(self_analysis=analysis)
    assert (fragment.start_seconds, fragment.end_seconds, fragment.dimensions) == (750, 3723, ["regie"])
    assert fragment.cycle is None and fragment.created_by == people.owner
    analysis.refresh_from_db()
    assert analysis.answers == {"regie": "samen"}
    page = client.get(url).content.decode()
    assert "12:30–1:02:03" in page and "Regie in het gesprek" in page


@pytest.mark.parametrize("start_at, end_at, message", [
    ("10:00", "09:59", "Het einde van een fragment moet na het begin liggen."),
    ("10:00", "10:00", "Het einde van een fragment moet na het begin liggen."),
    ("29:00", "30:01", "Het fragment loopt tot na het einde van de opname (30:00)."),
    ("1:2", "3:00", "Schrijf de tijd als minuten:seconden"),
])
def test_a_fragment_ending_before_it_starts_or_after_the_recording_is_refused(client, people, start_at, end_at,
                                                                               message):
    analysis = on_its_own(people.owner, duration_seconds=1800)
    client.force_login(people.owner)
    url = reverse("lms:cycles:kijkwijzer_edit", args=[analysis.pk])
    response = client.post(url, form_data(analysis, {"emoties": "Onrustig begin."}, "fragment_toevoegen", **{
        "fragment-start": start_at, "fragment-end": end_at, "fragment-label": "Stilte"}))
    assert response.status_code == 200 and message in text_of(response)
    assert not Fragment.objects.exists()
    assert 'value="Stilte"' in response.content.decode()  # the fragment as typed ...
    assert SelfAnalysis.objects.get(pk=analysis.pk).answers == {"emoties": "Onrustig begin."}  # ... answers saved


def test_without_a_known_length_a_fragment_still_ends_after_it_starts(people):
    analysis = on_its_own(people.owner, duration_seconds=None)
    services.mark_fragment(people.owner, analysis, start_seconds=60, end_seconds=5000, label="Lang")
    with pytest.raises(ValidationError) as refused:
        services.mark_fragment(people.owner, analysis, start_seconds=70, end_seconds=60, label="Omgekeerd")
    assert refused.value.code == "end_before_start"
    with pytest.raises(ValidationError) as shorter:
        services.save_self_analysis(people.owner, analysis, {}, {"held_on": TODAY(), "duration_seconds": 600})
    assert shorter.value.code == "shorter_than_fragment"


def test_a_fragment_is_removed_from_a_draft_and_the_answers_are_kept(client, people):
    analysis = on_its_own(people.owner)
    fragment = services.mark_fragment(people.owner, analysis, start_seconds=1, end_seconds=9, label="Begin")
    client.force_login(people.owner)
    url = reverse("lms:cycles:kijkwijzer_edit", args=[analysis.pk])
    response = client.post(url, form_data(analysis, {"regie": "client"}, "bewaren", **{
        "verwijder_fragment": str(fragment.pk), "fragment-start": "2:00", "fragment-end": "2:30",
        "fragment-label": "Nieuw"}))  # a fragment typed before removing another is added, not dropped
    assert response["Location"].endswith("#fragmenten")
    assert list(Fragment.objects.values_list("label", flat=True)) == ["Nieuw"]
    assert SelfAnalysis.objects.get(pk=analysis.pk).answers == {"regie": "client"}


# --- On its own and inside a cycle -------------------------------------------------------------------------------


def test_on_its_own_fragments_have_no_cycle_inside_a_cycle_they_are_the_cycles_own(people):
    alone = on_its_own(people.owner)
    loose = services.mark_fragment(people.owner, alone, start_seconds=1, end_seconds=9, label="Los")
    cycle = signed(people, "ad")  # watching back in the intervisie, without analysts: the Kijkwijzer is offered
    assert cycle.offers_self_analysis and Step.SELF_ANALYSIS not in cycle.steps()
    inside = services.self_analysis_for_cycle(people.owner, cycle)
    assert services.self_analysis_for_cycle(people.owner, cycle) == inside  # one per cycle
    marked = services.mark_fragment(people.owner, inside, start_seconds=60, end_seconds=90, label="Binnen")
    assert (loose.cycle_id, marked.cycle_id) == (None, cycle.pk)
    assert inside.framework == fresh(cycle).framework
    assert list(cycle.fragments.values_list("pk", flat=True)) == [marked.pk]
    with pytest.raises(ValidationError) as too_long:
        services.mark_fragment(people.owner, inside, start_seconds=60, end_seconds=3001, label="Te lang")
    assert too_long.value.code == "past_recording_end"  # the cycle's recording lasts 3000 seconds


def test_without_analysts_the_self_analysis_is_the_way_to_watch_back_and_its_fragments_go_to_the_reflection(
        client, people):
    cycle = signed(people, "ac")  # the owner's first cycle: analysts lead; nothing offered
    assert not cycle.offers_self_analysis
    with pytest.raises(ValidationError) as refused:
        services.self_analysis_for_cycle(people.owner, cycle)
    assert refused.value.code == "not_in_variant"
    alone = start(people.owner, with_video_analysis=True, with_client_feedback=False, with_analyst_feedback=False)
    consent(people.owner, alone, analysts_may_view=False, interview_allowed=False)
    services.set_recording(people.owner, fresh(alone), url=URL, recorded_on=TODAY(), duration_seconds=900)
    alone = fresh(alone)
    assert alone.step == Step.REFLECTION and alone.offers_self_analysis
    client.force_login(people.owner)
    page = client.get(alone.get_absolute_url())
    assert "Zelfanalyse met de Kijkwijzer" in text_of(page)
    client.post(reverse("lms:cycles:kijkwijzer_cycle", args=[alone.pk]))
    analysis = SelfAnalysis.objects.get(cycle=alone)
    marked = services.mark_fragment(people.owner, analysis, start_seconds=5, end_seconds=65, label="Opening")
    services.finish_self_analysis(people.owner, analysis, ANSWERS)
    meeting = services.record_reflection(people.owner, fresh(alone), held_on=TODAY(), answers={"gebeurd": "x"},
                                         fragment_ids=[marked.pk])  # no zelfbeeld needed: the self-analysis is it
    assert list(meeting.fragments.all()) == [marked]


def test_withdrawing_consent_removes_the_fragments_of_the_self_analysis_and_keeps_its_answers(people):
    cycle = third_cycle(people)
    analysis = services.self_analysis_for_cycle(people.owner, cycle)
    services.mark_fragment(people.owner, analysis, start_seconds=5, end_seconds=65, label="Opening")
    services.save_self_analysis(people.owner, analysis, {"regie": "samen"})
    services.withdraw_consent(people.owner, fresh(cycle))
    assert not Fragment.objects.filter(self_analysis=analysis).exists()
    assert SelfAnalysis.objects.get(pk=analysis.pk).answers == {"regie": "samen"}


# --- Cycle 3 asks the participant first ---------------------------------------------------------------------------


def test_from_the_third_cycle_the_participant_analyses_before_the_analysts(people):
    first = signed(people)
    second = signed(people)
    third = signed(people)
    before = [Step.REGISTERED, Step.CONSENT, Step.ANALYSIS, Step.DISCUSSION, Step.INTERVIEW, Step.REFLECTION,
              Step.ATTENTION_POINTS, Step.FINISHED]
    assert first.steps() == second.steps() == before  # cycles 1 and 2 stay as they were
    assert not first.offers_self_analysis
    assert third.steps() == [Step.REGISTERED, Step.CONSENT, Step.SELF_ANALYSIS, *before[2:]]
    assert assign(people, third).step == Step.SELF_ANALYSIS


def test_cycle_two_is_unchanged_the_analysts_analyse_blind_and_the_zelfbeeld_is_asked(people):
    start(people.owner)
    cycle = assign(people, signed(people))
    assert cycle.number == 2 and cycle.step == Step.ANALYSIS
    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    with pytest.raises(ValidationError) as not_here:
        services.self_analysis_for_cycle(people.owner, cycle)
    assert not_here.value.code == "not_in_variant"
    services.save_self_assessment(people.owner, cycle, ANSWERS)


@override_settings(VKNZ_SELF_ANALYSIS_FROM_CYCLE=1)
def test_the_setting_moves_the_threshold_down(people):
    cycle = signed(people)
    assert cycle.number == 1 and cycle.self_analysis_first and Step.SELF_ANALYSIS in cycle.steps()


@override_settings(VKNZ_SELF_ANALYSIS_FROM_CYCLE=5)
def test_the_setting_moves_the_threshold_up(people):
    cycle = third_cycle(people)
    assert not cycle.self_analysis_first and Step.SELF_ANALYSIS not in cycle.steps()
    assert assign(people, cycle).step == Step.ANALYSIS


def test_the_analysts_cannot_submit_before_the_self_analysis_is_finished(client, people):
    cycle = assign(people, third_cycle(people))
    for submit in (False, True):
        with pytest.raises(ValidationError) as waiting:
            services.save_analysis(people.analyst, cycle, ANSWERS, submit=submit)
        assert waiting.value.code == "self_analysis_first"
    with pytest.raises(ValidationError) as no_marks:
        services.add_fragment(people.analyst, cycle, start_seconds=1, end_seconds=9, label="Vooruit")
    assert no_marks.value.code == "self_analysis_first"
    client.force_login(people.analyst)
    response = client.get(reverse("lms:cycles:analysis", args=[cycle.pk]), follow=True)
    assert "De deelnemer analyseert het gesprek eerst zelf" in text_of(response)
    workspace = text_of(client.get(reverse("lms:cycles:workspace")))
    assert "wacht op de zelfanalyse van de deelnemer" in workspace  # the analyst sees the cycle is waiting
    notice = Notice.objects.get(recipient=people.analyst, key=f"cycle-assigned:{cycle.pk}:{people.analyst.pk}")
    assert "eerst zelf" in notice.body


def test_a_draft_stays_with_the_owner_finishing_hands_the_cycle_to_the_analysts(client, people):
    cycle = assign(people, third_cycle(people))
    analysis = services.self_analysis_for_cycle(people.owner, cycle)
    marked = services.mark_fragment(people.owner, analysis, start_seconds=840, end_seconds=920,
                                    label="Een snelle ja", observation="Ik ga te snel door.")
    services.save_self_analysis(people.owner, analysis, {"regie": "samen"})
    # The draft and its fragment are the owner's alone: the analysts see neither yet.
    assert not access.decide(people.analyst, access.VIEW, analysis)
    assert not access.decide(people.analyst, access.VIEW, marked)
    assert not access.visible_to(people.analyst, Fragment.objects.filter(pk=marked.pk)).exists()
    analysis = services.finish_self_analysis(people.owner, analysis, {**ANSWERS, "regie": "samen"})
    marked = Fragment.objects.select_related("self_analysis", "cycle__consent").get(pk=marked.pk)
    cycle = fresh(cycle)
    assert cycle.step == Step.ANALYSIS
    assert Notice.objects.filter(recipient=people.analyst2, key=f"cycle-self-analysed:{cycle.pk}:"
                                                                f"{people.analyst2.pk}").exists()
    assert access.decide(people.analyst, access.VIEW, analysis) and access.decide(people.analyst, access.VIEW, marked)
    assert not access.decide(people.analyst, access.CHANGE, analysis)
    assert access.visible_to(people.analyst, Fragment.objects.filter(pk=marked.pk)).exists()
    # Their analysis page now shows the self-analysis beside the form: answers under their questions, fragments.
    client.force_login(people.analyst)
    page = client.get(reverse("lms:cycles:analysis", args=[cycle.pk]))
    text = text_of(page)
    assert "Zelfanalyse van de deelnemer" in text and "Een snelle ja" in text and "Ik ga te snel door." in text
    own_part = text[text.index("Zelfanalyse van de deelnemer"):text.index("Analyse indienen")]
    assert "Klantmanager en cliënt samen" in own_part  # the owner's answer on regie, as a label
    assert page.context["form"] is not None
    services.save_analysis(people.analyst, cycle, ANSWERS, submit=True)


def test_a_self_analysis_finished_while_waiting_for_analysts_lets_them_start_at_once(people):
    cycle = third_cycle(people)
    assert cycle.step == Step.CONSENT
    analysis = services.self_analysis_for_cycle(people.owner, cycle)
    services.finish_self_analysis(people.owner, analysis, ANSWERS)
    assert fresh(cycle).step == Step.CONSENT  # still waiting for its analysts
    cycle = assign(people, cycle)
    assert cycle.step == Step.ANALYSIS
    assert Notice.objects.get(recipient=people.analyst, key__startswith="cycle-assigned:").body == (
        "Er staat een gesprek voor je klaar om te analyseren.")


def analysed_third(people):
    cycle = assign(people, third_cycle(people))
    analysis = services.self_analysis_for_cycle(people.owner, cycle)
    services.mark_fragment(people.owner, analysis, start_seconds=840, end_seconds=920, label="Een snelle ja")
    services.finish_self_analysis(people.owner, analysis, {**ANSWERS, "echtheid-klantmanager": "5"})
    services.save_analysis(people.analyst, fresh(cycle), ANSWERS, submit=True)
    services.save_analysis(people.analyst2, fresh(cycle), OTHER, submit=True)
    return fresh(cycle), analysis


def test_the_comparison_shows_the_self_analysis_beside_the_analyses(client, people):
    cycle, analysis = analysed_third(people)
    client.force_login(people.analyst)
    page = client.get(reverse("lms:cycles:comparison", args=[cycle.pk])).content.decode()
    table = page[page.index("<table"):page.index("</table>")]
    assert "Deelnemer (zelfanalyse)" in table
    row = next(r for r in table.split("<tr")[2:] if "Echtheid van de klantmanager" in r)
    assert "5 – volledig open en eerlijk" in row and "3 – afwisselend" in row and "4 – overwegend open" in row
    assert reverse("lms:cycles:kijkwijzer_view", args=[analysis.pk]) in page


def test_in_such_a_cycle_the_self_analysis_is_the_own_view_and_no_zelfbeeld_is_asked(client, people):
    cycle, _analysis = analysed_third(people)
    services.record_consensus(people.analyst, cycle, ANSWERS)
    services.release_consensus(people.analyst, fresh(cycle))
    cycle = fresh(cycle)
    with pytest.raises(ValidationError) as instead:
        services.save_self_assessment(people.owner, cycle, ANSWERS)
    assert instead.value.code == "self_analysis_instead"
    client.force_login(people.owner)
    text = text_of(client.get(cycle.get_absolute_url()))
    assert "Zelfbeeld invullen" not in text and "Analyse van de analisten" in text  # the consensus does not wait
    assert "Eigen blik (zelfanalyse)" in text and "Verschilt" in text  # 5 against the analysts' 3
    services.record_interview(people.analyst, cycle, held_on=TODAY(), answers={}, points="Rustiger.")
    services.record_reflection(people.analyst, fresh(cycle), held_on=TODAY(), answers={"gebeurd": "x"},
                               fragment_ids=list(fresh(cycle).fragments.values_list("pk", flat=True)))
    assert fresh(cycle).step == Step.ATTENTION_POINTS


def test_once_the_analysts_started_the_self_analysis_is_closed(people):
    cycle, analysis = analysed_third(people)
    with pytest.raises(ValidationError) as closed:
        services.mark_fragment(people.owner, analysis, start_seconds=1, end_seconds=5, label="Te laat")
    assert closed.value.code == "already_finished"


# --- Who sees a self-analysis ---------------------------------------------------------------------------------------


@pytest.fixture
def finished_in_cycle(people):
    """A finished self-analysis in the owner's third cycle, with a fragment; the analysts may read it."""
    cycle = assign(people, third_cycle(people))
    analysis = services.self_analysis_for_cycle(people.owner, cycle)
    services.mark_fragment(people.owner, analysis, start_seconds=5, end_seconds=65, label="Opening")
    return services.finish_self_analysis(people.owner, analysis, ANSWERS)


OUTSIDERS = ("mt", "teamcoach", "buddy", "colleague", "analyst3", "interviewer", "admin")


@pytest.mark.parametrize("who", OUTSIDERS)
def test_nobody_but_the_owner_and_the_assigned_analysts_opens_a_self_analysis(client, people, finished_in_cycle,
                                                                             who):
    alone = on_its_own(people.owner)
    person = getattr(people, who)
    client.force_login(person)
    for analysis in (finished_in_cycle, alone):
        for name in ("kijkwijzer_view", "kijkwijzer_edit", "kijkwijzer_delete"):
            url = reverse(f"lms:cycles:{name}", args=[analysis.pk])
            assert client.get(url).status_code == 403, (who, name)
            assert client.post(url).status_code == 403, (who, name)
        assert not access.visible_to(person, SelfAnalysis.objects.all()).exists()
        assert not access.visible_to(person, Fragment.objects.filter(self_analysis=analysis)).exists()
    assert client.post(reverse("lms:cycles:kijkwijzer_cycle", args=[finished_in_cycle.cycle_id])).status_code == 403
    assert "Opening" not in client.get(reverse("lms:cycles:kijkwijzer")).content.decode()


def test_a_share_of_the_cycle_does_not_open_its_self_analysis(client, people, finished_in_cycle):
    grant_share(people.owner, finished_in_cycle.cycle, people.buddy)
    assert access.decide(people.buddy, access.VIEW, finished_in_cycle.cycle)
    assert not access.decide(people.buddy, access.VIEW, finished_in_cycle)
    assert not access.decide(people.owner, access.SHARE, finished_in_cycle)
    client.force_login(people.buddy)
    page = client.get(finished_in_cycle.cycle.get_absolute_url()).content.decode()
    assert 'id="zelfanalyse"' not in page and "Opening" not in page


def test_the_assigned_analysts_read_it_within_consent_only(client, people, finished_in_cycle):
    url = reverse("lms:cycles:kijkwijzer_view", args=[finished_in_cycle.pk])
    for analyst in (people.analyst, people.analyst2):
        client.force_login(analyst)
        response = client.get(url)
        assert response.status_code == 200 and "Opening" in text_of(response)
        assert client.get(reverse("lms:cycles:kijkwijzer_edit", args=[finished_in_cycle.pk])).status_code == 403
    client.force_login(people.owner)
    assert client.get(url).status_code == 200
    services.withdraw_consent(people.owner, fresh(finished_in_cycle.cycle))
    client.force_login(people.analyst)
    assert client.get(url).status_code == 403


def test_only_participants_start_one_on_their_own(people):
    with pytest.raises(PermissionDenied):
        services.start_self_analysis(people.analyst, held_on=TODAY())
    outsider = make_user("buitenstaander", Role.PARTICIPANT)
    cycle = signed(people, "ad")
    with pytest.raises(PermissionDenied):
        services.self_analysis_for_cycle(outsider, cycle)
    draft = on_its_own(people.owner)
    for action in (lambda: services.save_self_analysis(outsider, draft, {}),
                   lambda: services.mark_fragment(outsider, draft, start_seconds=1, end_seconds=2, label="x"),
                   lambda: services.finish_self_analysis(outsider, draft),
                   lambda: services.delete_self_analysis(outsider, draft)):
        with pytest.raises(PermissionDenied):
            action()
    assert access.decide(people.mt, access.VIEW, draft).reason == str(access.MANAGEMENT_NEVER)
    assert rules.SELF_ANALYSIS_ONLY


# --- Bounded queries --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 30])
def test_the_list_and_the_form_need_bounded_queries(client, people, count, django_assert_max_num_queries):
    analyses = [on_its_own(people.owner, client_code=f"C-{n}") for n in range(count)]
    for analysis in analyses[:3]:
        for second in range(count):
            services.mark_fragment(people.owner, analysis, start_seconds=second * 10 + 1,
                                   end_seconds=second * 10 + 9, label=f"Fragment {second}",
                                   dimensions=["regie", "emoties"])
    in_cycle = services.self_analysis_for_cycle(people.owner, signed(people, "ad"))
    for second in range(count):
        services.mark_fragment(people.owner, in_cycle, start_seconds=second + 1, end_seconds=second + 2,
                               label=f"Fragment {second}")
    client.force_login(people.owner)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("lms:cycles:kijkwijzer"))
    assert page.status_code == 200 and len(page.context["page_obj"].object_list) == min(count + 1, 20)
    for analysis in (analyses[0], in_cycle):
        with django_assert_max_num_queries(12):
            assert client.get(reverse("lms:cycles:kijkwijzer_edit", args=[analysis.pk])).status_code == 200
        with django_assert_max_num_queries(12):
            assert client.get(reverse("lms:cycles:kijkwijzer_view", args=[analysis.pk])).status_code == 200


def test_the_list_shows_drafts_and_finished_ones_and_pages_through_them(client, people):
    client.force_login(people.owner)
    assert "Je hebt nog geen zelfanalyse" in text_of(client.get(reverse("lms:cycles:kijkwijzer")))
    for n in range(22):
        on_its_own(people.owner, client_code=f"C-{n}")
    services.finish_self_analysis(people.owner, SelfAnalysis.objects.get(client_code="C-21"), ANSWERS)
    first = text_of(client.get(reverse("lms:cycles:kijkwijzer")))
    assert "Zelfanalyse C-21 Afgerond" in first and "Zelfanalyse C-20 Concept" in first
    assert "Pagina 1 van 2" in first and "Zelfanalyse C-0 " not in first
    second = text_of(client.get(reverse("lms:cycles:kijkwijzer") + "?pagina=2"))
    assert "Zelfanalyse C-0 " in second
