"""Choosing colleagues: grouped by team, equal names told apart, and long lists filterable."""

import pytest

from intervisie.forms import GroupForm
from lms.people.forms import ShareForm
from lms.people.roles import Role
from tests.factories import make_team, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleagues():
    noord, zuid = make_team("Team Noord"), make_team("Team Zuid")
    first = make_user("jvries", Role.PARTICIPANT, Role.BUDDY, team=noord, first_name="Jan", last_name="de Vries")
    second = make_user("jvries2", Role.PARTICIPANT, Role.BUDDY, team=zuid, first_name="Jan", last_name="de Vries")
    other = make_user("amina", Role.PARTICIPANT, team=zuid, first_name="Amina", last_name="Bakri")
    loose = make_user("zonder", Role.TEAMCOACH, participant=False, first_name="Zoë", last_name="Vrij")
    return first, second, other, loose


def test_the_group_form_lists_colleagues_by_team_with_equal_names_told_apart(colleagues):
    first, second, other, _loose = colleagues
    html = str(GroupForm(creator=other)["members"])
    assert html.index("Team Noord") < html.index("Jan de Vries (jvries)") < html.index("Team Zuid")
    assert html.index("Team Zuid") < html.index("Amina Bakri") < html.index("Jan de Vries (jvries2)")
    assert "Amina Bakri (amina)" not in html  # a unique name needs no login name


def test_the_share_form_groups_grantees_and_puts_those_without_a_team_last(colleagues):
    first, second, other, loose = colleagues
    html = str(ShareForm(owner=other)["grantee"])
    assert '<optgroup label="Team Noord">' in html and '<optgroup label="Zonder team">' in html
    assert html.index("Team Zuid") < html.index("Zonder team") < html.index("Zoë Vrij")


def test_grouping_changes_nothing_about_what_is_accepted(colleagues):
    first, second, other, _loose = colleagues
    form = ShareForm(owner=other, data={"grantee": str(second.pk)})
    form.is_valid()
    assert form.cleaned_data.get("grantee") == second


def test_the_member_list_offers_a_filter_box_that_only_shows_with_javascript(client, colleagues):
    *_rest, other, _loose = colleagues
    client.force_login(other)
    page = client.get("/intervisie/nieuw/").content.decode()
    assert 'data-vknz-filter="id_members"' in page and "hidden>" in page and "theme/filter.js" in page
