"""Contributions to what the organisation learns: sharing an aandachtspunt anonymously, taking it back, and the
texts management may read."""

import datetime
import hashlib

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.people import access
from lms.people.roles import Role
from theme.usertext import normalise_plain

from .models import Contribution, quarter_start, start_of_day
from .selectors import linkable_themes


def contribute(user, theme, text) -> Contribution:
    if not user.has_role(Role.PARTICIPANT):
        raise PermissionDenied(_("Bijdragen aan de leeragenda is voor deelnemers."))
    if not linkable_themes().filter(pk=theme.pk).exists():
        raise ValidationError(_("Dit thema staat niet (meer) op de leeragenda."))
    text = normalise_plain(text)
    if not text:
        raise ValidationError(_("Schrijf op wat je wilt delen."))
    return Contribution.objects.create(contributor=user, theme=theme, text=text)


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
    k = k or settings.VKNZ_MIN_GROUP_SIZE
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
