"""No models. The module exists because Django sends post_migrate only to apps that have one, and the schedule
sync (schedules.py) listens for this app's."""
