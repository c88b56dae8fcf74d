"""Demo-inhoud: vijf intervisiemethoden voor groepen van 4-8 klantmanagers.

Alleen data, geen logica. De teksten zijn in eenvoudig Nederlands (B1, je-vorm).
Vertrouwelijkheid staat centraal: wat in de groep gezegd wordt, blijft in de groep
en cliënten worden alleen met een code genoemd.
"""

METHODS = [
    {
        "name": "Incidentmethode",
        "slug": "incidentmethode",
        "summary": (
            "Een korte, duidelijke methode om samen een concrete situatie uit je werk te bespreken. "
            "Goed als je met een praktische vraag zit en snel verschillende adviezen wilt horen."
        ),
        "uses_video_fragments": False,
        "phases": [
            {
                "name": "Opening en keuze",
                "minutes": 10,
                "instructions": (
                    "De gespreksleider heet iedereen welkom en herhaalt de afspraak: wat hier gezegd wordt, "
                    "blijft in de groep. Deelnemers noemen kort een situatie die ze willen inbrengen. "
                    "De groep kiest samen één situatie en de inbrenger noemt de cliënt alleen met een code."
                ),
            },
            {
                "name": "Inbreng",
                "minutes": 10,
                "instructions": (
                    "De inbrenger vertelt wat er gebeurde, zo concreet mogelijk. "
                    "Hij of zij sluit af met een duidelijke vraag aan de groep. "
                    "De groep luistert en onderbreekt niet."
                ),
            },
            {
                "name": "Vragenronde",
                "minutes": 15,
                "instructions": (
                    "De groepsleden stellen om de beurt vragen om de situatie beter te begrijpen. "
                    "Het gaat om informatie, nog niet om advies of meningen. "
                    "De gespreksleider let erop dat vragen open en kort blijven."
                ),
            },
            {
                "name": "Analyse",
                "minutes": 10,
                "instructions": (
                    "De groep bespreekt wat er volgens hen speelt in deze situatie. "
                    "De inbrenger luistert en kijkt of de vraag nog klopt. "
                    "De gespreksleider vat samen wat de belangrijkste punten zijn."
                ),
            },
            {
                "name": "Advies",
                "minutes": 15,
                "instructions": (
                    "Ieder groepslid geeft één of twee concrete adviezen, beginnend met 'Als ik jou was, ...'. "
                    "De inbrenger schrijft de adviezen op en reageert nog niet. "
                    "Daarna vertelt de inbrenger welk advies het meest helpt en waarom."
                ),
            },
            {
                "name": "Afronding",
                "minutes": 10,
                "instructions": (
                    "De inbrenger zegt wat hij of zij gaat doen met de adviezen. "
                    "Iedereen noemt kort wat hij of zij zelf leert van deze casus. "
                    "De gespreksleider sluit af en herinnert aan de afspraak over vertrouwelijkheid."
                ),
            },
        ],
    },
    {
        "name": "Balintmethode",
        "slug": "balint",
        "summary": (
            "Bij deze methode kijk je vooral naar de relatie met de cliënt en naar de gevoelens die een casus "
            "oproept. Goed als een cliënt je bezighoudt, irriteert of raakt, en je wilt snappen waarom."
        ),
        "uses_video_fragments": False,
        "phases": [
            {
                "name": "Opening",
                "minutes": 5,
                "instructions": (
                    "De gespreksleider legt uit dat het vandaag gaat om gevoelens en de relatie, niet om regels "
                    "of oplossingen. Iedereen spreekt af dat wat gezegd wordt in de groep blijft. "
                    "Er wordt een inbrenger gekozen."
                ),
            },
            {
                "name": "Inbreng",
                "minutes": 10,
                "instructions": (
                    "De inbrenger vertelt vrij over een cliënt die hem of haar bezighoudt, zonder aantekeningen. "
                    "De cliënt wordt alleen met een code genoemd. "
                    "De groep luistert en let ook op wat het verhaal bij henzelf oproept."
                ),
            },
            {
                "name": "Vragenronde",
                "minutes": 10,
                "instructions": (
                    "De groep stelt korte vragen om het beeld compleet te maken. "
                    "De gespreksleider stopt vragen die al een advies bevatten. "
                    "Daarna schuift de inbrenger iets naar achteren en luistert alleen nog."
                ),
            },
            {
                "name": "Gevoelens en relatie",
                "minutes": 25,
                "instructions": (
                    "De groep praat over wat de casus bij hen oproept: boosheid, zorg, onmacht of juist sympathie. "
                    "Ze proberen zich in te leven in de cliënt en in de inbrenger. "
                    "De gespreksleider helpt met vragen als 'Wat voel je?' en 'Wat gebeurt er tussen die twee?'."
                ),
            },
            {
                "name": "Reactie inbrenger",
                "minutes": 10,
                "instructions": (
                    "De inbrenger doet weer mee en vertelt wat hem of haar raakte in het gesprek. "
                    "Hij of zij zegt wat nieuw is of wat herkenbaar voelt. "
                    "De groep luistert en gaat niet in discussie."
                ),
            },
            {
                "name": "Afronding",
                "minutes": 10,
                "instructions": (
                    "Iedereen noemt in één zin wat hij of zij meeneemt over het eigen contact met cliënten. "
                    "De gespreksleider vraagt hoe het met de inbrenger gaat na deze bespreking. "
                    "De bijeenkomst sluit af met de afspraak over vertrouwelijkheid."
                ),
            },
        ],
    },
    {
        "name": "Roddelmethode",
        "slug": "roddelmethode",
        "summary": (
            "De inbrenger draait zich om en hoort hoe de groep opbouwend over de casus 'roddelt'. "
            "Goed om vrij te luisteren zonder je te hoeven verdedigen, en zo nieuwe kanten van jezelf te zien."
        ),
        "uses_video_fragments": False,
        "phases": [
            {
                "name": "Opening en uitleg",
                "minutes": 5,
                "instructions": (
                    "De gespreksleider legt de methode uit en spreekt af dat het roddelen altijd respectvol "
                    "en opbouwend is. Wat gezegd wordt, blijft in de groep. "
                    "De inbrenger wordt gekozen."
                ),
            },
            {
                "name": "Inbreng",
                "minutes": 10,
                "instructions": (
                    "De inbrenger vertelt over een situatie met een cliënt, die alleen met een code wordt genoemd. "
                    "Hij of zij sluit af met een vraag aan de groep. "
                    "De groep luistert zonder te onderbreken."
                ),
            },
            {
                "name": "Vragenronde",
                "minutes": 10,
                "instructions": (
                    "De groep stelt vragen om de situatie goed te begrijpen. "
                    "Er worden nog geen meningen of tips gegeven. "
                    "De gespreksleider let op de tijd."
                ),
            },
            {
                "name": "Roddelronde",
                "minutes": 20,
                "instructions": (
                    "De inbrenger draait de stoel om en zit met de rug naar de groep. Hij of zij luistert alleen "
                    "en maakt eventueel aantekeningen. De groep praat over de inbrenger in de derde persoon, "
                    "bijvoorbeeld 'Ik denk dat ze ...', eerlijk maar met respect. "
                    "De gespreksleider stuurt bij als het te hard of te oppervlakkig wordt."
                ),
            },
            {
                "name": "Reactie inbrenger",
                "minutes": 10,
                "instructions": (
                    "De inbrenger draait zich weer om en vertelt wat opviel, wat raakte en wat nieuw was. "
                    "De groep reageert niet meteen en laat de inbrenger uitpraten. "
                    "Daarna kan de groep kort iets verduidelijken als dat nodig is."
                ),
            },
            {
                "name": "Afronding",
                "minutes": 10,
                "instructions": (
                    "De inbrenger noemt een concrete volgende stap. "
                    "Iedereen zegt kort hoe de methode voelde, ook voor wie 'roddelde'. "
                    "De gespreksleider sluit af en herhaalt dat alles in de groep blijft."
                ),
            },
        ],
    },
    {
        "name": "Socratisch gesprek",
        "slug": "socratisch-gesprek",
        "summary": (
            "Samen onderzoek je een begrip of vraag, zoals 'Wat is eerlijk?' of 'Wanneer is iemand zelfredzaam?', "
            "aan de hand van één echt voorbeeld. Goed om scherper na te denken over wat je belangrijk vindt in je werk."
        ),
        "uses_video_fragments": False,
        "phases": [
            {
                "name": "Opening en vraag kiezen",
                "minutes": 10,
                "instructions": (
                    "De gespreksleider legt uit dat het om samen denken gaat, niet om gelijk krijgen. "
                    "De groep kiest één heldere vraag, bijvoorbeeld 'Wanneer heb je als klantmanager genoeg gedaan?'. "
                    "Iedereen spreekt af dat wat gezegd wordt in de groep blijft."
                ),
            },
            {
                "name": "Voorbeelden verzamelen",
                "minutes": 10,
                "instructions": (
                    "Deelnemers noemen kort een eigen ervaring die bij de vraag past. "
                    "Cliënten worden alleen met een code genoemd. "
                    "De groep kiest één voorbeeld om verder uit te werken. "
                    "Wie dat voorbeeld gaf, is de inbrenger."
                ),
            },
            {
                "name": "Inbreng voorbeeld",
                "minutes": 10,
                "instructions": (
                    "De inbrenger vertelt het voorbeeld zo precies mogelijk: wat gebeurde er, wat dacht en deed je? "
                    "De groep stelt alleen vragen over de feiten. "
                    "De gespreksleider zoekt samen met de groep het moment waar de vraag echt speelt."
                ),
            },
            {
                "name": "Onderzoek",
                "minutes": 25,
                "instructions": (
                    "Ieder groepslid zegt wat volgens hem of haar het antwoord op de vraag is in dit voorbeeld, "
                    "en waarom. De groep zoekt naar de redenen en aannames achter die antwoorden. "
                    "De gespreksleider vraagt door met 'Wat bedoel je precies?' en schrijft de belangrijkste "
                    "uitspraken op."
                ),
            },
            {
                "name": "Samen formuleren",
                "minutes": 10,
                "instructions": (
                    "De groep probeert samen een antwoord op de vraag te formuleren waar iedereen zich in kan vinden. "
                    "Waar mensen het niet eens zijn, wordt dat ook opgeschreven. "
                    "De inbrenger zegt of het antwoord past bij het eigen voorbeeld."
                ),
            },
            {
                "name": "Afronding",
                "minutes": 10,
                "instructions": (
                    "Iedereen noemt wat hij of zij heeft geleerd over de vraag en over het eigen denken. "
                    "De groep bespreekt kort hoe het gesprek verliep. "
                    "De gespreksleider sluit af en herinnert aan de vertrouwelijkheid."
                ),
            },
        ],
    },
    {
        "name": "Video-fragmentbespreking",
        "slug": "video-fragment-bespreking",
        "summary": (
            "De inbrenger laat een kort fragment zien van een eigen opgenomen gesprek met een cliënt, en de groep "
            "kijkt mee met het analysekader. Goed om precies te zien wat je doet in een gesprek en daar gericht van "
            "te leren."
        ),
        "uses_video_fragments": True,
        "phases": [
            {
                "name": "Opening en afspraken",
                "minutes": 10,
                "instructions": (
                    "De gespreksleider controleert dat de cliënt toestemming heeft gegeven om het fragment aan "
                    "collega's te laten zien. Zonder die toestemming wordt het fragment niet getoond. "
                    "De groep spreekt af dat de beelden en wat besproken wordt in de groep blijven, "
                    "en dat de cliënt alleen met een code wordt genoemd."
                ),
            },
            {
                "name": "Inbreng",
                "minutes": 10,
                "instructions": (
                    "De inbrenger vertelt kort wat er vóór het fragment gebeurde en waarom hij of zij dit stuk koos. "
                    "Hij of zij stelt een leervraag, bijvoorbeeld 'Laat ik de regie bij de cliënt?'. "
                    "De gespreksleider legt de vier punten van het analysekader uit: echtheid, gezamenlijk doel, "
                    "interventielogica en regie."
                ),
            },
            {
                "name": "Fragment bekijken",
                "minutes": 10,
                "instructions": (
                    "De groep bekijkt het fragment van een paar minuten, zo nodig twee keer. "
                    "Ieder groepslid let op één of twee punten van het analysekader en schrijft concrete momenten op. "
                    "Niemand geeft tijdens het kijken commentaar."
                ),
            },
            {
                "name": "Analyse",
                "minutes": 20,
                "instructions": (
                    "De groep bespreekt het fragment punt voor punt: hoe echt is het contact, is er een gezamenlijk "
                    "doel, past wat de klantmanager doet bij wat nodig is, en wie heeft de regie? "
                    "Iedereen noemt wat hij of zij zag en hoorde, niet wat hij of zij denkt dat de bedoeling was. "
                    "De inbrenger luistert en mag alleen iets verduidelijken."
                ),
            },
            {
                "name": "Advies",
                "minutes": 10,
                "instructions": (
                    "De groepsleden geven tips die passen bij de leervraag van de inbrenger. "
                    "Ze noemen eerst wat goed ging en daarna wat anders kan. "
                    "De inbrenger schrijft de tips op zonder er meteen op te reageren."
                ),
            },
            {
                "name": "Afronding en opbrengst",
                "minutes": 10,
                "instructions": (
                    "De inbrenger vertelt wat hij of zij meeneemt naar het volgende gesprek met een cliënt. "
                    "De gespreksleider controleert dat het fragment na de bijeenkomst niet gedeeld of bewaard wordt "
                    "buiten de afspraken. Iedereen noemt kort één eigen leerpunt."
                ),
            },
        ],
    },
]
