"""The MT and leidinggevenden learn too: their own cycles (the leidinggevende-gesprek) and goals, just as private."""

from django.urls import reverse

from lms.cycles.models import Medium, ReflectionCycle
from lms.goals.models import Goal
from lms.people.roles import Role
from tests.factories import make_user


def test_an_mt_member_runs_a_cycle_on_a_conversation_with_an_employee(client, org, agenda):
    other_mt = make_user("mt2", Role.MANAGEMENT, Role.PARTICIPANT, function="leidinggevende")
    client.force_login(org.mt)
    response = client.post(reverse("lms:cycles:start"), {
        "medium": Medium.MANAGER, "client_code": "M-3", "learning_question": "Laat ik mijn medewerker uitpraten?",
        "variant": "eigen", "with_video_analysis": "on", "with_analyst_feedback": "on"})
    assert response.status_code == 302
    cycle = ReflectionCycle.objects.get(owner=org.mt)
    assert cycle.medium == Medium.MANAGER and not cycle.interview_possible  # no client interview here
    assert cycle.client_code == ""  # nor a client code: the conversation was with a medewerker

    response = client.post(reverse("lms:goals:create"), {
        "kind": "learning", "title": "Ruimte laten in functioneringsgesprekken", "origin": "own_initiative",
        "cadence_weeks": 6, "themes": [agenda.themes().first().pk]})
    goal = Goal.objects.get(owner=org.mt)
    assert response.status_code == 302

    # The same privacy as anyone's: another MT member, a team member and the teamcoach see nothing.
    for other in (other_mt, org.owner, org.teamcoach):
        client.force_login(other)
        assert client.get(cycle.get_absolute_url()).status_code in (403, 404)
        assert client.get(goal.get_absolute_url()).status_code in (403, 404)
        assert "Ruimte laten in functioneringsgesprekken" not in client.get(agenda.url).content.decode()
