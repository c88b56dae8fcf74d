import uuid

import pytest

from lms.goals import services
from lms.goals.choices import Kind
from lms.goals.services import Formulation


def formulation(title="Doorvragen na een snelle ja", **kwargs):
    return Formulation(title=title, description="Ik wil beter luisteren.", why="Zodat afspraken werken.",
                       success_criteria="Eén vervolgvraag per gesprek.", cadence_weeks=6,
                       dimensions=["echtheid"], **kwargs)


@pytest.fixture
def goal(org):
    return services.create_goal(org.owner, Kind.LEARNING, formulation())


def evaluate(user, goal, decision="continue", **kwargs):
    values = {"progress": 3, "tried": "Twee keer doorgevraagd.", "happened": "Het werkte.",
              "submission_key": uuid.uuid4(), **kwargs}
    return services.evaluate_goal(user, goal, decision=decision, **values)
