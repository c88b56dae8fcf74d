"""Parts of a page that belong to one person (dashboard panels, menu counts), kept in the cache between requests.

A kept part is computed once and then served from the cache until one of the models it reads changes. Every model
has a version in the cache; saving or deleting a row of it in any process (Django's signals, watched from the start,
see `watch`; and `changed()` where code writes with `update()` or `bulk_create()`, which send none) gives that model
a new version, so every entry that read it is missed and computed afresh on the next visit.

The key holds the person's id, the day (shares expire, goals fall due) and a scope the caller gives: lms.people.kept
passes the person's roles, what the access policy allows them. One person's part is never served to another, and
new roles or a new day start afresh. As a last guard an entry lives at most KEEP_SECONDS, for a write that reached
the database by a way no code here sees. (This floor knows no roles: lms.privacy's erasure calls `changed` too.)

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
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from lms.conf import setting

KEEP_SECONDS = 120
_PROCESS_CACHES = ("django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache")
# A dependency on the page tree: publishing, unpublishing, moving or deleting any Wagtail page.
PAGES = "wagtailcore.page"
# Read by every kept part: renewed by work that rewrites rows of many models at once (stepping out, retention).
EVERYTHING = "*"

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


def _version_key(label: str) -> str:
    return f"{_PREFIX}v:{label}"


def changed(*models) -> None:
    """Every kept part that reads one of these models is computed afresh: at once, and again when the transaction
    commits (a request that read the old rows in between must not keep them under the new version)."""
    if not keep_seconds():
        return
    keys = [_version_key(_label(model)) for model in models]

    def renew():
        tokens = {key: uuid.uuid4().hex for key in keys}
        cache.set_many(tokens, None)
        memo = _request_versions.get()
        if memo is not None:
            memo.update(tokens)

    renew()
    transaction.on_commit(renew)


@contextlib.contextmanager
def one_read_per_request():
    """Read every model's version at most once while this lasts (one request): one round trip, not one a part."""
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
    keys = [_version_key(label) for label in labels]
    memo = _request_versions.get()
    if memo is not None:
        if any(key not in memo for key in keys):
            # Every version any part may ask for in this request, in one round trip.
            wanted = {*keys, *(_version_key(label) for label in _asked)}
            memo.update(cache.get_many([key for key in wanted if key not in memo]))
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


def _reading(reads) -> list:
    """The labels whose versions a part's key carries: its models (or PAGES), and EVERYTHING."""
    labels = [EVERYTHING, *(_label(model) for model in reads)]
    _asked.update(labels)
    return labels


def _stamp(labels) -> str:
    return hashlib.sha256("|".join(_versions(labels)).encode()).hexdigest()[:24]


def _kept_or_computed(key, compute, seconds, memo=None):
    value = memo[key] if memo is not None and key in memo else cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, seconds)
    return value


def entry_key(part: str, user, labels, scope: str = "") -> str:
    return f"{_PREFIX}{part}:{user.pk}:{scope}:{timezone.localdate().isoformat()}:{_stamp(labels)}"


# Written often and read by no kept part: no need to renew anything when they change.
QUIET = frozenset({"sessions.session", "django_q.ormq", "django_q.task", "django_q.schedule", "axes.accessattempt",
                   "axes.accesslog", "axes.accessfailurelog", "lms_privacy.auditentry", "lms_documents.documentjob"})


def _written(sender, instance=None, **kwargs):
    label = sender._meta.label_lower
    if label in QUIET or kwargs.get("raw"):
        return
    from wagtail.models import Page

    changed(*([label, PAGES] if isinstance(instance, Page) else [label]))


def _linked(sender, instance, model, action, **kwargs):
    if action.startswith("post_"):
        changed(sender._meta.label_lower, instance._meta.label_lower, model._meta.label_lower)


def _pages_changed(sender, **kwargs):
    changed(PAGES)


def watch() -> None:
    """Renew the version of every model a row of which is saved or deleted, in every process (web server, django-q2
    worker, management command), whether or not that process ever kept anything: a part kept by the web server may
    read what a worker writes. Called once, when the apps are ready (apps.py)."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_written, weak=False, dispatch_uid="lms-kept-save")
    post_delete.connect(_written, weak=False, dispatch_uid="lms-kept-delete")
    m2m_changed.connect(_linked, weak=False, dispatch_uid="lms-kept-m2m")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_pages_changed, weak=False, dispatch_uid=f"lms-kept-pages-{id(signal)}")


def kept(part: str, *reads, scope=None):
    """Decorator for `fn(request)` whose result for the logged-in person depends only on the rows of `reads`
    (models, or PAGES) that the person may see: the result is kept per person until one of them changes.
    `scope(user) -> str`, when given, is part of the key: what else the result depends on.

    The result must pickle (the cache may be Redis): model instances, numbers, lists, Panel and MenuItem do."""

    def decorate(fn):
        labels = _reading(reads)

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
    return f"{_PREFIX}shared:{part}:{hashlib.sha256(key.encode()).hexdigest()[:32]}:{_stamp(_reading(reads))}"


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
