"""Workflows of the leeragenda: linking a goal to themes, and contributing to what the organisation learns
(sharing an aandachtspunt anonymously, taking it back, and the texts management may read)."""

import datetime
import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.conf import setting
from lms.people import access
from lms.people.roles import Role
from theme.submissions import create_once
from theme.usertext import normalise_plain

from .models import Contribution, GoalTheme, quarter_start, start_of_day
from .rules import SHARE_ANONYMOUSLY
from .selectors import linkable_themes

# Error codes a view may react to (ValidationError.code).
THEME_NOT_LINKABLE = "theme_not_linkable"
THEME_NOT_OPEN = "theme_not_open"


@transaction.atomic
def set_goal_themes(user, goal, themes):
    """Link a goal to leeragenda themes (replacing its links). Only the owner links; only themes of an agenda
    that has not ended can be added, links to older themes stay until the owner removes them."""
    access.require(user, access.CHANGE, goal)
    wanted = {theme.pk for theme in themes}
    current = set(GoalTheme.objects.filter(goal=goal).values_list("theme_id", flat=True))
    if wanted - current - set(linkable_themes().values_list("pk", flat=True)):
        raise ValidationError(_("Dit thema staat niet (meer) op de leeragenda. Kies een ander thema."),
                              code=THEME_NOT_LINKABLE)
    GoalTheme.objects.filter(goal=goal).exclude(theme_id__in=wanted).delete()
    # A second request linking the same theme at the same moment finds it linked already.
    GoalTheme.objects.bulk_create([GoalTheme(goal=goal, theme_id=pk) for pk in sorted(wanted - current)],
                                  ignore_conflicts=True)


def contribute(user, theme, text, submission_key=None) -> Contribution:
    access.require_capability(user, SHARE_ANONYMOUSLY)
    if not linkable_themes().filter(pk=theme.pk).exists():
        raise ValidationError(_("Dit thema staat niet (meer) op de leeragenda."), code=THEME_NOT_OPEN)
    text = normalise_plain(text)
    if not text:
        raise ValidationError(_("Schrijf op wat je wilt delen."), code="text_missing")
    return create_once(
        Contribution.objects.filter(contributor=user), submission_key,
        lambda: Contribution.objects.create(contributor=user, theme=theme, text=text, submission_key=submission_key),
        _("Je bijdrage was al gedeeld."))


def withdraw(user, contribution):
    access.require(user, access.DELETE, contribution)
    contribution.delete()


def released_before(today=None) -> datetime.datetime:
    """Contributions are read from the quarter after they were written: a text that appeared right after someone
    shared it would tell the reader who and when."""
    return start_of_day(quarter_start(today or timezone.localdate()))


def organisational_learning(themes, k=None) -> list[dict]:
    """Per theme: the contributed texts of earlier quarters, only when at least k different people (not counting
    the MT, who read them) contributed; else only that there are too few. No writer, team or date leaves this
    function, and the order says nothing about who or when."""
    k = k or setting("VKNZ_MIN_GROUP_SIZE")
    themes = list(themes)
    released = Contribution.objects.filter(theme__in=themes, created_at__lt=released_before())
    counts = dict(released.exclude(contributor__groups__name=Role.MANAGEMENT.value).values("theme")
                  .annotate(people=Count("contributor", distinct=True)).values_list("theme", "people"))
    open_themes = [theme.pk for theme in themes if counts.get(theme.pk, 0) >= k]
    texts = {}
    for theme_id, text in released.filter(theme__in=open_themes).values_list("theme", "text"):
        texts.setdefault(theme_id, []).append(text)
    return [{"theme": theme, "enough": theme.pk in texts,
             # Sorted by a hash of the text: stable, and unrelated to writer or moment.
             "texts": sorted(texts.get(theme.pk, []), key=lambda t: hashlib.sha256(t.encode()).hexdigest())}
            for theme in themes]
