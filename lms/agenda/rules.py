"""Who sees what of the leeragenda's personal data.

A contribution belongs to its writer (who may take it back). Management never reads a contribution as an
object: `services.organisational_learning` hands it the texts of a theme, without writer, team or date, once
at least the minimum group size of different people contributed.
"""

from lms.people import access

from .models import Contribution

access.register(Contribution, access.OwnerRule(owner_field="contributor", shareable=False))
