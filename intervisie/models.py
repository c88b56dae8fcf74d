"""Intervisie: peer groups, their sessions with a method and fair roles, date polls and calendar invitations.

The case an inbrenger brings in and the session's verslag are for the group's members only. Video fragments
attached to a session stay visible only while the client's consent allows colleagues.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, RevisionMixin

from theme.submissions import key_field


class PhaseBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Fase"))
    minutes = blocks.IntegerBlock(label=_("Minuten"), min_value=1, max_value=120)
    instructions = blocks.TextBlock(label=_("Wat gebeurt er"))


class Method(DraftStateMixin, RevisionMixin, models.Model):
    """An intervisie method as editable content: phases with their time and instructions."""

    name = models.CharField(_("naam"), max_length=80)
    slug = models.SlugField(unique=True)
    summary = models.TextField(_("waarvoor"), blank=True, max_length=1000)
    uses_video_fragments = models.BooleanField(_("werkt met videofragmenten"), default=False)
    phases = StreamField([("phase", PhaseBlock())], verbose_name=_("fasen"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("summary"), FieldPanel("uses_video_fragments"),
              FieldPanel("phases")]

    class Meta:
        verbose_name = _("intervisiemethode")
        verbose_name_plural = _("intervisiemethoden")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def total_minutes(self):
        return sum(block.value["minutes"] for block in self.phases)


class IntervisionGroup(models.Model):
    name = models.CharField(_("naam"), max_length=80)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                   verbose_name=_("gemaakt door"))
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Membership",
                                     related_name="intervision_groups", verbose_name=_("leden"))
    cadence_weeks = models.PositiveSmallIntegerField(
        _("om de hoeveel weken"), default=6, validators=[MinValueValidator(4), MaxValueValidator(12)]
    )
    default_method = models.ForeignKey(Method, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                       verbose_name=_("vaste methode"))
    usual_minutes = models.PositiveSmallIntegerField(_("duur (minuten)"), default=90)
    recurrence = models.CharField(max_length=200, blank=True, help_text=_("RRULE van de reeks"),
                                  verbose_name=_("herhaling"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))
    submission_key = key_field()

    class Meta:
        verbose_name = _("intervisiegroep")
        verbose_name_plural = _("intervisiegroepen")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["created_by", "submission_key"], name="group_once_per_form")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("lms:intervisie:group", args=[self.pk])


class Membership(models.Model):
    group = models.ForeignKey(IntervisionGroup, on_delete=models.CASCADE, related_name="memberships",
                              verbose_name=_("groep"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="intervision_memberships", verbose_name=_("lid"))
    feed_token = models.UUIDField(default=uuid.uuid4, unique=True, verbose_name=_("agendasleutel"))
    joined_at = models.DateTimeField(default=timezone.now, verbose_name=_("lid sinds"))

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="membership_once")]

    def __str__(self):
        return f"{self.group_id}: {self.user_id}"


class IntervisionSession(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Gepland")
        CANCELLED = "cancelled", _("Vervallen")

    group = models.ForeignKey(IntervisionGroup, on_delete=models.CASCADE, related_name="sessions",
                              verbose_name=_("groep"))
    starts_at = models.DateTimeField(_("begint"))
    ends_at = models.DateTimeField(_("eindigt"))
    place = models.CharField(_("plaats of link"), max_length=300, blank=True)
    method = models.ForeignKey(Method, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                               verbose_name=_("methode"))
    presenter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+", verbose_name=_("inbrenger"))
    facilitator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("gespreksleider"))
    note_taker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("notulist"))
    absent = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+",
                                    verbose_name=_("afgemeld"))
    case_text = models.TextField(_("de casus van de inbrenger"), blank=True, max_length=10000)
    report = models.TextField(_("verslag"), blank=True, max_length=10000)
    advice = models.TextField(_("adviezen en acties"), blank=True, max_length=5000)
    fragments = models.ManyToManyField("lms_cycles.Fragment", blank=True, related_name="intervision_sessions")
    # The inbrenger's video-reflection this session discusses (its ingredient "intervisie"); its verslag feeds
    # that cycle's reflection.
    cycle = models.ForeignKey("lms_cycles.ReflectionCycle", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="intervision_sessions", verbose_name=_("video-reflectie"))
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PLANNED, verbose_name=_("status"))
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, verbose_name=_("agenda-id"))
    sequence = models.PositiveIntegerField(default=0, verbose_name=_("volgnummer in de agenda"))

    class Meta:
        verbose_name = _("intervisiebijeenkomst")
        verbose_name_plural = _("intervisiebijeenkomsten")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["group", "starts_at"], name="session_group_start")]

    def __str__(self):
        return _("Intervisie %(group)s, %(date)s") % {
            "group": self.group, "date": timezone.localtime(self.starts_at).strftime("%d-%m-%Y %H:%M")}

    def get_absolute_url(self):
        return reverse("lms:intervisie:session", args=[self.pk])


class Poll(models.Model):
    """Which weekday and time suits the group best; the chosen slot becomes a series of sessions."""

    group = models.ForeignKey(IntervisionGroup, on_delete=models.CASCADE, related_name="polls", verbose_name=_("groep"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                   verbose_name=_("gemaakt door"))
    first_date = models.DateField(_("vanaf"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))
    closed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("gesloten op"))
    submission_key = key_field()

    class Meta:
        verbose_name = _("datumprikker")
        verbose_name_plural = _("datumprikkers")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["group", "submission_key"], name="poll_once_per_form")]

    def __str__(self):
        return _("Datumprikker voor %(group)s") % {"group": self.group}

    def get_absolute_url(self):
        return reverse("lms:intervisie:poll", args=[self.pk])


class Slot(models.Model):
    WEEKDAYS = [(0, _("maandag")), (1, _("dinsdag")), (2, _("woensdag")), (3, _("donderdag")), (4, _("vrijdag"))]

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="slots", verbose_name=_("datumprikker"))
    weekday = models.PositiveSmallIntegerField(choices=WEEKDAYS, verbose_name=_("weekdag"))
    start_time = models.TimeField(verbose_name=_("begintijd"))

    class Meta:
        verbose_name = _("moment")
        verbose_name_plural = _("momenten")
        ordering = ["weekday", "start_time"]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start_time:%H:%M}"


class Answer(models.Model):
    class Choice(models.TextChoices):
        YES = "yes", _("Ja")
        MAYBE = "maybe", _("Als het moet")
        NO = "no", _("Nee")

    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="answers", verbose_name=_("moment"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("deelnemer"))
    choice = models.CharField(max_length=8, choices=Choice.choices, verbose_name=_("keuze"))

    class Meta:
        verbose_name = _("beschikbaarheid")
        verbose_name_plural = _("beschikbaarheden")
        constraints = [models.UniqueConstraint(fields=["slot", "user"], name="answer_once_per_slot")]

    def __str__(self):
        return f"{self.slot_id}: {self.choice}"
