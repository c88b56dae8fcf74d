"""Labels of related objects in pages and derived documents, as the access policy allows the viewer to see them.

A shared actiedoel names its leerdoel, a notice names a goal, a PDF lists a cycle: the label of such a related
object is personal data of its own, so it is shown only when `access.decide(viewer, VIEW, obj)` allows it, the
same answer the object's own page gives. Otherwise the template gets nothing (`visible`) or a neutral text
(`related_label`), never the title.
"""

from django import template
from django.utils.translation import gettext_lazy as _

from .. import access

register = template.Library()

NOT_SHARED = _("iets wat niet met je gedeeld is")


def visible_or_none(viewer, obj):
    """`obj` when the viewer may see it now, else None (also for no object)."""
    if obj is None or not access.decide(viewer, access.VIEW, obj):
        return None
    return obj


def label_for(viewer, obj, label=None, hidden=NOT_SHARED):
    """The label of `obj` (its `str` unless given) when the viewer may see it, else the neutral `hidden` text."""
    if visible_or_none(viewer, obj) is None:
        return str(hidden)
    return str(obj) if label is None else label


def _viewer(context):
    request = context.get("request")
    return context.get("viewer") or getattr(request, "user", None)


@register.simple_tag(takes_context=True)
def visible(context, obj):
    """`{% visible goal.parent as parent %}`: the object for a viewer who may see it, else None.

    The viewer is `viewer` in the context (a PDF or notice made for someone) or else the request's user.
    """
    return visible_or_none(_viewer(context), obj)


@register.simple_tag(takes_context=True)
def related_label(context, obj, label=None, hidden=NOT_SHARED):
    """`{% related_label goal.parent goal.parent.current_version.title %}`: the label, or a neutral text."""
    return label_for(_viewer(context), obj, label, hidden)
