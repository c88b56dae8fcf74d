"""Fixed choices for goals. A goal's dimensions come from the analysekader (lms.framework), not from here; the
leeragenda links goals to its themes itself."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    LEARNING = "learning", _("Leerdoel")
    ACTION = "action", _("Actiedoel")


class Status(models.TextChoices):
    ACTIVE = "active", _("Actief")
    ACHIEVED = "achieved", _("Behaald")
    STOPPED = "stopped", _("Gestopt")


class Origin(models.TextChoices):
    OWN_INITIATIVE = "own_initiative", _("Eigen initiatief")
    TRAINING = "training", _("Training")
    COACH_CONVERSATION = "coach_conversation", _("Gesprek met teamcoach")
    BUDDY_CONVERSATION = "buddy_conversation", _("Gesprek met buddy")
    REFLECTION = "reflection", _("Video-reflectie")
    SAMENLEERWIJZER = "samenleerwijzer", _("Samenleerwijzer-gesprek")


class Decision(models.TextChoices):
    CONTINUE = "continue", _("Voortzetten")
    ADJUST = "adjust", _("Bijstellen (herijken)")
    ACHIEVED = "achieved", _("Behaald")
    STOPPED = "stopped", _("Gestopt")


class Progress(models.IntegerChoices):
    NOT_STARTED = 1, _("1 – Nog niet aan toegekomen")
    FIRST_STEPS = 2, _("2 – Eerste stappen gezet")
    HALFWAY = 3, _("3 – Halverwege")
    NEARLY = 4, _("4 – Gaat al bijna vanzelf")
    DONE = 5, _("5 – Gelukt")


CADENCE_MIN_WEEKS = 2
CADENCE_MAX_WEEKS = 26
CADENCE_DEFAULT_WEEKS = 6
# A goal is "due" this many days before its evaluation date: time to prepare and to ask for feedback.
DUE_SOON_DAYS = 3
