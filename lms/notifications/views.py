from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.people import access

from . import services
from .models import Notice

NOTICES_PER_PAGE = 20


@login_required
def notice_list(request):
    notices = access.visible_to(request.user, Notice.objects.all())
    page = Paginator(notices, NOTICES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "notifications/list.html", {
        "page_obj": page,
        "unread_count": notices.unread().count(),
    })


@login_required
@require_POST
def mark_read(request, pk):
    """Mark one notice as read, then go where it points (a path inside the site) or back to the list."""
    notice = access.get_for(request.user, Notice.objects.all(), access.CHANGE, pk=pk)
    services.mark_read(request.user, notice)
    if request.POST.get("open") and notice.link and url_has_allowed_host_and_scheme(
        notice.link, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(notice.link)
    return redirect("lms:notifications:list")


@login_required
@require_POST
def mark_all_read(request):
    count = services.mark_all_read(request.user)
    if count:
        messages.success(request, _("Alle meldingen zijn gemarkeerd als gelezen."))
    return redirect("lms:notifications:list")
