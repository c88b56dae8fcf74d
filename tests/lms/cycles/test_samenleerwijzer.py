"""The Samenleerwijzer (lms/cycles/samenleerwijzer.py): a klantmanager's own conversation with a client about their
collaboration. The notes are theirs alone; what they take away becomes a goal in one step; a cadence reminds them,
once per due date."""

import datetime
import uuid

import pytest
from dateutil.relativedelta import relativedelta
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from lms.cycles import services as cycle_services
from lms.cycles import tasks
from lms.cycles.guides import SAMENLEERWIJZER_GUIDE, SAMENLEERWIJZER_QUESTIONS, notes_by_theme
from lms.cycles.models import CollaborationTalk, SamenleerwijzerCadence, TalkAttentionPoint
from lms.cycles.services import samenleerwijzer as services
from lms.goals.choices import Kind, Origin
from lms.goals.models import Goal
from lms.goals.services import Formulation
from lms.notifications.models import Notice
from lms.people import access
from lms.people.models import Share
from lms.people.services import grant_share

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
NOTE = "Cliënt vindt dat ik te snel een oplossing geef"
OTHERS = ("mt", "colleague", "buddy", "teamcoach", "analyst", "interviewer", "editor", "admin")


def talk_of(owner, days_ago=0, code="C-17", **kwargs):
    values = {"client_code": code, "held_on": TODAY - datetime.timedelta(days=days_ago),
              "notes": {"regie-wie": NOTE}, "takeaway": "Eerst vragen wat de cliënt zelf wil."}
    return services.create_talk(owner, **{**values, **kwargs})


def form_data(**kwargs):
    return {"client_code": "C-17", "held_on": TODAY.isoformat(), "relatie-gevoel": "Prettig, maar het gaat snel.",
            "regie-wie": NOTE, "takeaway": "Meer ruimte laten.", "submission_key": str(uuid.uuid4()), **kwargs}


# --- the guide ------------------------------------------------------------------------------------------------------


def test_the_guide_has_four_themes_each_with_a_few_questions_and_a_tip():
    assert [theme.code for theme in SAMENLEERWIJZER_GUIDE] == ["relatie", "doel", "aanpak", "regie"]
    for theme in SAMENLEERWIJZER_GUIDE:
        assert 2 <= len(theme.questions) <= 3 and str(theme.tip) and str(theme.title)
    codes = [code for code, _question in SAMENLEERWIJZER_QUESTIONS]
    assert len(codes) == len(set(codes))


def test_notes_are_read_under_their_question_and_theme_and_old_codes_keep_a_place():
    themes, others = notes_by_theme({"regie-wie": NOTE, "relatie-gevoel": "Goed", "weg": "Oude vraag"})
    assert [(theme.code, [answer for _question, answer in rows]) for theme, rows in themes] == [
        ("relatie", ["Goed"]), ("regie", [NOTE])]
    assert others == [("Overige aantekening", "Oude vraag")]


def test_the_guide_page_is_printable_and_names_the_four_themes(client, org):
    client.force_login(org.owner)
    html = client.get(reverse("lms:cycles:talk_guide")).content.decode()
    for theme in SAMENLEERWIJZER_GUIDE:
        assert escape(str(theme.title)) in html and escape(str(theme.tip)) in html
    assert "Print deze pagina" in html and 'class="vknz-guide-theme"' in html


# --- recording a talk -------------------------------------------------------------------------------------------------


def test_a_talk_is_recorded_through_the_form_with_notes_under_their_questions(client, org):
    client.force_login(org.owner)
    form = client.get(reverse("lms:cycles:talk_new")).content.decode()
    assert "Wie heeft de regie?" in form and 'name="regie-wie"' in form and 'name="submission_key"' in form
    response = client.post(reverse("lms:cycles:talk_new"), form_data())
    talk = CollaborationTalk.objects.get()
    assert response.status_code == 302 and response.url == talk.get_absolute_url()
    assert (talk.owner, talk.client_code, talk.held_on) == (org.owner, "C-17", TODAY)
    assert talk.notes == {"relatie-gevoel": "Prettig, maar het gaat snel.", "regie-wie": NOTE}
    html = client.get(talk.get_absolute_url()).content.decode()
    assert "Wie bepaalt volgens jou waar we het over hebben?" in html and NOTE in html
    assert "Meer ruimte laten." in html and "Alleen jij ziet dit gesprek." in html


