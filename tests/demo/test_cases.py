"""The demo cases cover the analysekader: every zelfbeeld with a fitting strategy, mismatches, every doel option."""

import pytest
from django.core.management import call_command

from casuistiek.models import Case
from courses.models import ModulePage
from lms.framework.agreement import fit_verdict

pytestmark = pytest.mark.django_db


def test_the_demo_cases_cover_the_framework_and_one_is_linked_from_the_leergang():
    call_command("demo")
    call_command("demo")
    cases = list(Case.objects.select_related("framework"))
    assert len(cases) >= 8
    framework = cases[0].framework
    fits = {(c.expert_answers["zelfbeeld"], fit_verdict(framework, c.expert_answers)) for c in cases}
    for self_image in ("wil-en-kan", "wil-maar-kan-niet", "opgegeven", "andere-plannen"):
        assert (self_image, "passend") in fits
    assert sum(1 for c in cases if fit_verdict(framework, c.expert_answers) == "mismatch") >= 3
    assert {c.expert_answers["gezamenlijk-doel"] for c in cases} == {"uitgesproken", "verondersteld", "ingevuld",
                                                                     "afwezig"}
    for case in cases:
        case.full_clean()  # every key uses valid codes of its framework version
        assert set(case.explanations) == set(case.expert_answers)
    module = ModulePage.objects.get(kind="analysekader")
    assert any(b.block_type == "case_exercise" and b.value.get("case") for b in module.body)
