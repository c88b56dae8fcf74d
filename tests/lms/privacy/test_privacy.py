"""Privacy by construction: providers cover every personal model, export is complete, erasure leaves no trace."""

import datetime
import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management import call_command
from django.db import models
from django.utils import timezone
from django.utils.html import escape

from lms.people.roles import Role
from lms.privacy import checks, services
from lms.privacy.models import AuditEntry, ExportRequest
from lms.privacy.registry import ANONYMISE, DELETE, providers

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("demo")
    return {u.username: u for u in get_user_model().objects.all()}


def test_every_model_that_points_at_a_person_has_a_provider():
    assert checks.providers_cover_personal_models(None) == []


def test_the_check_fails_when_a_personal_model_is_not_declared(monkeypatch):
    provider = providers()["lms_courses"]
    monkeypatch.setattr(provider, "data", provider.data[1:])
    errors = checks.providers_cover_personal_models(None)
    assert [e.id for e in errors] == ["privacy.E001"] and "lms_courses.Enrolment" in errors[0].msg


def test_the_export_of_klantmanager_contains_every_personal_row_she_may_see(demo):
    from lms.cycles.models import ClientInterview

    # The client interviews of her conversations are about her, but the interviewer's notes are not hers to read
    # (her clients did not agree to that): they are erased with her, never exported to her.
    not_hers_to_read = {ClientInterview}
    sanne = demo["klantmanager"]
    data = services.collect(sanne)
    for label, provider in providers().items():
        for item in provider.data:
            exported = data[label][item.model._meta.label]
            assert len(exported) == item.export_rows(sanne).count()
            if item.model in not_hers_to_read:
                assert item.rows(sanne).exists() and exported == []
            else:
                assert exported or not item.rows(sanne).exists(), item.model._meta.label
    assert len(data["lms_goals"]["lms_goals.Goal"]) == 3
    assert len(data["lms_cycles"]["lms_cycles.ReflectionCycle"]) == 5
    assert "password" not in data["lms_people"][get_user_model()._meta.label][0]


def test_the_export_keeps_the_fields_no_form_edits(demo, django_assert_max_num_queries):
    from lms.goals.models import GoalEvaluation

    sanne = demo["klantmanager"]
    with django_assert_max_num_queries(60):  # one per model and many-to-many field, not per row
        data = services.collect(sanne)
    evaluation = GoalEvaluation.objects.filter(goal__owner=sanne).first()
    exported = {row["id"]: row for row in data["lms_goals"]["lms_goals.GoalEvaluation"]}[evaluation.pk]
    assert exported["submission_key"] == str(evaluation.submission_key)
    assert exported["created_at"] == evaluation.created_at
    teams = data["lms_people"]["lms_people.Team"]
    assert [{"id", "name"}] * len(teams) == [set(t) for t in teams]
    # Related rows by name, as a person reads them, not as ids.
    assert Role.PARTICIPANT.value in data["lms_people"][get_user_model()._meta.label][0]["groups"]


def test_the_download_is_a_zip_made_by_a_task_with_json_per_app_and_a_pdf(demo, client,
                                                                        django_capture_on_commit_callbacks):
    sanne = demo["klantmanager"]
    client.force_login(sanne)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/mijn-gegevens/download/")
    export = ExportRequest.objects.get(user=sanne)
    assert export.status == "ready" and export.expires_at > timezone.now()
    response = client.get(f"/mijn-gegevens/download/{export.token}/")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    assert {"lms_goals.json", "lms_cycles.json", "lms_people.json", "samenvatting.pdf"} <= names
    assert json.loads(archive.read("lms_goals.json"))["lms_goals.Goal"]
    client.force_login(demo["mt"])
    assert client.get(f"/mijn-gegevens/download/{export.token}/").status_code == 404


def text_fields(model):
    return [f for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField) and not f.choices and not f.unique
            and f.name not in ("password", "block_id", "key")]


def json_fields(model):
    return [f for f in model._meta.concrete_fields if isinstance(f, models.JSONField)]


