"""Personal data of the people app: the account, the participant profile and shares."""

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from lms.privacy import registry
from lms.privacy.registry import PersonalData, PrivacyProvider, register

from . import access
from .models import OrganisationAccount, Participant, Share, Team

# Exports obey the one access policy; the privacy floor cannot import it, so it is handed down here.
registry.use_policy(access.policy)


@register
class PeopleProvider(PrivacyProvider):
    app_label = "lms_people"
    data = [
        PersonalData(get_user_model(), ("pk",), "Inloggen en herkenbaar zijn voor je buddy, coach en groep.",
                     "Zolang je meedoet; bij uitstappen geanonimiseerd.", own=True),
        PersonalData(Participant, ("user",), "Team, functie en leergang, om de juiste dingen te tonen.",
                     "Zolang je meedoet."),
        PersonalData(Team, ("leaders", "coaches"), "Wie een team leidt of coacht (voor uitsluitingen en voortgang).",
                     "Zolang je die rol hebt.", own=True),
        PersonalData(Share, ("owner", "grantee"), "Met wie je wat deelt, zodat je het kunt intrekken.",
                     "Zolang het gedeelde item bestaat."),
        PersonalData(OrganisationAccount, ("user",),
                     "Je herkennen als je inlogt met je gemeente-account (het kenmerk dat de gemeente meestuurt).",
                     "Zolang je meedoet; na uitstappen alleen het kenmerk en de datum, zodat niemand met jouw "
                     "gemeente-account ongemerkt opnieuw begint, tot de beheerder je weer toelaat.", own=True),
    ]

    def export(self, user):
        result = super().export(user)
        for row in result[get_user_model()._meta.label]:
            row.pop("password", None)
        # Of a team only its name: who else leads or coaches it is theirs, not yours.
        result[Team._meta.label] = [{"id": row["id"], "name": row["name"]} for row in result[Team._meta.label]]
        return result

    def erase(self, user, mode):
        """The account row stays as an anonymous tombstone (other people's rows may point at it). The link to the
        organisation's login keeps only its subject and the date, so that logging in there is refused until the
        administrator lets the person back in (models.OrganisationAccount)."""
        OrganisationAccount.objects.filter(user=user).update(
            user=None, stepped_out_at=timezone.now(), granted_roles=[], granted_team=None)
        user.led_teams.clear()
        user.coached_teams.clear()
        removed = Participant.objects.filter(user=user).delete()[0]
        removed += Share.objects.filter(owner=user).delete()[0] + Share.objects.filter(grantee=user).delete()[0]
        get_user_model().objects.filter(pk=user.pk).update(
            username=f"uitgestapt-{user.pk}", first_name="", last_name="", email="", is_active=False,
            password=make_password(None),  # unusable: nobody logs in as a former participant
        )
        user.groups.clear()
        return removed
