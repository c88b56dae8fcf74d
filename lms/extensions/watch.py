"""What the database is asked, seen from one place: every statement through Django's connections passes here.

Two jobs, both for what is kept between requests (kept.py, kept_pages.py):

- A statement that writes a table (INSERT, UPDATE, DELETE, from a model's save, `update()`, `bulk_create()`, a
  migration or raw SQL alike) renews the version of every model stored in that table, at once and again when the
  transaction commits (a request that read the old rows in between must not keep them under the new version).
  Unlike Django's model signals this sees every way a row can change, in every process: web server, django-q2
  worker, management command.
- While a page is recorded (`recording()`), the tables its statements read are noted, so that the page is kept
  only as long as none of them changes, and a page that wrote anything is noted as such (it is never kept: serving
  it again would skip the write).
"""

import contextlib
import contextvars
import re
import uuid
from dataclasses import dataclass, field

from django.apps import apps
from django.core.cache import cache
from django.db import connections
from django.db.backends.signals import connection_created

# Tables that hold no content of any page: the session, django-q2's queue and axes's login attempts. Written on
# nearly every request or task; renewing anything for them would only empty what is kept.
QUIET = frozenset({"sessions.session", "django_q.ormq", "django_q.task", "django_q.schedule", "django_q.success",
                   "django_q.failure", "axes.accessattempt", "axes.accesslog", "axes.accessfailurelog"})
# Columns that no page shows, written on every login: a login anywhere must not renew every page that names a person.
QUIET_COLUMNS = frozenset({"last_login"})
EVERYTHING = "*"

_WRITE = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?([\w.]+)"?', re.IGNORECASE)
_QUOTED = re.compile(r'"(\w+)"')
_ONE_COLUMN = re.compile(r'^\s*UPDATE\s+"\w+"\s+SET\s+"(\w+)"\s*=\s*%s\s+WHERE\b', re.IGNORECASE)
_recorder: contextvars.ContextVar = contextvars.ContextVar("lms_watch_recorder", default=None)
_tables: dict | None = None


def version_key(label: str) -> str:
    return f"lms:kept:v:{label}"


def labels_of_table(table: str) -> tuple:
    """The models (labels, proxies included) stored in this table; () for a table no model of ours names."""
    global _tables
    if _tables is None:
        found: dict = {}
        for model in apps.get_models(include_auto_created=True):
            label = model._meta.label_lower
            if label not in QUIET:
                found.setdefault(model._meta.db_table, []).append(label)
        _tables = {table: tuple(labels) for table, labels in found.items()}
    return _tables.get(table, ())


def renew(labels, connection=None) -> None:
    """New versions for these labels: now, and once more when the connection's transaction commits."""
    from .kept import keep_seconds, remember_versions

    if not labels or not keep_seconds():
        return
    keys = [version_key(label) for label in labels]

    def now():
        tokens = {key: uuid.uuid4().hex for key in keys}
        cache.set_many(tokens, None)
        remember_versions(tokens)

    now()
    if connection is not None and connection.in_atomic_block:
        now.kept_renewal = True  # told apart from the work a test counts in captured on_commit callbacks
        connection.on_commit(now)


@dataclass
class Recording:
    labels: set = field(default_factory=set)
    wrote: bool = False


@contextlib.contextmanager
def recording():
    """Note the tables read while this lasts (this thread, this request) and whether anything was written."""
    current = Recording()
    token = _recorder.set(current)
    try:
        yield current
    finally:
        _recorder.reset(token)


def note_read(labels) -> None:
    """For what a page takes from the cache instead of the database (kept parts): it depends on these too."""
    current = _recorder.get()
    if current is not None:
        current.labels.update(labels)


def _watched(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    statement = sql if isinstance(sql, str) else str(sql)
    head = statement.lstrip()[:8].upper()
    current = _recorder.get()
    if head.startswith(("INSERT", "UPDATE", "DELETE", "TRUNCATE")):
        if head.startswith("TRUNCATE"):
            labels = (EVERYTHING,)
        elif (quiet := _ONE_COLUMN.match(statement)) and quiet.group(1) in QUIET_COLUMNS:
            return result
        else:
            match = _WRITE.match(statement)
            labels = labels_of_table(match.group(1)) if match else ()
        if current is not None:
            current.wrote = True
        renew(labels, context["connection"])
    elif current is not None:
        for table in set(_QUOTED.findall(statement)):
            current.labels.update(labels_of_table(table))
    return result


def _install(connection, **kwargs) -> None:
    if _watched not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watched)


def install() -> None:
    """Watch every connection of this process, those open now and every one opened later (apps.py)."""
    connection_created.connect(_install, weak=False, dispatch_uid="lms-watch")
    for connection in connections.all(initialized_only=True):
        _install(connection)
