"""The Samenleerwijzer: a periodic conversation of the klantmanager with one client about their collaboration.

The report (deel 1) suggests it as the klantmanager's own way to ask for feedback once the researchers' client
interviews are over: clients feel dependent and rarely speak up unless asked. The klantmanager follows a short guide
(`guides.SAMENLEERWIJZER_GUIDE`: the personal relationship, the shared goal, the approach, who steers) and keeps
notes per question. What they take away becomes aandachtspunten, each turned into a goal in one step, as from a
cycle. A cadence per person (`SamenleerwijzerCadence`) says when the next conversation is due; a daily task reminds
(`tasks.py`).

Everything here is the klantmanager's alone: no share, role or assignment opens it (`rules.py`). A talk names its
client only by the pseudonymous client code.

The aandachtspunten of a talk are their own model (`TalkAttentionPoint`), not `AttentionPoint` with a second,
optional parent: a cycle's points are read by its analysts and by the people a reflection is shared with, follow-up
checks and the leeragenda build on them, and every one of those readers assumes a cycle. A talk's points are
private without exception; two models keep the two policies apart by construction.

Workflow in `services/samenleerwijzer.py`, pages in `views/samenleerwijzer.py`. The models are imported at the end
of `models.py`, so Django registers them with the app.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.goals.models import Goal
from theme.submissions import key_field

from .validators import validate_client_code

MAX_NOTE_LENGTH = 2000
MAX_TAKEAWAY_LENGTH = 3000
MAX_POINT_LENGTH = 300


class Cadence(models.IntegerChoices):
    """How often the klantmanager wants to hold a Samenleerwijzer-gesprek, in months; 0 is no reminder."""

    MONTH = 1, _("Elke maand")
    QUARTER = 3, _("Elk kwartaal")
    HALF_YEAR = 6, _("Elk half jaar")
    OFF = 0, _("Uit (geen herinnering)")


class CollaborationTalk(models.Model):
    """One Samenleerwijzer-gesprek: with which client (code), when, the notes per guide question, what you keep."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="collaboration_talks",
                              verbose_name=_("klantmanager"))
    client_code = models.CharField(_("cliëntcode"), max_length=20, validators=[validate_client_code])
    held_on = models.DateField(_("datum van het gesprek"))
    notes = models.JSONField(_("aantekeningen per vraag"), default=dict, blank=True)
    takeaway = models.TextField(_("wat neem ik mee"), blank=True, max_length=MAX_TAKEAWAY_LENGTH)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    submission_key = key_field()

    class Meta:
        verbose_name = _("Samenleerwijzer-gesprek")
        verbose_name_plural = _("Samenleerwijzer-gesprekken")
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["owner", "-held_on"], name="talk_owner_recent")]
        constraints = [models.UniqueConstraint(fields=["owner", "submission_key"], name="talk_once_per_form")]

    def __str__(self):
        return _("Samenleerwijzer-gesprek met %(code)s") % {"code": self.client_code}

    def get_absolute_url(self):
        return reverse("lms:cycles:talk_detail", args=[self.pk])


class TalkAttentionPoint(models.Model):
    """What the klantmanager takes away from a Samenleerwijzer-gesprek. One step turns it into a leerdoel or
    actiedoel; the goal keeps the link (and its origin, "Samenleerwijzer-gesprek")."""

    talk = models.ForeignKey(CollaborationTalk, on_delete=models.CASCADE, related_name="attention_points",
                             verbose_name=_("Samenleerwijzer-gesprek"))
    text = models.CharField(_("aandachtspunt"), max_length=MAX_POINT_LENGTH)
    goal = models.OneToOneField(Goal, on_delete=models.SET_NULL, null=True, blank=True, related_name="talk_point",
                                verbose_name=_("doel"))
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)

    class Meta:
        verbose_name = _("aandachtspunt uit een Samenleerwijzer-gesprek")
        verbose_name_plural = _("aandachtspunten uit Samenleerwijzer-gesprekken")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text


class SamenleerwijzerCadence(models.Model):
    """The klantmanager's own choice of how often. Without one, the site's default (VKNZ_SAMENLEERWIJZER_MONTHS)
    counts from the last talk; `set_on` is the start when no talk has been held since."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="samenleerwijzer_cadence", verbose_name=_("klantmanager"))
    months = models.PositiveSmallIntegerField(_("hoe vaak"), choices=Cadence.choices)
    set_on = models.DateField(_("gekozen op"), default=timezone.localdate)

    class Meta:
        verbose_name = _("ritme van de Samenleerwijzer")
        verbose_name_plural = _("ritmes van de Samenleerwijzer")
        constraints = [models.CheckConstraint(condition=models.Q(months__in=[choice.value for choice in Cadence]),
                                              name="samenleerwijzer_cadence_known")]

    def __str__(self):
        return str(self.get_months_display())
