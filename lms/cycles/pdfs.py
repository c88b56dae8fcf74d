"""The cycle's documents for its owner: the consent form and the client leaflet to print and take to the
conversation, and the report of the video-reflection (made by lms.documents, never in the request)."""

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.documents.registry import Document, register
from lms.people import access

from .selectors import cycle_for_page, page_views

CYCLE_DOCUMENT = "cycles.document"

# The kind in the URL → template and title.
KINDS = {
    "toestemmingsformulier": ("cycles/pdf/consent.html", _("Toestemmingsformulier")),
    "folder": ("cycles/pdf/leaflet.html", _("Folder voor de cliënt")),
    "verslag": ("cycles/pdf/report.html", _("Verslag van je video-reflectie")),
}


@register(CYCLE_DOCUMENT)
def cycle_document(user, pk, paper):
    """Owner only: the cycle is read through the access policy with the right to change it."""
    if paper not in KINDS:
        raise Http404
    template, title = KINDS[paper]
    cycle = access.require(user, access.CHANGE, cycle_for_page(user, pk))
    context = {"cycle": cycle, "today": timezone.localdate()}
    if paper == "verslag":
        context.update(page_views(user, cycle))
    return Document(template=template, context=context, filename=f"{paper}-cyclus-{cycle.pk}.pdf", title=str(title))
