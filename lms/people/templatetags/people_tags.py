from django import template

from lms.people.naming import display_name as name_of

register = template.Library()


@register.filter
def display_name(user):
    """A person's name as colleagues know it, for any user model: `{{ person|display_name }}`."""
    return name_of(user) if user is not None else ""
