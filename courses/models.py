"""The leergang's models, as Django and the other apps find them: the Wagtail pages (pages.py) and each
participant's records in them (records.py).

Two modules because the pages serve themselves through `serving` and `progress`, which read the records: with
one module those imports would go in a circle.
"""

from .pages import CourseIndexPage, CoursePage, ModulePage
from .records import ChecklistTick, Enrolment, ModuleCompletion, ReflectionAnswer
from .workflow import PeerApprovalTask

__all__ = ["ChecklistTick", "CourseIndexPage", "CoursePage", "Enrolment", "ModuleCompletion", "ModulePage",
           "PeerApprovalTask", "ReflectionAnswer"]