def test_the_same_form_sent_twice_makes_one_talk(client, org):
    client.force_login(org.owner)
    data = form_data()
    client.post(reverse("lms:cycles:talk_new"), data)
    second = client.post(reverse("lms:cycles:talk_new"), data, follow=True)
    assert CollaborationTalk.objects.count() == 1
    assert "Dit gesprek was al vastgelegd; hier is het." in second.content.decode()
    assert second.redirect_chain[-1][0] == CollaborationTalk.objects.get().get_absolute_url()


def test_a_talk_in_the_future_is_refused_with_a_dutch_message_and_nothing_is_saved(client, org):
    client.force_login(org.owner)
    tomorrow = (TODAY + datetime.timedelta(days=1)).isoformat()
    response = client.post(reverse("lms:cycles:talk_new"), form_data(held_on=tomorrow))
    assert response.status_code == 200
    assert "De datum van het gesprek kan niet in de toekomst liggen." in response.content.decode()
    assert response.context["form"].has_error("held_on", "in_the_future")
    assert not CollaborationTalk.objects.exists()
    with pytest.raises(ValidationError) as refused:
        talk_of(org.owner, days_ago=-1)
    assert refused.value.code == "in_the_future" and not CollaborationTalk.objects.exists()


@pytest.mark.parametrize("code", ["Jan de Vries", "123456789", "jan@example.org", "01-02-1980", ""])
def test_a_client_code_that_could_name_the_client_is_refused(client, org, code):
    client.force_login(org.owner)
    response = client.post(reverse("lms:cycles:talk_new"), form_data(client_code=code))
    assert response.status_code == 200 and response.context["form"].errors["client_code"]
    assert not CollaborationTalk.objects.exists()
    with pytest.raises(ValidationError):
        talk_of(org.owner, code=code)


def test_the_service_keeps_only_the_guides_questions_within_their_length(org):
    talk = talk_of(org.owner, notes={"regie-wie": "  Ja  ", "onbekend": "weg", "doel-wens": "", "aanpak-past": 7})
    assert talk.notes == {"regie-wie": "Ja"}
    with pytest.raises(ValidationError):
        talk_of(org.owner, notes={"regie-wie": "x" * 2001})


def test_a_talk_is_edited_and_a_future_date_is_refused_there_too(client, org):
    talk = talk_of(org.owner, days_ago=3)
    client.force_login(org.owner)
    form = client.get(reverse("lms:cycles:talk_edit", args=[talk.pk])).content.decode()
    assert NOTE in form and 'value="C-17"' in form
    tomorrow = (TODAY + datetime.timedelta(days=1)).isoformat()
    refused = client.post(reverse("lms:cycles:talk_edit", args=[talk.pk]), form_data(held_on=tomorrow))
    assert "kan niet in de toekomst liggen" in refused.content.decode()
    talk.refresh_from_db()
    assert talk.held_on == TODAY - datetime.timedelta(days=3)
    client.post(reverse("lms:cycles:talk_edit", args=[talk.pk]), form_data(client_code="C-18", **{"regie-wie": ""}))
    talk.refresh_from_db()
    assert talk.client_code == "C-18" and "regie-wie" not in talk.notes and talk.held_on == TODAY
    assert CollaborationTalk.objects.count() == 1


def test_a_talk_is_deleted_after_confirmation_and_its_goals_stay(client, org):
    talk = talk_of(org.owner)
    point = services.add_talk_point(org.owner, talk, "Vaker uitleggen waarom")
    goal = services.talk_point_to_goal(org.owner, point, Kind.ACTION, Formulation(title="Vaker uitleggen"))
    client.force_login(org.owner)
    url = reverse("lms:cycles:talk_delete", args=[talk.pk])
    question = client.get(url).content.decode()
    assert "Wil je het Samenleerwijzer-gesprek met C-17" in question
    assert "Doelen die je ervan maakte, blijven" in question
    client.post(url)  # not confirmed
    assert CollaborationTalk.objects.filter(pk=talk.pk).exists()
    response = client.post(url, {"bevestigd": "ja"})
    assert response.url == reverse("lms:cycles:talk_list")
    assert not CollaborationTalk.objects.exists() and not TalkAttentionPoint.objects.exists()
    assert Goal.objects.filter(pk=goal.pk).exists()


