"""Sharing a goal, the conversation about it, and feedback requests (asked by the owner, answered by a reviewer)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lms.people import access
from lms.people.naming import display_name
from lms.people.sharing import share_page
from theme.submissions import AlreadySaved

from .. import services
from ..forms import CommentForm, FeedbackRequestForm
from ..models import FeedbackRequest, Goal
from ..selectors import waiting_feedback_requests


def _goal(user, pk, action):
    return access.get_for(user, Goal.objects.select_related("current_version", "owner"), action, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def share(request, pk):
    """Share with a buddy or teamcoach (see lms.people.sharing for the confirmation with one's leidinggevende)."""
    goal = _goal(request.user, pk, access.SHARE)
    return share_page(request, goal, "goals/share.html", {"goal": goal},
                      success=_("Je doel is gedeeld met %(name)s."))


@login_required
@require_POST
def comment(request, pk):
    goal = _goal(request.user, pk, access.COMMENT)
    form = CommentForm(request.POST)
    if form.is_valid():
        reviewer = None
        if goal.owner_id == request.user.pk:
            reviewer = get_user_model().objects.filter(pk=form.cleaned_data["reviewer"]).first()
        try:
            services.add_comment(request.user, goal, form.cleaned_data["body"], reviewer=reviewer)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Je reactie is geplaatst."))
    else:
        messages.error(request, form.errors["body"][0] if "body" in form.errors else _("Controleer je reactie."))
    return redirect(goal)


@login_required
@require_POST
def ask_feedback(request, pk):
    goal = _goal(request.user, pk, access.CHANGE)
    reviewers = services.reviewers_of(goal)
    form = FeedbackRequestForm(request.POST, reviewers=reviewers)
    if form.is_valid():
        reviewer = next(person for person in reviewers if person.pk == form.cleaned_data["reviewer"])
        try:
            services.request_feedback(request.user, goal, reviewer, form.cleaned_data["question"],
                                      submission_key=form.cleaned_data["submission_key"])
        except AlreadySaved as sent_before:
            messages.info(request, sent_before.message)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Je vraag om feedback is verstuurd naar %(name)s.")
                             % {"name": display_name(reviewer)})
    else:
        messages.error(request, _("Kies iemand met wie dit doel gedeeld is."))
    return redirect(goal)


@login_required
@require_POST
def withdraw_feedback(request, pk):
    feedback_request = get_object_or_404(FeedbackRequest.objects.select_related("goal"), pk=pk, answered_at=None)
    services.withdraw_feedback_request(request.user, feedback_request)
    messages.success(request, _("Je vraag om feedback is ingetrokken."))
    return redirect(feedback_request.goal)


@login_required
def inbox(request):
    """What waits for me as a buddy or teamcoach: open feedback requests on goals shared with me."""
    return render(request, "goals/inbox.html", {"requests": list(waiting_feedback_requests(request.user))})
