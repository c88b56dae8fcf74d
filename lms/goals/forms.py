"""Forms for goals. They validate input and hand clean values to `services`; they save nothing themselves."""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.framework.models import Framework
from lms.people.naming import display_name
from theme.forms import ServerValidatedForm
from theme.links import validate_https_link
from theme.submissions import SubmissionKeyField

from .choices import (
    CADENCE_DEFAULT_WEEKS,
    CADENCE_MAX_WEEKS,
    CADENCE_MIN_WEEKS,
    Decision,
    Kind,
    Origin,
    Progress,
)
from .dimensions import dimension_choices
from .models import COMMENT_LENGTH, FORMULATION_LENGTH, REFLECTION_LENGTH, Goal
from .services import Formulation

FETCH = object()  # FormulationFields(framework=...) not given: look the current analysekader up

CADENCE_ERROR = _("Kies een ritme tussen %(min)d en %(max)d weken.") % {
    "min": CADENCE_MIN_WEEKS,
    "max": CADENCE_MAX_WEEKS,
}


def cadence_field(**kwargs):
    return forms.IntegerField(
        label=_("Evalueren elke … weken"),
        min_value=CADENCE_MIN_WEEKS,
        max_value=CADENCE_MAX_WEEKS,
        initial=CADENCE_DEFAULT_WEEKS,
        help_text=_("Hoe vaak kijk je terug? Tussen %(min)d en %(max)d weken; zes weken werkt voor de meesten.")
        % {"min": CADENCE_MIN_WEEKS, "max": CADENCE_MAX_WEEKS},
        error_messages={"min_value": CADENCE_ERROR, "max_value": CADENCE_ERROR, "invalid": CADENCE_ERROR},
        **kwargs,
    )



def _add_parts(form, parts) -> list:
    """Add the fields other apps' parts contribute (see extensions) to `form`; their names, in order."""
    form.parts = list(parts)
    contributed = []
    for part in form.parts:
        fields = part.fields()
        form.fields.update(fields)
        contributed += list(fields)
    return contributed

