from django.shortcuts import render
from django.utils.translation import gettext as _


def csrf_failure(request, reason=""):
    """A refused form post, explained in Dutch on the 403 page (Django's own page is English and technical)."""
    message = _(
        "Het formulier kon niet worden verwerkt omdat de beveiligingscode ontbrak of verlopen was. Ga terug, "
        "laad de pagina opnieuw en probeer het nog eens. Er is niets opgeslagen."
    )
    return render(request, "403.html", {"exception": message}, status=403)
