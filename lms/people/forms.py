"""Forms of the people app: sharing an item with a named person."""

from collections import Counter

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _

from theme.forms import IdsChoiceField, ServerValidatedForm
from theme.submissions import SubmissionKeyField

from .naming import by_name, display_name
from .roles import Role


class PeopleByTeam(BaseChoiceIterator):
    """The field's people grouped by team (a group per team, then those without one), in one query when rendered.

    Equal names are told apart by the login name: two colleagues called Jan de Vries must not look like one."""

    def __init__(self, field):
        self.field = field

    def __iter__(self):
        if getattr(self.field, "empty_label", None) is not None:
            yield ("", self.field.empty_label)
        people = list(by_name(self.field.queryset).select_related("participant__team"))
        names = Counter(display_name(person) for person in people)
        groups = {}
        for person in people:
            name = display_name(person)
            label = f"{name} ({person.get_username()})" if names[name] > 1 else name
            groups.setdefault(_team_of(person), []).append((self.field.prepare_value(person), label))
        for team in sorted(groups, key=lambda team: (team == NO_TEAM, str(team))):
            yield (str(team), groups[team])


NO_TEAM = _("Zonder team")


def _team_of(person):
    team = getattr(getattr(person, "participant", None), "team", None)
    return team.name if team is not None else NO_TEAM


class GroupedByTeam:
    """For a choice of people: named as colleagues know them whatever the user model's own text is, by team."""

    def label_from_instance(self, obj):
        return display_name(obj)

    @property
    def choices(self):
        return PeopleByTeam(self)

    @choices.setter
    def choices(self, value):
        forms.ChoiceField.choices.fset(self, value)


class PersonChoiceField(GroupedByTeam, forms.ModelChoiceField):
    """One person."""


class PeopleChoiceField(GroupedByTeam, IdsChoiceField):
    """Several people by id; long lists get a filter box (theme/forms/field.html)."""

    filterable = True


class ShareForm(ServerValidatedForm):
    grantee = PersonChoiceField(
        label=_("Delen met"), queryset=get_user_model().objects.none(), empty_label=_("— kies een persoon —"),
        help_text=_("Je buddy of teamcoach. Alleen die persoon ziet wat je deelt."),
        error_messages={"required": _("Kies met wie je dit doel deelt.")},
    )
    expires_on = forms.DateField(
        label=_("Delen tot en met (optioneel)"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leeg laten om te delen tot je het zelf intrekt."),
        error_messages={"invalid": _("Vul een geldige datum in.")},
    )
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)
    submission_key = SubmissionKeyField()

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grantee"].queryset = (
            by_name(get_user_model().objects.filter(is_active=True)
                    .filter(Q(groups__name=Role.BUDDY.value) | Q(groups__name=Role.TEAMCOACH.value))
                    .exclude(pk=owner.pk).distinct())
        )

