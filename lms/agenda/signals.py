"""The agenda index gets its approval workflow the moment it exists, however it was made (admin, demo, tests); the
dashboard's kept figures are marked for a recount when a team is made, renamed or removed."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from lms.people.models import Team

from .models import AgendaIndexPage, FigureSnapshot
from .workflow import ensure_agenda_workflow


@receiver(post_save, sender=AgendaIndexPage)
def attach_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_agenda_workflow(instance)


@receiver(post_save, sender=Team)
@receiver(post_delete, sender=Team)
def teams_changed(sender, raw=False, **kwargs):
    """The team list and every team's figures belong to the teams as they are: the next visit asks for a recount
    (a visit checks the teams no other way, so that its cost does not grow with their number)."""
    if not raw:
        FigureSnapshot.objects.filter(recount=False).update(recount=True)
