"""`make run` on a database from before the apps' own labels: kept aside, not migrated into a broken state."""

import sqlite3

from vknz_site.legacy_database import is_legacy, move_aside


def make_database(path, apps):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE django_migrations (id integer primary key, app text, name text, applied text)")
    connection.executemany("INSERT INTO django_migrations (app, name, applied) VALUES (?, '0001_initial', '')",
                           [(app,) for app in apps])
    connection.commit()
    connection.close()


def test_an_old_database_is_recognised_and_kept_aside(tmp_path):
    old = tmp_path / "db.sqlite3"
    make_database(old, ["wagtailcore", "home", "people"])
    (tmp_path / "db.sqlite3-wal").write_bytes(b"")
    assert is_legacy(old)
    kept = move_aside(old)
    assert not old.exists() and kept.exists() and (tmp_path / "db.sqlite3.oud-wal").exists()


def test_a_current_empty_or_missing_database_is_left_alone(tmp_path):
    current = tmp_path / "db.sqlite3"
    make_database(current, ["wagtailcore", "lms_home", "lms_people", "accounts"])
    assert not is_legacy(current)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    assert not is_legacy(empty) and not is_legacy(tmp_path / "missing.sqlite3")
