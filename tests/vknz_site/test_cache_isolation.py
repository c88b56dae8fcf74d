"""What is kept between requests (the cache, kept documents, kept charts) is never one person's for another.

Two colleagues take turns on the same pages, one browser each, with the cache warm from the other's visit: each
page shows only its own reader's goals. Kept documents are kept per person even when the content is the same, and
one person's download address refuses everyone else.
"""

import pytest
from django.test import Client
from django.urls import reverse

from lms.documents.models import DocumentJob
from lms.goals import services
from lms.goals.choices import Kind
from lms.goals.services import Formulation
from tests.support.documents import get_pdf

pytestmark = pytest.mark.django_db

PAGES = ["/", "/overzicht/", reverse("lms:goals:plan"), reverse("lms:notifications:list"), "/cycli/",
         "/cycli/leerpad/"]


def test_two_people_taking_turns_never_see_each_others_kept_pages(org):
    mine, theirs = "Stiltes laten vallen", "Doorvragen na een ja"
    services.create_goal(org.owner, Kind.LEARNING, Formulation(title=mine, dimensions=[]))
    services.create_goal(org.colleague, Kind.LEARNING, Formulation(title=theirs, dimensions=[]))
    owner, colleague = Client(), Client()
    owner.force_login(org.owner)
    colleague.force_login(org.colleague)
    for _round in range(2):  # the second round reads whatever the first one kept
        for path in PAGES:
            for client, other in ((owner, theirs), (colleague, mine)):
                response = client.get(path, follow=True)
                assert response.status_code == 200, path
                page = response.content.decode()
                assert other not in page, path
        assert mine in owner.get(reverse("lms:goals:plan")).content.decode()
        assert theirs in colleague.get(reverse("lms:goals:plan")).content.decode()


def test_the_same_document_for_two_people_is_kept_twice_and_each_download_is_its_owners(org):
    owner, colleague = Client(), Client()
    owner.force_login(org.owner)
    colleague.force_login(org.colleague)
    url = reverse("lms:courses:worksheet_pdf")  # the same for everyone: same content, same key
    assert get_pdf(owner, url)["Content-Type"] == "application/pdf"
    assert get_pdf(colleague, url)["Content-Type"] == "application/pdf"
    jobs = list(DocumentJob.objects.order_by("pk"))
    assert [job.owner for job in jobs] == [org.owner, org.colleague] and jobs[0].key == jobs[1].key
    assert colleague.get(reverse("lms:documents:download", args=[jobs[0].token])).status_code == 403
    assert owner.get(reverse("lms:documents:download", args=[jobs[1].token])).status_code == 403
