"""Sections other apps contribute to a page of an app below them (a goal's rows, a cycle's intervisie part).

The page's app declares a Wagtail hook name; a contributing app registers a function for it that returns a
`Section` or None. `render_sections` collects them, in their order, rendered with the page's own context added.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from wagtail import hooks


@dataclass
class Section:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def render_sections(request, hook_name, *args, **page_context) -> list[str]:
    """Call every function registered for `hook_name` with `(request, *args)`; render what they return."""
    sections = [section for fn in hooks.get_hooks(hook_name) if (section := fn(request, *args)) is not None]
    return [render_to_string(section.template, {**section.context, **page_context}, request=request)
            for section in sorted(sections, key=lambda section: section.order)]
