"""Forms for the steps of a video-reflection cycle. They validate input; `services` carries out the step."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.people import access
from lms.people.forms import PeopleChoiceField, PersonChoiceField
from lms.people.naming import by_name
from theme.forms import ServerValidatedForm
from theme.submissions import SubmissionKeyField

from . import rules
from .guides import INTERVIEW_GUIDE, REFLECTION_QUESTIONS
from .models import FollowUpCheck, Medium, ReflectionCycle
from .validators import validate_client_code, validate_recording_url
from .variants import CUSTOM, INGREDIENTS, VARIANTS, check_combination

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATE_ERRORS = {"invalid": _("Vul een geldige datum in."), "required": _("Vul een datum in.")}

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


class VariantFields(ServerValidatedForm):
    """The ingredients of a cycle: one of the ready combinations, or the four parts chosen one by one."""

    variant = forms.ChoiceField(
        label=_("Hoe wil je van dit gesprek leren?"), widget=forms.RadioSelect, initial=VARIANTS[0].key,
        error_messages={"required": _("Kies hoe je van dit gesprek wilt leren.")},
    )
    with_video_analysis = forms.BooleanField(label=_("Terugkijken: je kijkt fragmenten van de opname terug"),
                                             required=False)
    with_client_feedback = forms.BooleanField(
        label=_("Feedback van de cliënt: een neutrale interviewer spreekt de cliënt"), required=False)
    with_analyst_feedback = forms.BooleanField(
        label=_("Feedback van analisten of trainers: twee analisten analyseren de opname"), required=False)
    with_intervision = forms.BooleanField(label=_("Intervisie: je bespreekt het gesprek in je intervisiegroep"),
                                          required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["variant"].choices = [
            *[(v.key, f"{v.label}: {v.explanation}") for v in VARIANTS],
            (CUSTOM, _("Zelf samenstellen: kies hieronder de onderdelen.")),
        ]

    def clean(self):
        data = super().clean()
        preset = next((v for v in VARIANTS if v.key == data.get("variant")), None)
        if preset is not None:
            data.update(preset.ingredients())
        if data.get("variant"):
            try:
                check_combination(data.get("medium", ""), **{name: data.get(name) for name in INGREDIENTS})
            except forms.ValidationError as error:
                self.add_error(None, error)
        return data

    def ingredients(self):
        return {name: self.cleaned_data[name] for name in INGREDIENTS}


class CycleForm(VariantFields):
    medium = forms.ChoiceField(label=_("Wat voor gesprek is het?"), choices=Medium.choices, widget=forms.RadioSelect,
                               error_messages={"required": _("Kies het soort gesprek.")})
    client_code = forms.CharField(
        label=_("Cliëntcode"), max_length=20, validators=[validate_client_code], required=False,
        help_text=_("Een code die alleen jij kunt herleiden, bijvoorbeeld 'C-17'. Nooit een naam, geboortedatum, "
                    "BSN, e-mailadres of telefoonnummer. Bij een gesprek met een medewerker laat je dit leeg."),
    )
    learning_question = forms.CharField(
        label=_("Je leervraag"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000,
        help_text=_("Wat wil je van dit gesprek leren? Bijvoorbeeld: 'Laat ik genoeg ruimte voor de cliënt?'"),
        error_messages={"required": _("Schrijf je leervraag op: wat wil je van dit gesprek leren?")},
    )
    doubts = forms.CharField(label=_("Twijfels of zorgen (optioneel)"), widget=forms.Textarea(attrs={"rows": 3}),
                             required=False, max_length=2000)
    follows = forms.ModelChoiceField(label=_("Vervolg op een eerder gesprek (optioneel)"),
                                     queryset=ReflectionCycle.objects.none(), required=False,
                                     empty_label=_("— geen vervolggesprek —"))
    submission_key = SubmissionKeyField()

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["follows"].queryset = ReflectionCycle.objects.filter(owner=owner)
        self.order_fields(["medium", "client_code", "learning_question", "doubts", "variant", *INGREDIENTS,
                           "follows"])

    def clean(self):
        data = super().clean()
        if data.get("medium") and data["medium"] != Medium.MANAGER and not data.get("client_code"):
            self.add_error("client_code", _("Vul een cliëntcode in."))
        return data

    def cycle_values(self):
        """What start_cycle takes: everything but the choice of a ready combination."""
        return {name: value for name, value in self.cleaned_data.items() if name != "variant"}


class VariantForm(VariantFields):
    """Changing the ingredients before the client signs."""

    def __init__(self, *args, medium, **kwargs):
        self.medium = medium
        super().__init__(*args, **kwargs)

    def clean(self):
        self.cleaned_data["medium"] = self.medium
        data = super().clean()
        data.pop("medium", None)
        return data


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
    notes_to_participant = forms.BooleanField(
        label=_("De klantmanager mag de aantekeningen van het interview lezen"), required=False,
        help_text=_("Zonder dit vinkje krijg je alleen de aandachtspunten en reflectievragen van de interviewer; "
                    "wat de cliënt letterlijk zei blijft bij de interviewer en de analisten."))
    retention_months = forms.IntegerField(
        label=_("Bewaartermijn na afronding (maanden)"), min_value=1, max_value=24, initial=6,
        error_messages={"min_value": _("Kies een bewaartermijn van 1 tot 24 maanden."),
                        "max_value": _("Kies een bewaartermijn van 1 tot 24 maanden."),
                        "invalid": _("Kies een bewaartermijn van 1 tot 24 maanden.")},
    )

    def __init__(self, *args, cycle, **kwargs):
        super().__init__(*args, **kwargs)
        # Ask only what this cycle's ingredients need; in a leidinggevende's conversation the medewerker signs.
        if not cycle.needs_recording:
            for name in ("analysts_may_view", "colleagues_may_view", "training_may_view", "retention_months"):
                del self.fields[name]
        if not cycle.with_client_feedback or cycle.medium == Medium.MANAGER:
            del self.fields["interview_allowed"]
            del self.fields["notes_to_participant"]
        elif cycle.with_client_feedback:
            self.fields["interview_allowed"].initial = True
        if cycle.medium == Medium.MANAGER:
            self.fields["signed_on"].label = _("Datum waarop de medewerker tekende")
            if "analysts_may_view" in self.fields:
                self.fields["colleagues_may_view"].label = _("Collega's (bijvoorbeeld de intervisiegroep) mogen "
                                                             "fragmenten zien")

    def consent_values(self):
        defaults = {"analysts_may_view": False, "retention_months": 6}
        return {**defaults, **self.cleaned_data}


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
    """Two analysts (when the cycle has analysts' feedback and has none yet) and the neutral interviewer (when it
    has the client's feedback): only the fields the cycle still needs."""

    analysts = PeopleChoiceField(
        label=_("Analisten"), queryset=get_user_model().objects.none(), widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies er precies twee. Ze analyseren onafhankelijk van elkaar."),
        error_messages={"required": _("Kies twee analisten.")},
    )
    interviewer = PersonChoiceField(
        label=_("Neutrale interviewer"), queryset=get_user_model().objects.none(), required=False,
        help_text=_("Een analist of neutrale functionaris spreekt de cliënt, nooit de klantmanager zelf. Leeg: een "
                    "van de analisten houdt het interview."),
    )

    def __init__(self, *args, cycle, **kwargs):
        super().__init__(*args, **kwargs)
        people = get_user_model().objects.exclude(pk=cycle.owner_id)  # never the owner of the conversation
        if cycle.with_analyst_feedback and cycle.step == "toestemming":
            self.fields["analysts"].queryset = by_name(access.holders(rules.ANALYSE_CYCLES, people))
        else:
            del self.fields["analysts"]
        if cycle.interview_possible and cycle.interviewer_id is None:
            self.fields["interviewer"].queryset = by_name(access.holders(rules.INTERVIEW_CLIENTS, people))
            if not cycle.with_analyst_feedback:
                self.fields["interviewer"].required = True
                self.fields["interviewer"].help_text = _("Een analist of neutrale functionaris spreekt de cliënt, "
                                                         "nooit de klantmanager zelf.")
                self.fields["interviewer"].error_messages["required"] = _("Kies een neutrale interviewer.")
        else:
            del self.fields["interviewer"]

    def clean_analysts(self):
        analysts = self.cleaned_data["analysts"]
        if len(analysts) != 2:
            raise forms.ValidationError(_("Kies precies twee analisten; niet meer en niet minder."),
                                        code="not_two")
        return analysts


def framework_fields(framework, prefix="", help_texts=True) -> dict:
    """One optional field per dimension of this framework version, named `prefix` + its code."""
    fields = {}
    for dimension in framework.dimensions.all():
        choices = [(option["code"], option["label"]) for option in dimension.options]
        common = {"label": dimension.label, "required": False,
                  "help_text": dimension.question if help_texts else ""}
        name = prefix + dimension.code
        if dimension.kind == "multiple":
            fields[name] = forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **common)
        elif dimension.kind == "text":
            fields[name] = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=5000, **common)
        else:
            fields[name] = forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    return fields


