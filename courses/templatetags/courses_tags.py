from django import template
from django.urls import reverse

register = template.Library()


@register.filter
def get_item(mapping, key):
    """{{ state.answers|get_item:block_id }}: a value from a dict, or None."""
    if not mapping:
        return None
    return mapping.get(key)


@register.simple_tag
def next_step_url(target, page=None, next_module=None):
    """Where a 'volgende stap' button leads; an unknown target (a choice since removed) leads to the dashboard."""
    if target == "next_module":
        if next_module is not None:
            return next_module.url
        return page.get_parent().url if page is not None and page.pk else "/"
    routes = {"video_cycle": "lms:cycles:start", "goals": "lms:goals:plan", "buddy": "lms:buddy:overview",
              "intervisie": "lms:intervisie:list"}
    return reverse(routes[target]) if target in routes else "/"
