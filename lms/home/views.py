from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from lms.extensions.dashboard import panels_for

from .models import PlatformPage


@login_required
def dashboard(request):
    """The personal overview, wherever the site put the platform; the same panels a Leerplatform page shows."""
    start = PlatformPage.objects.live().only("dashboard_intro").first()
    return render(request, "lms_home/dashboard.html", {
        "panels": panels_for(request), "dashboard_intro": start.dashboard_intro if start else "",
    })
