"""Every free text a person can type has a maximum length, in the model and in the form.

Bounded input is what makes every page and document built from it bounded: a 1 MB goal once took a worker down.
This test walks every model and every form class of our apps, so the next field cannot forget its limit.
"""

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.apps import apps
from django.db import models

from lms.cycles.forms import analysis_form_class
from lms.framework.models import Framework

OUR_APPS = ("lms", "courses", "casuistiek", "buddy", "intervisie", "theme", "demo")


def our_app_configs():
    return [config for config in apps.get_app_configs() if config.name.split(".")[0] in OUR_APPS]


def our_modules():
    for config in our_app_configs():
        package = importlib.import_module(config.name)
        yield package
        if not hasattr(package, "__path__"):
            continue
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{config.name}."):
            if ".migrations" in info.name or ".tests" in info.name:
                continue
            yield importlib.import_module(info.name)


def our_form_classes():
    seen = set()
    for module in our_modules():
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, forms.BaseForm) and value.__module__ == module.__name__ and value not in seen:
                seen.add(value)
                yield value


def unbounded_text(field):
    """A field that keeps typed text without a maximum. A UUID is parsed to its fixed 36 characters, so it is not."""
    return isinstance(field, forms.CharField) and not isinstance(field, forms.UUIDField) and field.max_length is None


def fields_of(form_class):
    """The fields of a form as a person meets them: forms that add fields in `__init__` (guide questions) are
    instantiated when they can be without arguments; the others are read from their declared fields."""
    try:
        return form_class().fields
    except (TypeError, ValueError):  # needs its owner, cycle, a model ...: its declared fields are what it shows
        return form_class.base_fields


def test_every_model_text_field_of_our_apps_has_a_maximum_length():
    """Our own fields only: Wagtail's page fields (url_path, search description) are the library's."""
    missing = [f"{model._meta.label}.{field.name}"
               for config in our_app_configs() for model in config.get_models()
               for field in model._meta.get_fields()
               if getattr(field, "model", None) is model and field.model._meta.app_config is config
               and isinstance(field, models.CharField | models.TextField) and field.max_length is None
               and field.editable]
    assert missing == []


@pytest.mark.django_db
def test_every_form_text_field_of_our_apps_has_a_maximum_length():
    classes = list(our_form_classes())
    assert len(classes) > 20  # the walk found the forms
    missing = [f"{form.__module__}.{form.__name__}.{name}"
               for form in classes for name, field in fields_of(form).items() if unbounded_text(field)]
    assert missing == []


@pytest.mark.django_db
def test_the_analysis_form_built_from_the_framework_bounds_its_text_answers():
    form = analysis_form_class(Framework.current())()
    assert any(isinstance(field, forms.CharField) for field in form.fields.values())
    assert [name for name, field in form.fields.items() if unbounded_text(field)] == []


def test_a_reflection_longer_than_its_maximum_is_refused_with_a_max_length_error_and_the_box_says_its_limit():
    from lms.goals.forms import EvaluationForm
    from lms.goals.models import REFLECTION_LENGTH

    form = EvaluationForm(data={"progress": "2", "tried": "x" * (REFLECTION_LENGTH + 1), "decision": "continue"})
    assert not form.is_valid()
    assert form.has_error("tried", "max_length")
    assert f'maxlength="{REFLECTION_LENGTH}"' in str(form["tried"])
