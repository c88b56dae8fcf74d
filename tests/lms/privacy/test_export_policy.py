"""An export holds what its requester may see now, as the pages show it: tried as a requester who hopes for more."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from lms.cycles import services as cycles
from lms.cycles.models import Analysis, Consent
from lms.goals import services as goals
from lms.goals.choices import Kind
from lms.people import access
from lms.people.services import grant_share, revoke_share
from lms.privacy import registry, services
from lms.privacy.registry import PersonalData, providers
from tests.lms.cycles.conftest import ANSWERS, people, to_step  # noqa: F401  (the fixture, used by name)
from tests.lms.goals.conftest import formulation

pytestmark = pytest.mark.django_db


def exported_ids(user, model):
    return {row["id"] for row in services.collect(user)[model._meta.app_label][model._meta.label]}


def test_every_exported_row_is_one_the_policy_shows_the_requester_now_in_every_role():
    """Walks every provider for every person of the demo organisation (each role): a provider that reads around
    the policy, or a model with neither a rule nor a declared basis that still exports, fails here."""
    call_command("demo")
    policy = registry.current_policy()
    for requester in get_user_model().objects.filter(is_active=True):
        data = services.collect(requester)
        for label, provider in providers().items():
            for item in provider.data:
                rows = data[label][item.model._meta.label]
                if rows and "id" not in rows[0]:
                    # A provider that exports less than the row (a session: only when it expires, never its key):
                    # no more rows than the person's own.
                    assert item.basis() == "own" and len(rows) <= item.rows(requester).count(), item.model
                    continue
                exported = {row["id"] for row in rows}
                basis = item.basis()
                if basis == "rule":
                    visible = set(access.visible_to(requester, item.model._default_manager.filter(pk__in=exported))
                                  .values_list("pk", flat=True))
                    assert exported == visible, (requester.username, item.model._meta.label)
                elif basis == "follows":
                    target = item.model._meta.get_field(item.follows).related_model
                    shown = policy.visible_to(requester, target._default_manager.all()).values("pk")
                    assert exported <= set(item.model._default_manager.filter(
                        **{f"{item.follows}__in": shown}).values_list("pk", flat=True)), item.model._meta.label
                else:
                    assert basis == "own", f"{item.model._meta.label} exports without a rule or a basis"
                assert exported <= set(item.rows(requester).values_list("pk", flat=True)), item.model._meta.label
                for many in item.model._meta.many_to_many:  # related labels: only of objects the policy shows
                    if policy.rule_for(many.related_model) is None:
                        continue
                    shown = {str(obj) for obj in access.visible_to(requester, many.related_model.objects.all())}
                    for row in data[label][item.model._meta.label]:
                        assert set(row[many.name]) <= shown, (requester.username, item.model._meta.label, many.name)


def test_a_model_without_a_rule_or_basis_exports_nothing_and_says_so(org, monkeypatch, caplog):
    cycle = cycles.start_cycle(org.owner, client_code="C-1", medium="spreekkamer", learning_question="Ruimte?")
    cycles.record_consent(org.owner, cycle, signed_on=cycle.created_at.date(), interview_allowed=True)
    provider = providers()["lms_cycles"]
    bare = PersonalData(Consent, ("cycle__owner",), "Wat de cliënt toestond.", "Zolang de cyclus bestaat.")
    monkeypatch.setattr(provider, "data", [bare])
    assert bare.basis() is None
    assert services.collect(org.owner)["lms_cycles"]["lms_cycles.Consent"] == []
    assert "lms_cycles.Consent has no access rule and no export basis" in caplog.text
    assert Consent.objects.filter(cycle=cycle).exists()  # still erased with the person: `rows` is unchanged


def test_without_a_policy_the_registry_refuses_to_export(org, monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setattr(registry, "_policy", None)
    with pytest.raises(ImproperlyConfigured):
        services.collect(org.owner)


def test_a_revoked_reviewer_downloads_their_export_and_the_thread_is_gone(org):
    goal = goals.create_goal(org.owner, Kind.LEARNING, formulation())
    share = grant_share(org.owner, goal, org.buddy).share
    request = goals.request_feedback(org.owner, goal, org.buddy, "Wat zie jij?")
    comment = goals.add_comment(org.buddy, goal, "GEHEIM-ANTWOORD van de reviewer")
    assert comment.pk in exported_ids(org.buddy, comment._meta.model)  # while shared: it is theirs to see

    revoke_share(org.owner, share)

    data = services.collect(org.buddy)
    assert data["lms_goals"]["lms_goals.GoalComment"] == [] and data["lms_goals"]["lms_goals.FeedbackRequest"] == []
    assert "GEHEIM-ANTWOORD" not in str(data)
    # The owner keeps the whole conversation.
    assert comment.pk in exported_ids(org.owner, comment._meta.model)
    assert request.pk in exported_ids(org.owner, request._meta.model)


def test_the_owners_export_during_blind_analysis_holds_no_individual_analysis_and_no_draft(people):  # noqa: F811
    cycle = to_step(people, "analyse")
    cycles.save_analysis(people.analyst, cycle, ANSWERS, submit=True)
    draft = cycles.save_analysis(people.analyst2, cycle, ANSWERS, submit=False)
    assert Analysis.objects.filter(cycle=cycle).count() == 2

    data = services.collect(people.owner)
    assert data["lms_cycles"]["lms_cycles.Analysis"] == []
    assert data["lms_cycles"]["lms_cycles.ClientInterview"] == []
    # The analyst's own export still holds their draft: it is theirs.
    assert draft.pk in exported_ids(people.analyst2, Analysis)


def test_the_owners_export_holds_the_consensus_once_released_and_still_no_individual_analysis(people):  # noqa: F811
    cycle = to_step(people, "interview")
    consensus = Analysis.objects.get(cycle=cycle, is_consensus=True)
    assert exported_ids(people.owner, Analysis) == {consensus.pk}


def test_an_analyst_whose_assignment_ended_no_longer_exports_that_cycles_analyses(people):  # noqa: F811
    from lms.cycles.models import AnalystAssignment

    cycle = to_step(people, "bespreking")
    assert exported_ids(people.analyst, Analysis)
    AnalystAssignment.objects.filter(cycle=cycle, analyst=people.analyst).delete()
    assert exported_ids(people.analyst, Analysis) == set()
