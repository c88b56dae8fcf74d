from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """Documents too large to render while a person waits: made by a django-q2 job, downloaded by their owner.

    Apps register their document kinds (`registry.register`) and answer a PDF link with `services.deliver`,
    which renders small documents in the request and hands large ones to a job.
    """

    name = "lms.documents"
    label = "lms_documents"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = _("Documenten")

    def ready(self):
        from . import rules  # noqa: F401  (registers the owner-only rule with the access policy)

        autodiscover_modules("pdfs")  # each app's document kinds, also in a worker that never loads a view
