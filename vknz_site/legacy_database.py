"""Run by `make run` before `migrate`: a SQLite database made before the apps got labels of their own (app `home`,
a user model in `people`) cannot be migrated to them. Nothing ran in production on it, so instead of a migration
path it is moved aside (kept, renamed) and `make run` builds a new one with the demo.

Usage: python -m vknz_site.legacy_database var/db.sqlite3
"""

import sqlite3
import sys
from pathlib import Path

OLD_APPS = ("home", "people", "goals", "cycles")


def is_legacy(path: Path) -> bool:
    if not path.exists():
        return False
    connection = sqlite3.connect(path)
    try:
        marks = ",".join("?" * len(OLD_APPS))
        return bool(connection.execute(f"SELECT 1 FROM django_migrations WHERE app IN ({marks}) LIMIT 1",  # noqa: S608
                                       OLD_APPS).fetchall())
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def move_aside(path: Path) -> Path:
    target = path.with_name(path.name + ".oud")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        if source.exists():
            source.replace(Path(str(target) + suffix))
    return target


if __name__ == "__main__":
    database = Path(sys.argv[1])
    if is_legacy(database):
        kept = move_aside(database)
        print(f"De database {database} is van vóór de eigen app-labels en kan niet worden bijgewerkt; "
              f"bewaard als {kept}, er wordt een nieuwe gemaakt.")
