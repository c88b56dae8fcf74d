"""The analysekader's dimensions as goals use them. A goal links to dimensions of the current framework version
(`lms.framework`) by code; their names come from the framework, never from a list of our own."""

from lms.framework.models import DEFAULT_SLUG, Dimension


def dimension_choices(framework) -> list[tuple[str, str]]:
    """What a goal may link to: the dimensions of `framework` (`Framework.current()`, its dimensions prefetched, so
    no query here), in the framework's order. Empty when no framework is published."""
    return [(dimension.code, dimension.label) for dimension in framework.dimensions.all()] if framework else []


def dimension_names(codes, slug=DEFAULT_SLUG) -> dict[str, str]:
    """code -> name, in one query (none without codes): the name the current (highest published) version gives it,
    or, for a code a later version dropped, the name of the newest published version that had it. A code no
    published version knows is left out: callers show it as it is."""
    codes = set(codes)
    if not codes:
        return {}
    names = {}
    rows = (Dimension.objects.filter(framework__slug=slug, framework__is_published=True, code__in=codes)
            .order_by("-framework__version").values_list("code", "label"))
    for code, label in rows:
        names.setdefault(code, label)
    return names


def name_dimensions(versions):
    """Fill `dimension_labels` of several goal versions with one query, instead of one per version."""
    versions = list(versions)
    names = dimension_names(code for version in versions for code in version.dimensions)
    for version in versions:
        version.dimension_labels = version.labels_from(names)
