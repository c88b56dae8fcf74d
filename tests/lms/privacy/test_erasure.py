"""Erasure as an attacker checks it: a leaver with a unique name acts everywhere, steps out, and then every table of
every installed app (libraries included, their encoded columns decoded) is searched for that name.

Written for SQLite and PostgreSQL alike: no raw SQL, only the ORM and the libraries' own decoders.
"""

import datetime
import io
import zipfile

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management import call_command
from django.utils import timezone

from lms.privacy import checks, services
from lms.privacy.models import ExportRequest
from lms.privacy.registry import ANONYMISE, DELETE, providers

pytestmark = pytest.mark.django_db

MARKERS = ("zwaluwstaart", "quokkaberg", "kees.quokka", "quokka.kees@marker.example")
ADDRESS, BROWSER = "203.0.113.77", "Mozilla/5.0 (Lemurtest 9)"


@pytest.fixture
def demo():
    call_command("demo")
    return {u.username: u for u in get_user_model().objects.all()}


@pytest.fixture
def leaver(demo):
    """The demo buddy, renamed to names found nowhere else."""
    kees = demo["buddy"]
    get_user_model().objects.filter(pk=kees.pk).update(
        first_name="Zwaluwstaart", last_name="Quokkaberg", username="kees.quokka", email="quokka.kees@marker.example")
    kees.refresh_from_db()
    return kees