# --- the list -------------------------------------------------------------------------------------------------------


def test_the_list_starts_empty_with_a_way_to_begin(client, org):
    client.force_login(org.owner)
    html = client.get(reverse("lms:cycles:talk_list")).content.decode()
    assert "Je hebt nog geen Samenleerwijzer-gesprek vastgelegd." in html
    assert reverse("lms:cycles:talk_new") in html and reverse("lms:cycles:talk_guide") in html


def test_the_list_pages_through_the_talks_newest_first(client, org):
    for days_ago in range(25):
        talk_of(org.owner, days_ago=days_ago, code=f"C-{days_ago}")
    client.force_login(org.owner)
    first = client.get(reverse("lms:cycles:talk_list")).content.decode()
    assert "Pagina 1 van 2" in first and "?pagina=2" in first
    assert first.index(">C-0<") < first.index(">C-1<") and ">C-24<" not in first
    second = client.get(reverse("lms:cycles:talk_list") + "?pagina=2").content.decode()
    assert ">C-24<" in second and ">C-0<" not in second


@pytest.mark.parametrize("count", [2, 30])
def test_the_list_makes_the_same_bounded_number_of_queries_for_few_and_many_talks(
        client, org, count, django_assert_max_num_queries):
    for index in range(count):
        talk = talk_of(org.owner, days_ago=index, code=f"C-{index}")
        services.add_talk_point(org.owner, talk, "Punt")
    services.set_cadence(org.owner, 3)
    client.force_login(org.owner)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("lms:cycles:talk_list"))
    assert response.status_code == 200


def test_the_detail_page_makes_a_bounded_number_of_queries(client, org, django_assert_max_num_queries):
    talk = talk_of(org.owner)
    for index in range(8):
        point = services.add_talk_point(org.owner, talk, f"Punt {index}")
        if index % 2:
            services.talk_point_to_goal(org.owner, point, Kind.ACTION, Formulation(title=f"Doel {index}"))
    client.force_login(org.owner)
    with django_assert_max_num_queries(12):
        assert client.get(talk.get_absolute_url()).status_code == 200


# --- privacy: the owner's alone ---------------------------------------------------------------------------------------


def test_nobody_but_the_owner_reaches_a_talk_its_notes_or_points(client, org):
    talk = talk_of(org.owner)
    point = services.add_talk_point(org.owner, talk, "Vaker uitleggen waarom")
    cadence = services.set_cadence(org.owner, 1)
    cycle = cycle_services.start_cycle(org.owner, client_code="C-17", medium="spreekkamer", learning_question="x")
    # The buddy WITH a share: of the owner's cycle through the real service, and even a share row naming the talk.
    grant_share(org.owner, cycle, org.buddy)
    Share.objects.create(owner=org.owner, grantee=org.buddy, target=talk)
    assert org.admin.is_superuser
    urls = [reverse(name, args=[talk.pk]) for name in ("lms:cycles:talk_detail", "lms:cycles:talk_edit",
                                                       "lms:cycles:talk_delete")]
    urls += [reverse("lms:cycles:talk_point", args=[talk.pk]),
             reverse("lms:cycles:talk_point_to_goal", args=[point.pk])]
    for role in OTHERS:
        person = getattr(org, role)
        for obj in (talk, point, cadence):
            for action in (access.VIEW, access.CHANGE, access.DELETE, access.SHARE, access.COMMENT):
                assert not access.decide(person, action, obj), (role, action, obj)
        for model in (CollaborationTalk, TalkAttentionPoint, SamenleerwijzerCadence):
            assert not access.visible_to(person, model.objects.all()).exists(), (role, model)
        client.force_login(person)
        for url in urls:
            for method in ("get", "post"):
                response = getattr(client, method)(url, {"bevestigd": "ja", "text": "Ingebroken", "kind": "action",
                                                         "title": "Ingebroken", "cadence_weeks": "4"})
                assert response.status_code in (403, 404, 405), (role, method, url, response.status_code)
                assert NOTE not in response.content.decode()
        listing = client.get(reverse("lms:cycles:talk_list"))
        assert "C-17" not in listing.content.decode() or listing.status_code == 403
    talk.refresh_from_db()
    assert CollaborationTalk.objects.filter(pk=talk.pk).exists() and talk.notes == {"regie-wie": NOTE}
    assert list(talk.attention_points.values_list("text", flat=True)) == ["Vaker uitleggen waarom"]
    assert not Goal.objects.exclude(owner=org.owner).exists()


