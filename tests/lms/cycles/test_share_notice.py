"""Sharing a video-reflectie tells the grantee who shared it, named as a video-reflectie, without its content."""

import pytest

from lms.notifications.models import Notice
from lms.people.naming import display_name
from lms.people.services import grant_share

from .conftest import start

pytestmark = pytest.mark.django_db


def test_a_shared_cycle_gives_the_grantee_one_notice_that_names_the_kind(people):
    cycle = start(people.owner)
    grant_share(people.owner, cycle, people.buddy)
    notice = Notice.objects.get(recipient=people.buddy)
    assert notice.title == f"{display_name(people.owner)} deelt een video-reflectie met je"
    assert notice.link == cycle.get_absolute_url()
    assert "C-17" not in notice.title + notice.body and "ruimte" not in notice.title + notice.body