class FormulationFields(ServerValidatedForm):
    """The fields of one formulation of a goal; shared by 'new goal' and 'bijstellen'."""

    title = forms.CharField(
        label=_("Titel"),
        max_length=160,
        help_text=_("Kort en concreet, bijvoorbeeld: 'Ik vraag door als een cliënt ja zegt maar nee bedoelt'."),
        error_messages={"required": _("Geef je doel een titel.")},
    )
    description = forms.CharField(label=_("Omschrijving"), widget=forms.Textarea(attrs={"rows": 4}), required=False,
                                  max_length=FORMULATION_LENGTH)
    why = forms.CharField(label=_("Waarom is dit belangrijk voor je?"), widget=forms.Textarea(attrs={"rows": 3}),
                          required=False, max_length=FORMULATION_LENGTH)
    success_criteria = forms.CharField(
        label=_("Hoe merk je dat het gelukt is?"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
        max_length=FORMULATION_LENGTH,
    )
    cadence_weeks = cadence_field()
    # The choices are the dimensions of the current analysekader, set in __init__.
    dimensions = forms.MultipleChoiceField(
        label=_("Onderdelen van het analysekader"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Bij welke onderdelen van het analysekader hoort je doel? Kies er zoveel als je wilt, of geen."),
        error_messages={"invalid_choice": _("Kies alleen onderdelen die in het huidige analysekader staan.")},
    )

    def __init__(self, *args, framework=FETCH, **kwargs):
        """`framework`: the current analysekader (`Framework.current()`, or None) when the caller has it already;
        else it is fetched. Without a published analysekader there is nothing to link to: no dimensions field."""
        super().__init__(*args, **kwargs)
        offered = dimension_choices(Framework.current() if framework is FETCH else framework)
        if offered:
            self.fields["dimensions"].choices = offered
        else:
            del self.fields["dimensions"]

    def formulation(self) -> Formulation:
        values = {name: self.cleaned_data[name] for name in FormulationFields.base_fields if name in self.fields}
        if "dimensions" not in self.fields:  # no analysekader to choose from: keep what the goal had
            values["dimensions"] = self.initial.get("dimensions") or []
        return Formulation(**values)


class GoalForm(FormulationFields):
    kind = forms.ChoiceField(label=_("Soort doel"), choices=Kind.choices, widget=forms.RadioSelect,
                             help_text=_("Een leerdoel is wat je wilt leren; een actiedoel is wat je gaat doen "
                                         "of uitproberen."))
    parent = forms.ModelChoiceField(
        label=_("Hoort bij leerdoel"),
        queryset=Goal.objects.none(),
        required=False,
        empty_label=_("— geen —"),
        help_text=_("Alleen voor een actiedoel: bij welk leerdoel hoort het?"),
    )
    origin = forms.ChoiceField(label=_("Waar komt dit doel vandaan?"), choices=Origin.choices,
                               initial=Origin.OWN_INITIATIVE)
    origin_note = forms.CharField(label=_("Toelichting"), max_length=200, required=False,
                                  help_text=_("Bijvoorbeeld de naam van de training of de datum van het gesprek."))
    submission_key = SubmissionKeyField()

    field_order = ["kind", "parent", "title", "description", "why", "success_criteria", "origin", "origin_note",
                   "cadence_weeks", "dimensions"]

    def __init__(self, *args, owner, parts=(), **kwargs):
        """`parts`: GoalFormParts other apps contribute (see extensions); their fields go after the cadence."""
        super().__init__(*args, **kwargs)
        contributed = _add_parts(self, parts)
        self.order_fields([*self.field_order[:-1], *contributed, self.field_order[-1]])
        self.fields["parent"].queryset = (
            Goal.objects.filter(owner=owner, kind=Kind.LEARNING, status="active").select_related("current_version")
        )

    def parts_to_save(self, owner) -> list:
        """What the contributed parts keep, as callables of the new goal (for services.create_goal)."""
        return [lambda goal, part=part: part.save(owner, goal, self.cleaned_data) for part in self.parts]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("parent") and cleaned.get("kind") != Kind.ACTION:
            self.add_error("parent", _("Alleen een actiedoel kan bij een leerdoel horen."))
        return cleaned


class EvaluationForm(ServerValidatedForm):
    progress = forms.TypedChoiceField(
        label=_("Hoe ver ben je?"), choices=Progress.choices, coerce=int, widget=forms.RadioSelect,
        error_messages={"required": _("Kies hoe ver je bent.")},
    )
    tried = forms.CharField(
        label=_("Wat heb je in de praktijk geprobeerd?"), widget=forms.Textarea(attrs={"rows": 4}),
        max_length=REFLECTION_LENGTH,
        error_messages={"required": _("Beschrijf kort wat je hebt geprobeerd (of waarom het er niet van kwam).")},
    )
    happened = forms.CharField(label=_("Wat gebeurde er?"), widget=forms.Textarea(attrs={"rows": 4}), required=False,
                               max_length=REFLECTION_LENGTH)
    evidence_link = forms.URLField(
        label=_("Link naar een voorbeeld (optioneel)"), required=False, assume_scheme="https", max_length=200,
        validators=[validate_https_link],
        help_text=_("Bijvoorbeeld een verslag dat je ergens anders bewaart."),
        error_messages={"invalid": _("Vul een volledig webadres in, dat begint met https://.")},
    )
    evaluated_on = forms.DateField(
        label=_("Datum van de evaluatie"), initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Vul een geldige datum in.")},
    )
    decision = forms.ChoiceField(
        label=_("Wat besluit je?"), choices=Decision.choices, widget=forms.RadioSelect,
        help_text=_("Kies 'bijstellen' om je doel opnieuw te formuleren; de oude versie blijft bewaard."),
        error_messages={"required": _("Kies wat je met dit doel doet.")},
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def __init__(self, *args, parts=(), **kwargs):
        """`parts`: GoalEvaluationParts other apps contribute (see extensions); their fields follow the link."""
        super().__init__(*args, **kwargs)
        contributed = _add_parts(self, parts)
        own = [name for name in self.fields if name not in contributed]
        after = own.index("evidence_link") + 1
        self.order_fields([*own[:after], *contributed, *own[after:]])

    def parts_to_save(self, owner) -> list:
        """What the contributed parts keep, as callables of the new evaluation (for services.evaluate_goal)."""
        return [lambda evaluation, part=part: part.save(owner, evaluation, self.cleaned_data) for part in self.parts]

    def clean_evaluated_on(self):
        value = self.cleaned_data["evaluated_on"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("Een evaluatie kan niet in de toekomst liggen."))
        return value


class CommentForm(ServerValidatedForm):
    body = forms.CharField(
        label=_("Je reactie"), widget=forms.Textarea(attrs={"rows": 4}), max_length=COMMENT_LENGTH,
        error_messages={"required": _("Schrijf eerst je reactie.")},
    )
    reviewer = forms.IntegerField(widget=forms.HiddenInput, required=False)


class FeedbackRequestForm(ServerValidatedForm):
    reviewer = forms.TypedChoiceField(label=_("Aan wie vraag je feedback?"), coerce=int,
                                      error_messages={"required": _("Kies aan wie je het vraagt.")})
    question = forms.CharField(
        label=_("Je vraag (optioneel)"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
        max_length=COMMENT_LENGTH,
        help_text=_("Bijvoorbeeld: 'Herken jij dit bij mij in het teamoverleg?'"),
    )
    submission_key = SubmissionKeyField()

    def __init__(self, *args, reviewers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].choices = [("", _("— kies een persoon —"))] + [
            (person.pk, display_name(person)) for person in reviewers
        ]
