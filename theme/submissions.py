"""One create per form shown: a double click, a retry after a slow answer or the back button sends a form again,
and that must not make a second goal, share or check-in.

Every create form carries a hidden `submission_key` (a fresh UUID each time the empty form is shown; a form shown
again after a refusal keeps its key, because nothing was made yet). The model keeps the key beside what it made,
unique within its owner, so that even two requests at the same moment make one row: the second one meets the
first one's row (read, or the unique constraint) and answers with `AlreadySaved`, which carries that row. The
view then goes to it with a short message instead of showing an error.

This is the pattern goal evaluations started with (`lms.goals` GoalEvaluation.submission_key), made general.
"""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

ALREADY_SAVED = "already_saved"


class AlreadySaved(ValidationError):
    """The form was sent before and made `obj`; nothing new was made."""

    def __init__(self, obj, message):
        super().__init__(message, code=ALREADY_SAVED)
        self.obj = obj


class SubmissionKeyField(forms.UUIDField):
    """The hidden key of one form shown. Not required: a form posted without one (an old tab, a script) still
    works, it just is not protected against being sent twice."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.HiddenInput)
        kwargs.setdefault("initial", uuid.uuid4)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)


def key_field():
    """The model field beside what a form makes. Null for rows made before keys existed or not from a form (the
    demo, tasks): a unique constraint lets any number of nulls through, on SQLite and PostgreSQL alike."""
    return models.UUIDField(_("inzendsleutel"), null=True, blank=True, editable=False)


def create_once(queryset, key, create, message):
    """`create()` unless `queryset` (the rows of one owner) already holds the row made with `key`: then raise
    `AlreadySaved(that row, message)`. The unique constraint on (owner, submission_key) settles two requests at
    the same moment: the loser's insert fails and it finds the winner's row."""
    if key is None:
        return create()
    found = queryset.filter(submission_key=key).first()
    if found is not None:
        raise AlreadySaved(found, message)
    try:
        with transaction.atomic():
            return create()
    except IntegrityError:
        found = queryset.filter(submission_key=key).first()
        if found is None:
            raise
        raise AlreadySaved(found, message) from None
