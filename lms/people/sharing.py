"""The one 'share this item' page flow, used by every app that lets an owner share something.

Sharing with someone who leads the owner asks for a second, explicit confirmation (rights never add up across a
role boundary, but the owner should know what they do).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from theme.submissions import AlreadySaved

from .forms import ShareForm
from .naming import display_name
from .services import grant_share, share_warnings


def share_page(request, target, template, context=None, success=None):
    """Show and handle the share form; `success` is the message after sharing, with %(name)s for the person."""
    form = ShareForm(request.POST or None, owner=request.user)
    warnings = []
    if request.method == "POST" and form.is_valid():
        grantee = form.cleaned_data["grantee"]
        warnings = share_warnings(request.user, grantee)
        if warnings and not form.cleaned_data["confirmed"]:
            form = ShareForm({**request.POST.dict(), "confirmed": "on"}, owner=request.user)
            form.is_valid()
        else:
            try:
                grant_share(request.user, target, grantee, expires_on=form.cleaned_data["expires_on"],
                            submission_key=form.cleaned_data["submission_key"])
            except AlreadySaved as sent_before:
                messages.info(request, sent_before.message)
                return redirect(target)
            except ValidationError as error:
                form.add_error(None, error)
                warnings = []
            else:
                messages.success(request, (success or _("Gedeeld met %(name)s.")) % {"name": display_name(grantee)})
                return redirect(target)
    return render(request, template, {**(context or {}), "form": form, "warnings": warnings})