def test_another_participant_gets_a_404_for_a_talk_that_does_not_exist_and_a_403_for_one_that_does(client, org):
    talk = talk_of(org.owner)
    client.force_login(org.colleague)
    assert client.get(reverse("lms:cycles:talk_detail", args=[talk.pk + 1000])).status_code == 404
    refused = client.get(reverse("lms:cycles:talk_detail", args=[talk.pk]))
    assert refused.status_code == 403 and NOTE not in refused.content.decode()


def test_only_participants_keep_a_samenleerwijzer(client, org):
    for role in ("analyst", "interviewer", "editor", "admin"):
        client.force_login(getattr(org, role))
        for name in ("lms:cycles:talk_list", "lms:cycles:talk_new", "lms:cycles:talk_guide"):
            response = client.get(reverse(name))
            assert response.status_code == 403, (role, name)
            assert "Alleen deelnemers houden Samenleerwijzer-gesprekken" in response.content.decode()
        assert client.post(reverse("lms:cycles:talk_cadence"), {"months": "1"}).status_code == 403
    assert not SamenleerwijzerCadence.objects.exists()


# --- from aandachtspunt to goal ---------------------------------------------------------------------------------------


def test_an_aandachtspunt_becomes_a_goal_in_one_step_and_only_once(client, org):
    talk = talk_of(org.owner, days_ago=2)
    client.force_login(org.owner)
    client.post(reverse("lms:cycles:talk_point", args=[talk.pk]), {"text": "Eerst vragen wat de cliënt wil"})
    point = TalkAttentionPoint.objects.get()
    detail = client.get(talk.get_absolute_url()).content.decode()
    assert "Eerst vragen wat de cliënt wil" in detail
    assert reverse("lms:cycles:talk_point_to_goal", args=[point.pk]) in detail
    url = reverse("lms:cycles:talk_point_to_goal", args=[point.pk])
    form = client.get(url).content.decode()
    assert 'value="Eerst vragen wat de cliënt wil"' in form
    response = client.post(url, {"kind": "action", "title": "Eerst vragen wat de cliënt wil", "origin": "training",
                                 "cadence_weeks": "4"})
    point.refresh_from_db()
    goal = point.goal
    assert goal is not None and response.url == goal.get_absolute_url()
    assert (goal.owner, goal.kind, goal.origin) == (org.owner, Kind.ACTION, Origin.SAMENLEERWIJZER)
    assert "Samenleerwijzer-gesprek" in goal.origin_note
    # The goal page leads back to the talk, for its owner.
    goal_page = client.get(goal.get_absolute_url()).content.decode()
    assert "Samenleerwijzer-gesprek" in goal_page and talk.get_absolute_url() in goal_page
    # Once only: the form now leads to the goal, and the service refuses.
    again = client.post(url, {"kind": "action", "title": "Nog eens", "cadence_weeks": "4"})
    assert again.url == goal.get_absolute_url()
    with pytest.raises(ValidationError) as refused:
        services.talk_point_to_goal(org.owner, point, Kind.ACTION, Formulation(title="Nog eens"))
    assert refused.value.code == "already_a_goal"
    assert Goal.objects.filter(owner=org.owner).count() == 1


def test_an_empty_aandachtspunt_is_refused(client, org):
    talk = talk_of(org.owner)
    client.force_login(org.owner)
    response = client.post(reverse("lms:cycles:talk_point", args=[talk.pk]), {"text": "   "}, follow=True)
    assert "Schrijf op wat je meeneemt." in response.content.decode()
    assert not TalkAttentionPoint.objects.exists()


