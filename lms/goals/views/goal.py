"""One goal: setting it, reading it (owner or the people it is shared with), evaluating and removing it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from lms.people import access
from lms.people.models import Share
from theme.submissions import AlreadySaved

from .. import services
from ..choices import Decision, Kind
from ..extensions import attach_evaluation_notes, goal_evaluation_parts, goal_form_parts, goal_sections
from ..forms import EvaluationForm, FeedbackRequestForm, FormulationFields, GoalForm
from ..models import Goal
from ..rules import KEEP_PLAN
from ..selectors import goals_with_history, timeline

NEW_VERSION_PREFIX = "nieuw"


def _visible_goal(user, pk, action=access.VIEW):
    return access.get_for(user, goals_with_history(Goal.objects.select_related("owner", "parent")), action, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    access.require_capability(request.user, KEEP_PLAN)
    parts = goal_form_parts(request)
    initial = {"kind": request.GET.get("soort") if request.GET.get("soort") in Kind.values else Kind.LEARNING,
               "parent": request.GET.get("bij")}
    for part in parts:
        initial.update(part.initial(request.GET))
    form = GoalForm(request.POST or None, owner=request.user, initial=initial, parts=parts)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            goal = services.create_goal(
                request.user, data["kind"], form.formulation(), parent=data["parent"],
                origin=data["origin"], origin_note=data["origin_note"], on_created=form.parts_to_save(request.user),
                submission_key=data["submission_key"],
            )
        except AlreadySaved as sent_before:
            messages.info(request, sent_before.message)
            return redirect(sent_before.obj)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Je doel is opgeslagen. De eerste evaluatie staat op %(date)s.")
                             % {"date": f"{goal.next_evaluation_on:%d-%m-%Y}"})
            return redirect(goal)
    return render(request, "goals/goal_form.html", {"form": form})


@login_required
def detail(request, pk):
    goal = _visible_goal(request.user, pk)
    request.lms_goal = goal  # the menu asks whose goal this is (wagtail_hooks._on_own_plan) without a query
    is_owner = goal.owner_id == request.user.pk
    attach_evaluation_notes(request.user, goal.evaluations.all())  # the prefetched ones the history shows
    context = {"goal": goal, "is_owner": is_owner, "timeline": timeline(goal), "today": timezone.localdate(),
               "sections": goal_sections(request, goal, is_owner)}
    comments = access.visible_to(request.user, goal.comments.select_related("author", "reviewer"))
    requests = access.visible_to(request.user, goal.feedback_requests.select_related("reviewer"))
    if is_owner:
        shares = list(Share.objects.for_object(goal).active().select_related("grantee"))
        threads = {
            share.grantee_id: {"reviewer": share.grantee, "comments": [], "requests": [], "active": True}
            for share in shares
        }
        for comment in comments:
            # A thread with someone whose share ended stays readable for the owner, without a reply form.
            threads.setdefault(
                comment.reviewer_id, {"reviewer": comment.reviewer, "comments": [], "requests": [], "active": False}
            )
            threads[comment.reviewer_id]["comments"].append(comment)
        for feedback_request in requests:
            if feedback_request.reviewer_id in threads:
                threads[feedback_request.reviewer_id]["requests"].append(feedback_request)
        context.update(
            shares=shares,
            threads=list(threads.values()),
            actions=access.visible_to(request.user, goal.actions.select_related("current_version")),
            feedback_form=FeedbackRequestForm(reviewers=[share.grantee for share in shares]) if shares else None,
        )
    else:
        context.update(
            comments=list(comments),
            open_request=next((r for r in requests if r.is_open), None),
        )
    return render(request, "goals/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def evaluate(request, pk):
    goal = _visible_goal(request.user, pk, access.CHANGE)
    if not goal.is_active:
        messages.info(request, _("Dit doel is afgesloten; een evaluatie is niet meer nodig."))
        return redirect(goal)
    current = goal.current_version
    form = EvaluationForm(request.POST or None, parts=goal_evaluation_parts(request, goal))
    new_version = FormulationFields(
        request.POST or None, prefix=NEW_VERSION_PREFIX,
        initial={name: getattr(current, name) for name in FormulationFields.base_fields},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        adjusting = data["decision"] == Decision.ADJUST
        if not adjusting or new_version.is_valid():
            try:
                services.evaluate_goal(
                    request.user, goal,
                    progress=data["progress"], tried=data["tried"], happened=data["happened"],
                    evidence_link=data["evidence_link"], decision=data["decision"],
                    evaluated_on=data["evaluated_on"], submission_key=data["submission_key"],
                    new_formulation=new_version.formulation() if adjusting else None,
                    on_evaluated=form.parts_to_save(request.user),
                )
            except ValidationError as error:
                if getattr(error, "code", None) == services.ALREADY_SAVED:
                    messages.info(request, error.messages[0])
                    return redirect(goal)
                form.add_error(None, error)
            else:
                messages.success(request, _("Je evaluatie is opgeslagen."))
                return redirect(goal)
    return render(request, "goals/evaluate.html", {"goal": goal, "form": form, "new_version": new_version,
                                                    "adjust_value": Decision.ADJUST})


@login_required
@require_http_methods(["GET", "POST"])
def delete(request, pk):
    goal = _visible_goal(request.user, pk, access.DELETE)
    if request.method == "POST":
        services.delete_goal(request.user, goal)
        messages.success(request, _("Je doel en alles wat erbij hoorde is verwijderd."))
        return redirect("lms:goals:plan")
    actions = goal.actions.count()
    warning = ngettext("Ook het actiedoel dat bij dit leerdoel hoort wordt verwijderd.",
                       "Ook de %(count)d actiedoelen die bij dit leerdoel horen worden verwijderd.",
                       actions) % {"count": actions} if actions else ""
    return render(request, "theme/confirm.html", {
        "title": _("Doel verwijderen"),
        "question": _("Weet je zeker dat je '%(title)s' wilt verwijderen, met alle versies, evaluaties en reacties? "
                      "Dit kan niet ongedaan worden gemaakt.") % {"title": goal.current_version.title},
        "warning": warning,
        "confirm_label": _("Ja, verwijderen"),
        "danger": True,
        "cancel_url": reverse("lms:goals:detail", args=[goal.pk]),
    })
