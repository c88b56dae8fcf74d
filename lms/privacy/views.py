"""Mijn gegevens: what we keep and why, downloading everything, who looked at what I shared, and stepping out."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import services
from .audit import looked_page
from .models import ExportRequest
from .registry import ANONYMISE, DELETE, providers


@login_required
def my_data(request):
    exports = list(ExportRequest.objects.filter(user=request.user).defer("content")[:5])
    return render(request, "privacy/my_data.html", {
        "described": [(label, provider.describe()) for label, provider in sorted(providers().items())],
        "exports": exports,
        "pending": any(e.status == ExportRequest.Status.PENDING for e in exports),
        # Grouped per item, person and action, 20 groups a page (the log itself may hold thousands of lines).
        "looked": looked_page(request.user, request.GET.get("meegekeken")),
    })


@login_required
@require_POST
def export_start(request):
    services.request_export(request.user)
    messages.success(request, _("Je download wordt gemaakt. Dat duurt meestal minder dan een minuut."))
    return redirect("lms:privacy:my_data")


@login_required
def export_download(request, token):
    export = ExportRequest.objects.filter(token=token, user=request.user).first()
    if export is None or not export.is_available:
        raise Http404(_("Deze download bestaat niet (meer). Vraag een nieuwe aan."))
    response = HttpResponse(bytes(export.content), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-van-kijken-naar-zien.zip"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def step_out(request):
    if request.method == "POST":
        mode = request.POST.get("mode")
        if mode not in (DELETE, ANONYMISE) or request.POST.get("confirm") != "ja":
            messages.error(request, _("Kies wat er met je gegevens gebeurt en bevestig dat je wilt uitstappen."))
            return redirect("lms:privacy:step_out")
        user = request.user
        services.step_out(user, mode)
        logout(request)
        return render(request, "privacy/goodbye.html")
    return render(request, "privacy/step_out.html", {"delete": DELETE, "anonymise": ANONYMISE})
