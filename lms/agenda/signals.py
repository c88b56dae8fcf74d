"""The agenda index gets its approval workflow the moment it exists, however it was made (admin, demo, tests)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import AgendaIndexPage
from .workflow import ensure_agenda_workflow


@receiver(post_save, sender=AgendaIndexPage)
def attach_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_agenda_workflow(instance)
