"""The questions of the client interview and of the reflection meeting, and answers read beside them.

Answers are kept under the question's code; read anywhere (the page, the PDF, the data export) they go with the
question they answer: an answer without its question says little.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The interview guide: what the neutral interviewer asks the client about the conversation.
INTERVIEW_GUIDE = [
    ("ervaring", gettext_lazy("Hoe heeft u het gesprek ervaren?")),
    ("gehoord", gettext_lazy("Voelde u zich gehoord en serieus genomen?")),
    ("doel", gettext_lazy("Was duidelijk waar het gesprek over ging en wat het doel was?")),
    ("anders", gettext_lazy("Wat had de klantmanager anders kunnen doen?")),
    ("vervolg", gettext_lazy("Wat neemt u zelf mee uit het gesprek?")),
]

# The questions of the reflection meeting, in the order of the conversation.
REFLECTION_QUESTIONS = [
    ("gebeurd", gettext_lazy("Wat gebeurde er op dit moment in het gesprek?")),
    ("bedoeling", gettext_lazy("Wat was je bedoeling?")),
    ("effect", gettext_lazy("Welk effect had het op de cliënt?")),
    ("gewenst", gettext_lazy("Was dat het effect dat je wilde?")),
    ("anders", gettext_lazy("Wat zou je een volgende keer anders doen?")),
]


def with_questions(questions, answers) -> list[tuple[str, str]]:
    """(question, answer) for each answered question, in the order they are asked. Answers under a code no
    longer in the list (an older guide) keep their place at the end, under a neutral heading."""
    answers = dict(answers or {})
    rows = [(str(question), answers.pop(code)) for code, question in questions if answers.get(code)]
    return rows + [(_("Overige aantekening"), answer) for answer in answers.values() if answer]
