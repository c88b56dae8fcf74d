"""`python manage.py demo`: load the demo organisation. Idempotent; refused under production settings.

Every installed app may contribute a `demo.py` module with a `load(demo)` function; they run in the order
of INSTALLED_APPS inside one transaction, sharing the `DemoOrganisation` (users, teams, and whatever earlier
loaders put there).
"""

from dataclasses import dataclass, field
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


@dataclass
class DemoOrganisation:
    command: BaseCommand
    users: dict = field(default_factory=dict)
    teams: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    def log(self, message):
        self.command.stdout.write(f"  - {message}")


def demo_loaders():
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.demo"
        if find_spec(module_name) is not None:
            module = import_module(module_name)
            if hasattr(module, "load"):
                yield app_config.label, module.load


class Command(BaseCommand):
    help = "Laadt de demo-organisatie (teams, gebruikers en voorbeeldinhoud). Veilig om vaker te draaien."

    def handle(self, *args, **options):
        if getattr(settings, "VKNZ_ENVIRONMENT", "") == "production" or not (settings.DEBUG or _is_test()):
            raise CommandError(
                "De demo-organisatie hoort niet in productie: dit commando draait alleen met de dev- of "
                "testinstellingen."
            )
        demo = DemoOrganisation(command=self)
        self.stdout.write("Demo-organisatie laden:")
        with transaction.atomic():
            for _label, load in demo_loaders():
                load(demo)
        self.stdout.write(self.style.SUCCESS("Klaar. Elke demo-gebruiker logt in met wachtwoord 'vknz-demo'."))


def _is_test():
    return getattr(settings, "VKNZ_ENVIRONMENT", "") == "test"
