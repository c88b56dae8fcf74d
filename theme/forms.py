from django import forms
from django.forms.renderers import TemplatesSetting
from django.forms.utils import flatatt
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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


class LongSelect(forms.Select):
    """A select of many options (hundreds of teams) written in one pass: Django's own Select renders a template per
    option, which for 500 teams took 45 ms of a 55 ms page. Same HTML as Django's: escaped labels, `selected` on
    the chosen value, the attributes Django builds (id, aria-describedby, aria-invalid)."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        options = "".join(
            format_html('<option value="{}"{}>{}</option>', option_value,
                        mark_safe(" selected") if str(option_value) in chosen else "", label)  # noqa: S308
            for option_value, label in self.choices)
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        return format_html("<select{}>{}</select>", flatatt(final_attrs), mark_safe(options))  # noqa: S308
