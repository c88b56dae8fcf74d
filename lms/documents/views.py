"""The waiting page of a document job and its download; both for the job's owner only (the access policy)."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from lms.extensions.kept_pages import not_kept
from lms.people import access
from theme.pdf import pdf_response

from .models import DocumentJob


@login_required
def job(request, token):
    """'Je document wordt gemaakt': while the job runs a small script asks this page again and shows the
    download when it is ready (no timed reload of the page); without JavaScript a link reloads it."""
    document = access.get_for(request.user, DocumentJob.objects.defer("content"), access.VIEW, token=token)
    return render(request, "documents/job.html", {"job": document})


@not_kept
@login_required
def download(request, token):

    document = access.get_for(request.user, DocumentJob.objects.all(), access.VIEW, token=token)
    if not document.is_available:
        raise Http404(_("Dit document bestaat niet (meer). Vraag het opnieuw aan."))
    return pdf_response(bytes(document.content), document.filename)
