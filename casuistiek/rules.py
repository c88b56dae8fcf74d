"""Attempts are private to the participant (shareable through a share); a group sees only counts."""

from lms.people import access

from .models import AttemptAgreement, CaseAttempt

access.register(CaseAttempt, access.OwnerRule("user"))
access.register(AttemptAgreement, access.FollowsRule("attempt"))
