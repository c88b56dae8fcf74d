"""Parts of a page that belong to one person (dashboard panels, menu counts), kept in the cache between requests.

A kept part is computed once and then served from the cache until one of the models it reads changes. Every model
has a version in the cache; any statement that writes its table, in any process, gives that model a new version
(watch.py), so every entry that read it is missed and computed afresh on the next visit.

The key holds the person's id, the day (shares expire, goals fall due) and a scope the caller gives: lms.people.kept
passes the person's roles, what the access policy allows them. One person's part is never served to another, and
new roles or a new day start afresh. As a last guard an entry lives at most KEEP_SECONDS, for a write that reached
the database by a way no code here sees (another program, a database trigger).
Whole pages are kept the same way (kept_pages.py).

Only with a cache that every process shares (Redis): with Django's local-memory cache a change made in one process
(a django-q2 worker's notice) would not renew what another keeps, so there nothing is kept (VKNZ_KEEP_SECONDS).
"""

import contextlib
import contextvars
import functools
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from lms.conf import setting

from .watch import EVERYTHING, install, note_read, renew, version_key

KEEP_SECONDS = 120
_PROCESS_CACHES = ("django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache")
# A dependency on the page tree: publishing, unpublishing, moving or deleting any Wagtail page.
PAGES = "wagtailcore.page"

_PREFIX = "lms:kept:"
_MISSING = object()
_asked: set = set()  # labels this process's kept parts read: their versions come in one round trip a request
# Within one request the versions are read once, all at once (KeptSiteMiddleware opens and closes this).
_request_versions: contextvars.ContextVar = contextvars.ContextVar("lms_kept_versions", default=None)
# and the kept parts a page is about to ask for, fetched together (`prefetch`)
_request_entries: contextvars.ContextVar = contextvars.ContextVar("lms_kept_entries", default=None)


def keep_seconds() -> int:
    chosen = setting("VKNZ_KEEP_SECONDS")
    if chosen is None:
        return 0 if settings.CACHES["default"]["BACKEND"] in _PROCESS_CACHES else KEEP_SECONDS
    return int(chosen)


def _label(model) -> str:
    return model if isinstance(model, str) else model._meta.label_lower


def changed(*models) -> None:
    """Every kept part that reads one of these models is computed afresh: at once, and again when the transaction
    commits. Writes through Django's connections do this by themselves (watch.py); this is for what changes
    outside the database (the settings, in a test)."""
    renew([_label(model) for model in models], transaction.get_connection())


def versions_read() -> frozenset:
    """The versions this request has read so far (their keys); empty outside `one_read_per_request`."""
    return frozenset(_request_versions.get() or ())


def remember_versions(tokens: dict) -> None:
    """New versions set by this request: later reads in it see them without asking the cache."""
    memo = _request_versions.get()
    if memo is not None:
        memo.update(tokens)


@contextlib.contextmanager
def one_read_per_request():
    """Read every model's version at most once while this lasts (one request): one round trip, not one a part.
    Within an outer one this adds nothing (both middlewares open it)."""
    if _request_versions.get() is not None:
        yield
        return
    token, entries = _request_versions.set({}), _request_entries.set({})
    try:
        yield
    finally:
        _request_entries.reset(entries)
        _request_versions.reset(token)


def prefetch(request, fns) -> None:
    """Fetch what is kept of these functions (those made with `kept`) for this request in one round trip, so that
    each of them, called next, need not ask the cache itself. Outside `one_read_per_request` it does nothing."""
    memo = _request_entries.get()
    if memo is None or not keep_seconds() or not getattr(request.user, "is_authenticated", False):
        return
    keys = [fn.kept_key(request) for fn in fns if hasattr(fn, "kept_key")]
    if keys:
        found = cache.get_many(keys)
        memo.update({key: found.get(key, _MISSING) for key in keys})  # known missing: not asked again


def _versions(labels) -> list:
    keys = [version_key(label) for label in labels]
    memo = _request_versions.get()
    if memo is not None:
        if any(key not in memo for key in keys):
            _read_into(memo, keys)
        found = {key: memo[key] for key in keys if key in memo}
    else:
        found = cache.get_many(keys)
    missing = {key: uuid.uuid4().hex for key in keys if key not in found}
    if missing:
        # Only where nobody set one meanwhile: an entry kept under the other token would otherwise be lost.
        for key, token in missing.items():
            if not cache.add(key, token, None):
                token = cache.get(key, token)
            found[key] = token
            if memo is not None:
                memo[key] = token
    return [found[key] for key in keys]


