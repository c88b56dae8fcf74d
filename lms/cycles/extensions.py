"""Extension point of the cycle page, for apps on the floors above (intervisie links a session to a cycle).

Cycles knows none of those apps: they register a Wagtail hook declared here::

    @hooks.register(CYCLE_SECTIONS_HOOK)
    def my_section(request, cycle, is_owner):
        return CycleSection(template="myapp/cycle_section.html", context={...}, order=10)  # or None

The template writes a section with its own heading (`<h2>`); it gets `context` plus `cycle` and `is_owner`. The
same sections are shown on the reflection form, where what they hold (e.g. an intervisie verslag) feeds the
reflection. Each hook costs at most a query or two.
"""

from lms.extensions.sections import Section as CycleSection
from lms.extensions.sections import render_sections

CYCLE_SECTIONS_HOOK = "vknz_cycle_sections"

__all__ = ["CYCLE_SECTIONS_HOOK", "CycleSection", "cycle_sections"]


def cycle_sections(request, cycle, is_owner) -> list[str]:
    return render_sections(request, CYCLE_SECTIONS_HOOK, cycle, is_owner, cycle=cycle, is_owner=is_owner)
