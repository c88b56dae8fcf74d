"""Forms of the leeragenda: the themes of a goal (on their own page and on the new-goal form) and an anonymous
contribution. The dashboard's filters are the statistics' own (statistics.dashboard)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.goals.extensions import GoalFormPart
from theme.forms import IdsChoiceField, ServerValidatedForm, is_object_id
from theme.submissions import SubmissionKeyField

from .models import ThemePage
from .selectors import linkable_themes, linked_themes
from .services import set_goal_themes


class ThemeField(IdsChoiceField):
    """The leeragenda's themes as checkboxes (of agendas that have not ended; agendas never overlap)."""

    def __init__(self, **kwargs):
        super().__init__(
            queryset=ThemePage.objects.none(), required=False,
            widget=forms.CheckboxSelectMultiple, label=_("Thema's van de leeragenda"),
            help_text=_("Aan welk thema van de leeragenda werk je met dit doel? Dat is niet verplicht. Het MT ziet "
                        "alleen per thema en team hoeveel mensen eraan werken, vanaf een minimum aantal, nooit wie."),
            **kwargs,
        )

    def label_from_instance(self, theme):
        return theme.title

    def offer(self, extra=None):
        queryset = linkable_themes()
        if extra is not None:
            queryset = (queryset | extra).distinct()
        self.queryset = queryset.order_by("path")


class GoalThemesForm(ServerValidatedForm):
    """Link a goal that exists to themes, or unlink it: the open agendas' themes and those it is linked to."""

    themes = ThemeField()

    def __init__(self, *args, goal, **kwargs):
        linked = linked_themes(goal)
        super().__init__(*args, initial={"themes": list(linked)}, **kwargs)
        self.fields["themes"].offer(extra=linked)


class ThemeChoice(GoalFormPart):
    """The themes on the new-goal form: preselected when the writer came from a theme ("schrijf een eigen doel",
    ?thema=<pk>), linked once the goal exists, in the same transaction."""

    def fields(self):
        field = ThemeField()
        field.offer()
        return {"themes": field}

    def initial(self, query):
        return {"themes": [query["thema"]]} if query.get("thema") else {}

    def save(self, owner, goal, cleaned_data):
        if cleaned_data.get("themes"):
            set_goal_themes(owner, goal, cleaned_data["themes"])


class ThemeChoiceField(forms.ModelChoiceField):
    """One theme by id; an id the database cannot hold is an invalid choice, not a query that overflows."""

    def to_python(self, value):
        if value not in self.empty_values and not is_object_id(str(value)):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class ContributionForm(ServerValidatedForm):
    theme = ThemeChoiceField(
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
    submission_key = SubmissionKeyField()

    def __init__(self, *args, client_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = linkable_themes().order_by("path")
        self.client_codes = [code for code in client_codes if code]

    def clean_text(self):
        text = self.cleaned_data["text"]
        lowered = text.lower()
        if any(code.lower() in lowered for code in self.client_codes):
            raise forms.ValidationError(_("Je tekst bevat een cliëntcode. Haal die eruit: een bijdrage is anoniem, "
                                          "ook voor de cliënt."), code="client_code")
        return text
