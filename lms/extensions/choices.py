"""Choice labels shown in long lists, without translating every label of the field each time."""

from django.utils.encoding import force_str
from django.utils.hashable import make_hashable


class QuickChoiceLabels:
    """`get_FOO_display()` as Django's, one translation per call. Django's own builds a dict of all (value, label)
    pairs on every call, and hashing a pair translates its lazy label: a plan of ten goals with fifty evaluations
    translated some 800 labels to show 130. This keeps the pairs per field, labels still lazy, so the language of
    the request still decides. Mixed in before models.Model (Django binds get_FOO_display when the class is made).
    """

    def _get_FIELD_display(self, field):
        labels = field.__dict__.get("_lms_choice_labels")
        if labels is None:
            labels = field.__dict__["_lms_choice_labels"] = {
                make_hashable(value): label for value, label in field.flatchoices}
        value = getattr(self, field.attname)
        return force_str(labels.get(make_hashable(value), value), strings_only=True)
