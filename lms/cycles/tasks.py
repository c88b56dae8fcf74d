"""django-q2 tasks for cycles: the daily retention purge."""

import logging

from .services import purge_expired

logger = logging.getLogger(__name__)


def purge_expired_recordings():
    """Daily: recording links and fragments past their retention date are removed (idempotent)."""
    purged = purge_expired()
    logger.info("Retention: recordings of %s cycles removed", purged)
    return purged
