"""Every statement that writes a table renews the versions of the models in it (lms.extensions.watch), whatever
wrote it; what no page shows renews nothing; a page being recorded learns which tables it read."""

import pytest
from django.contrib.auth.models import update_last_login
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from lms.extensions import kept
from lms.extensions.watch import labels_of_table, recording
from lms.notifications.models import Notice
from lms.notifications.services import notify

pytestmark = pytest.mark.django_db

NOTICE = Notice._meta.label_lower


def version(label=NOTICE):
    return kept._versions([label])[0]


def test_each_way_of_writing_renews_the_version(org):
    notify(org.owner, key="watch-1", title="Eerste", email=False)
    ways = [
        lambda: notify(org.owner, key="watch-2", title="Tweede", email=False),  # save()
        lambda: Notice.objects.filter(recipient=org.owner).update(read_at=timezone.now()),
        lambda: Notice.objects.bulk_create([Notice(recipient=org.owner, key="watch-3", title="Derde")]),
        lambda: Notice.objects.filter(key="watch-3").delete(),
    ]
    for write in ways:
        before = version()
        write()
        assert version() != before


def test_a_write_in_a_transaction_renews_at_once_and_again_at_commit(org, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        before = version()
        notify(org.owner, key="watch-tx", title="In een transactie", email=False)
        during = version()
        assert during != before
    assert any(getattr(callback, "kept_renewal", False) for callback in callbacks)
    assert version() not in (before, during)


def test_a_login_or_a_session_renews_nothing(org):
    from django.contrib.auth import get_user_model

    person = get_user_model()._meta.label_lower
    before = version(person), version(Session._meta.label_lower)
    update_last_login(None, org.owner)  # what every login writes; no page shows it
    Session.objects.create(session_key="x" * 32, session_data="", expire_date=timezone.now())
    assert (version(person), version(Session._meta.label_lower)) == before
    org.owner.first_name = "Fenna"
    org.owner.save()
    assert version(person) != before[0]


def test_a_page_learns_the_tables_it_read_and_whether_it_wrote(org):
    with recording() as page:
        list(Notice.objects.filter(recipient=org.owner))
    assert NOTICE in page.labels and not page.wrote
    with recording() as page:
        notify(org.owner, key="watch-rec", title="Geschreven", email=False)
    assert page.wrote


def test_a_page_type_and_the_page_tree_share_a_write():
    from courses.models import ModulePage

    assert labels_of_table(ModulePage._meta.db_table) == (ModulePage._meta.label_lower,)
    assert kept.PAGES in labels_of_table("wagtailcore_page")
    assert labels_of_table("not_a_table_of_ours") == ()
