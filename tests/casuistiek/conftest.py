import pytest

from casuistiek.models import Case
from lms.framework.models import Framework

EXPERT = {"echtheid-klantmanager": "2", "echtheid-client": "2", "gezamenlijk-doel": "ingevuld",
          "zelfbeeld": "wil-maar-kan-niet", "strategie": "sturen", "regie": "klantmanager", "regie-passend": "nee",
          "metacommunicatie": "nee"}
EXPLANATIONS = {code: f"Uitleg over {code}: GEHEIM-SLEUTEL-{code}" for code in EXPERT}


def make_case(slug="duwen-bij-angst"):
    framework = Framework.current()
    if framework is None:  # a transactional test before this one flushed the seed
        from django.apps import apps

        from lms.framework.seed import SEED

        SEED.seed(apps, None)
        framework = Framework.current()
    return Case.objects.create(
        title="Duwen bij angst", slug=slug, medium="spreekkamer", difficulty=2,
        situation="Een cliënt wil graag werken maar durft niet.",
        material="Klantmanager: U gaat gewoon solliciteren.\nCliënt: Ja… goed.",
        framework=framework, expert_answers=EXPERT, explanations=EXPLANATIONS, critical_moment="Sturen bij angst",
    )


@pytest.fixture
def case(db):
    return make_case()


def post_data(case, answers, framework=None):
    return {"framework": str(framework or case.framework_id), **answers}
