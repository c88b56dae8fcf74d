from django.conf import settings
from django.db import models


class Journal(models.Model):
    """A personal learning note, standing in for the goals and reflections of later apps."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=100)

    def __str__(self):
        return self.title
