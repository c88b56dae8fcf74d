"""Every model of ours speaks Dutch: its names and its fields' names, on "Mijn gegevens" and in the export's summary."""

import io
import zipfile

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from pypdf import PdfReader

from lms.plugin import APPS
from lms.privacy import services
from lms.privacy.registry import providers

# Field names that are Dutch words as they are.
DUTCH_AS_IS = {"code", "status", "team", "link", "module", "fragment", "fragments", "buddy", "score", "interviewer",
               "site", "slug"}
# Declared by Wagtail (Orderable, DraftStateMixin, AbstractGroupApprovalTask, Task) and named by its catalogue.
FROM_WAGTAIL = {"sort_order", "live", "groups", "task_ptr"}


def our_models():
    labels = {config.label for config in apps.get_app_configs() if config.name in APPS}
    return [model for model in apps.get_models() if model._meta.app_label in labels]


@pytest.mark.parametrize("model", our_models(), ids=lambda model: model._meta.label)
def test_every_model_of_ours_has_dutch_names(model):
    options = model._meta.original_attrs
    assert "verbose_name" in options and "verbose_name_plural" in options, (
        f"{model._meta.label}: Django would make '{model._meta.verbose_name_plural}' of it")
    # Only the fields the model declares itself: Wagtail names its own (and translates them).
    own = [field for field in model._meta.local_fields + model._meta.local_many_to_many
           if field.name not in ("id", "page_ptr") and not field.name.startswith("_")]
    for field in own:
        if field.model is not model or field.name in DUTCH_AS_IS | FROM_WAGTAIL:
            continue
        assert str(field.verbose_name) != field.name.replace("_", " "), f"{model._meta.label}.{field.name}"


@pytest.fixture
def sanne(db):
    call_command("demo")
    return get_user_model().objects.get(username="klantmanager")


def test_my_data_lists_dutch_names_only(client, sanne):
    client.force_login(sanne)
    page = client.get("/mijn-gegevens/").content.decode()
    for dutch in ("Oefenpogingen", "Inschrijvingen", "Afgeronde modules", "Intervisiebijeenkomsten",
                  "Aanbod als buddy", "Inlogpogingen"):
        assert f"<strong>{dutch}</strong>" in page
    for english in ("Case attempts", "Enrolments", "Module completions", "bijeenkomsts", "buddys", "access attempts",
                    "Queued tasks"):
        assert english not in page


def test_the_summary_pdf_names_every_part_in_dutch(sanne):
    archive = zipfile.ZipFile(io.BytesIO(services.build_zip(sanne, services.collect(sanne))))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(archive.read("samenvatting.pdf"))).pages)
    text = " ".join(text.split())
    assert "Casuïstiek" in text and "Oefenpogingen" in text and "Overeenkomsten met de sleutel" in text
    for provider in providers().values():
        for item in provider.data:
            assert item.model._meta.label not in text
    assert "AttemptAgreement" not in text and "access attempts" not in text
