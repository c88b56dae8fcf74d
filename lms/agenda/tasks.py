"""django-q2 task: publish pages whose scheduled moment has come (an approved agenda with a go-live date)."""

from django.core.management import call_command


def publish_scheduled():
    # Wagtail's own command: idempotent, it publishes only revisions whose approved_go_live_at has passed.
    call_command("publish_scheduled")
