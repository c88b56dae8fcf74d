"""A shared actiedoel names its leerdoel only to someone who may see that leerdoel: tried by the grantee who hopes to
read the unshared parent's title from every document that mentions it."""

import io

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from pypdf import PdfReader

from lms.goals import services
from lms.goals.choices import Kind
from lms.notifications.models import Notice
from lms.people.services import grant_share, revoke_share
from lms.privacy import services as privacy
from tests.support.documents import get_pdf

from .conftest import formulation

pytestmark = pytest.mark.django_db

SECRET = "GEHEIM-LEERDOEL over mijn leidinggevende"


@pytest.fixture
def actiedoel(org):
    parent = services.create_goal(org.owner, Kind.LEARNING, formulation(title=SECRET))
    action = services.create_goal(org.owner, Kind.ACTION, formulation(title="Eén vervolgvraag stellen"), parent=parent)
    return action


def test_the_grantee_of_a_shared_actiedoel_sees_no_title_of_its_unshared_leerdoel(client, org, actiedoel):
    grant_share(org.owner, actiedoel, org.buddy)
    client.force_login(org.buddy)
    page = client.get(actiedoel.get_absolute_url()).content.decode()
    assert "Eén vervolgvraag stellen" in page
    assert SECRET not in page
    assert actiedoel.parent.get_absolute_url() not in page
    assert "bij een leerdoel dat niet met je gedeeld is" in page


def test_the_grantee_sees_the_parent_title_once_the_leerdoel_is_shared_too_and_not_after_its_revocation(
        client, org, actiedoel):
    grant_share(org.owner, actiedoel, org.buddy)
    share = grant_share(org.owner, actiedoel.parent, org.buddy).share
    client.force_login(org.buddy)
    assert SECRET in client.get(actiedoel.get_absolute_url()).content.decode()
    revoke_share(org.owner, share)
    assert SECRET not in client.get(actiedoel.get_absolute_url()).content.decode()


def test_the_owner_still_sees_and_follows_the_parent(client, org, actiedoel):
    client.force_login(org.owner)
    page = client.get(actiedoel.get_absolute_url()).content.decode()
    assert SECRET in page and actiedoel.parent.get_absolute_url() in page


def test_no_notice_pdf_or_export_of_the_grantee_names_the_unshared_leerdoel(client, org, actiedoel):
    grant_share(org.owner, actiedoel, org.buddy)
    services.request_feedback(org.owner, actiedoel, org.buddy, "Hoe ging het?")
    services.add_comment(org.buddy, actiedoel, "Goed bezig.")
    services.add_comment(org.owner, actiedoel, "Dank je.", reviewer=org.buddy)
    notices = Notice.objects.filter(recipient=org.buddy)
    assert notices.exists()
    assert not any(SECRET in f"{notice.title} {notice.body} {notice.link}" for notice in notices)
    assert not any(actiedoel.parent.get_absolute_url() == notice.link for notice in notices)

    client.force_login(org.buddy)
    response = get_pdf(client, reverse("lms:goals:plan_pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert SECRET not in text
    assert SECRET not in client.get(reverse("lms:goals:plan_ics")).content.decode()
    assert SECRET not in str(privacy.collect(org.buddy))


def test_the_label_tags_ask_the_policy_for_the_viewer_of_the_document(org, actiedoel):
    template = Template("{% load access_tags %}{% visible parent as p %}[{{ p.current_version.title }}]"
                        "{% related_label parent parent.current_version.title %}")
    for viewer, expected in [(org.owner, f"[{SECRET}]{SECRET}"), (org.buddy, "[]iets wat niet met je gedeeld is"),
                             (org.mt, "[]iets wat niet met je gedeeld is")]:
        request = RequestFactory().get("/")
        request.user = viewer
        assert template.render(Context({"request": request, "parent": actiedoel.parent})) == expected
        # A document made for someone (a PDF, a notice) names its viewer instead of a request.
        assert template.render(Context({"viewer": viewer, "parent": actiedoel.parent})) == expected
    assert Template("{% load access_tags %}{% related_label None %}").render(Context({"viewer": org.owner})) == \
        "iets wat niet met je gedeeld is"
