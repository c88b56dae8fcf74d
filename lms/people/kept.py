"""Kept parts of a page (lms.extensions.kept) keyed by the person's roles too: what the access policy lets them see
changes with their roles, so a part kept under one set of roles is never served under another."""

import functools

from lms.extensions.kept import PAGES, changed
from lms.extensions.kept import kept as _kept

from .roles import roles_of

__all__ = ["PAGES", "changed", "kept"]


def roles_scope(user) -> str:
    return ",".join(sorted(str(role) for role in roles_of(user)))


kept = functools.partial(_kept, scope=roles_scope)
