"""Demo: Kees (buddy) holds a Samenleerwijzer-gesprek with a client every quarter; three talks so far, the last
one's aandachtspunt turned into an actiedoel. Sanne (klantmanager) chose a half-year cadence and has not held one
yet, so her first is due. Through the real services, as the product would record them."""

import datetime

from django.utils import timezone

from lms.cycles.models import CollaborationTalk
from lms.cycles.samenleerwijzer import Cadence
from lms.cycles.services import samenleerwijzer as services
from lms.goals.services import Formulation

# (client code, days ago, notes per guide question, what Kees takes away, aandachtspunten)
TALKS = [
    ("C-31", 190,
     {"relatie-gevoel": "Prima, maar in het begin was hij zenuwachtig voor de afspraken.",
      "doel-wens": "Een baan in de groenvoorziening, liefst buiten.",
      "doel-zelfde": "Hij dacht dat ik vooral wilde dat hij solliciteerde, niet dat hij iets zocht wat bij hem past."},
     "We praten over hetzelfde doel met andere woorden. Ik noem zijn doel voortaan zoals hij het zegt.",
     ["Het doel van de cliënt in zijn eigen woorden opschrijven"]),
    ("C-44", 100,
     {"aanpak-past": "Ze vindt de afspraken nuttig, maar de brieven ertussen maken haar onrustig.",
      "aanpak-waarom": "Ze snapte niet waarom ik naar haar netwerk vroeg.",
      "regie-ruimte": "Ze wil zelf kiezen welke cursus ze doet."},
     "Uitleggen waarom ik iets vraag, en haar laten kiezen waar dat kan.",
     ["Vertellen waarom ik een vraag stel"]),
    ("C-31", 12,
     {"relatie-eerlijk": "Ja, nu wel. Vroeger niet, toen zei hij maar ja.",
      "regie-wie": "Meestal ik, zegt hij. Hij zou zelf het eerste onderwerp willen kiezen.",
      "regie-meer": "Over wanneer we afspreken."},
     "Hem aan het begin laten kiezen waar we het eerst over hebben.",
     ["De cliënt het eerste onderwerp laten kiezen"]),
]


def load(demo):
    kees, sanne = demo.users["buddy"], demo.users["klantmanager"]
    if CollaborationTalk.objects.filter(owner=kees).exists():
        demo.log("Samenleerwijzer: al aanwezig")
        return
    today = timezone.localdate()
    services.set_cadence(kees, Cadence.QUARTER, today=today - datetime.timedelta(days=200))
    last_point = None
    for code, days_ago, notes, takeaway, points in TALKS:
        talk = services.create_talk(kees, client_code=code, held_on=today - datetime.timedelta(days=days_ago),
                                    notes=notes, takeaway=takeaway)
        for text in points:
            last_point = services.add_talk_point(kees, talk, text)
    services.talk_point_to_goal(kees, last_point, "action", Formulation(
        title="Bij elke afspraak met C-31 laat ik hem het eerste onderwerp kiezen",
        description="Ik begin met de vraag: waar wil jij het vandaag eerst over hebben?"))
    services.set_cadence(sanne, Cadence.HALF_YEAR, today=today - datetime.timedelta(days=178))
    demo.log(f"Samenleerwijzer: {len(TALKS)} gesprekken van Kees (buddy), een aandachtspunt als doel")
