"""Whole pages kept per person: a page asked again, while nothing it was made of has changed, is served from the cache.

What a page was made of is recorded while it is made (watch.py): every table its queries read, and everything it
took from the cache instead (kept parts, the site, routes). The page is kept with the versions of those models; a
write to any of them, in any process, gives a new version and the next visit makes the page afresh. So the view
with its access checks is skipped only when every row those checks read is as it was, for the same person with the
same roles: the answer would be the same.

The key holds the person, their scope (roles, see lms.people.kept), the host, the address with its query, the
person's CSRF secret (the forms on the page carry a token for it) and a window of KEEP_SECONDS, so that what depends
on the clock (a share that ends, a session that has been held) is at most that old. Kept only: a GET that answered
200 with HTML; by a person logged in; outside the Wagtail admin; with no messages waiting; that wrote nothing; that
made no CSP nonce or CSRF secret of its own; and that did not say "Cache-Control: no-store" (as Wagtail says of a
page behind a password, which depends on the session). A view that never answers with a page (a download, a feed)
says so with `not_kept`, and no request to it asks the cache.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, get_resolver
from django.utils import timezone

from . import kept
from .watch import recording

_ADMIN = "/admin/"


def not_kept(view):
    """For a view whose answer is never a page to keep (a file, a feed): its requests do not look for one."""
    view.kept_page = False
    return view


class KeptPageMiddleware:
    """Serve a page from the cache when nothing it read has changed (see the module). Place it after the session,
    CSRF, authentication and message middleware. Subclasses give `scope(user)`: what else the page depends on."""

    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def scope(user) -> str:
        return ""

    def __call__(self, request):
        seconds = kept.keep_seconds()
        if not seconds or not self._may_keep(request):
            return self.get_response(request)
        with kept.one_read_per_request():
            key = self._key(request, seconds)
            entry = kept.fetch(key)
            if entry is not None and kept.stamp(kept.reading(entry["labels"])) == entry["stamp"]:
                return self._served(entry)
            at_start, secret = kept.versions_read(), request.META.get("CSRF_COOKIE")
            with recording() as made:
                response = self.get_response(request)
            if self._keepable(request, response, made, secret):
                labels = kept.reading([*sorted(made.labels), settings.AUTH_USER_MODEL.lower()])
                stamp = kept.stamp(labels)  # gives a version to a label that had none, for the next visit
                # Kept only under versions read before the page was made: one first read afterwards could be newer
                # than the rows the page shows. (The next visit reads them all at its start.)
                if all(kept.version_key(label) in at_start for label in labels):
                    cache.set(key, {"labels": labels, "stamp": stamp, "status": response.status_code,
                                     "headers": list(response.headers.items()), "content": response.content},
                              seconds)
            return response

    def _may_keep(self, request) -> bool:
        if request.method != "GET" or request.path.startswith(_ADMIN):
            return False
        if not getattr(request.user, "is_authenticated", False) or not request.META.get("CSRF_COOKIE"):
            return False
        messages = getattr(request, "_messages", None)
        if messages is not None and len(messages):
            return False
        try:
            match = get_resolver(getattr(request, "urlconf", None)).resolve(request.path_info)
        except Resolver404:
            return False
        return getattr(match.func, "kept_page", True)

    def _key(self, request, seconds) -> str:
        user = request.user
        now = timezone.now()
        # Each person's window starts at another moment, so that not every page is made afresh at once.
        offset = int(hashlib.sha256(str(user.pk).encode()).hexdigest()[:8], 16) % seconds
        window = (int(now.timestamp()) + offset) // seconds
        parts = [request.get_host(), request.get_full_path(), request.META["CSRF_COOKIE"], self.scope(user)]
        digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]
        return f"lms:kept:page:{user.pk}:{timezone.localdate(now).isoformat()}:{window}:{digest}"

    @staticmethod
    def _keepable(request, response, made, secret) -> bool:
        return (
            response.status_code == 200
            and not made.wrote
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and "no-store" not in response.get("Cache-Control", "")
            and not response.cookies
            and getattr(request, "_csp_nonce", None) is None
            and request.META.get("CSRF_COOKIE") == secret
        )

    @staticmethod
    def _served(entry) -> HttpResponse:
        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        return response
