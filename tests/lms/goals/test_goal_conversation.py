"""Sharing a goal: read-only for the reviewer, a private thread per reviewer, feedback requests and notices."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from lms.goals import services
from lms.goals.models import FeedbackRequest, Goal, GoalComment, GoalEvaluation, GoalVersion
from lms.goals.selectors import waiting_feedback_requests
from lms.notifications.models import Notice
from lms.people import access
from lms.people.services import grant_share, revoke_share

from .conftest import evaluate

pytestmark = pytest.mark.django_db


def test_a_shared_goal_and_its_history_are_readable_by_the_reviewer_only(org, goal):
    evaluate(org.owner, goal)
    grant_share(org.owner, goal, org.teamcoach)
    for user, allowed in [(org.teamcoach, True), (org.buddy, False), (org.mt, False), (org.analyst, False),
                          (org.colleague, False)]:
        assert access.decide(user, access.VIEW, goal).allowed is allowed
        assert access.visible_to(user, GoalEvaluation.objects.all()).exists() is allowed
        assert access.visible_to(user, GoalVersion.objects.all()).exists() is allowed
    assert not access.decide(org.teamcoach, access.CHANGE, goal).allowed


def test_the_reviewer_comments_and_the_owner_is_told(org, goal):
    grant_share(org.owner, goal, org.buddy)
    comment = services.add_comment(org.buddy, goal, "Goed bezig!")
    assert comment.reviewer == org.buddy
    notice = Notice.objects.get(recipient=org.owner)
    assert notice.link == goal.get_absolute_url()
    assert goal.current_version.title not in notice.title + notice.body  # no goal content in mails


def test_a_thread_is_seen_by_the_owner_and_that_reviewer_only(org, goal):
    grant_share(org.owner, goal, org.buddy)
    grant_share(org.owner, goal, org.teamcoach)
    services.add_comment(org.buddy, goal, "Van de buddy")
    services.add_comment(org.teamcoach, goal, "Van de teamcoach")
    assert access.visible_to(org.owner, GoalComment.objects.all()).count() == 2
    assert [c.body for c in access.visible_to(org.buddy, GoalComment.objects.all())] == ["Van de buddy"]
    assert [c.body for c in access.visible_to(org.teamcoach, GoalComment.objects.all())] == ["Van de teamcoach"]
    assert not access.visible_to(org.mt, GoalComment.objects.all()).exists()


def test_after_revocation_the_reviewer_can_neither_read_nor_comment(org, goal):
    share = grant_share(org.owner, goal, org.buddy).share
    services.add_comment(org.buddy, goal, "Eerder geschreven")
    revoke_share(org.owner, share)
    assert not access.decide(org.buddy, access.VIEW, goal).allowed
    assert not access.visible_to(org.buddy, GoalComment.objects.all()).exists()
    with pytest.raises(PermissionDenied):
        services.add_comment(org.buddy, goal, "Nog iets")
    # The owner keeps the conversation.
    assert access.visible_to(org.owner, GoalComment.objects.all()).count() == 1


def test_nobody_without_a_share_can_comment(org, goal):
    for who in ("mt", "colleague", "teamcoach"):
        with pytest.raises(PermissionDenied):
            services.add_comment(getattr(org, who), goal, "Ongevraagd")
    assert not GoalComment.objects.exists()


def test_the_owner_replies_in_a_thread_with_someone_it_is_shared_with_only(org, goal):
    grant_share(org.owner, goal, org.buddy)
    services.add_comment(org.owner, goal, "Dank je!", reviewer=org.buddy)
    with pytest.raises(ValidationError, match="niet \\(meer\\) gedeeld"):
        services.add_comment(org.owner, goal, "Aan de teamcoach", reviewer=org.teamcoach)
    assert GoalComment.objects.count() == 1


def test_asking_for_feedback_notifies_the_reviewer_and_their_answer_closes_it(org, goal):
    grant_share(org.owner, goal, org.teamcoach)
    feedback_request = services.request_feedback(org.owner, goal, org.teamcoach, "Zie jij het ook?")
    assert Notice.objects.filter(recipient=org.teamcoach, key=f"feedback-request:{feedback_request.pk}").exists()
    assert list(waiting_feedback_requests(org.teamcoach)) == [feedback_request]
    services.add_comment(org.teamcoach, goal, "Ja, vooral bij nieuwe cliënten.")
    feedback_request.refresh_from_db()
    assert not feedback_request.is_open
    assert GoalComment.objects.get().answers == feedback_request
    assert not waiting_feedback_requests(org.teamcoach).exists()


def test_feedback_can_only_be_asked_of_someone_the_goal_is_shared_with_and_once_at_a_time(org, goal):
    with pytest.raises(ValidationError, match="Deel je doel eerst"):
        services.request_feedback(org.owner, goal, org.teamcoach)
    grant_share(org.owner, goal, org.teamcoach)
    services.request_feedback(org.owner, goal, org.teamcoach)
    with pytest.raises(ValidationError, match="staat nog open"):
        services.request_feedback(org.owner, goal, org.teamcoach)
    assert FeedbackRequest.objects.count() == 1


def test_a_revoked_share_takes_the_request_out_of_the_reviewers_list(org, goal):
    share = grant_share(org.owner, goal, org.teamcoach).share
    services.request_feedback(org.owner, goal, org.teamcoach)
    revoke_share(org.owner, share)
    assert not waiting_feedback_requests(org.teamcoach).exists()


def test_only_the_owner_asks_for_feedback(org, goal):
    grant_share(org.owner, goal, org.teamcoach)
    with pytest.raises(PermissionDenied):
        services.request_feedback(org.teamcoach, goal, org.teamcoach)
    assert Goal.objects.get().feedback_requests.count() == 0


def test_sharing_tells_the_grantee_once_who_shared_what_kind_without_the_content(
        client, org, goal, django_capture_on_commit_callbacks, mailoutbox):
    org.owner.first_name, org.owner.last_name = "Sanne", "de Jong"
    org.owner.save()
    client.force_login(org.owner)
    url = reverse("lms:goals:share", args=[goal.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"grantee": org.teamcoach.pk})
        again = client.post(url, {"grantee": org.teamcoach.pk})  # a second click: refused, no second notice
    assert "Je deelt dit al" in again.content.decode()
    notice = Notice.objects.get(recipient=org.teamcoach)
    assert notice.title == "Sanne de Jong deelt een leerdoel met je" and notice.link == goal.get_absolute_url()
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [org.teamcoach.email]
    mail_text = mailoutbox[0].subject + mailoutbox[0].body
    assert "Sanne de Jong" in mail_text and "leerdoel" in mail_text
    for content in ("Doorvragen na een snelle ja", "Ik wil beter luisteren", "Zodat afspraken werken"):
        assert content not in mail_text and content not in notice.body


def test_a_repeated_grant_makes_no_second_notice_and_a_new_share_after_revoking_makes_one(org, goal):
    share = grant_share(org.owner, goal, org.buddy).share
    with pytest.raises(ValidationError):
        grant_share(org.owner, goal, org.buddy)
    assert Notice.objects.filter(recipient=org.buddy, key__startswith="share:").count() == 1
    revoke_share(org.owner, share)
    grant_share(org.owner, goal, org.buddy)
    assert Notice.objects.filter(recipient=org.buddy, key__startswith="share:").count() == 2
