from django.utils.functional import SimpleLazyObject

from .dashboard import menu_for


def site_navigation(request):
    """The main menu for whoever is logged in; empty for visitors. Lazy: pages that show no menu pay nothing."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"menu_items": []}
    return {"menu_items": SimpleLazyObject(lambda: menu_for(request))}
