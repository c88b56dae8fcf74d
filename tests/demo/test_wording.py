"""The demo's wording is consistent: the person a klantmanager talks with is a "cliënt", the leergang names as many
intervisie methods as the demo seeds, and there is no image for the strategies (the report has none either).

The demo loads once for the module; every text a user can see is gathered from the project's own models (pages,
snippets, notices, goals, cycles, ...) and the transaction is rolled back.
"""

import io
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import models, transaction
from wagtail.fields import StreamField
from wagtail.images import get_image_model

from courses.models import ModulePage
from intervisie.models import Method

pytestmark = pytest.mark.django_db

# "klant", "klanten", "klantgesprek", ... but not the job title "klantmanager(s)"; "client" without the diaeresis.
WRONG = re.compile(r"\bklant(?!manager)\w*|\bclient\w*", re.IGNORECASE)
# Where "klanten" are not the klantmanager's cliënten: the cliënt with her own atelier and her customers.
CUSTOMERS_OF_THE_CLIENT = ("uw klanten", "haar klanten", "naar klanten en behoeften")
NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10}
METHOD_COUNT = re.compile(
    r"\b(\d+|" + "|".join(NUMBERS) + r")\s+(?:\w+\s+)?(?:intervisie)?(?:methoden|methodes|werkvormen)\b",
    re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")


def _project_models():
    base = Path(settings.BASE_DIR).resolve()
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if base in path.parents and ".venv" not in path.parts and not config.name.startswith("tests"):
            yield from config.get_models()


def _strings(value):
    """Every string in a field's value; of JSON only the values (keys are codes)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _visible_texts():
    """(where, text) for every stored text with a space in it: single words are codes, slugs or links."""
    found = []
    for model in _project_models():
        fields = [f for f in model._meta.concrete_fields
                  if isinstance(f, models.CharField | models.TextField | models.JSONField | StreamField)
                  and not isinstance(f, models.URLField | models.SlugField)]
        for obj in model.objects.all():
            for field in fields:
                value = getattr(obj, field.attname)
                if isinstance(field, StreamField):
                    value = list(value.raw_data)
                for text in _strings(value):
                    if " " in text.strip():
                        found.append((f"{model._meta.label} {obj.pk} {field.name}", text))
    return found


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                call_command("demo", stdout=io.StringIO())
                texts = _visible_texts()
                module = f"lms_courses.ModulePage {ModulePage.objects.get(kind='intervisie').pk} "
                result = {
                    "texts": texts,
                    "methods": list(Method.objects.filter(live=True).values_list("name", flat=True)),
                    "images": get_image_model().objects.count(),
                    "intervisie_module": " ".join(text for where, text in texts if where.startswith(module)),
                }
                transaction.set_rollback(True)
        finally:
            for cache in caches.all(initialized_only=True):
                cache.clear()
    return result


def test_the_demo_has_texts_to_check(demo):
    places = {where.split()[0] for where, _text in demo["texts"]}
    assert {"lms_courses.ModulePage", "lms_intervisie.Method", "lms_casuistiek.Case", "lms_agenda.ThemePage",
            "lms_home.PlatformPage", "lms_notifications.Notice", "lms_goals.GoalVersion"} <= places
    assert demo["intervisie_module"]


def test_the_person_a_klantmanager_talks_with_is_always_a_client_with_diaeresis(demo):
    findings = []
    for where, text in demo["texts"]:
        words = TAG.sub(" ", text)
        for match in WRONG.finditer(words):
            context = words[max(0, match.start() - 30):match.end() + 30]
            if not any(allowed in context for allowed in CUSTOMERS_OF_THE_CLIENT):
                findings.append(f"{where}: …{context}…")
    assert not findings, "\n".join(findings)


def test_a_stated_number_of_intervisie_methods_is_the_number_the_demo_seeds(demo):
    seeded = len(demo["methods"])
    stated = [(where, match.group(0)) for where, text in demo["texts"]
              for match in METHOD_COUNT.finditer(TAG.sub(" ", text))]
    assert stated, "the leergang names how many methods there are"
    for where, phrase in stated:
        number = phrase.split()[0].lower()
        assert int(NUMBERS.get(number, number)) == seeded, f"{where}: '{phrase}', but the demo has {seeded} methods"
    for name in demo["methods"]:
        assert name in demo["intervisie_module"], f"the leergang's intervisie module does not name {name}"


def test_there_is_no_image_for_the_strategies_or_anything_else(demo):
    assert demo["images"] == 0
    embedded = [where for where, text in demo["texts"] if "<img" in text or 'embedtype="image"' in text]
    assert not embedded
