"""The leeragenda as PDF, delivered within budget by lms.documents (an agenda of many long themes is made by a
background job for the person who asked)."""

from django.http import Http404
from django.utils.translation import gettext as _

from lms.documents.registry import Document, register

from .models import AgendaPage

AGENDA = "agenda.agenda"


@register(AGENDA)
def agenda_document(user, pk):
    agenda = AgendaPage.objects.live().filter(pk=pk).first()
    if agenda is None:
        raise Http404(_("Deze leeragenda is niet gepubliceerd."))
    return Document(template="agenda/pdf/agenda.html",
                    context={"page": agenda, "themes": list(agenda.themes_with_modules())},
                    filename=f"{agenda.slug}.pdf", title=agenda.title,
                    headers={"Cache-Control": "private, max-age=300"})
