"""A system check: every installed model that points at a person or holds a client code has a privacy provider.

Our own apps count, and the library apps we give providers (Wagtail, axes, sessions, django-q2): their tables hold
people as much as ours, and `library.py` gives them providers. A host site's own apps are not ours to judge: when
the apps are installed into an existing site, that site answers for its own tables. Only a field declared on the
model itself counts, so a page type is not blamed for the `owner` it inherits from Wagtail's Page (which has its
own provider). Tables that name a person without a key (axes, sessions, task arguments) cannot be found this way;
their providers declare them.
"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, register

from .registry import declared_models, providers

# Models with a key to a person that need no provider, each with the reason. Keep it short and honest.
EXEMPT = {
    # The privacy app's own bookkeeping: step_out removes the person's audit trail and exports itself, and
    # withdraws other people's exports that hold them (services.withdraw_exports_naming).
    "lms_privacy.auditentry",
    "lms_privacy.exportrequest",
    # The test settings' stand-in app (tests/support): installed only under vknz_site.settings.test, holds no real data.
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


def _is_checked(model, prefixes) -> bool:
    name = model._meta.app_config.name
    return model is apps.get_model(settings.AUTH_USER_MODEL) or any(
        name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def _checked_prefixes() -> set[str]:
    """The packages of every registered provider (our apps) and the apps the library providers speak for (all of
    Wagtail for wagtailcore); derived, so a new app of ours is checked from its first provider on."""
    prefixes = set()
    for label, provider in providers().items():
        prefixes.add(type(provider).__module__.split(".")[0])
        config = next((c for c in apps.get_app_configs() if c.label == label), None)
        if config is not None:
            prefixes.add(config.name)
    return prefixes


@register()
def providers_cover_personal_models(app_configs, **kwargs):
    declared = declared_models()
    prefixes = _checked_prefixes()
    errors = []
    for model in apps.get_models():
        if model._meta.label_lower in EXEMPT or model._meta.proxy or not _is_checked(model, prefixes):
            continue
        if _is_personal(model) and model not in declared:
            errors.append(Error(
                f"{model._meta.label} holds personal data but no privacy provider declares it.",
                hint="Add it to the PersonalData list of the app's privacy.py (or, for a library, lms/privacy/"
                     "library.py).", obj=model, id="privacy.E001",
            ))
    return errors
