"""The link between a goal and a theme moved from goals to the leeragenda: links made before survive the move.

Databases migrated before the move hold the links in `goals_goal_themes`, the table goals' migration 0003 made for
the former `Goal.themes`. These tests take the database back to just before the agenda's migration that adopts the
links, make that table as the old migration did, and migrate forward again.
"""

import pytest
from django.db import connection, migrations, models
from django.db.migrations.executor import MigrationExecutor

from lms.agenda.models import GoalTheme
from lms.agenda.services import set_goal_themes
from lms.goals import services as goal_services
from lms.goals.choices import Kind

from .conftest import make_agenda

MOVE = ("agenda", "0005_goaltheme")
LEGACY_TABLE = "goals_goal_themes"


def before_the_move():
    """The agenda migrations the move follows on: where a database stood before it."""
    graph = MigrationExecutor(connection).loader.graph
    return [parent.key for parent in graph.node_map[MOVE].parents if parent.key[0] == "agenda"]


def migrate(targets):
    MigrationExecutor(connection).migrate(targets)


def migrate_to_the_end():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def make_legacy_table(before):
    """`goals_goal_themes` exactly as goals' migration 0003 made it before the move; returns its (historical) model."""
    executor = MigrationExecutor(connection)
    state = executor.loader.project_state([*before, *executor.loader.graph.leaf_nodes("goals")])
    old_field = migrations.AddField(
        model_name="goal", name="themes",
        field=models.ManyToManyField(blank=True, related_name="goals", to="agenda.themepage",
                                     verbose_name="thema's van de leeragenda"))
    new_state = state.clone()
    old_field.state_forwards("goals", new_state)
    with connection.schema_editor() as editor:
        old_field.database_forwards("goals", editor, state, new_state)
    return new_state.apps.get_model("goals", "Goal").themes.through


def new_goal(owner, title):
    return goal_services.create_goal(owner, Kind.LEARNING, goal_services.Formulation(title=title))


@pytest.mark.django_db(transaction=True)
def test_links_made_before_the_agenda_owned_them_all_arrive_and_the_old_table_goes(org):
    agenda = make_agenda()
    first, second = agenda.themes()
    mine, colleagues = new_goal(org.owner, "Doorvragen"), new_goal(org.colleague, "Stiltes laten vallen")
    unlinked = new_goal(org.owner, "Zonder thema")
    links = {(mine.pk, first.pk), (mine.pk, second.pk), (colleagues.pk, second.pk)}
    before = before_the_move()
    try:
        migrate(before)
        assert "agenda_goaltheme" not in connection.introspection.table_names()
        legacy = make_legacy_table(before)
        legacy.objects.bulk_create([legacy(goal_id=goal, themepage_id=theme) for goal, theme in links])
        migrate_to_the_end()
    finally:
        migrate_to_the_end()  # nothing to do when the test got this far; else the next tests find a whole schema

    assert set(GoalTheme.objects.values_list("goal_id", "theme_id")) == links
    assert LEGACY_TABLE not in connection.introspection.table_names()
    # And they work as links made today: on the goal, and as the owner changes them.
    assert list(colleagues.themes.all()) == [second] and not unlinked.themes.exists()
    set_goal_themes(org.owner, mine, [first])
    assert set(GoalTheme.objects.values_list("goal_id", "theme_id")) == {(mine.pk, first.pk),
                                                                         (colleagues.pk, second.pk)}


@pytest.mark.django_db(transaction=True)
def test_a_database_that_never_had_the_old_table_migrates_too(org):
    agenda = make_agenda()
    goal = new_goal(org.owner, "Doorvragen")
    try:
        migrate(before_the_move())
        assert LEGACY_TABLE not in connection.introspection.table_names()
        migrate_to_the_end()
    finally:
        migrate_to_the_end()

    assert not GoalTheme.objects.exists()
    set_goal_themes(org.owner, goal, [agenda.themes().first()])
    assert list(goal.themes.all()) == [agenda.themes().first()]
    assert LEGACY_TABLE not in connection.introspection.table_names()
