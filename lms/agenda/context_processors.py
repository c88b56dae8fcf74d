from django.conf import settings


def min_group_size(request):
    """The smallest group a figure may be about (VKNZ_MIN_GROUP_SIZE), for texts that explain it."""
    return {"k": settings.VKNZ_MIN_GROUP_SIZE}
