"""What the load asks for: per participant, how often each page comes up (relative weights; the ontwikkelplan PDF
about 1 request in 100). MT members ask only for the leeragenda dashboard. Read by the locustfile and the report."""

PARTICIPANT_WEIGHTS = {
    "home": 20, "overzicht": 30, "ontwikkelplan": 30, "doel": 30, "leergang": 20, "module": 20,
    "meldingen": 20, "video_reflecties": 10, "ontwikkelplan_pdf": 2,
}


def made_afresh(url, number):
    """The same page at an address never asked before: made by its view, not served from what is kept (as after a
    change to what it shows). The bench's "made" figures and the product-made run ask for these."""
    return f"{url}{'&' if '?' in url else '?'}opnieuw={number}"
