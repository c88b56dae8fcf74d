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
    course = page.get_parent().specific
    # One read of the course's modules and completions serves the progress bar, the lock and previous/next.
    course_progress = progress.course_progress(request.user, course)
    state = progress.module_state(request.user, page, course_progress)
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


def _module_action(page, request):
    action = request.POST.get("action")
    try:
        if action == "answer":
            progress.save_answer(request.user, page, request.POST.get("block", ""), request.POST.get("text", ""))
            messages.success(request, _("Je antwoord is bewaard. Alleen jij kunt het lezen."))
        elif action == "ticks":
            items = TickForm(request.POST).ticked()
            progress.set_ticks(request.user, page, request.POST.get("block", ""), items)
            messages.success(request, _("Je checklist is bijgewerkt."))
        elif action == "complete":
            progress.complete_module(request.user, page)
            messages.success(request, _("Module afgerond. Goed gedaan!"))
        else:
            messages.error(request, _("Deze actie kennen we niet."))
    except ValidationError as error:
        if action == "complete":
            # What is still to do ("incomplete"), or the earlier module that comes first ("locked").
            messages.error(request, _("De module is nog niet af. Nog te doen:") + " " + "; ".join(error.messages))
        else:
            messages.error(request, error.messages[0])
    return redirect(page.url + ("#afronden" if action == "complete" else f"#blok-{request.POST.get('block', '')}"))


def serve_course(page, request):
    """Enrolling is the one action on a course page; anything else is served as the page itself (None)."""
    if request.method == "POST" and request.user.is_authenticated and request.POST.get("action") == "enrol":
        progress.enrol(request.user, page)
        messages.success(request, _("Je bent ingeschreven voor deze leergang."))
        return redirect(page.url)
    return None
