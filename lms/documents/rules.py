"""A document job is for its owner only: nobody else may see that it exists, let alone download it."""

from lms.people import access

from .models import DocumentJob

access.register(DocumentJob, access.OwnerRule("owner", shareable=False))
