"""Editing the analysekader's JSON as plain lines of "code = label".

Editors refine the framework without code and without JSON: options and the fit table are shown one per line
and parsed back. A malformed line is refused with the line number, so nobody has to guess which bracket broke.
The model fields are ordinary JSON fields that only choose this form field.
"""

import re
from abc import ABCMeta, abstractmethod

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

SEPARATOR = "="
# Codes end up in stored answers and in URLs of reports: keep them to lower-case letters, digits and dashes.
CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _lines(text):
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line.strip()


def _split(number, line):
    code, sep, rest = line.partition(SEPARATOR)
    code, rest = code.strip(), rest.strip()
    if not sep or not code or not rest:
        raise ValidationError(
            _('Regel %(number)d ("%(line)s") heeft niet de vorm "code = omschrijving".'),
            code="malformed",
            params={"number": number, "line": line},
        )
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            _('Regel %(number)d: de code "%(code)s" mag alleen kleine letters, cijfers en streepjes bevatten.'),
            code="bad_code",
            params={"number": number, "code": code},
        )
    return code, rest


class _LinesField(forms.JSONField, metaclass=ABCMeta):
    """A JSON form field shown as a textarea of "code = text" lines. Subclasses say what the lines become."""

    def __init__(self, *, encoder=None, decoder=None, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 6}))
        super().__init__(encoder=encoder, decoder=decoder, **kwargs)

    @abstractmethod
    def parse(self, text): ...

    @abstractmethod
    def format(self, value) -> str: ...

    def to_python(self, value):
        if self.disabled:
            return value
        if value in self.empty_values:
            return self.parse("")
        if not isinstance(value, str):
            return value
        return self.parse(value)

    def bound_data(self, data, initial):
        if self.disabled:
            return initial
        return data  # the raw lines, so an invalid submission is shown back exactly as typed

    def prepare_value(self, value):
        if isinstance(value, str):
            return value
        return self.format(value or self.parse(""))

    def has_changed(self, initial, data):
        try:
            return self.to_python(data) != (initial or self.parse(""))
        except ValidationError:
            return True


class OptionLinesField(_LinesField):
    """Answer options, in order: one "code = label" per line becomes [{"code": ..., "label": ...}, ...]."""

    def parse(self, text):
        options, seen = [], set()
        for number, line in _lines(text):
            code, label = _split(number, line)
            if code in seen:
                raise ValidationError(
                    _('Regel %(number)d: de code "%(code)s" komt twee keer voor.'),
                    code="duplicate",
                    params={"number": number, "code": code},
                )
            seen.add(code)
            options.append({"code": code, "label": label})
        return options

    def format(self, value):
        return "\n".join(f"{option['code']} {SEPARATOR} {option['label']}" for option in value)


class MappingLinesField(_LinesField):
    """A code-to-code table, one "from = to" per line, e.g. the fit of zelfbeeld to strategie."""

    def parse(self, text):
        mapping = {}
        for number, line in _lines(text):
            key, target = _split(number, line)
            if key in mapping:
                raise ValidationError(
                    _('Regel %(number)d: de code "%(code)s" komt twee keer voor.'),
                    code="duplicate",
                    params={"number": number, "code": key},
                )
            if not CODE_PATTERN.match(target):
                raise ValidationError(
                    _('Regel %(number)d: "%(code)s" is geen geldige code.'),
                    code="bad_code",
                    params={"number": number, "code": target},
                )
            mapping[key] = target
        return mapping

    def format(self, value):
        return "\n".join(f"{key} {SEPARATOR} {target}" for key, target in value.items())


class OptionListField(models.JSONField):
    """JSON list of {"code", "label"} options, edited as lines."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": OptionLinesField, **kwargs})


class CodeMappingField(models.JSONField):
    """JSON dict of code → code, edited as lines."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": MappingLinesField, **kwargs})
