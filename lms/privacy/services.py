"""Exporting everything of one person, stepping out, and the audit trail."""

import datetime
import io
import json
import zipfile

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AuditEntry, ExportRequest
from .registry import ANONYMISE, DELETE, providers

EXPORT_DAYS = 7


def audit(actor, action, obj=None, owner_id=None, reason=""):
    what = f"{obj._meta.label}#{obj.pk}" if obj is not None else ""
    AuditEntry.objects.create(actor=actor, owner_id=owner_id, action=action, what=what[:120],
                              reason=str(reason)[:200])


def request_export(user) -> ExportRequest:
    """Start a ZIP export in the background (django-q2); the page shows its progress."""
    from django_q.tasks import async_task

    export = ExportRequest.objects.create(user=user)
    transaction.on_commit(lambda: async_task("lms.privacy.tasks.build_export", export.pk,
                                             task_name=f"export-{export.pk}"), robust=True)
    return export


def collect(user) -> dict:
    return {label: provider.export(user) for label, provider in sorted(providers().items())}


def build_zip(user, data) -> bytes:
    from theme.pdf import render_pdf  # WeasyPrint is heavy: loaded by the export job only, not by every page

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for label, content in data.items():
            text = json.dumps(content, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder)
            archive.writestr(f"{label}.json", text)
        summary = [(label, model, len(rows)) for label, content in data.items() for model, rows in content.items()]
        archive.writestr("samenvatting.pdf", render_pdf("privacy/summary_pdf.html", {
            "owner": user, "summary": summary, "today": timezone.localdate()}))
        archive.writestr("LEESMIJ.txt", _("Al je gegevens uit Van Kijken naar Zien: één JSON-bestand per onderdeel "
                                          "en een samenvatting als PDF.") + "\n")
    return buffer.getvalue()


@transaction.atomic
def step_out(user, mode) -> dict:
    """Leave the ontwikkelcyclus: each app's provider erases or anonymises its part (and ends shares, pairs and
    memberships, telling the others), then the person's audit trail and exports go.

    `mode` is DELETE (everything goes) or ANONYMISE (contributions others rely on stay, without your name).
    """
    assert mode in (DELETE, ANONYMISE)
    counts = {}
    ordered = sorted(providers().items(), key=lambda item: item[0] == "people")  # the account last
    for label, provider in ordered:
        counts[label] = provider.erase(user, mode)
    AuditEntry.objects.filter(owner=user).delete()
    AuditEntry.objects.filter(actor=user).update(actor=None)
    ExportRequest.objects.filter(user=user).delete()
    return counts


def run_retention(today=None) -> dict:
    """Daily: every provider's retention rules, plus the audit log's own period. Returns counts per app."""
    today = today or timezone.localdate()
    report = {label: provider.retention(today) for label, provider in sorted(providers().items())}
    days = getattr(settings, "VKNZ_AUDIT_RETENTION_DAYS", 365)
    cutoff = timezone.now() - datetime.timedelta(days=days)
    report["audit"] = {"verwijderd": AuditEntry.objects.filter(at__lt=cutoff).delete()[0]}
    ExportRequest.objects.filter(expires_at__lt=timezone.now()).delete()
    return report
