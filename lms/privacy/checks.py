"""A system check: every model of our apps that points at a person or holds a client code has a privacy provider.

"Our apps" are derived from the providers, not listed here: every installed app that lives in a package one of the
registered providers comes from (lms, courses, buddy, ...), so a new app beside them is checked from its first
model, and a host site's own apps are left alone.
"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, register

from .registry import declared_models, providers

EXEMPT = {"privacy.auditentry", "privacy.exportrequest"}  # the privacy app's own bookkeeping


def our_app_labels():
    packages = set()
    for provider in providers().values():
        packages.add(apps.get_app_config(provider.app_label).name.split(".")[0])
    packages.add(__name__.split(".")[0])  # this app's own package
    return {config.label for config in apps.get_app_configs() if config.name.split(".")[0] in packages}


def _is_personal(model, our_apps):
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    for field in model._meta.get_fields():
        related = getattr(field, "related_model", None)
        owner_app = getattr(getattr(field, "model", None), "_meta", None)
        if owner_app is not None and owner_app.app_label not in our_apps:
            continue  # fields inherited from Wagtail's Page (owner, locks) are Wagtail's own editorial data
        if field.concrete and related is user_model:
            return True
        if getattr(field, "name", "") == "client_code":
            return True
    return model is user_model


@register()
def providers_cover_personal_models(app_configs, **kwargs):
    declared = declared_models()
    our_apps = our_app_labels()
    errors = []
    for model in apps.get_models():
        if model._meta.app_label not in our_apps or model._meta.label_lower in EXEMPT:
            continue
        if _is_personal(model, our_apps) and model not in declared:
            errors.append(Error(
                f"{model._meta.label} holds personal data but no privacy provider declares it.",
                hint="Add it to the PersonalData list of the app's privacy.py.", obj=model, id="privacy.E001",
            ))
    return errors
