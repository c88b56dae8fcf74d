"""Forms of the leeragenda: the dashboard's filters and an anonymous contribution."""

from django import forms
from django.utils.translation import gettext_lazy as _

from theme.forms import ServerValidatedForm

from .models import AgendaPage, ThemePage
from .selectors import linkable_themes

ORGANISATION_CHOICE = ""


class DashboardFilter(ServerValidatedForm):
    """Agenda, quarter and team. Every combination reads the same suppressed cube (see disclosure)."""

    agenda = forms.ModelChoiceField(label=_("Leeragenda"), queryset=AgendaPage.objects.none(), empty_label=None)
    kwartaal = forms.TypedChoiceField(label=_("Kwartaal"), coerce=int, choices=())
    team = forms.TypedChoiceField(label=_("Team"), coerce=int, empty_value=ORGANISATION_CHOICE, required=False,
                                  choices=())

    def __init__(self, data, *, agendas, agenda, teams):
        super().__init__(data)
        self.fields["agenda"].queryset = agendas
        self.fields["kwartaal"].choices = [(q.number, q.label) for q in agenda.quarters()]
        self.fields["team"].choices = [(ORGANISATION_CHOICE, _("Hele organisatie")),
                                       *[(pk, name) for pk, name in teams]]
        self.fields["agenda"].error_messages["invalid_choice"] = _("Kies een gepubliceerde leeragenda.")
        self.fields["kwartaal"].error_messages["invalid_choice"] = _("Kies een kwartaal van deze leeragenda.")
        self.fields["team"].error_messages["invalid_choice"] = _("Kies een bestaand team of de hele organisatie.")


class ContributionForm(ServerValidatedForm):
    theme = forms.ModelChoiceField(
        label=_("Bij welk thema hoort dit?"), queryset=ThemePage.objects.none(), empty_label=_("— kies een thema —"),
        error_messages={"required": _("Kies het thema waar je bijdrage bij hoort."),
                        "invalid_choice": _("Dit thema staat niet (meer) op de leeragenda.")},
    )
    text = forms.CharField(
        label=_("Wat wil je de organisatie meegeven?"), max_length=600, widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Schrijf het zo dat niemand te herkennen is: geen namen, geen cliëntcodes, geen data of "
                    "plaatsen. Het MT leest dit zonder je naam, team of datum: pas na afloop van het kwartaal, "
                    "en alleen als er dan van genoeg mensen een bijdrage bij dit thema is."),
        error_messages={"required": _("Schrijf op wat je wilt delen."),
                        "max_length": _("Houd het kort: hoogstens %(limit_value)d tekens (nu %(show_value)d).")},
    )
    agree = forms.BooleanField(
        label=_("Ik deel dit anoniem met de organisatie. Ik kan het later zelf weer intrekken."),
        error_messages={"required": _("Vink aan dat je dit anoniem wilt delen.")},
    )

    def __init__(self, *args, client_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = linkable_themes().order_by("path")
        self.client_codes = [code for code in client_codes if code]

    def clean_text(self):
        text = self.cleaned_data["text"]
        lowered = text.lower()
        if any(code.lower() in lowered for code in self.client_codes):
            raise forms.ValidationError(_("Je tekst bevat een cliëntcode. Haal die eruit: een bijdrage is anoniem, "
                                          "ook voor de cliënt."))
        return text
