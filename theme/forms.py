from django import forms
from django.forms.renderers import TemplatesSetting

from theme.converters import MAX_ID


class FormRenderer(TemplatesSetting):
    """Django forms rendered with NL Design System form-field markup (label, description, error, control)."""

    form_template_name = "theme/forms/form.html"
    field_template_name = "theme/forms/field.html"


class ServerValidatedForm(forms.Form):
    """Our forms validate on the server and show Dutch messages beside each field.

    The HTML `required` attribute is left out: NL Design System's CSS paints empty required textareas and radio
    groups red (`:invalid`) before the person typed anything, and the browser's own English-or-Dutch bubbles
    would compete with our messages. Labels say "(verplicht)" instead.
    """

    use_required_attribute = False


def is_object_id(text) -> bool:
    """ASCII digits for a number the database can hold ("²" is a digit to `str.isdigit`, not to `int`)."""
    return text.isascii() and text.isdigit() and 0 < int(text) <= MAX_ID


class ObjectIdField(forms.IntegerField):
    """An object id from a request: ASCII digits only, within the database's range (never `str.isdigit` + `int`)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        value = value.strip() if isinstance(value, str) else value
        if isinstance(value, str) and value and not (value.isascii() and value.isdigit()):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


def id_from(data, name):
    """The valid object id under `name` in a QueryDict (GET or POST), or None: a bad value is no choice at all."""
    form = type("IdForm", (forms.Form,), {name: ObjectIdField()})(data)
    return form.cleaned_data[name] if form.is_valid() else None


class IdsChoiceField(forms.ModelMultipleChoiceField):
    """Several objects chosen by id: an id that is not ASCII digits within the database's range is refused before
    the query (Django's own field lets an overflowing id reach the driver, which fails on SQLite)."""

    def _check_values(self, value):
        if self.to_field_name is None and isinstance(value, (list, tuple)):
            for pk in value:
                if isinstance(pk, str) and not is_object_id(pk):
                    raise forms.ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                                                params={"pk": pk})
        return super()._check_values(value)
