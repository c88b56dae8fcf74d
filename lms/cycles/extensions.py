"""Extension point of the cycle page, for apps on the floors above (intervisie links a session to a cycle).

Cycles knows none of those apps: they register a Wagtail hook declared here::

    @hooks.register(CYCLE_SECTIONS_HOOK)
    def my_section(request, cycle, is_owner):
        return CycleSection(template="myapp/cycle_section.html", context={...}, order=10)  # or None

The template writes a section with its own heading (`<h2>`); it gets `context` plus `cycle` and `is_owner`. The
same sections are shown on the reflection form, where what they hold (e.g. an intervisie verslag) feeds the
reflection. Each hook costs at most a query or two.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from wagtail import hooks

CYCLE_SECTIONS_HOOK = "vknz_cycle_sections"


@dataclass
class CycleSection:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def cycle_sections(request, cycle, is_owner) -> list[str]:
    sections = [section for fn in hooks.get_hooks(CYCLE_SECTIONS_HOOK)
                if (section := fn(request, cycle, is_owner)) is not None]
    return [render_to_string(section.template, {**section.context, "cycle": cycle, "is_owner": is_owner},
                             request=request)
            for section in sorted(sections, key=lambda section: section.order)]