def test_an_aandachtspunt_becomes_a_goal_on_a_theme_of_the_leeragenda(client, org):
    """The goal form's contributed parts work as for a cycle's aandachtspunt: the ticked theme is kept."""
    from lms.agenda.models import GoalTheme
    from tests.lms.agenda.conftest import make_agenda

    theme = make_agenda().themes()[0]
    point = services.add_talk_point(org.owner, talk_of(org.owner), "Samen het doel benoemen")
    client.force_login(org.owner)
    url = reverse("lms:cycles:talk_point_to_goal", args=[point.pk])
    assert f'name="themes" value="{theme.pk}"' in client.get(url).content.decode()
    client.post(url, {"kind": "action", "title": "Samen het doel benoemen", "origin": "samenleerwijzer",
                      "cadence_weeks": "4", "themes": [theme.pk]})
    point.refresh_from_db()
    assert list(GoalTheme.objects.filter(goal=point.goal).values_list("theme", flat=True)) == [theme.pk]


# --- the cadence and its reminder -------------------------------------------------------------------------------------


def test_the_next_talk_is_due_one_cadence_after_the_last_talk(org):
    assert services.schedule_of(org.owner).due is None  # no talk and no choice: nothing to count from
    talk_of(org.owner, days_ago=40)
    talk_of(org.owner, days_ago=10)
    schedule = services.schedule_of(org.owner)
    assert (schedule.months, schedule.chosen) == (3, False)  # the site's default
    assert schedule.due == TODAY - datetime.timedelta(days=10) + relativedelta(months=3)
    services.set_cadence(org.owner, 1)
    assert services.schedule_of(org.owner).due == TODAY - datetime.timedelta(days=10) + relativedelta(months=1)


def test_without_a_talk_the_cadence_counts_from_when_it_was_chosen(org):
    services.set_cadence(org.owner, 6, today=TODAY - datetime.timedelta(days=5))
    assert services.schedule_of(org.owner).due == TODAY - datetime.timedelta(days=5) + relativedelta(months=6)


def test_the_default_cadence_is_a_setting(org, settings):
    talk_of(org.owner, days_ago=1)
    settings.VKNZ_SAMENLEERWIJZER_MONTHS = 6
    assert services.schedule_of(org.owner).due == TODAY - datetime.timedelta(days=1) + relativedelta(months=6)
    settings.VKNZ_SAMENLEERWIJZER_MONTHS = 0
    assert services.schedule_of(org.owner).due is None


def test_the_cadence_is_chosen_on_the_page_which_shows_the_next_date(client, org):
    talk_of(org.owner, days_ago=20)
    client.force_login(org.owner)
    html = client.get(reverse("lms:cycles:talk_list")).content.decode()
    default_due = TODAY - datetime.timedelta(days=20) + relativedelta(months=3)
    assert "Volgende Samenleerwijzer:" in html and "we houden elk kwartaal aan" in html
    assert f"{default_due.day} " in html
    response = client.post(reverse("lms:cycles:talk_cadence"), {"months": "1"}, follow=True)
    assert "Je ritme is opgeslagen." in response.content.decode()
    assert SamenleerwijzerCadence.objects.get(owner=org.owner).months == 1
    assert response.context["schedule"].due == TODAY - datetime.timedelta(days=20) + relativedelta(months=1)
    assert "Je koos: elke maand." in response.content.decode()
    refused = client.post(reverse("lms:cycles:talk_cadence"), {"months": "2"}, follow=True)
    assert "Kies hoe vaak" in refused.content.decode()
    assert SamenleerwijzerCadence.objects.get(owner=org.owner).months == 1
    off = client.post(reverse("lms:cycles:talk_cadence"), {"months": "0"}, follow=True).content.decode()
    assert "Je krijgt geen herinnering" in off


