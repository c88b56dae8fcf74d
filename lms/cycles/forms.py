"""Forms for the steps of a video-reflection cycle. They validate input; `services` carries out the step."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.people import access
from lms.people.forms import PeopleChoiceField
from lms.people.naming import by_name
from theme.forms import ServerValidatedForm
from theme.submissions import SubmissionKeyField

from . import rules
from .models import Medium, ReflectionCycle
from .validators import validate_client_code, validate_recording_url

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATE_ERRORS = {"invalid": _("Vul een geldige datum in."), "required": _("Vul een datum in.")}

# The interview guide: what the analyst asks the client about the conversation.
INTERVIEW_GUIDE = [
    ("ervaring", _("Hoe heeft u het gesprek ervaren?")),
    ("gehoord", _("Voelde u zich gehoord en serieus genomen?")),
    ("doel", _("Was duidelijk waar het gesprek over ging en wat het doel was?")),
    ("anders", _("Wat had de klantmanager anders kunnen doen?")),
    ("vervolg", _("Wat neemt u zelf mee uit het gesprek?")),
]

# The questions of the reflection meeting, in the order of the conversation.
REFLECTION_QUESTIONS = [
    ("gebeurd", _("Wat gebeurde er in dit fragment?")),
    ("bedoeling", _("Wat was je bedoeling?")),
    ("effect", _("Welk effect had het op de cliënt?")),
    ("gewenst", _("Was dat het effect dat je wilde?")),
    ("anders", _("Wat zou je een volgende keer anders doen?")),
]

_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})\s*$")


class ClockField(forms.CharField):
    """A time in the recording as m:ss or u:mm:ss, stored as seconds."""

    default_error_messages = {"invalid": _("Schrijf de tijd als minuten:seconden, bijvoorbeeld 12:30.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 12)  # u:mm:ss with room for spaces; a longer value is not a time
        super().__init__(**kwargs)
        # The cleaned value is a number of seconds: the length is checked on the typed text, in to_python.
        self.validators = [v for v in self.validators if not isinstance(v, MaxLengthValidator)]

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        match = _CLOCK.match(value) if len(value) <= self.max_length else None
        if not match or int(match.group(3)) > 59:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        hours, minutes, seconds = int(match.group(1) or 0), int(match.group(2)), int(match.group(3))
        if match.group(1) and minutes > 59:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return hours * 3600 + minutes * 60 + seconds


class CycleForm(ServerValidatedForm):
    medium = forms.ChoiceField(label=_("Wat voor gesprek is het?"), choices=Medium.choices, widget=forms.RadioSelect,
                               error_messages={"required": _("Kies het soort gesprek.")})
    client_code = forms.CharField(
        label=_("Cliëntcode"), max_length=20, validators=[validate_client_code],
        help_text=_("Een code die alleen jij kunt herleiden, bijvoorbeeld 'C-17'. Nooit een naam, geboortedatum, "
                    "BSN, e-mailadres of telefoonnummer."),
        error_messages={"required": _("Vul een cliëntcode in.")},
    )
    learning_question = forms.CharField(
        label=_("Je leervraag"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000,
        help_text=_("Wat wil je van dit gesprek leren? Bijvoorbeeld: 'Laat ik genoeg ruimte voor de cliënt?'"),
        error_messages={"required": _("Schrijf je leervraag op: wat wil je van dit gesprek leren?")},
    )
    doubts = forms.CharField(label=_("Twijfels of zorgen (optioneel)"), widget=forms.Textarea(attrs={"rows": 3}),
                             required=False, max_length=2000)
    with_video_analysis = forms.BooleanField(label=_("Video-analyse door twee analisten"), required=False,
                                             initial=True)
    with_client_feedback = forms.BooleanField(label=_("Feedback van de cliënt (interview)"), required=False,
                                              initial=True)
    with_analyst_feedback = forms.BooleanField(label=_("Feedback van analisten of trainers"), required=False,
                                               initial=True)
    with_intervision = forms.BooleanField(label=_("Fragmenten bespreken in intervisie"), required=False)
    follows = forms.ModelChoiceField(label=_("Vervolg op een eerder gesprek (optioneel)"),
                                     queryset=ReflectionCycle.objects.none(), required=False,
                                     empty_label=_("— geen vervolggesprek —"))
    submission_key = SubmissionKeyField()

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["follows"].queryset = ReflectionCycle.objects.filter(owner=owner)


class ConsentForm(ServerValidatedForm):
    signed_on = forms.DateField(label=_("Datum waarop de cliënt tekende"), widget=DATE_WIDGET,
                                error_messages=DATE_ERRORS)
    analysts_may_view = forms.BooleanField(label=_("De analisten mogen de opname bekijken"), required=False,
                                           initial=True)
    colleagues_may_view = forms.BooleanField(label=_("Collega's (bijvoorbeeld de intervisiegroep) mogen fragmenten "
                                                     "zien"), required=False)
    training_may_view = forms.BooleanField(label=_("Fragmenten mogen geanonimiseerd in trainingen gebruikt worden"),
                                           required=False)
    interview_allowed = forms.BooleanField(label=_("De cliënt mag benaderd worden voor een kort interview"),
                                           required=False)
    retention_months = forms.IntegerField(
        label=_("Bewaartermijn na afronding (maanden)"), min_value=1, max_value=24, initial=6,
        error_messages={"min_value": _("Kies een bewaartermijn van 1 tot 24 maanden."),
                        "max_value": _("Kies een bewaartermijn van 1 tot 24 maanden."),
                        "invalid": _("Kies een bewaartermijn van 1 tot 24 maanden.")},
    )


class RecordingForm(ServerValidatedForm):
    url = forms.URLField(label=_("Link naar de opname"), max_length=500, validators=[validate_recording_url],
                         assume_scheme="https",
                         help_text=_("De link naar de opname in de beveiligde opslag van de organisatie (Teams of "
                                     "SharePoint). De video zelf komt nooit in dit systeem."),
                         error_messages={"invalid": _("Vul een volledige link in, die begint met https://.")})
    recorded_on = forms.DateField(label=_("Datum van het gesprek"), widget=DATE_WIDGET, error_messages=DATE_ERRORS,
                                  initial=timezone.localdate)
    duration = ClockField(label=_("Duur van de opname"), help_text=_("Bijvoorbeeld 52:30 of 1:05:00."))


class FragmentForm(ServerValidatedForm):
    start = ClockField(label=_("Begin"), help_text=_("Bijvoorbeeld 12:30."))
    end = ClockField(label=_("Einde"))
    label = forms.CharField(label=_("Naam van het fragment"), max_length=120,
                            error_messages={"required": _("Geef het fragment een naam.")})
    observation = forms.CharField(label=_("Wat zie je?"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
                                  max_length=2000)
    dimensions = forms.MultipleChoiceField(label=_("Hoort bij"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, framework=None, **kwargs):
        super().__init__(*args, **kwargs)
        if framework is not None:
            self.fields["dimensions"].choices = [(d.code, d.label) for d in framework.dimensions.all()]
        else:
            del self.fields["dimensions"]


class AssignForm(ServerValidatedForm):
    analysts = PeopleChoiceField(
        label=_("Analisten"), queryset=get_user_model().objects.none(), widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies er precies twee. Ze analyseren onafhankelijk van elkaar."),
        error_messages={"required": _("Kies twee analisten.")},
    )

    def __init__(self, *args, cycle, **kwargs):
        super().__init__(*args, **kwargs)
        # Those who hold the capability to analyse, never the owner of the conversation.
        self.fields["analysts"].queryset = (
            by_name(access.holders(rules.ANALYSE_CYCLES, get_user_model().objects.all()).exclude(pk=cycle.owner_id))
        )

    def clean_analysts(self):
        analysts = self.cleaned_data["analysts"]
        if len(analysts) != 2:
            raise forms.ValidationError(_("Kies precies twee analisten; niet meer en niet minder."),
                                        code="not_two")
        return analysts


def analysis_form_class(framework):
    """A form with one field per dimension of this framework version."""
    fields = {}
    for dimension in framework.dimensions.all():
        choices = [(option["code"], option["label"]) for option in dimension.options]
        common = {"label": dimension.label, "required": False, "help_text": dimension.question}
        if dimension.kind == "multiple":
            fields[dimension.code] = forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple,
                                                               **common)
        elif dimension.kind == "text":
            fields[dimension.code] = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=5000,
                                                     **common)
        else:
            fields[dimension.code] = forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    return type("AnalysisForm", (ServerValidatedForm,), fields)


def _add_questions(form, questions, before):
    """One optional notes field per question of a guide, placed before the field named `before`."""
    for code, question in questions:
        form.fields[code] = forms.CharField(label=question, widget=forms.Textarea(attrs={"rows": 2}), required=False,
                                            max_length=2000)
    names = list(form.fields)
    codes = [code for code, _question in questions]
    rest = [name for name in names if name not in codes]
    position = rest.index(before)
    form.order_fields(rest[:position] + codes + rest[position:])


class InterviewForm(ServerValidatedForm):
    held_on = forms.DateField(label=_("Datum van het interview"), widget=DATE_WIDGET, error_messages=DATE_ERRORS,
                              initial=timezone.localdate)
    quotes = forms.CharField(label=_("Opvallende uitspraken van de cliënt"), widget=forms.Textarea(attrs={"rows": 3}),
                             required=False, max_length=5000)
    fragments = forms.MultipleChoiceField(label=_("Besproken fragmenten"), required=False,
                                          widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, fragments=(), **kwargs):
        super().__init__(*args, **kwargs)
        _add_questions(self, INTERVIEW_GUIDE, before="quotes")
        self.fields["fragments"].choices = [(str(f.pk), str(f)) for f in fragments]

    def answers(self):
        return {code: self.cleaned_data[code] for code, _question in INTERVIEW_GUIDE}


class ReflectionForm(ServerValidatedForm):
    held_on = forms.DateField(label=_("Datum van het reflectiegesprek"), widget=DATE_WIDGET,
                              error_messages=DATE_ERRORS, initial=timezone.localdate)
    fragments = forms.MultipleChoiceField(label=_("Gekozen fragmenten"), required=False,
                                          widget=forms.CheckboxSelectMultiple)
    notes = forms.CharField(label=_("Overige aantekeningen"), widget=forms.Textarea(attrs={"rows": 3}),
                            required=False, max_length=10000)

    def __init__(self, *args, fragments=(), **kwargs):
        super().__init__(*args, **kwargs)
        _add_questions(self, REFLECTION_QUESTIONS, before="notes")
        self.fields["fragments"].choices = [(str(f.pk), str(f)) for f in fragments]

    def answers(self):
        return {code: self.cleaned_data[code] for code, _question in REFLECTION_QUESTIONS}


class AttentionPointForm(ServerValidatedForm):
    text = forms.CharField(label=_("Wat neem je mee?"), max_length=300,
                           help_text=_("Eén aandachtspunt per keer, bijvoorbeeld: 'Na een snelle ja doorvragen'."),
                           error_messages={"required": _("Schrijf op wat je meeneemt.")})
