"""Pages about the person themself: the profile and everything they share or that is shared with them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import access, services
from .models import Participant, Share
from .naming import display_name
from .roles import roles_of

SHARES_PER_PAGE = 20


@login_required
def profile(request):
    participant = access.visible_to(request.user, Participant.objects.select_related("team")).filter(
        user=request.user
    ).first()
    return render(request, "people/profile.html", {"participant": participant, "roles": sorted(
        role.label for role in roles_of(request.user)
    )})


def _share_page(request, queryset, param):
    queryset = queryset.with_targets()
    return Paginator(queryset, SHARES_PER_PAGE).get_page(request.GET.get(param))


@login_required
def shares(request):
    visible = access.visible_to(request.user, Share.objects.all())
    context = {
        "given": _share_page(request, visible.filter(owner=request.user), "gedeeld"),
        "received": _share_page(request, visible.active().filter(grantee=request.user), "ontvangen"),
        "today": timezone.localdate(),
    }
    return render(request, "people/shares.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def revoke_share(request, pk):
    share = access.get_for(request.user, Share.objects.select_related("grantee"), access.CHANGE, pk=pk)
    if share.revoked_at is not None:
        messages.info(request, _("Dit was al ingetrokken."))
        return redirect("lms:people:shares")
    if request.method == "POST":
        services.revoke_share(request.user, share)
        messages.success(
            request, _("Ingetrokken. %(name)s kan dit niet meer zien.") % {"name": display_name(share.grantee)}
        )
        return redirect("lms:people:shares")
    return render(request, "theme/confirm.html", {
        "title": _("Delen intrekken"),
        "question": _("Wil je stoppen met delen met %(name)s? Diegene kan het dan meteen niet meer zien.")
        % {"name": display_name(share.grantee)},
        "confirm_label": _("Ja, intrekken"),
        "cancel_url": reverse("lms:people:shares"),
    })
