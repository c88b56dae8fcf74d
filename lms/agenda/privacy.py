"""Personal data of the leeragenda: the anonymous contributions you shared (only you can see they are yours), and
which themes you linked your goals to."""

from lms.privacy.registry import PersonalData, PrivacyProvider, register

from .models import Contribution, GoalTheme, ThemePage


@register
class AgendaProvider(PrivacyProvider):
    app_label = "lms_agenda"
    data = [
        PersonalData(Contribution, ("contributor",), "Aandachtspunten die je anoniem met de organisatie deelde.",
                     "Tot je ze intrekt of uitstapt."),
        PersonalData(GoalTheme, ("goal__owner",), "Aan welke thema's van de leeragenda je je doelen koppelde.",
                     "Zolang het doel bestaat."),
    ]

    def export(self, user) -> dict:
        """As the defaults, with a linked theme by its title, as a person reads it, not as an id."""
        result = super().export(user)
        links = result[GoalTheme._meta.label]
        titles = dict(ThemePage.objects.filter(pk__in={row["theme"] for row in links}).values_list("pk", "title"))
        for row in links:
            row["theme"] = titles.get(row["theme"], row["theme"])
        return result
