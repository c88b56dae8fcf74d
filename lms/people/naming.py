"""How people are named and listed, for any user model (Django's auth.User, this site's own, a host's)."""

from django.contrib.auth import get_user_model


def display_name(user) -> str:
    """The name people know someone by: full name, else the login name."""
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return (full or "").strip() or user.get_username()


def by_name(queryset):
    """People in the order of their names (first, last, login name), whichever of those the user model has."""
    model = get_user_model()
    names = {field.name for field in model._meta.get_fields()}
    return queryset.order_by(*[name for name in ("first_name", "last_name") if name in names], model.USERNAME_FIELD)
