"""Forms for the leergang's actions on a module page: they check the request before `progress` does the work."""

from django import forms


class TickForm(forms.Form):
    """The ticked items of a checklist block: item numbers (ASCII digits, at most 3), each item once."""

    items = forms.TypedMultipleChoiceField(coerce=int, required=False,
                                           choices=[(str(number), str(number)) for number in range(1000)])

    def ticked(self):
        """The valid item numbers; an invalid list ticks nothing rather than failing."""
        return sorted(set(self.cleaned_data["items"])) if self.is_valid() else []
