"""Buddy system: experienced participants offer places; newcomers are paired with one of them.

A pair goes proposed (by the algorithm, reviewed by a teamcoach) → sent → active (when both accepted) → ended.
Check-in notes are for the two of them only. Change pairs through `services`.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from theme.submissions import key_field


class TeamPreference(models.TextChoices):
    SAME = "same", _("Liefst iemand uit mijn eigen team")
    OTHER = "other", _("Liefst iemand uit een ander team")
    NONE = "no_preference", _("Geen voorkeur")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("Vooral op kantoor")
    ONLINE = "online", _("Vooral online")
    EITHER = "either", _("Allebei goed")


class BuddyOfferQuerySet(models.QuerySet):
    def open(self, today=None):
        """Offers a teamcoach may pair with now: switched on and not past their last day (see `is_open`)."""
        today = today or timezone.localdate()
        return self.filter(active=True).filter(Q(available_until__isnull=True) | Q(available_until__gte=today))


class BuddyOffer(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="buddy_offer",
                                verbose_name=_("deelnemer"))
    capacity = models.PositiveSmallIntegerField(
        _("hoeveel nieuwkomers tegelijk"), default=1, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    team_preference = models.CharField(_("team"), max_length=16, choices=TeamPreference.choices,
                                       default=TeamPreference.NONE)
    mode = models.CharField(_("samenwerken"), max_length=16, choices=Mode.choices, default=Mode.EITHER)
    available_until = models.DateField(_("beschikbaar tot en met"), null=True, blank=True)
    active = models.BooleanField(_("beschikbaar"), default=True)
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("bijgewerkt op"))

    objects = BuddyOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanbod als buddy")
        verbose_name_plural = _("aanbod als buddy")

    def __str__(self):
        return _("Buddy-aanbod van %(name)s") % {"name": self.user}

    def is_open(self, today=None):
        """The per-offer form of `BuddyOfferQuerySet.open`; keep the two the same."""
        today = today or timezone.localdate()
        return self.active and (self.available_until is None or self.available_until >= today)


class PairStatus(models.TextChoices):
    PROPOSED = "proposed", _("Voorstel (nog bij de teamcoach)")
    SENT = "sent", _("Voorgesteld, wacht op akkoord")
    ACTIVE = "active", _("Actief")
    DECLINED = "declined", _("Afgewezen")
    WITHDRAWN = "withdrawn", _("Ingetrokken door de teamcoach")
    ENDED = "ended", _("Beëindigd")


OPEN_STATUSES = (PairStatus.PROPOSED, PairStatus.SENT, PairStatus.ACTIVE)


class BuddyPair(models.Model):
    newcomer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="buddy_pairs_new",
                                 verbose_name=_("nieuwe collega"))
    buddy = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="buddy_pairs_as_buddy", verbose_name=_("buddy"))
    status = models.CharField(max_length=16, choices=PairStatus.choices, default=PairStatus.PROPOSED,
                              verbose_name=_("status"))
    score = models.FloatField(default=0, verbose_name=_("score"))
    reasons = models.JSONField(default=list, verbose_name=_("redenen"))
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                    verbose_name=_("voorgesteld door"))
    proposed_at = models.DateTimeField(default=timezone.now, verbose_name=_("voorgesteld op"))
    newcomer_accepted_at = models.DateTimeField(null=True, blank=True,
                                                verbose_name=_("aanvaard door de nieuwe collega op"))
    buddy_accepted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("aanvaard door de buddy op"))
    decline_reason = models.CharField(_("reden (optioneel)"), max_length=300, blank=True)
    started_at = models.DateTimeField(null=True, blank=True, verbose_name=_("gestart op"))
    ends_on = models.DateField(_("loopt tot en met"), null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True, verbose_name=_("beëindigd op"))
    closing_note = models.TextField(_("afsluitende notitie"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("buddykoppel")
        verbose_name_plural = _("buddykoppels")
        ordering = ["-proposed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["newcomer"], condition=Q(status__in=["proposed", "sent", "active"]),
                                    name="buddy_one_open_pair_per_newcomer"),
            models.CheckConstraint(condition=~Q(newcomer=models.F("buddy")), name="buddy_not_self"),
        ]
        indexes = [models.Index(fields=["buddy", "status"], name="buddypair_buddy_status")]

    def __str__(self):
        return _("Buddykoppel %(number)s") % {"number": self.pk}

    def get_absolute_url(self):
        return reverse("lms:buddy:pair", args=[self.pk])

    def partner_of(self, user):
        return self.buddy if user.pk == self.newcomer_id else self.newcomer


class CheckInStatus(models.TextChoices):
    PLANNED = "planned", _("Gepland")
    HELD = "held", _("Gehouden")
    CANCELLED = "cancelled", _("Afgezegd")


class CheckIn(models.Model):
    pair = models.ForeignKey(BuddyPair, on_delete=models.CASCADE, related_name="checkins",
                             verbose_name=_("buddykoppel"))
    planned_on = models.DateField(_("datum"))
    topics = models.CharField(_("onderwerpen"), max_length=300, blank=True)
    notes = models.TextField(_("aantekeningen (alleen voor jullie twee)"), blank=True, max_length=5000)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                   verbose_name=_("gemaakt door"))
    status = models.CharField(_("status"), max_length=16, choices=CheckInStatus.choices,
                              default=CheckInStatus.PLANNED)
    submission_key = key_field()

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["planned_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["pair", "submission_key"], name="checkin_once_per_form")]

    def __str__(self):
        return _("Check-in op %(date)s") % {"date": self.planned_on}
