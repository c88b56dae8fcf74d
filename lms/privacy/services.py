"""Exporting everything of one person, stepping out, and the audit trail."""

import datetime
import io
import json
import zipfile

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.conf import setting
from theme.pdf import render_pdf

from .library import names_in
from .models import AuditEntry, ExportRequest
from .registry import ANONYMISE, DELETE, providers
from .signals import export_withdrawn

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

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for label, content in data.items():
            text = json.dumps(content, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder)
            archive.writestr(f"{label}.json", text)
        # The summary names every part in Dutch ("Casuïstiek", "oefenpogingen"), never a model label; the JSON keys
        # stay labels: they are the files' format, and archive_mentions reads them back.
        registered = providers()
        summary = []
        for label, content in data.items():
            provider = registered.get(label)
            names = provider.names() if provider else {}
            title = provider.display_title() if provider else label
            summary += [(title, names.get(model, model), len(rows), f"{label}.json") for model, rows in content.items()]
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
    counts = {"exports": withdraw_exports_naming(user)}  # first: it searches by the names the account still has
    ordered = sorted(providers().items(), key=lambda item: item[0] == "people")  # the account last
    for label, provider in ordered:
        counts[label] = provider.erase(user, mode)
    AuditEntry.objects.filter(owner=user).delete()
    AuditEntry.objects.filter(actor=user).update(actor=None)
    ExportRequest.objects.filter(user=user).delete()
    return counts


def withdraw_exports_naming(user) -> int:
    """Delete the stored exports of other people that hold something of this person, and tell their owners.

    An export is a snapshot of what its owner could see when it was made; once a person in it has stepped out, it
    may no longer be handed out. Rebuilding it silently would hide why it changed, so it is withdrawn with a notice
    (through `export_withdrawn`), and its owner can ask for a new one, made from what remains.
    """
    withdrawn = 0
    stored = ExportRequest.objects.exclude(user=user).exclude(content=None).select_related("user")
    for export in stored.iterator():
        if archive_mentions(bytes(export.content), user):
            export.delete()
            export_withdrawn.send(sender=ExportRequest, export=export, owner=export.user)
            withdrawn += 1
    return withdrawn


def archive_mentions(content, user) -> bool:
    """Whether an export ZIP holds the person: their full name or e-mail address anywhere in its text, or a row whose
    key to an account (author, buddy, created_by, ...) is theirs. Read from the stored bytes, so it holds for any
    format. A bare first name or username is not searched: "Jan" or "nieuw" in someone's own text is an ordinary
    word, and the rows the person wrote are found by their key."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if not name.endswith((".json", ".txt", ".csv")):
                continue
            text = archive.read(name).decode("utf-8", errors="replace")
            if names_in(text, user, distinctive=True) or (
                    name.endswith(".json") and _rows_point_at(json.loads(text), user)):
                return True
    return False


def _rows_point_at(data, user) -> bool:
    """`data` is one app's file: {"lms_goals.GoalComment": [rows]}; a nested section is followed one level down."""
    user_model = get_user_model()
    for label, rows in data.items() if isinstance(data, dict) else ():
        if isinstance(rows, dict):
            if _rows_point_at(rows, user):
                return True
            continue
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            continue
        keys = [f.name for f in model._meta.get_fields()
                if getattr(f, "related_model", None) is user_model and getattr(f, "concrete", False)]
        for row in rows if isinstance(rows, list) else ():
            if not isinstance(row, dict):
                continue
            if model is user_model and row.get("id") == user.pk:
                return True
            if any(row.get(key) == user.pk or (isinstance(row.get(key), list) and user.pk in row[key])
                   for key in keys):
                return True
    return False


def run_retention(today=None) -> dict:
    """Daily: every provider's retention rules, plus the audit log's own period. Returns counts per app."""
    today = today or timezone.localdate()
    report = {label: provider.retention(today) for label, provider in sorted(providers().items())}
    days = setting("VKNZ_AUDIT_RETENTION_DAYS")
    cutoff = timezone.now() - datetime.timedelta(days=days)
    report["audit"] = {"verwijderd": AuditEntry.objects.filter(at__lt=cutoff).delete()[0]}
    ExportRequest.objects.filter(expires_at__lt=timezone.now()).delete()
    return report
