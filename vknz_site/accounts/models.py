from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _

from lms.people.naming import display_name


class User(AbstractUser):
    """A login account of this site. Roles are groups (lms.people.roles); nothing of the platform lives here."""

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["first_name", "last_name", "username"]

    def __str__(self):
        return display_name(self)
