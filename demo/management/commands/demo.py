"""`python manage.py demo`: load the demo organisation. Safe to repeat; refused under production settings."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.organisation import load_all


class Command(BaseCommand):
    help = "Laadt de demo-organisatie (teams, gebruikers en voorbeeldinhoud). Veilig om vaker te draaien."

    def handle(self, *args, **options):
        if getattr(settings, "VKNZ_ENVIRONMENT", "") == "production" or not (settings.DEBUG or _is_test()):
            raise CommandError(
                "De demo-organisatie hoort niet in productie: dit commando draait alleen met de dev- of "
                "testinstellingen."
            )
        self.stdout.write("Demo-organisatie laden:")
        load_all(self)
        self.stdout.write(self.style.SUCCESS("Klaar. Elke demo-gebruiker logt in met wachtwoord 'vknz-demo'."))


def _is_test():
    return getattr(settings, "VKNZ_ENVIRONMENT", "") == "test"