@pytest.mark.django_db(transaction=True)
def test_the_reminder_is_sent_once_per_due_date_and_never_twice(org):
    talk_of(org.owner, days_ago=95)  # a quarter ago: due a few days ago
    due = TODAY - datetime.timedelta(days=95) + relativedelta(months=3)
    assert tasks.send_samenleerwijzer_reminders() == 1
    notice = Notice.objects.get()
    assert notice.recipient == org.owner and notice.key == f"samenleerwijzer-due:{org.owner.pk}:{due.isoformat()}"
    assert notice.link == reverse("lms:cycles:talk_list") and "stond gepland voor" in notice.body  # overdue
    assert "C-17" not in notice.title + notice.body and NOTE not in notice.body  # no client, no notes
    assert len(mail.outbox) == 1 and "C-17" not in mail.outbox[0].subject + mail.outbox[0].body
    # A second run (a retry, tomorrow while still overdue) sends nothing.
    assert tasks.send_samenleerwijzer_reminders() == 0
    assert tasks.send_samenleerwijzer_reminders(today=TODAY + datetime.timedelta(days=1)) == 0
    assert Notice.objects.count() == 1 and len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_a_new_talk_moves_the_due_date_and_brings_one_new_reminder_in_time(org):
    talk_of(org.owner, days_ago=95)
    assert tasks.send_samenleerwijzer_reminders() == 1
    talk_of(org.owner, days_ago=0, code="C-20")
    new_due = TODAY + relativedelta(months=3)
    assert services.schedule_of(org.owner).due == new_due
    assert tasks.send_samenleerwijzer_reminders() == 0  # not due yet
    week_before = new_due - datetime.timedelta(days=services.REMIND_DAYS_AHEAD)
    assert tasks.send_samenleerwijzer_reminders(today=week_before - datetime.timedelta(days=1)) == 0
    assert tasks.send_samenleerwijzer_reminders(today=week_before) == 1
    assert tasks.send_samenleerwijzer_reminders(today=new_due) == 0
    keys = set(Notice.objects.values_list("key", flat=True))
    assert f"samenleerwijzer-due:{org.owner.pk}:{new_due.isoformat()}" in keys and len(keys) == 2
    ahead = Notice.objects.get(key=f"samenleerwijzer-due:{org.owner.pk}:{new_due.isoformat()}")
    assert ahead.title == "Tijd voor een Samenleerwijzer-gesprek" and "staat gepland voor" in ahead.body


@pytest.mark.django_db(transaction=True)
def test_a_cadence_that_is_off_sends_nothing(org):
    talk_of(org.owner, days_ago=400)
    services.set_cadence(org.owner, 0)
    assert services.schedule_of(org.owner).due is None
    assert tasks.send_samenleerwijzer_reminders() == 0
    assert not Notice.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_only_people_with_a_cadence_or_a_talk_are_reminded_and_only_about_their_own(org, settings):
    services.set_cadence(org.colleague, 1, today=TODAY - relativedelta(months=1))  # chose, never held one: due today
    talk_of(org.buddy, days_ago=200)
    org.buddy.is_active = False  # stepped out
    org.buddy.save(update_fields=["is_active"])
    assert tasks.send_samenleerwijzer_reminders() == 1
    assert list(Notice.objects.values_list("recipient", flat=True)) == [org.colleague.pk]
    settings.VKNZ_SAMENLEERWIJZER_MONTHS = 0
    talk_of(org.owner, days_ago=200)  # no choice and no default: no reminder
    assert tasks.send_samenleerwijzer_reminders() == 0


@pytest.mark.django_db(transaction=True)
def test_the_reminder_shows_on_the_dashboard_as_a_notice(client, org):
    from demo.site import ensure_home_page

    ensure_home_page()  # an earlier transactional test flushed the page tree
    talk_of(org.owner, days_ago=95)
    client.force_login(org.owner)
    before = client.get("/")
    assert before.status_code == 200 and "Samenleerwijzer-gesprek staat nog open" not in before.content.decode()
    tasks.send_samenleerwijzer_reminders()
    after = client.get("/")
    assert after.status_code == 200 and "Een Samenleerwijzer-gesprek staat nog open" in after.content.decode()


def test_the_menu_offers_the_samenleerwijzer_to_participants_in_a_group(org):
    from django.test import RequestFactory

    from lms.extensions.dashboard import menu_for

    def labels(user):
        request = RequestFactory().get("/")
        request.user = user
        return {str(item.label): item for item in menu_for(request)}

    item = labels(org.owner)["Samenleerwijzer"]
    assert item.url == reverse("lms:cycles:talk_list") and item.group is not None
    assert "Samenleerwijzer" not in labels(org.analyst)
