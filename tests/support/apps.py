from django.apps import AppConfig


class SupportConfig(AppConfig):
    """Test-only app: a minimal personal model (a learning journal) under the generic owner rule."""

    name = "tests.support"
    label = "support"

    def ready(self):
        from lms.people import access

        from .models import Journal

        access.register(Journal, access.OwnerRule(owner_field="owner"))
