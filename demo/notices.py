"""Demo organisation: a welcome notice for every demo user (in the site only, no e-mail)."""

from lms.notifications.services import notify


def load(demo):
    for user in demo.users.values():
        notify(
            user,
            key=f"demo-welkom:{user.pk}",
            title="Welkom bij Van Kijken naar Zien",
            body=(
                "Fijn dat je er bent. Op je overzicht zie je waar je staat in de ontwikkelcyclus. "
                "Meer weten over hoe we met je gegevens omgaan? Lees de uitleg op de startpagina."
            ),
            link="/",
            email=False,
        )
    demo.log("een welkomstmelding per gebruiker")
