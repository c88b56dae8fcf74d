"""Kept parts of a page (lms.extensions.kept) keyed by the person's roles too: what the access policy lets them see
changes with their roles, so a part kept under one set of roles is never served under another."""

import functools

from lms.extensions.kept import PAGES
from lms.extensions.kept import kept as _kept
from lms.extensions.kept_pages import KeptPageMiddleware as _KeptPageMiddleware

from .roles import roles_of

__all__ = ["PAGES", "KeptPageMiddleware", "kept"]


def roles_scope(user) -> str:
    return ",".join(sorted(str(role) for role in roles_of(user)))


kept = functools.partial(_kept, scope=roles_scope)


class KeptPageMiddleware(_KeptPageMiddleware):
    """Whole pages kept per person and per set of roles (lms.extensions.kept_pages). The roles are read inside
    the page as well, so a new role makes it afresh either way; in the key they guard a page that took its roles
    from somewhere no query of the request shows."""

    scope = staticmethod(roles_scope)
