"""Parts of a page that belong to one person (dashboard panels, menu counts), kept in the cache between requests.

A kept part is computed once and then served from the cache until one of the models it reads changes. Each model a
part names has a version in the cache; saving or deleting a row of it (Django's signals, and `changed()` where code
writes with `update()` or `bulk_create()`, which send none) gives that model a new version, so every entry that read
it is missed and computed afresh on the next visit.

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
_connected: set = set()
# Within one request the versions are read once, all at once (KeptSiteMiddleware opens and closes this).
_request_versions: contextvars.ContextVar = contextvars.ContextVar("lms_kept_versions", default=None)


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
    token = _request_versions.set({})
    try:
        yield
    finally:
        _request_versions.reset(token)


def _versions(labels) -> list:
    keys = [_version_key(label) for label in labels]
    memo = _request_versions.get()
    if memo is not None:
        if any(key not in memo for key in keys):
            # Every version any part may ask for in this request, in one round trip.
            wanted = {*keys, *(_version_key(label) for label in _connected), _version_key(EVERYTHING)}
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


def entry_key(part: str, user, labels, scope: str = "") -> str:
    versions = hashlib.sha256("|".join(_versions(labels)).encode()).hexdigest()[:24]
    return f"{_PREFIX}{part}:{user.pk}:{scope}:{timezone.localdate().isoformat()}:{versions}"


def _connect(label, model) -> None:
    if label in _connected:
        return
    _connected.add(label)

    def renew(sender, **kwargs):
        changed(label)

    if label == PAGES:
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(renew, weak=False, dispatch_uid=f"lms-kept-{label}-{id(signal)}")

        def page_written(sender, instance, **kwargs):
            # Any page class, also a page added as live in code (add_child sends no page_published).
            if isinstance(instance, Page):
                changed(label)

        post_save.connect(page_written, weak=False, dispatch_uid=f"lms-kept-{label}-save")
        post_delete.connect(page_written, weak=False, dispatch_uid=f"lms-kept-{label}-delete")
        return
    post_save.connect(renew, sender=model, weak=False, dispatch_uid=f"lms-kept-{label}-save")
    post_delete.connect(renew, sender=model, weak=False, dispatch_uid=f"lms-kept-{label}-delete")
    for field in model._meta.local_many_to_many:
        m2m_changed.connect(renew, sender=field.remote_field.through, weak=False,
                            dispatch_uid=f"lms-kept-{label}-{field.name}")


def kept(part: str, *reads, scope=None):
    """Decorator for `fn(request)` whose result for the logged-in person depends only on the rows of `reads`
    (models, or PAGES) that the person may see: the result is kept per person until one of them changes.
    `scope(user) -> str`, when given, is part of the key: what else the result depends on.

    The result must pickle (the cache may be Redis): model instances, numbers, lists, Panel and MenuItem do."""

    def decorate(fn):
        models = [(_label(model), model) for model in reads]
        for label, model in models:
            _connect(label, model)
        labels = [EVERYTHING, *(label for label, _model in models)]

        @functools.wraps(fn)
        def wrapper(request):
            user = request.user
            seconds = keep_seconds()
            if not seconds or not getattr(user, "is_authenticated", False):
                return fn(request)
            key = entry_key(part, user, labels, scope(user) if scope is not None else "")
            value = cache.get(key, _MISSING)
            if value is _MISSING:
                value = fn(request)
                cache.set(key, value, seconds)
            return value

        return wrapper

    return decorate



def _shared_key(part: str, key: str, reads) -> str:
    labels = [EVERYTHING]
    for model in reads:
        label = _label(model)
        _connect(label, model)
        labels.append(label)
    versions = hashlib.sha256("|".join(_versions(labels)).encode()).hexdigest()[:24]
    return f"{_PREFIX}shared:{part}:{hashlib.sha256(key.encode()).hexdigest()[:32]}:{versions}"


def shared(part: str, key: str, reads, compute):
    """What is the same for everybody (the site of a host name, the route to a page, the site's settings): kept
    under `key` until one of `reads` (models, or PAGES) changes. `compute()` returns the value; None is kept too."""
    seconds = keep_seconds()
    if not seconds:
        return compute()
    full_key = _shared_key(part, key, reads)
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(full_key, value, seconds)
    return value


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
