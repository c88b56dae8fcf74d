"""Personal data of documents: the PDFs made for you in the background, kept two days."""

from django.utils import timezone

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import DocumentJob


@register
class DocumentsProvider(PrivacyProvider):
    app_label = "lms_documents"
    data = [PersonalData(DocumentJob, ("owner",), "PDF's die voor je werden gemaakt omdat ze te groot waren om "
                         "direct te maken.", "Twee dagen; daarna worden ze verwijderd.")]

    def export(self, user) -> dict:
        """Which documents were made, not the PDFs themselves (they are copies of what the export holds)."""
        rows = DocumentJob.objects.filter(owner=user).values("kind", "title", "status", "created_at", "expires_at")
        return {DocumentJob._meta.label: list(rows)}

    def retention(self, today) -> dict:
        return {"verlopen documenten": DocumentJob.objects.filter(expires_at__lte=timezone.now()).delete()[0]}
