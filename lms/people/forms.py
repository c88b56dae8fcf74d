"""Forms of the people app: sharing an item with a named person."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from theme.forms import IdsChoiceField, ServerValidatedForm
from theme.submissions import SubmissionKeyField

from .naming import by_name, display_name
from .roles import Role


class PersonChoiceField(forms.ModelChoiceField):
    """One person, named as colleagues know them whatever the user model's own text is."""

    def label_from_instance(self, obj):
        return display_name(obj)


class PeopleChoiceField(IdsChoiceField):
    """Several people by id, each named as colleagues know them."""

    def label_from_instance(self, obj):
        return display_name(obj)


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

