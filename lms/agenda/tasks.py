"""django-q2 tasks: publish pages whose scheduled moment has come (an approved agenda with a go-live date), and
count the dashboard's figures every night, ahead of the MT's visits."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from lms.extensions import schedules

from .models import AgendaPage
from .statistics.snapshots import recounted, refresh


@schedules.every(minutes=10, name="Geplande pagina's publiceren")
def publish_scheduled():
    # Wagtail's own command: idempotent, it publishes only revisions whose approved_go_live_at has passed.
    call_command("publish_scheduled")


@schedules.daily("Leeragenda: cijfers tellen", at=datetime.time(3, 0))
def refresh_figures():
    """Count the dashboard's figures for every agenda that runs or ended less than a year ago."""
    recent = timezone.localdate() - datetime.timedelta(days=365)
    agendas = list(AgendaPage.objects.live().filter(ends_on__gte=recent))
    for agenda in agendas:
        refresh(agenda)
    return len(agendas)


def recount_agenda(agenda_id, k):
    """Count one agenda's figures again, asked for when what they are about changed (snapshots.cube_for)."""
    try:
        agenda = AgendaPage.objects.live().filter(pk=agenda_id).first()
        if agenda is None:
            return "not-published"
        refresh(agenda, k)
        return "counted"
    finally:
        recounted(agenda_id, k)