def plant_markers(user, labels=None) -> list:
    """A unique marker in every free-text and JSON field of every row a provider declares for `user` (of the
    models named by `labels`, or all): what an export must show and an erase must leave nowhere. A JSON value
    keeps its shape (the keys of a dict, a list), with the marker as every value."""
    planted = []
    for provider in providers().values():
        for item in provider.data:
            if labels is not None and item.model._meta.label not in labels:
                continue
            texts, jsons = text_fields(item.model), json_fields(item.model)
            for row in item.rows(user):
                for field in texts:
                    planted.append(f"MARKER{len(planted) + 1:04d}"[: field.max_length or None])
                    setattr(row, field.name, planted[-1])
                for field in jsons:
                    planted.append(f"MARKER{len(planted) + 1:04d}")
                    value = getattr(row, field.name)
                    setattr(row, field.name, {key: planted[-1] for key in value} if isinstance(value, dict) and value
                            else [planted[-1]] if isinstance(value, list) else {"aantekening": planted[-1]})
                if texts or jsons:
                    row.save(update_fields=[field.name for field in texts + jsons])
    return planted


def hold_a_samenleerwijzer(user):
    """A Samenleerwijzer of `user`'s own: a talk with a note under every question of the guide, one aandachtspunt
    turned into a goal and one not yet, and a cadence of their choice."""
    from lms.cycles.guides import SAMENLEERWIJZER_QUESTIONS
    from lms.cycles.services import samenleerwijzer
    from lms.goals.services import Formulation

    talk = samenleerwijzer.create_talk(
        user, client_code="C-77", held_on=timezone.localdate() - datetime.timedelta(days=3),
        notes={code: f"Aantekening bij {code}" for code, _question in SAMENLEERWIJZER_QUESTIONS},
        takeaway="Vaker uitleggen waarom ik iets vraag.")
    point = samenleerwijzer.add_talk_point(user, talk, "Vaker uitleggen waarom")
    samenleerwijzer.talk_point_to_goal(user, point, "action", Formulation(title="Vaker uitleggen waarom"))
    samenleerwijzer.add_talk_point(user, talk, "Samen het doel benoemen")
    samenleerwijzer.set_cadence(user, 1)
    return talk


SAMENLEERWIJZER = ("lms_cycles.CollaborationTalk", "lms_cycles.TalkAttentionPoint",
                   "lms_cycles.SamenleerwijzerCadence")


@pytest.mark.parametrize("mode", [DELETE, ANONYMISE])
def test_after_stepping_out_no_planted_marker_remains_anywhere(demo, mode):
    from lms.cycles import services as cycle_services
    from lms.cycles.kijkwijzer import SelfAnalysis

    sanne = demo["klantmanager"]
    # A Kijkwijzer self-analysis of her own, outside any cycle (the demo's is Kees's): answers and a fragment.
    own = cycle_services.start_self_analysis(sanne, held_on=timezone.localdate(), client_code="C-9",
                                             recording_url="https://gemeente.sharepoint.com/opname.mp4",
                                             duration_seconds=900)
    cycle_services.mark_fragment(sanne, own, start_seconds=5, end_seconds=50, label="Opening")
    cycle_services.save_self_analysis(sanne, own, {"emoties": "Gespannen in de zelfanalyse"})
    hold_a_samenleerwijzer(sanne)
    planted = plant_markers(sanne)
    get_user_model().objects.filter(pk=sanne.pk).update(first_name="MARKERVOORNAAM", last_name="MARKERACHTERNAAM")
    sanne.refresh_from_db()
    assert len(planted) > 50
    assert SelfAnalysis.objects.get(pk=own.pk).client_code.startswith("MARKER")  # planted there too
    assert "MARKER" in SelfAnalysis.objects.get(pk=own.pk).answers["emoties"]
    services.step_out(sanne, mode)
    assert not SelfAnalysis.objects.filter(owner=sanne).exists()
    dump = serializers.serialize("json", [obj for model in django_models() for obj in model._default_manager.all()])
    assert "MARKER" not in dump
    assert not get_user_model().objects.get(pk=sanne.pk).is_active


