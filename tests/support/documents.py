"""Getting a PDF as a person does: ask for it (a job is made; its on-commit queueing runs, and the test settings'
synchronous django-q2 lays it out at once), then ask again, which hands over the kept document."""

from django.test import TestCase


def get_pdf(client, url, **extra):
    """The response a person ends up with: the PDF, or the refusal (403/404) of the first request."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.get(url, **extra)
    if response.status_code == 302 and "/downloads/" in response["Location"]:
        response = client.get(url, **extra)
    return response
