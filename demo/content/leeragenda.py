"""Demo content for the leeragenda: the MT's four themes, a fifth waiting for approval, and the colleagues in the
background (names, team sizes, what they shared). Pure data; `demo.leeragenda` and `demo.colleagues` load it."""

# Each module serves one theme (see ThemeForm): shared modules would make two theme figures subtractable.
THEMES = [
    {
        "slug": "echt-contact", "title": "Echt contact in het gesprek",
        "summary": "Cliënten merken of we écht luisteren. We oefenen met doorvragen en met zeggen wat we zien.",
        "why": "<p>Afspraken houden alleen stand als de cliënt zich gehoord voelt. Een snelle 'ja' is vaak "
               "beleefdheid; wie doorvraagt, hoort wat er werkelijk speelt.</p>",
        "kinds": ["drempelverlagend"],
        "suggestions": ["Ik vraag door als een cliënt snel instemt.",
                        "Ik benoem één keer per gesprek wat ik bij de cliënt zie gebeuren."],
        "goals": ["Doorvragen bij een snelle 'ja', vooral bij cliënten die het hebben opgegeven"],
    },
    {
        "slug": "samen-het-doel", "title": "Samen het doel bepalen",
        "summary": "Het doel van een traject is van de cliënt én van ons. We bepalen het samen en zeggen "
                   "hardop wat we afspreken.",
        "why": "<p>Wie zelf meedenkt over het doel, zet zich er ook voor in. Dat vraagt dat we ruimte laten en "
               "af en toe stilstaan bij hoe het gesprek loopt.</p>",
        "kinds": ["analysekader"],
        "suggestions": ["Ik laat de cliënt aan het begin zelf een onderwerp kiezen.",
                        "Ik vat aan het eind samen wat we afspraken en vraag of dat klopt."],
        "goals": ["Doorvragen bij een snelle 'ja', vooral bij cliënten die het hebben opgegeven",
                  "Aan het begin samen de agenda van het gesprek bepalen"],
    },
    {
        "slug": "clientfeedback", "title": "Cliëntfeedback vragen",
        "summary": "We vragen cliënten hoe ze het gesprek ervoeren, en doen er iets mee.",
        "why": "<p>Cliënten zien dingen die wij missen. Een korte vraag aan het eind van een gesprek levert vaak "
               "meer op dan een uitgebreide evaluatie achteraf.</p>",
        "kinds": ["video_cyclus"],
        "suggestions": ["Ik sluit elk gesprek af met de vraag wat de cliënt eraan had."],
        "goals": ["Aan het eind van een gesprek vragen hoe het voor de cliënt was"],
    },
    {
        "slug": "van-elkaar-leren", "title": "Van elkaar leren",
        "summary": "Gesprekken terugkijken, casussen bespreken en elkaar feedback geven hoort bij het werk.",
        "why": "<p>Niemand ziet zijn eigen gesprek helemaal. Met een buddy, in intervisie en met video-reflectie "
               "leren we van wat collega's zien.</p>",
        "kinds": ["buddy", "intervisie"],
        "suggestions": ["Ik breng deze maand een casus in bij intervisie.",
                        "Ik bekijk samen met mijn buddy een fragment van een eigen gesprek."],
        "goals": ["Zelfverzekerder worden in gesprekken"],
    },
]
PENDING_THEME = {
    "slug": "weerstand", "title": "Omgaan met weerstand",
    "summary": "Als een cliënt afhaakt of boos wordt, blijven we in gesprek in plaats van te duwen.",
    "why": "<p>Weerstand zegt iets over wat de cliënt nodig heeft. Wie het herkent, kan het gesprek bijsturen.</p>",
}

# Colleagues in the background: two teams large enough for figures. They never log in (no usable password).
BACKGROUND_TEAMS = {"Team Zuid": 16, "Team West": 14}
FIRST = ["Anouk", "Bas", "Charlotte", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Imane", "Jeroen", "Kim",
         "Lars", "Mila", "Nadia", "Omar", "Pien", "Quinten", "Rosa", "Sem", "Tess"]
LAST = ["Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kaya", "Yilmaz"]
CONTRIBUTIONS = [
    "Als ik stilte laat vallen na een vraag, komt er vaak meer dan ik had verwacht.",
    "Een cliënt vertelde pas iets over haar schulden toen ik vroeg wat haar zorgen baarde, niet naar de papieren.",
    "Samenvatten aan het eind voorkomt dat we elk iets anders denken te hebben afgesproken.",
    "Ik dacht dat ik weinig praatte; op de opname sprak ik twee derde van de tijd.",
    "Vragen hoe het gesprek was voelde eerst ongemakkelijk, nu is het gewoon een vast onderdeel.",
    "Bij een boze cliënt helpt het om eerst te benoemen dat ik zie dat hij boos is.",
]
