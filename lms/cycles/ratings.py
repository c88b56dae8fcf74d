"""The client's session rating: four items on a 0–10 line, filled in on a one-time link after a conversation.

The field's practice is a very short session rating scale (relationship, goals and topics, approach, overall),
asked right after the conversation. Here the klantmanager makes a link (`RatingInvitation`) and hands it over; the
client opens it on a phone, without an account, and answers once (`SessionRating`). Only a hash of the link's
token is stored, so the database cannot hand out a working link; the link itself names nobody. Answers are tied
to the pseudonymous client code only, and only the klantmanager who made the link sees them (`rules.py`).

Workflow in `services/ratings.py`, pages in `views/ratings.py`. The models are imported at the end of `models.py`,
so Django registers them with the app.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .validators import validate_client_code

SCALE_MIN, SCALE_MAX = 0, 10
# The four items, in the order the client answers them: (field, the klantmanager's short name).
ITEMS = (
    ("relationship", _("Contact")),
    ("goals_topics", _("Doelen en onderwerpen")),
    ("approach", _("Aanpak")),
    ("overall", _("Alles bij elkaar")),
)


def _scale(verbose_name):
    return models.PositiveSmallIntegerField(
        verbose_name, validators=[MinValueValidator(SCALE_MIN), MaxValueValidator(SCALE_MAX)])


class RatingInvitation(models.Model):
    """A one-time link for one client to rate one conversation. Holds the token's hash, never the token."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rating_invitations",
                              verbose_name=_("klantmanager"))
    client_code = models.CharField(_("cliëntcode"), max_length=20, validators=[validate_client_code])
    token_hash = models.CharField(_("controlecode van de link"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    expires_at = models.DateTimeField(_("geldig tot"))
    used_at = models.DateTimeField(_("gebruikt op"), null=True, blank=True)

    class Meta:
        verbose_name = _("link voor een gespreksbeoordeling")
        verbose_name_plural = _("links voor gespreksbeoordelingen")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return _("Beoordelingslink voor %(code)s") % {"code": self.client_code}

    def is_open(self, now=None) -> bool:
        return self.used_at is None and self.expires_at > (now or timezone.now())


class SessionRating(models.Model):
    """What the client answered about one conversation: four items from 0 to 10."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_ratings",
                              verbose_name=_("klantmanager"))
    client_code = models.CharField(_("cliëntcode"), max_length=20)
    # The link goes when it is cleaned up; the answers stay with the klantmanager.
    invitation = models.OneToOneField(RatingInvitation, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="rating", verbose_name=_("link"))
    relationship = _scale(_("contact: gehoord, begrepen en gerespecteerd"))
    goals_topics = _scale(_("doelen en onderwerpen: gepraat over wat de cliënt belangrijk vond"))
    approach = _scale(_("aanpak: de manier van werken paste bij de cliënt"))
    overall = _scale(_("alles bij elkaar"))
    created_at = models.DateTimeField(_("ingevuld op"), default=timezone.now)

    class Meta:
        verbose_name = _("gespreksbeoordeling van een cliënt")
        verbose_name_plural = _("gespreksbeoordelingen van cliënten")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(relationship__lte=SCALE_MAX, goals_topics__lte=SCALE_MAX,
                                   approach__lte=SCALE_MAX, overall__lte=SCALE_MAX),
                name="session_rating_on_the_scale"),
        ]

    def __str__(self):
        return _("Gespreksbeoordeling van %(code)s") % {"code": self.client_code}

    def values(self) -> list:
        return [getattr(self, field) for field, _label in ITEMS]
