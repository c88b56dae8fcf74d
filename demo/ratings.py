"""Demo: a few session ratings of Kees's clients (buddy), two client codes over the last months, through the real
one-time links, and one link that is still waiting for the client."""

import datetime

from django.utils import timezone

from lms.cycles.models import RatingInvitation, SessionRating
from lms.cycles.services import ratings

# (client code, days ago, relationship, goals and topics, approach, overall): C-31 grows into the conversations,
# C-44 stays high but once found the approach did not fit.
RATINGS = [
    ("C-31", 120, 7, 6, 7, 7),
    ("C-31", 85, 8, 7, 8, 8),
    ("C-31", 50, 9, 8, 9, 9),
    ("C-31", 12, 10, 9, 9, 10),
    ("C-44", 95, 9, 9, 9, 9),
    ("C-44", 40, 9, 9, 6, 8),
    ("C-44", 6, 10, 9, 9, 9),
]
FIELDS = ("relationship", "goals_topics", "approach", "overall")


def load(demo):
    kees = demo.users["buddy"]
    if SessionRating.objects.filter(owner=kees).exists():
        demo.log("gespreksbeoordelingen: al aanwezig")
        return
    now = timezone.now()
    for code, days_ago, *values in RATINGS:
        moment = now - datetime.timedelta(days=days_ago)
        _invitation, token = ratings.create_invitation(kees, code, now=moment)
        ratings.submit_rating(token, dict(zip(FIELDS, values, strict=True)), now=moment + datetime.timedelta(hours=2))
    ratings.create_invitation(kees, "C-44", now=now - datetime.timedelta(days=1))
    # The used links of long ago would have been cleaned up by the retention job by now.
    RatingInvitation.objects.filter(owner=kees, expires_at__lte=now).delete()
    demo.log(f"gespreksbeoordelingen: {len(RATINGS)} voor Kees (buddy), bij twee cliëntcodes")
