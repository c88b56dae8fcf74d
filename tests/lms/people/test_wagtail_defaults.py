"""Wagtail's English default groups and workflow do not show in the admin: unused ones go, used ones get Dutch names."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from tests.factories import make_user

pytestmark = pytest.mark.django_db
migration = importlib.import_module("lms.people.migrations.0004_wagtail_defaults_in_dutch")


def test_after_migrate_no_english_group_or_workflow_is_left():
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not GroupApprovalTask.objects.filter(name="Moderators approval").exists()


def test_a_group_someone_is_in_keeps_its_rights_under_a_dutch_name():
    moderators = Group.objects.create(name="Moderators")
    make_user("moderator", participant=False).groups.add(moderators)
    Group.objects.create(name="Editors")
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(moderators)
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    migration.forwards(apps, None)
    assert set(Group.objects.filter(pk=moderators.pk).values_list("name", flat=True)) == {"Moderatoren"}
    assert not Group.objects.filter(name="Editors").exists()
    workflow.refresh_from_db()
    task.refresh_from_db()
    assert workflow.name == task.name == "Goedkeuring door moderatoren"


def test_an_unused_default_workflow_goes_with_its_page_link():
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=Page.get_first_root_node(), workflow=workflow)
    migration.forwards(apps, None)
    assert not Workflow.objects.filter(pk=workflow.pk).exists()
