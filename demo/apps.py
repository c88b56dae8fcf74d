from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Holds the `demo` management command; no models."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo-organisatie"