@pytest.mark.parametrize("mode", [DELETE, ANONYMISE])
def test_a_self_analysis_is_in_the_export_marker_for_marker_and_gone_after_stepping_out(demo, mode):
    from django.core.serializers.json import DjangoJSONEncoder

    from lms.cycles import services as cycle_services

    sanne = demo["klantmanager"]
    own = cycle_services.start_self_analysis(sanne, held_on=timezone.localdate(), client_code="C-9",
                                             recording_url="https://gemeente.sharepoint.com/opname.mp4",
                                             duration_seconds=900)
    cycle_services.mark_fragment(sanne, own, start_seconds=5, end_seconds=50, label="MARKERFRAGMENT",
                                 observation="MARKERWAARNEMING")
    cycle_services.finish_self_analysis(sanne, own, {
        "echtheid-klantmanager": "3", "echtheid-client": "2", "gezamenlijk-doel": "verondersteld",
        "zelfbeeld": "opgegeven", "strategie": "kansen", "regie": "klantmanager", "regie-passend": "deels",
        "metacommunicatie": "soms", "emoties": "Gespannen."})
    planted = plant_markers(sanne, labels=("lms_cycles.SelfAnalysis",))
    assert len(planted) >= 3  # the client code, the link, the answers
    exported = services.collect(sanne)["lms_cycles"]
    text = json.dumps({label: exported[label] for label in ("lms_cycles.SelfAnalysis", "lms_cycles.Fragment")},
                      cls=DjangoJSONEncoder)
    assert [marker for marker in planted if f'"{marker}"' not in text] == []
    assert "MARKERFRAGMENT" in text and "MARKERWAARNEMING" in text

    services.step_out(sanne, mode)
    dump = serializers.serialize("json", [obj for model in django_models() for obj in model._default_manager.all()])
    assert "MARKER" not in dump


@pytest.mark.parametrize("mode", [DELETE, ANONYMISE])
def test_the_samenleerwijzer_is_in_the_export_marker_for_marker_and_gone_after_stepping_out(demo, mode):
    from django.core.serializers.json import DjangoJSONEncoder

    from lms.cycles.models import CollaborationTalk, SamenleerwijzerCadence, TalkAttentionPoint

    sanne = demo["klantmanager"]
    hold_a_samenleerwijzer(sanne)
    planted = plant_markers(sanne, labels=SAMENLEERWIJZER)
    assert len(planted) >= 2 + 1 + 2  # client code, what she keeps, the notes; the two aandachtspunten
    exported = services.collect(sanne)["lms_cycles"]
    hers = {"lms_cycles.CollaborationTalk": CollaborationTalk.objects.filter(owner=sanne),
            "lms_cycles.TalkAttentionPoint": TalkAttentionPoint.objects.filter(talk__owner=sanne),
            "lms_cycles.SamenleerwijzerCadence": SamenleerwijzerCadence.objects.filter(owner=sanne)}
    assert {label: len(exported[label]) for label in SAMENLEERWIJZER} == {
        label: rows.count() for label, rows in hers.items()}
    assert all(exported[label] for label in SAMENLEERWIJZER)
    text = json.dumps({label: exported[label] for label in SAMENLEERWIJZER}, cls=DjangoJSONEncoder)
    assert [marker for marker in planted if f'"{marker}"' not in text] == []
    # The notes go with their questions, as on the page.
    notes = next(row["notes"] for row in exported["lms_cycles.CollaborationTalk"] if row["client_code"] in planted)
    assert notes[0]["vraag"] == "Hoe voel je je in onze gesprekken?" and notes[0]["antwoord"] in planted

    services.step_out(sanne, mode)
    dump = serializers.serialize("json", [obj for model in django_models() for obj in model._default_manager.all()])
    assert [marker for marker in planted if marker in dump] == []
    assert [label for label, rows in hers.items() if rows.exists()] == []


def django_models():
    from django.apps import apps

    return [m for m in apps.get_models() if not m._meta.proxy]  # every installed app, the libraries included