def analysis_form_class(framework):
    """A form with one field per dimension of this framework version (an analysis, a consensus, a zelfbeeld)."""
    return type("AnalysisForm", (ServerValidatedForm,), framework_fields(framework))


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


CLIENT_VIEW_PREFIX = "client__"


class InterviewForm(ServerValidatedForm):
    """The interviewer's own notes (they stay with the interviewer and the analysts) and, apart, what goes to the
    participant: aandachtspunten, reflectievragen, and how the client saw each part of the analysekader."""

    held_on = forms.DateField(label=_("Datum van het interview"), widget=DATE_WIDGET, error_messages=DATE_ERRORS,
                              initial=timezone.localdate)
    quotes = forms.CharField(label=_("Opvallende uitspraken van de cliënt"), widget=forms.Textarea(attrs={"rows": 3}),
                             required=False, max_length=5000)
    fragments = forms.MultipleChoiceField(label=_("Besproken fragmenten"), required=False,
                                          widget=forms.CheckboxSelectMultiple)
    points = forms.CharField(
        label=_("Aandachtspunten voor de klantmanager"), widget=forms.Textarea(attrs={"rows": 4}), max_length=3000,
        help_text=_("Opbouwend en in je eigen woorden, zonder de cliënt letterlijk te citeren."),
        error_messages={"required": _("Schrijf de aandachtspunten voor de klantmanager op.")})
    questions = forms.CharField(label=_("Reflectievragen voor de klantmanager"), required=False, max_length=3000,
                                widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, fragments=(), framework=None, **kwargs):
        super().__init__(*args, **kwargs)
        _add_questions(self, INTERVIEW_GUIDE, before="quotes")
        if fragments:
            self.fields["fragments"].choices = [(str(f.pk), str(f)) for f in fragments]
        else:
            del self.fields["fragments"]
        self.client_view_names = []
        if framework is not None:
            extra = framework_fields(framework, prefix=CLIENT_VIEW_PREFIX, help_texts=False)
            self.fields.update(extra)
            self.client_view_names = list(extra)

    def answers(self):
        return {code: self.cleaned_data[code] for code, _question in INTERVIEW_GUIDE}

    def client_view(self):
        return {name.removeprefix(CLIENT_VIEW_PREFIX): self.cleaned_data[name] for name in self.client_view_names}

    def fragment_ids(self):
        return [int(x) for x in self.cleaned_data.get("fragments", [])]

    def note_fields(self):
        return [self[name] for name in ("held_on", *[code for code, _q in INTERVIEW_GUIDE], "quotes", "fragments")
                if name in self.fields]

    def feedback_fields(self):
        return [self["points"], self["questions"]]

    def client_view_fields(self):
        return [self[name] for name in self.client_view_names]


