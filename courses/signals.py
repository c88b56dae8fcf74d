"""The leergang's index gets its review workflow the moment it exists, however it was made (admin, demo, tests)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .pages import CourseIndexPage
from .workflow import ensure_course_workflow


@receiver(post_save, sender=CourseIndexPage)
def attach_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_course_workflow(instance)