def test_stepping_out_ends_pairs_and_shares_with_a_notice_to_the_others(demo):
    from buddy.models import BuddyPair
    from lms.goals import services as goals
    from lms.goals.services import Formulation
    from lms.notifications.models import Notice
    from lms.people.models import Share
    from lms.people.services import grant_share

    yara, kees = demo["nieuw"], demo["buddy"]
    BuddyPair.objects.create(newcomer=yara, buddy=kees, status="active")
    goal = goals.create_goal(yara, "learning", Formulation(title="Rustig blijven"))
    grant_share(yara, goal, kees)
    services.step_out(yara, DELETE)
    assert BuddyPair.objects.filter(buddy=kees, status="active").count() == 0
    assert not Share.objects.filter(grantee=kees).exists()
    assert Notice.objects.filter(recipient=kees, title="Je buddykoppel is beëindigd").exists()


def test_stepping_out_tells_the_buddy_and_every_fellow_group_member(demo):
    from buddy.models import BuddyPair
    from intervisie import services as intervisie_services
    from lms.notifications.models import Notice

    yara, kees = demo["nieuw"], demo["buddy"]
    others = [kees, demo["klantmanager"], demo["teamcoach"]]
    pair = BuddyPair.objects.create(newcomer=yara, buddy=kees, status="sent")
    group = intervisie_services.create_group(demo["teamcoach"], name="Groep", members=[yara, *others])
    services.step_out(yara, ANONYMISE)
    notice = Notice.objects.get(key=f"buddy-ended-stepout:{pair.pk}")
    assert (notice.recipient, notice.title, notice.body, notice.link) == (
        kees, "Je buddykoppel is beëindigd", "Je buddy is gestopt met de ontwikkelcyclus.", "/buddy/")
    assert notice.email_wanted == bool(kees.email)
    left = Notice.objects.filter(key__startswith=f"intervisie-left:{group.pk}:")
    assert sorted(n.recipient_id for n in left) == sorted(u.pk for u in others)
    assert {(n.title, n.link, n.email_wanted) for n in left} == {
        ("Iemand heeft je intervisiegroep verlaten", group.get_absolute_url(), False)}


@pytest.mark.parametrize("mode", [DELETE, ANONYMISE])
def test_an_analyst_who_steps_out_removes_their_analyses_only_when_deleting_everything(demo, mode):
    from lms.cycles.models import Analysis, ClientInterview, ReflectionCycle

    analyst, owner = demo["analist1"], demo["klantmanager"]
    made = list(Analysis.objects.filter(analyst=analyst).values_list("pk", flat=True))
    interviews = list(ClientInterview.objects.filter(interviewer=analyst).values_list("pk", flat=True))
    cycles = ReflectionCycle.objects.filter(owner=owner).count()
    assert made and interviews
    services.step_out(analyst, mode)
    assert ReflectionCycle.objects.filter(owner=owner).count() == cycles
    if mode == DELETE:  # "Alles verwijderen, ook reacties en bijdragen aan anderen"
        assert not Analysis.objects.filter(pk__in=made).exists()
        assert not ClientInterview.objects.filter(pk__in=interviews).exists()
    else:  # "Bijdragen aan anderen (zoals analyses als analist) anoniem laten staan"
        assert Analysis.objects.filter(pk__in=made, analyst=None).count() == len(made)
        assert ClientInterview.objects.filter(pk__in=interviews, interviewer=None).count() == len(interviews)


def test_stepping_out_removes_the_name_from_other_notices_and_the_person_from_teams(demo):
    from lms.notifications.services import notify
    from lms.people.models import Team

    coach, kees = demo["teamcoach"], demo["buddy"]
    team = Team.objects.create(name="Extra team")
    team.leaders.add(coach, kees)
    team.coaches.add(coach)
    notice = notify(kees, key="test-naam", title=f"Bericht van {coach.get_full_name()}",
                    body=f"{coach.get_full_name()} deelde iets; groet, {coach.get_full_name()}", email=False)
    services.step_out(coach, ANONYMISE)
    notice.refresh_from_db()
    assert (notice.title, notice.body) == ("Bericht van een oud-deelnemer",
                                           "een oud-deelnemer deelde iets; groet, een oud-deelnemer")
    assert list(team.leaders.all()) == [kees] and not team.coaches.exists()
    assert not Team.objects.filter(leaders=coach).exists() and not Team.objects.filter(coaches=coach).exists()


