"""A system check: every installed model that points at a person or holds a client code has a privacy provider.

Every installed app counts, the library apps (Wagtail, axes, sessions, django-q2) included: their tables hold
people as much as ours, and `library.py` gives them providers. Only a field declared on the model itself counts, so
a page type is not blamed for the `owner` it inherits from Wagtail's Page (which has its own provider). Tables that
name a person without a key (axes, sessions, task arguments) cannot be found this way; their providers declare them.
"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, register

from .registry import declared_models

# Models with a key to a person that need no provider, each with the reason. Keep it short and honest.
EXEMPT = {
    # The privacy app's own bookkeeping: step_out removes the person's audit trail and exports itself, and
    # withdraws other people's exports that hold them (services.withdraw_exports_naming).
    "privacy.auditentry",
    "privacy.exportrequest",
    # The test settings' stand-in app (tests/support): installed only under lms.settings.test, holds no real data.
    "support.journal",
}


def _is_personal(model):
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    if model is user_model:
        return True
    for field in model._meta.get_fields():
        if getattr(field, "model", None) is not model:
            continue  # inherited from a parent model, which is checked on its own
        if field.concrete and getattr(field, "related_model", None) is user_model:
            return True
        if getattr(field, "name", "") == "client_code":
            return True
    return False


@register()
def providers_cover_personal_models(app_configs, **kwargs):
    declared = declared_models()
    errors = []
    for model in apps.get_models():
        if model._meta.label_lower in EXEMPT or model._meta.proxy:
            continue
        if _is_personal(model) and model not in declared:
            errors.append(Error(
                f"{model._meta.label} holds personal data but no privacy provider declares it.",
                hint="Add it to the PersonalData list of the app's privacy.py (or, for a library, lms/privacy/"
                     "library.py).", obj=model, id="privacy.E001",
            ))
    return errors
