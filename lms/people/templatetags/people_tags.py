from django import template

from lms.people.naming import display_name as name_of

register = template.Library()


@register.filter
def display_name(user):
    """A person's name as colleagues know it, for any user model: `{{ person|display_name }}`."""
    return name_of(user) if user is not None else ""


@register.simple_tag
def organisation_login():
    """`{% organisation_login as offered %}`: whether the login page offers the organisation's own login."""
    from lms.people.oidc.provider import is_configured

    return is_configured()


@register.filter
def logs_in_at_organisation(user):
    """Whether this person logs in with their organisation's account (then there is no password here)."""
    return getattr(user, "pk", None) is not None and hasattr(user, "organisation_account")
