"""The case editor's fragment chooser, tried as a redacteur looking for fragments of cycles whose client never
allowed training use."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from casuistiek.models import Case
from casuistiek.rules import TRAIN
from casuistiek.wagtail_hooks import CaseViewSet
from lms.cycles.models import Analysis, Consent, Fragment, ReflectionCycle
from lms.people import access

from .conftest import EXPERT

pytestmark = pytest.mark.django_db

EDIT = "/admin/snippets/lms_casuistiek/case/edit/{}/"


def CaseForm(**kwargs):  # noqa: N802  the admin's own form class, as the snippet editor builds it
    return CaseViewSet.edit_handler.bind_to_model(Case).get_form_class()(**kwargs)


def fragment(owner, label, training=True, withdrawn=False, consent=True, **kwargs):
    cycle = ReflectionCycle.objects.create(owner=owner, client_code=f"C-{label}", medium="spreekkamer",
                                           learning_question="x")
    if consent:
        Consent.objects.create(cycle=cycle, signed_on=timezone.localdate(), training_may_view=training,
                               withdrawn_at=timezone.now() if withdrawn else None)
    return Fragment.objects.create(cycle=cycle, start_seconds=61, end_seconds=125, label=label, **kwargs)


@pytest.fixture
def fragments(org):
    call_command("migrate", verbosity=0)  # runs post_migrate: role permissions for the editor group
    return {
        "allowed": fragment(org.owner, "TOEGESTAAN"),
        "no_training": fragment(org.owner, "GEEN-TRAINING", training=False),
        "withdrawn": fragment(org.owner, "INGETROKKEN", withdrawn=True),
        "no_consent": fragment(org.owner, "ZONDER-TOESTEMMING", consent=False),
    }


def test_the_redacteur_is_offered_only_fragments_the_client_allowed_for_training(client, org, case, fragments):
    client.force_login(org.editor)
    page = client.get(EDIT.format(case.pk)).content.decode()
    assert "TOEGESTAAN (1:01–2:05)" in page
    for hidden in ("GEEN-TRAINING", "INGETROKKEN", "ZONDER-TOESTEMMING"):
        assert hidden not in page
    assert "C-TOEGESTAAN" not in page  # the label names no client code, cycle or owner


def test_a_fragment_without_training_consent_posted_by_id_is_refused(org, case, fragments):
    for name, expected in [("no_training", False), ("withdrawn", False), ("no_consent", False), ("allowed", True)]:
        form = CaseForm(instance=case, for_user=org.editor)
        assert (fragments[name] in form.fields["fragment"].queryset) is expected, name


def test_withdrawing_training_use_takes_the_fragment_out_of_the_chooser_at_once(org, fragments):
    allowed = fragments["allowed"]
    assert allowed in CaseForm(for_user=org.editor).fields["fragment"].queryset
    Consent.objects.filter(cycle=allowed.cycle).update(training_may_view=False)
    assert allowed not in CaseForm(for_user=org.editor).fields["fragment"].queryset


def test_a_fragment_of_a_blind_individual_analysis_is_never_offered(org, fragments):
    from lms.framework.models import Framework

    cycle = fragments["allowed"].cycle
    analysis = Analysis.objects.create(cycle=cycle, analyst=org.analyst, framework=Framework.current(),
                                       answers=EXPERT)
    blind = Fragment.objects.create(cycle=cycle, analysis=analysis, start_seconds=1, end_seconds=5, label="BLIND")
    assert blind not in CaseForm(for_user=org.editor).fields["fragment"].queryset


@pytest.mark.parametrize("who", ["colleague", "mt", "analyst", "teamcoach"])
def test_people_who_do_not_edit_cases_may_use_no_fragment_for_training(org, fragments, who):
    person = getattr(org, who)
    assert not access.visible_to(person, Fragment.objects.all(), TRAIN).exclude(cycle__owner=person).exists()
    assert not access.decide(person, TRAIN, fragments["allowed"])


def test_the_training_grant_opens_nothing_else_to_the_redacteur(org, fragments):
    assert not access.visible_to(org.editor, Fragment.objects.all()).exists()
    assert not access.decide(org.editor, access.VIEW, fragments["allowed"])
    assert access.decide(org.editor, TRAIN, fragments["allowed"])
    assert not access.decide(org.editor, TRAIN, fragments["no_training"])
