"""The kinds of document an app offers: a builder per kind makes the template, context and file name.

A builder takes the person and the request's choices and builds its context from querysets the policy filtered
for that person, so the job, which builds again when it runs, holds what the person may see at that moment.
"""

from dataclasses import dataclass, field


@dataclass
class Document:
    template: str
    context: dict
    filename: str
    title: str  # what the waiting page calls it: "Mijn ontwikkelplan"
    # In the request only: extra response headers, e.g. a shorter cache for a public document.
    headers: dict = field(default_factory=dict)


_builders = {}


def register(kind):
    """`@register("goals.plan")` on `def build(user, **params) -> Document`."""
    def decorator(builder):
        _builders[kind] = builder
        return builder
    return decorator


def build(kind, user, params) -> Document:
    return _builders[kind](user, **params)


def kinds():
    return set(_builders)
