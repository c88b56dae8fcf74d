"""A system check: every model of our apps that points at a person or holds a client code has a privacy provider."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, register

OUR_APPS = ("people", "notifications", "framework", "goals", "cycles", "courses", "casuistiek", "buddy",
            "intervisie", "agenda", "home", "privacy")
EXEMPT = {"privacy.auditentry", "privacy.exportrequest"}  # the privacy app's own bookkeeping


def _is_personal(model):
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for field in model._meta.get_fields():
        related = getattr(field, "related_model", None)
        owner_app = getattr(getattr(field, "model", None), "_meta", None)
        if owner_app is not None and owner_app.app_label not in OUR_APPS:
            continue  # fields inherited from Wagtail's Page (owner, locks) are Wagtail's own editorial data
        if field.concrete and related is user_model:
            return True
        if getattr(field, "name", "") == "client_code":
            return True
    return model is user_model


@register()
def providers_cover_personal_models(app_configs, **kwargs):
    from .registry import declared_models

    declared = declared_models()
    errors = []
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS or model._meta.label_lower in EXEMPT:
            continue
        if _is_personal(model) and model not in declared:
            errors.append(Error(
                f"{model._meta.label} holds personal data but no privacy provider declares it.",
                hint="Add it to the PersonalData list of the app's privacy.py.", obj=model, id="privacy.E001",
            ))
    return errors
