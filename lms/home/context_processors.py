from django.utils.functional import SimpleLazyObject

from .dashboard import menu_for


def min_group_size(request):
    """The smallest group a figure may be about (VKNZ_MIN_GROUP_SIZE), for texts that explain it."""
    from django.conf import settings

    return {"k": settings.VKNZ_MIN_GROUP_SIZE}


def site_navigation(request):
    """The main menu for whoever is logged in; empty for visitors. Lazy: pages that show no menu pay nothing."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"menu_items": []}
    return {"menu_items": SimpleLazyObject(lambda: menu_for(request))}
