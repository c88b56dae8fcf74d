from django import forms
from django.utils.translation import gettext_lazy as _

from theme.converters import MAX_ID
from theme.forms import ServerValidatedForm
from theme.submissions import SubmissionKeyField

from .models import Mode, TeamPreference
from .services import check_planned_on

CAPACITY_ERROR = _("Je kunt 1, 2 of 3 nieuwkomers tegelijk begeleiden.")


class OfferForm(ServerValidatedForm):
    capacity = forms.IntegerField(label=_("Hoeveel nieuwkomers tegelijk?"), min_value=1, max_value=3, initial=1,
                                  error_messages={"min_value": CAPACITY_ERROR, "max_value": CAPACITY_ERROR,
                                                  "invalid": CAPACITY_ERROR, "required": CAPACITY_ERROR})
    team_preference = forms.ChoiceField(label=_("Team"), choices=TeamPreference.choices, widget=forms.RadioSelect,
                                        initial=TeamPreference.NONE)
    mode = forms.ChoiceField(label=_("Hoe werk je het liefst samen?"), choices=Mode.choices,
                             widget=forms.RadioSelect, initial=Mode.EITHER)
    available_until = forms.DateField(label=_("Beschikbaar tot en met (optioneel)"), required=False,
                                      widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                                      error_messages={"invalid": _("Vul een geldige datum in.")})
    active = forms.BooleanField(label=_("Ik ben beschikbaar als buddy"), required=False, initial=True)


class CheckInForm(ServerValidatedForm):
    planned_on = forms.DateField(label=_("Datum"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                                 error_messages={"invalid": _("Vul een geldige datum in."),
                                                 "required": _("Kies een datum.")})
    topics = forms.CharField(label=_("Onderwerpen"), max_length=300, required=False,
                             help_text=_("Bijvoorbeeld: eerste video-reflectie, lastig gesprek van vorige week."))
    notes = forms.CharField(label=_("Aantekeningen (alleen voor jullie twee)"), required=False,
                            max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    submission_key = SubmissionKeyField()

    def __init__(self, *args, current=None, **kwargs):
        """`current`: the check-in being changed; its own date may stay as it is, also when it has passed."""
        super().__init__(*args, **kwargs)
        self.current = current
        if current is not None:
            del self.fields["submission_key"]

    def clean_planned_on(self):
        planned_on = self.cleaned_data["planned_on"]
        if self.current is None or planned_on != self.current.planned_on:
            check_planned_on(planned_on)  # its ValidationError lands beside the date field
        return planned_on


class ProposalChoiceForm(forms.Form):
    """The proposal (and, when swapping, the buddy) a teamcoach's button names: ids, checked before any lookup."""

    pair = forms.IntegerField(min_value=1, max_value=MAX_ID)
    buddy = forms.IntegerField(min_value=1, max_value=MAX_ID, required=False)
