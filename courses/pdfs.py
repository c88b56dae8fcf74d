"""The leergang's documents beside the worksheet: the participant's own answers (lms.documents keeps them within
budget: many modules of long answers are made by a background job)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from lms.documents.registry import Document, register
from lms.framework.models import Framework
from lms.people import access

from .models import ReflectionAnswer

MY_ANSWERS = "courses.my_answers"
WORKSHEET = "courses.worksheet"


@register(WORKSHEET)
def worksheet_document(user):
    """The Kijkwijzer worksheet: the analysekader's questions with room to write, for analysing on one's own (the
    same for everyone; kept per person like any document, so nobody waits twice for the same version)."""
    return Document(template="courses/pdf/worksheet.html",
                    context={"framework": Framework.current(), "today": timezone.localdate()},
                    filename="kijkwijzer-werkblad.pdf", title=_("Het Kijkwijzer-werkblad"))


@register(MY_ANSWERS)
def my_answers_document(user):
    """Only their own: the builder takes no one else's id, and the policy filters the answers."""
    answers = list(access.visible_to(user, ReflectionAnswer.objects.all()).select_related("module")
                   .order_by("module__path", "pk"))
    questions = {}  # module id → {block id → question}: each module's body is read once, not once per answer
    for answer in answers:
        if answer.module_id not in questions:
            questions[answer.module_id] = {block.id: block.value["question"]
                                           for block in answer.module.body.blocks_by_name("reflection_question")}
    rows = [(answer.module.title, questions[answer.module_id].get(answer.block_id, ""), answer.text)
            for answer in answers]
    return Document(template="courses/pdf/my_answers.html",
                    context={"rows": rows, "owner": user, "today": timezone.localdate()},
                    filename="mijn-antwoorden-leergang.pdf", title=_("Mijn antwoorden in de leergang"))
