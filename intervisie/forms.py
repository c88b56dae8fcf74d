"""Forms of the intervisie pages. They validate input and say what is wrong in Dutch; `services` does the work."""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.cycles.models import Fragment
from lms.people import access
from lms.people.forms import PeopleChoiceField, PersonChoiceField
from lms.people.naming import by_name
from theme.forms import IdsChoiceField, ServerValidatedForm
from theme.submissions import SubmissionKeyField

from .models import Answer, Method, Slot
from .rules import FORM_GROUPS_FOR_OTHERS

MAX_SLOTS = 10
# How far ahead a session or a poll may be planned: far enough for any series, near enough that date arithmetic
# (the end of a session, the weeks of a series) never leaves the calendar.
MAX_DAYS_AHEAD = 2 * 366


class GroupForm(ServerValidatedForm):
    name = forms.CharField(label=_("Naam van de groep"), max_length=80,
                           error_messages={"required": _("Geef de groep een naam.")})
    members = PeopleChoiceField(
        label=_("Leden (4 tot 8)"), queryset=get_user_model().objects.none(),
        widget=forms.CheckboxSelectMultiple, error_messages={"required": _("Kies de leden.")})
    cadence_weeks = forms.IntegerField(label=_("Om de hoeveel weken?"), initial=6)
    default_method = forms.ModelChoiceField(label=_("Vaste methode"), queryset=Method.objects.none(),
                                            required=False)
    usual_minutes = forms.IntegerField(label=_("Duur van een bijeenkomst (minuten)"), initial=90,
                                       min_value=30, max_value=240)
    submission_key = SubmissionKeyField()

    def __init__(self, *args, creator=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.creator = creator
        self.fields["members"].queryset = by_name(
            get_user_model().objects.filter(is_active=True, participant__isnull=False))
        self.fields["default_method"].queryset = Method.objects.filter(live=True)


    def clean_members(self):
        """The service's rule, asked here too so that the form comes back with everything typed and the reason,
        instead of a 403 page: a teamcoach may form a group for others, anyone else forms a group they are in."""
        members = self.cleaned_data["members"]
        if (self.creator is not None and self.creator not in members
                and not access.may(self.creator, FORM_GROUPS_FOR_OTHERS)):
            raise forms.ValidationError(
                _("Vink jezelf ook aan: je maakt een intervisiegroep waar je zelf lid van bent. Alleen een "
                  "teamcoach stelt een groep samen voor anderen."), code="creator_not_member")
        return members


class PollForm(ServerValidatedForm):
    """When the series may start; the moments to choose from are the `SlotFormSet` beside it."""

    first_date = forms.DateField(
        label=_("Eerste bijeenkomst op of na"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Vul een geldige startdatum in."),
                        "invalid": _("Vul een geldige startdatum in.")},
    )
    submission_key = SubmissionKeyField()

    def clean_first_date(self):
        value = self.cleaned_data["first_date"]
        if value > timezone.localdate() + datetime.timedelta(days=MAX_DAYS_AHEAD):
            raise forms.ValidationError(_("Kies een startdatum hoogstens twee jaar vooruit."), code="too_far_ahead")
        return value


class SlotForm(ServerValidatedForm):
    """One possible fixed moment: a weekday and a time. A row left empty is no moment."""

    weekday = forms.TypedChoiceField(label=_("Dag"), choices=[("", "—"), *Slot.WEEKDAYS], coerce=int,
                                     empty_value=None, required=False,
                                     error_messages={"invalid_choice": _("Kies een werkdag.")})
    start_time = forms.TimeField(label=_("Tijd"), required=False,
                                 widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                                 error_messages={"invalid": _("Vul tijden in als uu:mm.")})

    def clean(self):
        cleaned = super().clean()
        weekday, start = cleaned.get("weekday"), cleaned.get("start_time")
        if not self.errors and (weekday is None) != (start is None):
            raise forms.ValidationError(_("Kies bij elk moment een dag én een tijd."), code="incomplete_slot")
        return cleaned


class BaseSlotFormSet(forms.BaseFormSet):
    def moments(self):
        """The filled-in moments as (weekday, time), in the order given."""
        return [(form.cleaned_data["weekday"], form.cleaned_data["start_time"]) for form in self.forms
                if form.cleaned_data.get("weekday") is not None]


SlotFormSet = forms.formset_factory(SlotForm, formset=BaseSlotFormSet, extra=3, max_num=MAX_SLOTS,
                                    validate_max=True)
SLOTS_PREFIX = "moment"


class AnswerForm(ServerValidatedForm):
    """A member's answers to a poll: one choice per slot (field `slot-<id>`), each optional."""

    def __init__(self, *args, slots, **kwargs):
        super().__init__(*args, **kwargs)
        for slot in slots:
            self.fields[f"slot-{slot.pk}"] = forms.ChoiceField(
                label=str(slot), choices=Answer.Choice.choices, required=False, widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Dit antwoord hoort niet bij deze datumprikker.")})

    def choices(self):
        """{slot id: choice} for the slots answered."""
        return {int(name.removeprefix("slot-")): value for name, value in self.cleaned_data.items() if value}


class SessionForm(ServerValidatedForm):
    case_text = forms.CharField(label=_("De casus van de inbrenger"), required=False, max_length=10000,
                                widget=forms.Textarea(attrs={"rows": 3}))
    report = forms.CharField(label=_("Verslag (alleen voor de groep)"), required=False, max_length=10000,
                             widget=forms.Textarea(attrs={"rows": 5}))
    advice = forms.CharField(label=_("Adviezen en acties voor de volgende keer"), required=False, max_length=5000,
                             widget=forms.Textarea(attrs={"rows": 3}))


class PlanningForm(ServerValidatedForm):
    """Time, place and roles of one session: proposed by the rotation, changed by the group when needed."""

    starts_at = forms.DateTimeField(label=_("Begint"), widget=forms.DateTimeInput(
        attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={"invalid": _("Vul een geldige datum en tijd in.")})
    place = forms.CharField(label=_("Plaats of link"), max_length=300, required=False)
    presenter = PersonChoiceField(label=_("Inbrenger"), queryset=get_user_model().objects.none(),
                                       required=False)
    facilitator = PersonChoiceField(label=_("Gespreksleider"), queryset=get_user_model().objects.none(),
                                         required=False)
    note_taker = PersonChoiceField(label=_("Notulist"), queryset=get_user_model().objects.none(),
                                        required=False)

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        members = by_name(get_user_model().objects.filter(intervision_memberships__group=group))
        for name in ("presenter", "facilitator", "note_taker"):
            self.fields[name].queryset = members

    def clean_starts_at(self):
        value = self.cleaned_data["starts_at"]
        if value < timezone.now():
            raise forms.ValidationError(_("Een bijeenkomst plan je in de toekomst."), code="in_the_past")
        if value > timezone.now() + datetime.timedelta(days=MAX_DAYS_AHEAD):
            raise forms.ValidationError(_("Plan een bijeenkomst hoogstens twee jaar vooruit."), code="too_far_ahead")
        return value


class FragmentsForm(ServerValidatedForm):
    """The inbrenger's choice of fragments from their own video-reflection (the client's consent is the service's
    check, so that a fragment whose consent changed meanwhile gets its own message)."""

    fragment = IdsChoiceField(
        label=_("Fragmenten"), queryset=Fragment.objects.none(),
        error_messages={"required": _("Kies minstens één fragment."),
                        "invalid_choice": _("Je deelt alleen fragmenten die je zelf in je video-reflectie markeerde."),
                        "invalid_pk_value": _("Je deelt alleen fragmenten die je zelf in je video-reflectie "
                                              "markeerde.")})

    def __init__(self, *args, fragments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fragment"].queryset = fragments
