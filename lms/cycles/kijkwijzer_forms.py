"""Forms of the Kijkwijzer self-analysis (kijkwijzer.py). They validate input; `services.self_analysis` acts.

One page holds the whole self-analysis: on its own the facts of the conversation, the fragments marked while
watching (a list and the fields for one more), and per part of the analysekader the field the analysts get,
with the Werkblad's question as its description. Each part is its own form with a prefix, posted together.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from theme.forms import ServerValidatedForm
from theme.submissions import SubmissionKeyField

from .forms import DATE_ERRORS, DATE_WIDGET, ClockField, FragmentForm, framework_fields
from .models import Fragment
from .validators import validate_client_code, validate_recording_url

ANSWERS_PREFIX = "antwoord"
DETAILS_PREFIX = "gesprek"
FRAGMENT_PREFIX = "fragment"


class DetailsForm(ServerValidatedForm):
    """The conversation analysed on its own: when it was, what the participant calls it, where the recording is."""

    held_on = forms.DateField(label=_("Datum van het gesprek"), widget=DATE_WIDGET, error_messages=DATE_ERRORS,
                              initial=timezone.localdate)
    client_code = forms.CharField(
        label=_("Cliëntcode of korte naam (optioneel)"), max_length=20, required=False,
        validators=[validate_client_code],
        help_text=_("Een code die alleen jij kunt herleiden, zoals 'C-17', of een paar woorden zoals 'Intake "
                    "dinsdag'. Nooit een naam, geboortedatum of BSN."))
    recording_url = forms.URLField(
        label=_("Link naar de opname (optioneel)"), max_length=500, required=False, assume_scheme="https",
        validators=[validate_recording_url],
        help_text=_("De link naar de opname in de beveiligde opslag van de organisatie. De video zelf komt nooit "
                    "in dit systeem."),
        error_messages={"invalid": _("Vul een volledige link in, die begint met https://.")})
    duration = ClockField(label=_("Duur van de opname (optioneel)"), required=False,
                          help_text=_("Bijvoorbeeld 52:30. Dan controleren we dat je fragmenten binnen de opname "
                                      "vallen."))

    @staticmethod
    def initial_for(self_analysis) -> dict:
        duration = self_analysis.duration_seconds
        return {"held_on": self_analysis.held_on, "client_code": self_analysis.client_code,
                "recording_url": self_analysis.recording_url,
                "duration": Fragment.clock(duration) if duration else ""}

    def details(self) -> dict:
        """What the services take (`clean_details`)."""
        data = self.cleaned_data
        return {"held_on": data["held_on"], "client_code": data["client_code"],
                "recording_url": data["recording_url"], "duration_seconds": data["duration"]}


class StartForm(DetailsForm):
    submission_key = SubmissionKeyField()


class AnswersForm(ServerValidatedForm):
    """One field per part of the self-analysis's framework version, as the analysts get it; the description is
    the Werkblad's question for oneself (the analysts' question where the Werkblad has none)."""

    def __init__(self, *args, framework, **kwargs):
        super().__init__(*args, prefix=ANSWERS_PREFIX, **kwargs)
        self.framework = framework
        self.fields.update(framework_fields(framework, help_texts=False))
        for dimension in framework.dimensions.all():
            self.fields[dimension.code].help_text = dimension.question_for_oneself

    def parts(self):
        """(group label, [(dimension, bound field)]) in the framework's order: the theory first, then the Kijkwijzer's
        attention areas."""
        groups = []
        for dimension in self.framework.dimensions.all():
            label = dimension.get_group_display()
            if not groups or groups[-1][0] != label:
                groups.append((label, []))
            groups[-1][1].append((dimension, self[dimension.code]))
        return groups


class MarkFragmentForm(FragmentForm):
    """One more fragment, marked while watching; only read when one of its fields is filled in."""

    def __init__(self, *args, framework, **kwargs):
        super().__init__(*args, framework=framework, prefix=FRAGMENT_PREFIX, **kwargs)
        self.fields["label"].help_text = _("Een paar woorden, zoals 'Drie vragen achter elkaar'.")
        self.fields["start"].help_text = _("Minuten:seconden in de opname, bijvoorbeeld 12:30.")
        self.fields["end"].help_text = _("Bijvoorbeeld 13:05.")

    def is_filled_in(self) -> bool:
        if not self.is_bound:
            return False
        return any((self.data.get(self.add_prefix(name)) or "").strip()
                   for name in ("start", "end", "label", "observation"))