class ReflectionForm(ServerValidatedForm):
    held_on = forms.DateField(label=_("Datum van het reflectiegesprek"), widget=DATE_WIDGET,
                              error_messages=DATE_ERRORS, initial=timezone.localdate)
    fragments = forms.MultipleChoiceField(
        label=_("Teruggekeken fragmenten"), widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies minstens één fragment dat jullie hebben teruggekeken.")})
    notes = forms.CharField(label=_("Overige aantekeningen"), widget=forms.Textarea(attrs={"rows": 3}),
                            required=False, max_length=10000)

    def __init__(self, *args, fragments=(), watch_back=True, **kwargs):
        super().__init__(*args, **kwargs)
        _add_questions(self, REFLECTION_QUESTIONS, before="notes")
        if watch_back:  # (a): the meeting works on fragments watched back; without it there are none to choose
            self.fields["fragments"].choices = [(str(f.pk), str(f)) for f in fragments]
        else:
            del self.fields["fragments"]

    def fragment_ids(self):
        return [int(x) for x in self.cleaned_data.get("fragments", [])]

    def answers(self):
        return {code: self.cleaned_data[code] for code, _question in REFLECTION_QUESTIONS}


class FollowUpForm(ServerValidatedForm):
    """Per aandachtspunt of the earlier conversation with this client: did it work?"""

    def __init__(self, *args, points=(), checks=None, **kwargs):
        super().__init__(*args, **kwargs)
        checks = checks or {}
        self.points = list(points)
        for point in self.points:
            done = checks.get(point.pk)
            self.fields[f"uitkomst_{point.pk}"] = forms.ChoiceField(
                label=point.text, choices=FollowUpCheck.Outcome.choices, widget=forms.RadioSelect, required=False,
                initial=done.outcome if done else None)
            self.fields[f"toelichting_{point.pk}"] = forms.CharField(
                label=_("Toelichting (optioneel)"), required=False, max_length=500,
                initial=done.note if done else "")

    def clean(self):
        data = super().clean()
        if self.points and not any(data.get(f"uitkomst_{point.pk}") for point in self.points):
            raise forms.ValidationError(_("Kies bij minstens één aandachtspunt of het gelukt is."), code="empty")
        return data

    def answered(self):
        return [(point, self.cleaned_data[f"uitkomst_{point.pk}"], self.cleaned_data[f"toelichting_{point.pk}"])
                for point in self.points if self.cleaned_data.get(f"uitkomst_{point.pk}")]

    def rows(self):
        return [(point, self[f"uitkomst_{point.pk}"], self[f"toelichting_{point.pk}"]) for point in self.points]


class AttentionPointForm(ServerValidatedForm):
    text = forms.CharField(label=_("Wat neem je mee?"), max_length=300,
                           help_text=_("Eén aandachtspunt per keer, bijvoorbeeld: 'Na een snelle ja doorvragen'."),
                           error_messages={"required": _("Schrijf op wat je meeneemt.")})
