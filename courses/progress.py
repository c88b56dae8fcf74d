"""Progress through the leergang: enrolment, what is done in a module, prerequisites and where to resume.

Every function reads a fixed number of rows, whatever the size of the course or module; course_cards does that
per course (an organisation runs one leergang, or a few). The functions get the pages they work on as arguments
and import no page class (the pages use this module). Refusals carry codes: "locked" (an earlier module comes
first), "unknown_block" (the page changed under the form), "incomplete" (one error per item still to do).
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxLengthValidator
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page

from lms.people import access
from theme.usertext import normalise_plain

from .records import ChecklistTick, Enrolment, ModuleCompletion, ReflectionAnswer


@dataclass
class ModuleState:
    answers: dict = field(default_factory=dict)  # block id → text
    ticks: dict = field(default_factory=dict)  # block id → set of item numbers
    completed: bool = False
    locked_by: Page | None = None  # the earlier module that keeps this one closed
    missing: list = field(default_factory=list)


def _earlier_unfinished(user, module):
    """The first earlier module of the course that is not done (for modules that require the earlier ones)."""
    earlier = module.earlier_modules()  # only the title of the blocking module is shown
    done = set(ModuleCompletion.objects.filter(user=user, module__in=earlier).values_list("module_id", flat=True))
    return next((m for m in earlier if m.pk not in done), None)


def module_state(user, module, course_progress=None) -> ModuleState:
    """The user's answers, ticks and completion of a module. Pass the course's progress when you have it (the
    module page does): completion and the lock then come from it instead of reading completions again."""
    state = ModuleState()
    if not user.is_authenticated:
        return state
    state.answers = dict(ReflectionAnswer.objects.filter(user=user, module=module).values_list("block_id", "text"))
    for block_id, item in ChecklistTick.objects.filter(user=user, module=module).values_list("block_id", "item"):
        state.ticks.setdefault(block_id, set()).add(item)
    if course_progress is None:
        state.completed = ModuleCompletion.objects.filter(user=user, module=module).exists()
        if module.requires_previous and not state.completed:
            state.locked_by = _earlier_unfinished(user, module)
    else:
        state.completed = module.pk in course_progress.done_ids
        if module.requires_previous and not state.completed:
            state.locked_by = course_progress.unfinished_before(module)
    state.missing = missing_for(module, state)
    return state


def missing_for(module, state) -> list:
    """What still has to be done before the module counts as finished, in words."""
    missing = []
    for block in module.body:
        if block.block_type == "reflection_question" and not state.answers.get(block.id, "").strip():
            missing.append(_("Beantwoord de reflectievraag: %(question)s") % {"question": block.value["question"]})
        elif block.block_type == "checklist":
            ticked = state.ticks.get(block.id, set())
            for number, item in enumerate(block.value["items"]):
                if number not in ticked:
                    missing.append(_("Vink aan: %(item)s") % {"item": item})
    return missing


def _block(module, block_id, block_type):
    block = next((b for b in module.body if b.id == block_id and b.block_type == block_type), None)
    if block is None:
        raise ValidationError(_("Dit onderdeel bestaat niet (meer) in deze module. Laad de pagina opnieuw."),
                              code="unknown_block")
    return block


def _require_open(user, module):
    if not user.is_authenticated:
        raise PermissionDenied(_("Log eerst in."))
    if module.requires_previous:
        blocking = _earlier_unfinished(user, module)
        if blocking is not None and not ModuleCompletion.objects.filter(user=user, module=module).exists():
            raise ValidationError(_("Rond eerst de module '%(title)s' af.") % {"title": blocking.title},
                                  code="locked")


@transaction.atomic
def save_answer(user, module, block_id, text):
    _require_open(user, module)
    _block(module, block_id, "reflection_question")
    text = normalise_plain(text)
    MaxLengthValidator(ReflectionAnswer._meta.get_field("text").max_length)(text)  # code "max_length"
    if not text:
        ReflectionAnswer.objects.filter(user=user, module=module, block_id=block_id).delete()
        return None
    answer, _created = ReflectionAnswer.objects.update_or_create(
        user=user, module=module, block_id=block_id, defaults={"text": text}
    )
    return answer


@transaction.atomic
def set_ticks(user, module, block_id, items):
    _require_open(user, module)
    block = _block(module, block_id, "checklist")
    valid = {number for number in items if 0 <= number < len(block.value["items"])}
    ChecklistTick.objects.filter(user=user, module=module, block_id=block_id).exclude(item__in=valid).delete()
    # Items ticked before hit the tick_once constraint and are skipped: no need to read them first.
    ChecklistTick.objects.bulk_create(
        (ChecklistTick(user=user, module=module, block_id=block_id, item=number) for number in valid),
        ignore_conflicts=True,
    )


@transaction.atomic
def save_module(user, module, answers: dict, ticks: dict):
    """Keep everything typed on the module page in one go: `answers` maps reflection blocks to their text,
    `ticks` maps checklist blocks to the ticked item numbers. All is checked before anything is written, so
    a refusal (an unknown block, a text too long) leaves the earlier state as it was."""
    _require_open(user, module)
    checked = {}
    for block_id, text in answers.items():
        _block(module, block_id, "reflection_question")
        text = normalise_plain(text)
        MaxLengthValidator(ReflectionAnswer._meta.get_field("text").max_length)(text)
        checked[block_id] = text
    for block_id in ticks:
        _block(module, block_id, "checklist")
    for block_id, text in checked.items():
        save_answer(user, module, block_id, text)
    for block_id, items in ticks.items():
        set_ticks(user, module, block_id, items)


@transaction.atomic
def complete_module(user, module):
    """Mark a module done; refused (with what is missing) while questions are open or items unticked."""
    _require_open(user, module)
    state = module_state(user, module)
    if state.missing:
        raise ValidationError([ValidationError(item, code="incomplete") for item in state.missing])
    ModuleCompletion.objects.get_or_create(user=user, module=module)
    enrol(user, module.get_parent().specific)


def enrol(user, course):
    return Enrolment.objects.get_or_create(user=user, course=course)[0]


@dataclass
class CourseProgress:
    modules: list
    done_ids: set
    enrolled: bool | None  # None: not for this reader to know (someone else's progress, see progress_seen_by)

    @property
    def percent(self):
        return round(100 * len(self.done_ids) / len(self.modules)) if self.modules else 0

    @property
    def resume(self):
        return next((m for m in self.modules if m.pk not in self.done_ids), None)

    def unfinished_before(self, module):
        """The first earlier module that is not done: what locks a module that requires the earlier ones."""
        return next((m for m in self.modules if m.path < module.path and m.pk not in self.done_ids), None)


@dataclass(frozen=True)
class PageLink:
    """What a dashboard panel shows of a page: a small thing to keep in the cache instead of the page itself."""

    pk: int
    title: str
    url: str


def progress_summary(progress: CourseProgress, request) -> CourseProgress:
    """The same progress with links in place of pages (for a panel kept between requests)."""
    modules = [PageLink(m.pk, m.title, m.get_url(request)) for m in progress.modules]
    return CourseProgress(modules, set(progress.done_ids), progress.enrolled)


def course_progress(user, course) -> CourseProgress:
    # Titles, urls and order are all any caller shows of the modules; their bodies are not loaded.
    modules = list(course.modules().defer_streamfields())
    if not user.is_authenticated:
        return CourseProgress(modules, set(), False)
    done = set(ModuleCompletion.objects.filter(user=user, module__in=[m.pk for m in modules])
               .values_list("module_id", flat=True))
    enrolled = Enrolment.objects.filter(user=user, course=course).exists()
    return CourseProgress(modules, done, enrolled)


def progress_seen_by(viewer, person, course) -> CourseProgress:
    """`person`'s progress through `course` as `viewer` (their buddy, their teamcoach) may see it: only the
    completions the access policy lets through to `viewer`; enrolment, answers and ticks are not part of it."""
    modules = list(course.modules().defer_streamfields())
    completions = ModuleCompletion.objects.filter(user=person, module__in=[m.pk for m in modules])
    done = set(access.visible_to(viewer, completions).values_list("module_id", flat=True))
    return CourseProgress(modules, done, None)


def course_cards(user, index):
    """Each live course of the index with the user's progress: three queries per course."""
    return [(course, course_progress(user, course)) for course in index.courses()]
