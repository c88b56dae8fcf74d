from django import forms
from django.forms.renderers import TemplatesSetting


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
