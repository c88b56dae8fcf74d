"""What the leergang's pages do when served: a module with the participant's own answers and ticks (and the
form actions on it), the editor's preview of a module, enrolling on a course.

Called from the page types' `serve()`; works on the page it is given and imports no page class.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import progress
from .forms import TickForm


def serve_module(page, request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        return _module_action(page, request)
    return _render_module(page, request)


def _render_module(page, request, typed=None):
    """The module page; `typed` (answers, ticks) shows what was posted instead of what is saved, so a refused
    save gives back everything the person typed."""
    course = page.get_parent().specific
    # One read of the course's modules and completions serves the progress bar, the lock and previous/next.
    course_progress = progress.course_progress(request.user, course)
    state = progress.module_state(request.user, page, course_progress)
    if typed is not None:
        answers, ticks = typed
        state.answers.update(answers)
        state.ticks.update({block_id: set(items) for block_id, items in ticks.items()})
    context = page.get_context(request)
    siblings = course_progress.modules
    index = next((i for i, m in enumerate(siblings) if m.pk == page.pk), 0)
    context.update(state=state, course=course, course_progress=course_progress,
                   previous=siblings[index - 1] if index > 0 else None,
                   next=siblings[index + 1] if index + 1 < len(siblings) else None)
    return TemplateResponse(request, page.get_template(request), context)


def preview_module(page, request):
    """Editors preview the content as a participant would see it, without anyone's progress."""
    state = progress.ModuleState()
    state.missing = progress.missing_for(page, state)
    context = {**page.get_context(request), "state": state, "preview": True}
    return TemplateResponse(request, page.get_template(request), context)


ANSWER_PREFIX = "antwoord-"
TICK_PREFIX = "vink-"


def _typed(request):
    """The answers and ticks of the one module form: `antwoord-<block>` texts, and for every checklist named in
    `checklist` the ticked `vink-<block>` items (a checklist with nothing ticked posts no items at all)."""
    answers = {name[len(ANSWER_PREFIX):]: text for name, text in request.POST.items()
               if name.startswith(ANSWER_PREFIX)}
    ticks = {block_id: TickForm({"items": request.POST.getlist(TICK_PREFIX + block_id)}).ticked()
             for block_id in request.POST.getlist("checklist")}
    return answers, ticks


def _module_action(page, request):
    """One form holds the whole module: every button ("bewaren", "Module afronden") first keeps all answers and
    ticks, so nothing typed is lost when the module turns out not to be finished yet."""
    action = request.POST.get("action", "")
    # A block's own button says which block it stands under ("save-<block>"): the page returns there.
    action, _sep, at_block = action.partition("-") if action.startswith("save-") else (action, "", "")
    if at_block not in {block.id for block in page.body}:
        at_block = ""
    if action in ("save", "complete"):
        typed = _typed(request)
        try:
            progress.save_module(request.user, page, *typed)
        except ValidationError as error:
            messages.error(request, _("Je antwoorden zijn nog niet bewaard: %(reason)s")
                           % {"reason": " ".join(error.messages)})
            return _render_module(page, request, typed)
        if action == "save":
            messages.success(request, _("Je antwoorden en vinkjes zijn bewaard. Alleen jij kunt je antwoorden "
                                        "lezen."))
            return redirect(page.url + (f"#blok-{at_block}" if at_block else "#afronden"))
        try:
            progress.complete_module(request.user, page)
        except ValidationError as error:
            # What is still to do ("incomplete"), or the earlier module that comes first ("locked").
            messages.error(request, _("Je antwoorden en vinkjes zijn bewaard. De module is nog niet af. "
                                      "Nog te doen:") + " " + "; ".join(error.messages))
        else:
            messages.success(request, _("Module afgerond. Goed gedaan!"))
        return redirect(page.url + "#afronden")
    # The separate forms of earlier versions of the page (one block at a time); a page open in an old tab
    # still posts them.
    try:
        if action == "answer":
            progress.save_answer(request.user, page, request.POST.get("block", ""), request.POST.get("text", ""))
            messages.success(request, _("Je antwoord is bewaard. Alleen jij kunt het lezen."))
        elif action == "ticks":
            items = TickForm(request.POST).ticked()
            progress.set_ticks(request.user, page, request.POST.get("block", ""), items)
            messages.success(request, _("Je checklist is bijgewerkt."))
        else:
            messages.error(request, _("Deze actie kennen we niet."))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect(page.url + f"#blok-{request.POST.get('block', '')}")


def serve_course(page, request):
    """Enrolling is the one action on a course page; anything else is served as the page itself (None)."""
    if request.method == "POST" and request.user.is_authenticated and request.POST.get("action") == "enrol":
        progress.enrol(request.user, page)
        messages.success(request, _("Je bent ingeschreven voor deze leergang."))
        return redirect(page.url)
    return None
