from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """Django forms rendered with NL Design System form-field markup (label, description, error, control)."""

    form_template_name = "theme/forms/form.html"
    field_template_name = "theme/forms/field.html"
