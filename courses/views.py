"""Serving module pages (with the participant's own answers and ticks) and the leergang's other pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.people import access
from lms.people.models import Participant
from lms.people.roles import Role

from . import progress
from .models import ModuleCompletion, ModulePage, ReflectionAnswer


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


def _module_action(page, request):
    action = request.POST.get("action")
    try:
        if action == "answer":
            progress.save_answer(request.user, page, request.POST.get("block", ""), request.POST.get("text", ""))
            messages.success(request, _("Je antwoord is bewaard. Alleen jij kunt het lezen."))
        elif action == "ticks":
            items = [int(x) for x in request.POST.getlist("items") if x.isdigit()]
            progress.set_ticks(request.user, page, request.POST.get("block", ""), items)
            messages.success(request, _("Je checklist is bijgewerkt."))
        elif action == "complete":
            progress.complete_module(request.user, page)
            messages.success(request, _("Module afgerond. Goed gedaan!"))
        else:
            messages.error(request, _("Deze actie kennen we niet."))
    except ValidationError as error:
        if action == "complete":
            messages.error(request, _("De module is nog niet af. Nog te doen:") + " " + "; ".join(error.messages))
        else:
            messages.error(request, error.messages[0])
    return redirect(page.url + ("#afronden" if action == "complete" else f"#blok-{request.POST.get('block', '')}"))


def serve_course(page, request):
    if request.method == "POST" and request.user.is_authenticated and request.POST.get("action") == "enrol":
        progress.enrol(request.user, page)
        messages.success(request, _("Je bent ingeschreven voor deze leergang."))
        return redirect(page.url)
    return None


@login_required
def team_progress(request):
    """For teamcoaches: which modules the members of their teams finished. Never their answers."""
    if not request.user.has_role(Role.TEAMCOACH):
        raise PermissionDenied(_("Dit overzicht is voor teamcoaches. Leidinggevenden en het MT zien alleen "
                                 "geanonimiseerde totalen."))
    members = list(
        Participant.objects.filter(team__coaches=request.user).select_related("user", "team")
        .prefetch_related(Prefetch("user__module_completions",
                                   queryset=access.visible_to(request.user, ModuleCompletion.objects.all())))
        .order_by("team__name", "user__first_name")
    )
    modules = list(ModulePage.objects.live().defer_streamfields().order_by("path"))  # titles only
    rows = []
    for member in members:
        done = {c.module_id for c in member.user.module_completions.all()}
        rows.append({"member": member, "done": done, "count": len(done)})
    return TemplateResponse(request, "courses/team_progress.html", {"rows": rows, "modules": modules})


@login_required
def worksheet_pdf(request):
    """The Kijkwijzer worksheet: the analysekader's questions with room to write, for analysing on one's own."""
    from lms.framework.models import Framework
    from theme.pdf import pdf_response, render_pdf

    pdf = render_pdf("courses/pdf/worksheet.html", {"framework": Framework.current(), "today": timezone.localdate()},
                     request=request)
    return pdf_response(pdf, "kijkwijzer-werkblad.pdf")


@login_required
def my_answers_pdf(request):
    """The participant's own answers to the reflection questions of the leergang, as PDF. Only their own."""
    from theme.pdf import pdf_response, render_pdf

    answers = list(access.visible_to(request.user, ReflectionAnswer.objects.all()).select_related("module")
                   .order_by("module__path", "pk"))
    questions = {}  # module id → {block id → question}: each module's body is read once, not once per answer
    for answer in answers:
        if answer.module_id not in questions:
            questions[answer.module_id] = {block.id: block.value["question"]
                                           for block in answer.module.body.blocks_by_name("reflection_question")}
    rows = [(answer.module.title, questions[answer.module_id].get(answer.block_id, ""), answer.text)
            for answer in answers]
    pdf = render_pdf("courses/pdf/my_answers.html", {"rows": rows, "owner": request.user,
                                                    "today": timezone.localdate()}, request=request)
    return pdf_response(pdf, "mijn-antwoorden-leergang.pdf")