def test_an_allowed_read_of_a_shared_goal_is_audited_and_shown_to_the_owner(demo, client):
    from lms.goals.models import Goal
    from lms.people import access

    client.force_login(demo["teamcoach"])
    visible = access.visible_to(demo["teamcoach"], Goal.objects.all()).get()  # the one Sanne shares
    client.get(visible.get_absolute_url())
    entry = AuditEntry.objects.filter(action="view", actor=demo["teamcoach"]).get()
    assert entry.owner == demo["klantmanager"] and entry.what == f"lms_goals.Goal#{visible.pk}"
    client.force_login(demo["klantmanager"])
    page = client.get("/mijn-gegevens/").content.decode()
    section = page[page.index("Wie keek er mee?"):page.index("Wat we bewaren")]
    assert "Ahmed El Amrani: bekeken, 1 keer" in section and escape(str(visible)) in section, section


def test_retention_runs_every_provider_with_frozen_time(demo, time_machine):
    from buddy.models import BuddyPair, CheckIn
    from lms.cycles.models import Fragment, ReflectionCycle

    finished = ReflectionCycle.objects.filter(owner=demo["klantmanager"], step="afgerond").order_by("pk").first()
    pair = BuddyPair.objects.create(newcomer=demo["nieuw"], buddy=demo["buddy"], status="ended",
                                    ended_at=timezone.now())
    CheckIn.objects.create(pair=pair, planned_on=timezone.localdate(), notes="Privé notitie")
    services.audit(demo["teamcoach"], "view", finished, owner_id=demo["klantmanager"].pk)
    time_machine.move_to(timezone.now() + datetime.timedelta(days=400))
    report = services.run_retention()
    assert report["lms_cycles"]["opnames verwijderd"] >= 1
    assert not Fragment.objects.filter(cycle=finished).exists()
    assert CheckIn.objects.get(pair=pair).notes == ""
    assert report["audit"]["verwijderd"] >= 1
    assert services.run_retention()["lms_cycles"]["opnames verwijderd"] == 0


def test_a_client_withdraws_for_all_conversations_at_once(demo, client):
    from lms.cycles.models import Fragment, ReflectionCycle

    sanne = demo["klantmanager"]
    active = ReflectionCycle.objects.filter(owner=sanne, client_code="C-23").count()
    client.force_login(sanne)
    confirm = client.post("/cycli/", {"client_code": "C-23"})
    assert "Trekt cliënt C-23 de toestemming in?" in confirm.content.decode()
    client.post("/cycli/", {"client_code": "C-23", "bevestigd": "ja"})
    assert active == ReflectionCycle.objects.filter(owner=sanne, client_code="C-23", step="ingetrokken").count()
    assert not Fragment.objects.filter(cycle__client_code="C-23").exists()


def test_reading_a_groups_verslag_is_audited(demo, client):
    from intervisie import services as intervisie_services

    members = [demo[name] for name in ("klantmanager", "buddy", "nieuw", "teamcoach")]
    group = intervisie_services.create_group(demo["teamcoach"], name="Groep", members=members)
    session = group.sessions.create(starts_at=timezone.now() + datetime.timedelta(days=3),
                                    ends_at=timezone.now() + datetime.timedelta(days=3, hours=1))
    client.force_login(demo["buddy"])
    client.get(session.get_absolute_url())
    what = f"lms_intervisie.IntervisionSession#{session.pk}"
    assert AuditEntry.objects.filter(actor=demo["buddy"], what=what).exists()


def test_opening_the_shell_is_audited():
    import io

    call_command("shell", command="pass", stdout=io.StringIO())
    assert AuditEntry.objects.filter(reason__startswith="shell geopend").exists()
