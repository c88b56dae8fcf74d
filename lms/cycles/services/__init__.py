"""The video-reflection cycle, step by step: the package's API for views, admin, tasks, other apps and tests.

Call the workflow through this package (`from lms.cycles import services; services.start_cycle(...)`); the
modules behind it are split by concern and may move:

- `registration`: starting a cycle (leervraag, pseudonymous client code, the parts it will have);
- `consent`: the client's consent, withdrawing it (one cycle or every cycle with a client) and retention;
- `recording`: the link to the recording and the fragments marked in it;
- `analysis`: assigning two analysts, the blind analyses, the consensus and its release;
- `meetings`: the client interview (by a neutral interviewer), the intervisie step and the reflection meeting;
- `perspectives`: the participant's zelfbeeld, and in a vervolggesprek whether earlier aandachtspunten worked;
- `self_analysis`: the Kijkwijzer self-analysis, inside a cycle (from cycle 3 before the analysts) or on its own;
- `outcomes`: aandachtspunten, turning one into a goal, finishing the cycle;
- `steps`: what every step shares (the row lock, the step check, the timeline).

Two features beside the cycle keep their own module, imported by name (`from lms.cycles.services import ratings`):
`ratings` (the client's session rating on a one-time link) and `samenleerwijzer` (the klantmanager's periodic
conversation with a client about their collaboration, its aandachtspunten and its cadence).

Every function checks who acts (through the access policy, `lms.people.access`, and the cycle's rules) and
whether the cycle is at that step, runs in one transaction, and raises `PermissionDenied(reason)` for a refusal
of the person and `ValidationError(message, code=...)` for a refusal of the input or the moment; views react to
the code. Consent changes and assignments are announced to the audit log (`lms.privacy.signals.access_changed`).
"""

from .analysis import (
    ANALYSTS_PER_CYCLE,
    assign_analysts,
    assign_interviewer,
    record_consensus,
    release_consensus,
    save_analysis,
)
from .consent import purge_expired, record_consent, withdraw_client, withdraw_consent
from .meetings import complete_intervision, record_interview, record_reflection, skip_interview
from .outcomes import add_attention_point, attention_point_to_goal, finish_cycle
from .perspectives import check_earlier_point, earlier_points, save_self_assessment
from .recording import add_fragment, set_recording
from .registration import change_variant, start_cycle
from .self_analysis import (
    delete_self_analysis,
    finish_self_analysis,
    mark_fragment,
    remove_fragment,
    save_self_analysis,
    self_analysis_for_cycle,
    start_self_analysis,
)

__all__ = [
    "ANALYSTS_PER_CYCLE",
    "add_attention_point",
    "add_fragment",
    "assign_analysts",
    "assign_interviewer",
    "change_variant",
    "check_earlier_point",
    "delete_self_analysis",
    "complete_intervision",
    "earlier_points",
    "attention_point_to_goal",
    "finish_cycle",
    "finish_self_analysis",
    "mark_fragment",
    "purge_expired",
    "record_consensus",
    "record_consent",
    "record_interview",
    "record_reflection",
    "release_consensus",
    "remove_fragment",
    "save_analysis",
    "save_self_analysis",
    "save_self_assessment",
    "self_analysis_for_cycle",
    "set_recording",
    "skip_interview",
    "start_cycle",
    "start_self_analysis",
    "withdraw_client",
    "withdraw_consent",
]
