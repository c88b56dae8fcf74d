"""The link between a goal and a theme belongs to the leeragenda (GoalTheme); goals no longer knows the agenda.

Databases migrated before kept these links in `goals_goal_themes`, the table Django made for the former
`Goal.themes` (goals' migration 0003 as it was). When that table exists, its links move into the new one and the
table goes. A new database never had it. Plain SQL, the same on SQLite and PostgreSQL.
"""

import django.db.models.deletion
from django.db import migrations, models

LEGACY_TABLE = "goals_goal_themes"


def adopt_legacy_links(apps, schema_editor):
    if LEGACY_TABLE not in schema_editor.connection.introspection.table_names():
        return
    quote = schema_editor.quote_name
    link_table = apps.get_model("agenda", "GoalTheme")._meta.db_table
    schema_editor.execute(
        f"INSERT INTO {quote(link_table)} ({quote('goal_id')}, {quote('theme_id')}) "
        f"SELECT DISTINCT {quote('goal_id')}, {quote('themepage_id')} FROM {quote(LEGACY_TABLE)}"
    )
    schema_editor.execute(f"DROP TABLE {quote(LEGACY_TABLE)}")


class Migration(migrations.Migration):

    dependencies = [
        ('agenda', '0003_figuresnapshot'),
        ('goals', '0004_goalevaluation_evaluation_on_time'),
    ]

    operations = [
        migrations.CreateModel(
            name='GoalTheme',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('goal', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='theme_links', to='goals.goal', verbose_name='doel')),
                ('theme', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='goal_links', to='agenda.themepage', verbose_name='thema')),
            ],
            options={
                'verbose_name': 'thema van een doel',
                'verbose_name_plural': "thema's van doelen",
            },
        ),
        migrations.AddField(
            model_name='themepage',
            name='goals',
            field=models.ManyToManyField(blank=True, related_name='themes', through='agenda.GoalTheme', to='goals.goal', verbose_name='doelen'),
        ),
        migrations.AddIndex(
            model_name='goaltheme',
            index=models.Index(fields=['theme', 'goal'], name='goaltheme_theme_goal'),
        ),
        migrations.AddConstraint(
            model_name='goaltheme',
            constraint=models.UniqueConstraint(fields=('goal', 'theme'), name='goaltheme_once'),
        ),
        # Back: the links go with the table; the legacy table is not made again (no code reads it any more).
        migrations.RunPython(adopt_legacy_links, migrations.RunPython.noop),
    ]