def export_for(user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export = services.request_export(user)
    export.refresh_from_db()
    assert export.status == ExportRequest.Status.READY
    return export


def act_everywhere(demo, leaver, client, django_capture_on_commit_callbacks):
    """The leaver leaves traces in our apps and in every library table; returns what the test looks up later."""
    from django_q.tasks import async_task
    from wagtail.log_actions import log
    from wagtail.models import Comment, CommentReply, Page, PageLogEntry

    from buddy.models import BuddyPair
    from buddy.services import plan_checkin
    from lms.goals import services as goals
    from lms.goals.services import Formulation
    from lms.people.services import grant_share

    yara, sanne = demo["nieuw"], demo["klantmanager"]
    # Our apps: an own goal, a reply on someone else's goal, a buddy pair with check-in notes.
    goals.create_goal(leaver, "learning", Formulation(title="Eigen doel van Zwaluwstaart"))
    shared = goals.create_goal(sanne, "learning", Formulation(title="Rustig blijven"))
    grant_share(sanne, shared, leaver)
    goals.add_comment(leaver, shared, "Reactie: goed bezig, groet van Zwaluwstaart")
    pair = BuddyPair.objects.create(newcomer=yara, buddy=leaver, status="active")
    # A Kijkwijzer self-analysis on its own, a fragment and an answer naming the leaver (their cycle 3 in the demo
    # has one inside the cycle).
    from lms.cycles import services as cycles

    own = cycles.start_self_analysis(leaver, held_on=timezone.localdate(), client_code="K-99")
    cycles.mark_fragment(leaver, own, start_seconds=5, end_seconds=50, label="Opening",
                         observation="Zwaluwstaart kijkt terug")
    cycles.save_self_analysis(leaver, own, {"emoties": "Quokkaberg was gespannen"})
    plan_checkin(leaver, pair, planned_on=timezone.localdate(), topics="Eerste week",
                 notes="Aantekening van Zwaluwstaart over de eerste week")
    # A Samenleerwijzer of their own: notes, what they keep, an aandachtspunt that became a goal, a cadence.
    from lms.cycles.services import samenleerwijzer

    talk = samenleerwijzer.create_talk(leaver, client_code="C-5", held_on=timezone.localdate(),
                                       notes={"relatie-gevoel": "Zwaluwstaart vraagt door, zegt de cliënt"},
                                       takeaway="Quokkaberg: meer ruimte laten")
    point = samenleerwijzer.add_talk_point(leaver, talk, "Zwaluwstaart legt uit waarom")
    samenleerwijzer.talk_point_to_goal(leaver, point, "action", Formulation(title="Uitleggen, zegt Zwaluwstaart"))
    samenleerwijzer.set_cadence(leaver, 3)
    # Wagtail, as an editor: a revision, a page edit in the log, ownership, a lock, a comment; and a log entry about
    # the account itself, whose label is the person's name.
    page = Page.objects.filter(depth__gt=2).order_by("pk").first().specific
    page.owner, page.locked, page.locked_by, page.locked_at = leaver, True, leaver, timezone.now()
    page.save()
    revision = page.save_revision(user=leaver, log_action=True)
    Comment.objects.create(page=page, user=leaver, text="Opmerking", contentpath="title")
    CommentReply.objects.create(comment=Comment.objects.create(page=page, user=demo["redacteur"], text="Vraag",
                                                               contentpath="title"), user=leaver, text="Antwoord")
    log(instance=leaver, action="wagtail.create", user=demo["beheerder"])
    # django-axes: failed logins through the real login view, typed in several ways.
    for typed in ("kees.quokka", "KEES.QUOKKA", "quokka.kees@marker.example"):
        response = client.post("/inloggen/", {"username": typed, "password": "fout-wachtwoord"},
                               REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200  # the form again, with an error
    assert apps.get_model("axes", "AccessAttempt").objects.filter(ip_address=ADDRESS).exists()
    # Sessions: the leaver is logged in; someone else's session holds a message that names them.
    client.force_login(leaver)
    other = type(client)()
    other.force_login(yara)
    session = other.session
    session["laatste_melding"] = "Je buddy Zwaluwstaart Quokkaberg heeft een check-in gepland"
    session.save()
    # django-q2: a finished task whose arguments and result name the person, and queued ones.
    async_task("lms.privacy.library.identifiers", leaver)
    async_task("lms.privacy.library.identifiers", leaver, sync=False)
    async_task("lms.privacy.library.identifiers", user_id=leaver.pk, sync=False)
    assert apps.get_model("django_q", "OrmQ").objects.count() >= 2
    # Stored exports: Yara's holds the leaver's check-in notes; someone without a link to the leaver has one too.
    stranger = get_user_model().objects.create_user("los", email="los@example.org", first_name="Lo", last_name="Os")
    return {
        "page": page, "revision": revision, "pair": pair,
        "log_entries": PageLogEntry.objects.filter(user=leaver).count(),
        "yara_export": export_for(yara, django_capture_on_commit_callbacks),
        "stranger_export": export_for(stranger, django_capture_on_commit_callbacks),
    }


def decoded_library_rows():
    """What the dump cannot show: encoded sessions, pickled task arguments and results, ZIPs of stored exports."""
    from django.contrib.sessions.backends.db import SessionStore

    texts = []
    for session in apps.get_model("sessions", "Session").objects.all():
        texts.append(repr(SessionStore().decode(session.session_data)))
    for task in apps.get_model("django_q", "Task").objects.all():
        texts.append(repr([task.name, task.func, task.args, task.kwargs, task.result]))
    for queued in apps.get_model("django_q", "OrmQ").objects.all():
        texts.append(repr(queued.task))
    for schedule in apps.get_model("django_q", "Schedule").objects.all():
        texts.append(repr([schedule.name, schedule.args, schedule.kwargs]))
    for export in ExportRequest.objects.exclude(content=None):
        with zipfile.ZipFile(io.BytesIO(bytes(export.content))) as archive:
            texts += [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                      if not name.endswith(".pdf")]
    return texts


def dump_of_everything():
    every_row = [obj for model in apps.get_models() if not model._meta.proxy for obj in model._default_manager.all()]
    return "\n".join([serializers.serialize("json", every_row), *decoded_library_rows()]).lower()


@pytest.mark.parametrize("mode", [DELETE, ANONYMISE])
def test_after_stepping_out_the_leavers_name_is_in_no_table_of_any_app(
        demo, leaver, client, mode, django_capture_on_commit_callbacks):
    act_everywhere(demo, leaver, client, django_capture_on_commit_callbacks)
    before = dump_of_everything()
    assert all(marker in before for marker in MARKERS)  # the traces are really there
    assert ADDRESS in before and BROWSER.lower() in before

    services.step_out(leaver, mode)

    after = dump_of_everything()
    assert [marker for marker in MARKERS if marker in after] == []
    assert ADDRESS not in after and BROWSER.lower() not in after


@pytest.mark.parametrize("mode", [DELETE, ANONYMISE])
def test_the_page_history_stays_without_the_editor_who_stepped_out(
        demo, leaver, client, mode, django_capture_on_commit_callbacks):
    from wagtail.models import Page, PageLogEntry, Revision

    planted = act_everywhere(demo, leaver, client, django_capture_on_commit_callbacks)
    assert planted["log_entries"] >= 1

    services.step_out(leaver, mode)

    revision = Revision.objects.get(pk=planted["revision"].pk)
    assert revision.user is None and revision.content.get("owner") is None
    assert revision.content.get("locked_by") is None
    page = Page.objects.get(pk=planted["page"].pk)
    assert (page.owner, page.locked_by, page.locked) == (None, None, False)
    entries = PageLogEntry.objects.filter(page=page, revision=revision)
    assert entries.count() == planted["log_entries"] and not entries.exclude(user=None).exists()


def test_a_stored_export_that_holds_the_leaver_is_withdrawn_and_its_owner_told(
        demo, leaver, client, django_capture_on_commit_callbacks):
    from lms.notifications.models import Notice

    planted = act_everywhere(demo, leaver, client, django_capture_on_commit_callbacks)
    yara_export, stranger_export = planted["yara_export"], planted["stranger_export"]
    assert "Aantekening van Zwaluwstaart" in str(zipfile.ZipFile(io.BytesIO(bytes(yara_export.content)))
                                                 .read("lms_buddy.json"), "utf-8")

    services.step_out(leaver, DELETE)

    assert not ExportRequest.objects.filter(pk=yara_export.pk).exists()
    notice = Notice.objects.get(recipient=demo["nieuw"], key=f"export-withdrawn:{yara_export.token}")
    assert (notice.title, notice.link) == ("Je download is ingetrokken", "/mijn-gegevens/")
    # An export without the leaver in it stays, and its owner hears nothing.
    assert ExportRequest.objects.get(pk=stranger_export.pk).is_available
    assert not Notice.objects.filter(recipient=stranger_export.user, key__startswith="export-withdrawn:").exists()
    # The owner asks for a new one: it is made from what remains, without the leaver.
    client.force_login(demo["nieuw"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/mijn-gegevens/download/")
    fresh = ExportRequest.objects.filter(user=demo["nieuw"]).get()
    assert not services.archive_mentions(bytes(fresh.content), leaver)


def test_an_export_that_only_points_at_the_leaver_by_key_is_withdrawn_too(demo, leaver,
                                                                         django_capture_on_commit_callbacks):
    from buddy.models import BuddyPair

    BuddyPair.objects.create(newcomer=demo["nieuw"], buddy=leaver, status="ended", ended_at=timezone.now())
    get_user_model().objects.filter(pk=leaver.pk).update(first_name="", last_name="")  # no name to search for
    leaver.refresh_from_db()
    export = export_for(demo["nieuw"], django_capture_on_commit_callbacks)
    assert not any(name.lower() in str(bytes(export.content)).lower() for name in ("kees.quokka",))

    services.step_out(leaver, DELETE)

    assert not ExportRequest.objects.filter(pk=export.pk).exists()


def test_failed_logins_of_someone_else_from_the_same_address_stay(demo, leaver, client):
    """Only the leaver's attempts go: another person's lockout record is theirs, not the leaver's."""
    attempts = apps.get_model("axes", "AccessAttempt")
    client.post("/inloggen/", {"username": "klantmanager", "password": "fout"}, REMOTE_ADDR=ADDRESS)
    client.post("/inloggen/", {"username": "kees.quokka", "password": "fout"}, REMOTE_ADDR=ADDRESS)
    services.step_out(leaver, DELETE)
    assert list(attempts.objects.values_list("username", flat=True)) == ["klantmanager"]


def test_a_queued_task_that_names_someone_else_by_a_number_stays(demo, leaver):
    """A bare number in queued work may be any id (an export, a notice): only names and objects mark it as theirs."""
    from django_q.tasks import async_task

    queued = apps.get_model("django_q", "OrmQ")
    async_task("lms.privacy.tasks.build_export", leaver.pk, sync=False)  # an export id that equals the user's id
    services.step_out(leaver, DELETE)
    assert queued.objects.count() == 1


def test_the_sessions_of_others_stay_logged_in(demo, leaver, client):
    other = type(client)()
    other.force_login(demo["nieuw"])
    client.force_login(leaver)
    services.step_out(leaver, DELETE)
    assert other.get("/mijn-gegevens/").status_code == 200
    assert client.get("/mijn-gegevens/").status_code == 302


def test_the_check_fails_when_a_library_table_with_a_key_to_a_person_has_no_provider(monkeypatch):
    provider = providers()["wagtailcore"]
    monkeypatch.setattr(provider, "data", [item for item in provider.data
                                           if item.model._meta.label != "wagtailcore.Revision"])
    errors = checks.providers_cover_personal_models(None)
    assert [(e.id, e.obj._meta.label) for e in errors] == [("privacy.E001", "wagtailcore.Revision")]


def test_the_check_covers_every_installed_app_not_only_ours():
    covered = {model._meta.app_label for provider in providers().values() for model in
               (item.model for item in provider.data)}
    assert {"wagtailcore", "wagtailusers", "wagtailadmin", "axes", "sessions", "django_q"} <= covered


def test_an_export_in_progress_is_not_withdrawn_but_made_from_what_remains(demo, leaver):
    """A pending export has no content yet; when its task runs after the step-out, the leaver is already gone."""
    from lms.privacy.tasks import build_export

    pending = ExportRequest.objects.create(user=demo["nieuw"], created_at=timezone.now() - datetime.timedelta(1))
    services.step_out(leaver, DELETE)
    build_export(pending.pk)
    pending.refresh_from_db()
    assert pending.status == ExportRequest.Status.READY
    assert not services.archive_mentions(bytes(pending.content), leaver)


def test_another_editors_log_keeps_ordinary_words_and_loses_only_the_full_name(demo, leaver):
    """Rewriting other people's log lines takes the full name and e-mail address only: a username or first name can be
    an ordinary word ("nieuw"), and a page called after it keeps its history."""
    from wagtail.log_actions import log
    from wagtail.models import ModelLogEntry, Page, PageLogEntry

    yara, editor = demo["nieuw"], demo["redacteur"]
    page = Page.objects.filter(depth__gt=2).order_by("pk").first()
    ordinary = log(instance=page, action="wagtail.edit", user=editor, title="Wat is nieuw")
    named = log(instance=yara, action="wagtail.edit", user=editor, title=f"Over {yara.get_full_name()}",
                data={"opmerking": f"gesprek met {yara.get_full_name()} ({yara.email})"})
    services.step_out(yara, DELETE)
    assert PageLogEntry.objects.get(pk=ordinary.pk).label == "Wat is nieuw"
    assert not ModelLogEntry.objects.filter(pk=named.pk).exists()  # about the account itself: it goes
    about_page = log(instance=page, action="wagtail.edit", user=editor, title=f"Tekst van {leaver.get_full_name()}",
                     data={"door": leaver.email})
    services.step_out(leaver, ANONYMISE)
    entry = PageLogEntry.objects.get(pk=about_page.pk)
    assert (entry.label, entry.data, entry.user) == ("Tekst van een oud-deelnemer", {"door": "een oud-deelnemer"},
                                                     editor)