def reading(reads) -> list:
    """The labels whose versions a part's key carries: its models (or PAGES), and EVERYTHING."""
    labels = list(dict.fromkeys([EVERYTHING, *(_label(model) for model in reads)]))
    _asked.update(labels)
    return labels


def stamp(labels) -> str:
    """One value for the present versions of these labels: another as soon as one of them changes."""
    note_read(labels)  # a page that shows this kept value depends on what it was made of
    return hashlib.sha256("|".join(_versions(labels)).encode()).hexdigest()[:24]


def fetch(key: str):
    """What is kept under `key` (None if nothing), with the versions this process's kept parts read in the same
    round trip when inside `one_read_per_request`."""
    memo = _request_versions.get()
    if memo is None:
        return cache.get(key)
    return _read_into(memo, extra=[key]).get(key)


def _read_into(memo, keys=(), extra=()) -> dict:
    """One round trip to the cache: the versions `keys`, every version this process's kept parts and pages read
    (they will be asked for in this request), and the entries `extra`. The versions go into the request's memo;
    the entries found are returned."""
    versions = {*keys, *map(version_key, _asked)} - memo.keys()
    found = cache.get_many([*versions, *extra])
    memo.update({key: value for key, value in found.items() if key in versions})
    return {key: found[key] for key in extra if key in found}


def _kept_or_computed(key, compute, seconds, memo=None):
    value = memo[key] if memo is not None and key in memo else cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, seconds)
    return value


def entry_key(part: str, user, labels, scope: str = "") -> str:
    return f"{_PREFIX}{part}:{user.pk}:{scope}:{timezone.localdate().isoformat()}:{stamp(labels)}"


def watch() -> None:
    """Renew versions from every statement that writes, in every process (watch.py); and all of them when a test
    changes the settings. Called once, when the apps are ready (apps.py)."""
    from django.core.signals import setting_changed

    install()
    setting_changed.connect(_settings_changed, weak=False, dispatch_uid="lms-kept-settings")


def _settings_changed(**kwargs):
    changed(EVERYTHING)


def kept(part: str, *reads, scope=None):
    """Decorator for `fn(request)` whose result for the logged-in person depends only on the rows of `reads`
    (models, or PAGES) that the person may see: the result is kept per person until one of them changes.
    `scope(user) -> str`, when given, is part of the key: what else the result depends on.

    The result must pickle (the cache may be Redis): model instances, numbers, lists, Panel and MenuItem do."""

    def decorate(fn):
        labels = reading(reads)

        def key_for(request):
            user = request.user
            return entry_key(part, user, labels, scope(user) if scope is not None else "")

        @functools.wraps(fn)
        def wrapper(request):
            seconds = keep_seconds()
            if not seconds or not getattr(request.user, "is_authenticated", False):
                return fn(request)
            return _kept_or_computed(key_for(request), lambda: fn(request), seconds, _request_entries.get())

        wrapper.kept_key = key_for
        return wrapper

    return decorate


def _shared_key(part: str, key: str, reads) -> str:
    return f"{_PREFIX}shared:{part}:{hashlib.sha256(key.encode()).hexdigest()[:32]}:{stamp(reading(reads))}"


def shared(part: str, key: str, reads, compute):
    """What is the same for everybody (the site of a host name, the route to a page, the site's settings): kept
    under `key` until one of `reads` (models, or PAGES) changes. `compute()` returns the value; None is kept too."""
    seconds = keep_seconds()
    if not seconds:
        return compute()
    return _kept_or_computed(_shared_key(part, key, reads), compute, seconds)


def peek(part: str, key: str, reads, default=None):
    """A shared value if one is kept, else `default`; computes nothing (see `keep`)."""
    if not keep_seconds():
        return default
    return cache.get(_shared_key(part, key, reads), default)


def keep(part: str, key: str, reads, value) -> None:
    """Keep a shared value that a request found on its way (so that `peek` finds it next time)."""
    seconds = keep_seconds()
    if seconds:
        cache.set(_shared_key(part, key, reads), value, seconds)
