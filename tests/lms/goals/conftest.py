import uuid

import pytest

from lms.goals import services
from lms.goals.choices import Kind
from lms.goals.services import Formulation


def formulation(title="Doorvragen na een snelle ja", **kwargs):
    values = {"description": "Ik wil beter luisteren.", "why": "Zodat afspraken werken.",
              "success_criteria": "Eén vervolgvraag per gesprek.", "cadence_weeks": 6,
              "dimensions": ["echtheid-klantmanager"], **kwargs}
    return Formulation(title=title, **values)


@pytest.fixture
def goal(org):
    return services.create_goal(org.owner, Kind.LEARNING, formulation())


def evaluate(user, goal, decision="continue", **kwargs):
    values = {"progress": 3, "tried": "Twee keer doorgevraagd.", "happened": "Het werkte.",
              "submission_key": uuid.uuid4(), **kwargs}
    return services.evaluate_goal(user, goal, decision=decision, **values)


@pytest.fixture
def analysekader(db):
    """The published analysekader (seeded by a migration; seeded again when a transactional test flushed it)."""
    from lms.framework.seed import ensure_analysekader

    return ensure_analysekader()
