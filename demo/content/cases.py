"""Demo-casussen om het analysekader te oefenen.

Elke casus is een verzonnen, geanonimiseerd gesprek tussen een klantmanager en een cliënt, met een analyse van de
expert op de gecodeerde onderdelen van het analysekader en een korte toelichting per onderdeel. Samen dekken de
casussen alle vier de zelfbeelden (elk met een passende strategie), meerdere botsende strategieën, alle soorten
gezamenlijk doel, hoge en lage echtheid aan beide kanten, en de bekende kritische momenten.
"""


def _gesprek(*beurten):
    """Voeg de beurten samen tot één transcript, één beurt per regel."""
    return "\n".join(beurten)


CASES = [
    {
        "title": "De buurttuin",
        "slug": "de-buurttuin",
        "medium": "spreekkamer",
        "difficulty": 1,
        "situation": (
            "Een cliënt van begin vijftig ontvangt sinds een jaar een bijstandsuitkering, nadat de groothandel waar "
            "hij in het magazijn werkte failliet ging. Hij solliciteert actief en heeft laten weten dat hij graag "
            "buiten bezig is. De klantmanager heeft een vrijwilligersplek gevonden die bij hem zou kunnen passen."
        ),
        "material": _gesprek(
            "Klantmanager: Fijn dat u er bent. Ik wil vandaag twee dingen met u bespreken: hoe het met de "
            "sollicitaties gaat, en een vrijwilligersplek die ik tegenkwam. Wilt u er nog iets aan toevoegen?",
            "Cliënt: Nee, dat is prima. Ik was wel benieuwd naar die plek, u schreef er al iets over in de mail.",
            "Klantmanager: Dan begin ik daarmee. Het gaat om een buurttuin in het oosten van de stad. Ze zoeken "
            "iemand die de inkoop en de opslag van gereedschap en zaden regelt. Ik dacht aan u, door uw werk in "
            "het magazijn.",
            "Cliënt: Dat klinkt goed. Om hoeveel uur gaat het?",
            "Klantmanager: Ze denken aan twee ochtenden per week, maar daar valt over te praten. Wat spreekt u "
            "aan, en wat niet?",
            "Cliënt: Buiten zijn, dat mis ik echt. En regelen kan ik wel. Alleen wil ik niet dat mijn "
            "sollicitaties erbij inschieten. Ik wil uiteindelijk gewoon weer betaald werk.",
            "Klantmanager: Dat snap ik, en dat is ook wat ik met u voor ogen heb. Ik zie dit vrijwilligerswerk "
            "als een opstap: u heeft weer een vast ritme en straks een recente referentie. Zien we dat hetzelfde?",
            "Cliënt: Zo had ik het nog niet bekeken, maar een referentie kan ik goed gebruiken. Bij de laatste "
            "twee gesprekken vroegen ze wat ik het afgelopen jaar heb gedaan.",
            "Klantmanager: Eerlijk gezegd vraag ik me af of twee ochtenden u niet te weinig uitdaging bieden. "
            "U kunt veel meer aan.",
            "Cliënt: Dat denk ik ook. Ik begin met twee, en als het bevalt vraag ik zelf of ik meer kan doen.",
            "Klantmanager: Goed plan. Wilt u zelf contact opnemen met de coördinator, of zal ik u voorstellen?",
            "Cliënt: Geeft u mij het nummer maar, dan bel ik morgen zelf.",
            "Klantmanager: Dan spreken we af: u belt morgen, u blijft twee keer per week solliciteren, en over "
            "drie weken kijken we samen hoe het loopt. Klopt dat voor u?",
            "Cliënt: Ja, dat klopt. Ik heb er zin in.",
        ),
        "expert": {
            "echtheid-klantmanager": "4",
            "echtheid-client": "5",
            "gezamenlijk-doel": "uitgesproken",
            "zelfbeeld": "wil-en-kan",
            "strategie": "kansen",
            "regie": "samen",
            "regie-passend": "ja",
            "metacommunicatie": "ja",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager zegt wat hij denkt ('Eerlijk gezegd vraag ik me af of twee ochtenden u niet te "
                "weinig uitdaging bieden'). Het gesprek blijft wel vooral zakelijk, daarom geen 5."
            ),
            "echtheid-client": (
                "De cliënt zegt zonder omwegen wat hij wil en wat niet: hij mist het buitenwerk, maar wil "
                "uiteindelijk betaald werk. Zijn slotzin 'Ik heb er zin in' sluit aan bij wat hij eerder zei."
            ),
            "gezamenlijk-doel": (
                "De klantmanager benoemt het doel (een opstap naar betaald werk) en toetst het met 'Zien we dat "
                "hetzelfde?'. Aan het eind worden de afspraken samengevat en door de cliënt bevestigd."
            ),
            "zelfbeeld": (
                "De cliënt heeft een duidelijke wens en vertrouwt op zichzelf ('regelen kan ik wel', 'dan bel ik "
                "morgen zelf'). Wat hij nodig heeft, is een gelegenheid."
            ),
            "strategie": (
                "De klantmanager biedt een concrete plek aan en laat de uitvoering bij de cliënt. Voor iemand die "
                "wil en kan is dat precies genoeg: een kans, zonder uitleg of sturing."
            ),
            "regie": (
                "De klantmanager stelt een agenda voor en vraagt of de cliënt iets wil toevoegen. De cliënt kiest "
                "zelf met hoeveel ochtenden hij begint en hoe hij contact legt."
            ),
            "regie-passend": (
                "Iemand die wil en kan, heeft ruimte nodig om zelf te kiezen, en die krijgt hij ('Wilt u zelf "
                "contact opnemen met de coördinator, of zal ik u voorstellen?')."
            ),
            "metacommunicatie": (
                "De klantmanager zegt aan het begin wat hij wil bespreken en legt uit waarom hij aan deze plek "
                "dacht. Aan het eind vat hij de afspraken samen en vraagt of dat klopt."
            ),
        },
        "critical_moment": "",
    },
    {
        "title": "Maandag beginnen",
        "slug": "maandag-beginnen",
        "medium": "spreekkamer",
        "difficulty": 2,
        "situation": (
            "Een cliënt van rond de dertig werkt al twee jaar niet meer, na een periode met paniekklachten. Ze "
            "heeft eerder gezegd dat ze graag weer aan het werk wil. Via een project met werkgevers is er een "
            "proefplaats vrijgekomen in een distributiecentrum, met een start volgende week."
        ),
        "material": _gesprek(
            "Klantmanager: Goed nieuws: het distributiecentrum heeft een proefplaats voor u. U kunt maandag "
            "beginnen, om zeven uur.",
            "Cliënt: O. Maandag al?",
            "Klantmanager: Ja, zo'n kans komt niet vaak voorbij. Twintig uur per week, orderpicken. Dat kunt u prima.",
            "Cliënt: Ja... het is wel een grote hal, toch? Met veel mensen?",
            "Klantmanager: Dat valt wel mee, u werkt gewoon in uw eigen gangpad. Ik heb de teamleider al "
            "gesproken, die weet dat u komt.",
            "Cliënt: Oké.",
            "Klantmanager: U zei vorige keer zelf dat u weer aan het werk wilde. Dit is het moment.",
            "Cliënt: Dat wil ik ook. Maar de vorige keer, in die winkel, ging het mis. Toen moest ik na een uur "
            "naar buiten.",
            "Klantmanager: Dat was toen. U moet het gewoon proberen, anders weet u het nooit. En ik moet u ook "
            "zeggen dat meewerken aan een traject een verplichting is.",
            "Cliënt: Ja, dat weet ik.",
            "Klantmanager: Dan noteer ik dat u maandag start. Heeft u vervoer?",
            "Cliënt: Ik kan met de bus, denk ik.",
            "Klantmanager: Mooi. Dan bel ik de teamleider straks dat het rond is.",
            "Cliënt: Goed. Dank u wel.",
        ),
        "expert": {
            "echtheid-klantmanager": "3",
            "echtheid-client": "2",
            "gezamenlijk-doel": "ingevuld",
            "zelfbeeld": "wil-maar-kan-niet",
            "strategie": "sturen",
            "regie": "klantmanager",
            "regie-passend": "nee",
            "metacommunicatie": "nee",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager is duidelijk over zijn verwachting en over de verplichting. Hij praat de zorgen "
                "van de cliënt wel weg ('Dat valt wel mee', 'Dat was toen') in plaats van te zeggen wat hij er "
                "werkelijk van denkt."
            ),
            "echtheid-client": (
                "De cliënt laat haar angst alleen doorschemeren in vragen ('het is wel een grote hal, toch?') en "
                "stemt daarna in met 'Oké' en 'Goed. Dank u wel'. Wat ze echt voelt, blijft grotendeels onuitgesproken."
            ),
            "gezamenlijk-doel": (
                "De klantmanager bepaalt het werk, de uren en de startdatum ('Dan noteer ik dat u maandag start') "
                "zonder te vragen wat de cliënt haalbaar vindt. Haar wens om te werken wordt gebruikt om zijn "
                "invulling te rechtvaardigen."
            ),
            "zelfbeeld": (
                "De cliënt wil werken ('Dat wil ik ook'), maar twijfelt of ze het aankan na wat er in de winkel "
                "gebeurde. Het probleem zit in kunnen en durven, niet in willen."
            ),
            "strategie": (
                "De klantmanager neemt het over en voert de druk op ('U moet het gewoon proberen', de verwijzing "
                "naar de verplichting). Bij dit zelfbeeld past leren: samen uitzoeken hoe ze de stap wel aankan, "
                "bijvoorbeeld met een kennismaking vooraf of een rustiger begin. Dit is een mismatch."
            ),
            "regie": (
                "Alles was al geregeld voordat het gesprek begon, en de klantmanager belt de teamleider 'dat het "
                "rond is'. De cliënt reageert alleen op wat hij voorlegt."
            ),
            "regie-passend": (
                "Deze cliënt heeft geen overname nodig, maar hulp om met haar angst te leren omgaan. Door de regie "
                "te nemen mist de klantmanager haar signaal, en dat maakt uitval in de eerste week waarschijnlijk."
            ),
            "metacommunicatie": (
                "De klantmanager legt niet uit waarom het zo snel moet, vraagt niet hoe de cliënt het voorstel "
                "ervaart en er is geen gezamenlijke agenda."
            ),
        },
        "critical_moment": (
            "Regie overnemen waar dat niet nodig is: de druk opvoeren bij een cliënt die bang is, alsof niet "
            "kunnen hetzelfde is als niet willen"
        ),
    },
    {
        "title": "De beleefde leerling",
        "slug": "de-beleefde-leerling",
        "medium": "beeldbellen",
        "difficulty": 3,
        "situation": (
            "Een cliënt van in de veertig heeft lange tijd administratief werk gedaan in het land waar ze "
            "opgroeide en woont nu vijf jaar in Nederland. Ze heeft haar taalcursus afgerond en solliciteert zelf. "
            "De klantmanager heeft voor dit videogesprek een voorbeeld-cv klaargezet."
        ),
        "material": _gesprek(
            "Klantmanager: Kunt u mij goed horen? Mooi. Ik wil vandaag samen met u naar uw cv kijken. Ik deel "
            "even mijn scherm. Ziet u het voorbeeld?",
            "Cliënt: Ja, ik zie het.",
            "Klantmanager: Een cv begint altijd met uw persoonlijke gegevens, en daaronder een kort profiel. Weet "
            "u wat een profiel is?",
            "Cliënt: Ja... een stukje over mezelf, toch?",
            "Klantmanager: Precies, heel goed. Daarin schrijft u wat voor iemand u bent, bijvoorbeeld nauwkeurig "
            "en betrouwbaar. Daarna komt uw werkervaring, met de laatste baan bovenaan.",
            "Cliënt: Ja, zo heb ik het ook gedaan.",
            "Klantmanager: Heel goed. Dan de opleidingen, ook met de nieuwste bovenaan. Zal ik laten zien hoe u "
            "dat in Word netjes uitlijnt?",
            "Cliënt: Ja, graag. Dank u.",
            "Klantmanager: Kijk, u zet de cursor hier en dan gebruikt u de tab-toets. Lukt het om dat straks zelf "
            "te proberen?",
            "Cliënt: Ja, ik ga het proberen.",
            "Klantmanager: Heeft u nog vragen over het cv?",
            "Cliënt: Nee, het is duidelijk. Misschien... ik heb vorige week al op drie vacatures gereageerd. Bij "
            "één ben ik uitgenodigd.",
            "Klantmanager: O, wat fijn! Dan is het extra goed dat uw cv nu op orde is. Volgende keer kijken we "
            "naar de sollicitatiebrief.",
            "Cliënt: Ja, is goed.",
        ),
        "expert": {
            "echtheid-klantmanager": "3",
            "echtheid-client": "2",
            "gezamenlijk-doel": "verondersteld",
            "zelfbeeld": "wil-en-kan",
            "strategie": "leren",
            "regie": "klantmanager",
            "regie-passend": "nee",
            "metacommunicatie": "nee",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager is vriendelijk en wil oprecht helpen, maar blijft in een uitleggende rol en vraagt "
                "nergens wat de cliënt nodig heeft. 'Heel goed' klinkt meer als een compliment aan een leerling "
                "dan als echt contact."
            ),
            "echtheid-client": (
                "De cliënt stelt zich uit beleefdheid onwetend op ('Ja, graag. Dank u.'), terwijl ze haar cv al zo "
                "heeft opgebouwd ('zo heb ik het ook gedaan'). Pas aan het eind laat ze voorzichtig zien wat ze "
                "zelf al bereikt heeft."
            ),
            "gezamenlijk-doel": (
                "De klantmanager gaat ervan uit dat het cv beter moet, zonder dat met de cliënt te toetsen. "
                "Niemand spreekt uit waarmee dit gesprek de cliënt verder moet helpen."
            ),
            "zelfbeeld": (
                "De cliënt solliciteert zelfstandig, reageerde op drie vacatures en is uitgenodigd voor een "
                "gesprek. Ze wil en ze kan."
            ),
            "strategie": (
                "De klantmanager legt stap voor stap uit hoe een cv eruitziet en hoe je in Word uitlijnt. Bij "
                "iemand die wil en kan past kansen, bijvoorbeeld meteen het komende sollicitatiegesprek voorbereiden "
                "of een contact bij een werkgever aanbieden. Dit is een mismatch."
            ),
            "regie": (
                "De klantmanager deelt het scherm, bepaalt de volgorde en kondigt de volgende les al aan ('Volgende "
                "keer kijken we naar de sollicitatiebrief')."
            ),
            "regie-passend": (
                "Deze cliënt had zelf richting kunnen geven. Haar opmerking over de uitnodiging was de kans om het "
                "gesprek om te buigen, maar de klantmanager houdt vast aan zijn eigen programma."
            ),
            "metacommunicatie": (
                "Er is geen gezamenlijke agenda, en de klantmanager vraagt niet of deze uitleg nuttig is. Een vraag "
                "als 'Wat wilt u vandaag uit dit gesprek halen?' ontbreekt."
            ),
        },
        "critical_moment": (
            "Betuttelen: uitleggen wat de cliënt al kan, en het signaal over de uitnodiging voor een gesprek missen"
        ),
    },
    {
        "title": "Taal als sleutel",
        "slug": "taal-als-sleutel",
        "medium": "spreekkamer",
        "difficulty": 1,
        "situation": (
            "Een cliënt die drie jaar in Nederland woont, wil graag in de kinderopvang werken, zoals ze in haar "
            "geboorteland deed. Bij een eerste sollicitatiegesprek kwam ze niet goed uit haar woorden. De "
            "klantmanager heeft zich voorbereid op de vraag wat zij nodig heeft om die stap wel te zetten."
        ),
        "material": _gesprek(
            "Klantmanager: Vorige keer vertelde u dat het sollicitatiegesprek bij de kinderopvang niet goed ging. "
            "Zullen we vandaag kijken wat u nodig heeft om het de volgende keer anders te laten lopen?",
            "Cliënt: Ja, graag. Ik wil dat werk heel graag. Maar als ik zenuwachtig word, vind ik de woorden niet "
            "meer.",
            "Klantmanager: Wat gebeurde er precies in dat gesprek?",
            "Cliënt: Ze vroegen wat ik doe als een kind valt. Dat weet ik goed, ik heb het vaak meegemaakt. Maar "
            "ik kon het niet zeggen in het Nederlands.",
            "Klantmanager: De kennis is er dus wel, het gaat om het vertellen. Wat heeft u zelf al geprobeerd?",
            "Cliënt: Ik oefen met een app. Lezen gaat goed. Praten is moeilijk, want thuis spreken we onze eigen taal.",
            "Klantmanager: Ik noem twee mogelijkheden, en dan hoor ik graag wat bij u past. Er is een praatgroep "
            "in de bibliotheek, één avond per week. En er is een cursus Nederlands voor de kinderopvang, met een "
            "stage erbij.",
            "Cliënt: Die cursus met stage, kan dat naast de zorg voor mijn kinderen?",
            "Klantmanager: Goede vraag. De lessen zijn overdag, als de kinderen op school zitten. Ik zeg u eerlijk "
            "dat het pittig is: drie ochtenden per week.",
            "Cliënt: Dat is veel. Maar ik wil het proberen. Kan ik naar de praatgroep gaan tot de cursus begint?",
            "Klantmanager: Dat vind ik een sterk idee. Zullen we nu ook een vraag oefenen die vaak in een "
            "sollicitatiegesprek voorkomt? Dan weet u hoe zo'n oefening werkt.",
            "Cliënt: Ja. De vraag over het kind dat valt, alstublieft.",
            "Klantmanager: Goed. Stel, ik ben de leidinggevende. Een peuter valt van de glijbaan. Wat doet u?",
            "Cliënt: Eerst kijk ik of hij pijn heeft, en ik blijf rustig. Ik troost hem. Daarna vertel ik het aan "
            "de ouders. Zo?",
            "Klantmanager: Precies zo, dat was helder. Ik schrijf op: u meldt zich aan voor de cursus, u gaat naar "
            "de praatgroep, en over twee weken oefenen we nog drie vragen. Is dat goed zo?",
            "Cliënt: Ja. Dank u, nu weet ik wat ik kan doen.",
        ),
        "expert": {
            "echtheid-klantmanager": "4",
            "echtheid-client": "4",
            "gezamenlijk-doel": "uitgesproken",
            "zelfbeeld": "wil-maar-kan-niet",
            "strategie": "leren",
            "regie": "samen",
            "regie-passend": "ja",
            "metacommunicatie": "ja",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager is eerlijk over wat de cursus vraagt ('Ik zeg u eerlijk dat het pittig is') en "
                "geeft een gemeend compliment na de oefening. Het gesprek blijft wel dicht bij de taak."
            ),
            "echtheid-client": (
                "De cliënt benoemt open waar ze tegenaan loopt ('als ik zenuwachtig word, vind ik de woorden niet "
                "meer') en zegt ook dat drie ochtenden veel is. Ze laat zien wat ze echt denkt."
            ),
            "gezamenlijk-doel": (
                "De klantmanager opent met een voorstel voor het doel van het gesprek en de cliënt stemt daar "
                "uitdrukkelijk mee in. Aan het eind worden de stappen samen vastgelegd en getoetst."
            ),
            "zelfbeeld": (
                "De cliënt wil heel graag in de kinderopvang werken, maar ervaart dat ze het in het Nederlands nog "
                "niet kan verwoorden. Dat is wil wel, maar kan (nog) niet."
            ),
            "strategie": (
                "De klantmanager zoekt uit waar het precies misgaat, vraagt wat de cliënt al probeerde en oefent "
                "meteen een vraag met haar. Dat is leren, en het past bij dit zelfbeeld."
            ),
            "regie": (
                "De klantmanager stelt het doel en de mogelijkheden voor, de cliënt kiest zelf (praatgroep tot de "
                "cursus begint) en bepaalt welke vraag ze wil oefenen."
            ),
            "regie-passend": (
                "Iemand die wil leren heeft een begeleider nodig die structuur biedt en ruimte laat om te kiezen. "
                "Die balans is hier goed getroffen."
            ),
            "metacommunicatie": (
                "De klantmanager zegt wat hij gaat doen en waarom ('Ik noem twee mogelijkheden, en dan hoor ik "
                "graag wat bij u past', 'Dan weet u hoe zo'n oefening werkt') en sluit af met een controlevraag."
            ),
        },
        "critical_moment": "Doorvragen naar wat er precies misging en wat de cliënt zelf al heeft geprobeerd",
    },
    {
        "title": "Even het stuur overnemen",
        "slug": "even-het-stuur-overnemen",
        "medium": "spreekkamer",
        "difficulty": 3,
        "situation": (
            "Een cliënt van middelbare leeftijd komt met een tas vol ongeopende post naar de afspraak. Er zijn "
            "betalingsachterstanden en hij wacht op een operatie aan zijn rug. Eerdere afspraken over solliciteren "
            "is hij niet nagekomen."
        ),
        "material": _gesprek(
            "Klantmanager: Ik zie dat u een tas bij u heeft. Is dat de post waarover u aan de telefoon vertelde?",
            "Cliënt: Ja. Ik maak het niet meer open. Het heeft toch geen zin, het wordt alleen maar meer.",
            "Klantmanager: Dat klinkt alsof het u boven het hoofd groeit.",
            "Cliënt: Ik ben het overzicht helemaal kwijt. En met mijn rug kan ik nu toch niks. Ik heb het "
            "eigenlijk opgegeven.",
            "Klantmanager: Dank u dat u dat zo eerlijk zegt. Dan ben ik ook eerlijk: solliciteren is nu niet het "
            "eerste. Eerst moet er rust komen in die post. Mag ik voorstellen dat ik daar vandaag de leiding in "
            "neem?",
            "Cliënt: Wat bedoelt u?",
            "Klantmanager: We openen de brieven hier samen en ik sorteer ze op wat dringend is. En als u het "
            "goedvindt, bel ik vandaag nog de schuldhulpverlening om een afspraak voor u te maken.",
            "Cliënt: Dat mag. Als u het maar doet, want ik krijg het zelf niet voor elkaar.",
            "Klantmanager: Dan doe ik dat. Later kijken we samen wat u zelf weer kunt oppakken, maar dat hoeft "
            "vandaag niet.",
            "Cliënt: En dat solliciteren dan? Krijg ik geen problemen?",
            "Klantmanager: Nee. Ik leg vast dat we eerst aan uw schulden en uw gezondheid werken. Ons doel voor "
            "vandaag is dus: overzicht, en een afspraak bij de schuldhulp. Kunt u zich daarin vinden?",
            "Cliënt: Ja. Het is voor het eerst in tijden dat ik denk: misschien komt het goed.",
            "Klantmanager: Zullen we dan beginnen? Geeft u mij de eerste stapel maar.",
            "Cliënt: Hier. Die blauwe envelop, daar ben ik het bangst voor.",
        ),
        "expert": {
            "echtheid-klantmanager": "5",
            "echtheid-client": "4",
            "gezamenlijk-doel": "uitgesproken",
            "zelfbeeld": "opgegeven",
            "strategie": "sturen",
            "regie": "klantmanager",
            "regie-passend": "ja",
            "metacommunicatie": "ja",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager zegt wat hij ziet ('Dat klinkt alsof het u boven het hoofd groeit') en is eerlijk "
                "dat solliciteren nu niet voorop staat, ook al wijkt dat af van de eerdere afspraken."
            ),
            "echtheid-client": (
                "De cliënt zegt ronduit dat hij het heeft opgegeven en noemt zelf de brief waar hij het bangst voor "
                "is. Alleen zijn zorg over 'problemen' laat zien dat hij nog op zijn hoede is, daarom een 4."
            ),
            "gezamenlijk-doel": (
                "De klantmanager formuleert het doel voor vandaag (overzicht en een afspraak bij de schuldhulp) en "
                "vraagt of de cliënt zich daarin kan vinden. De cliënt stemt in."
            ),
            "zelfbeeld": (
                "De cliënt opent zijn post niet meer, zegt dat het geen zin heeft en dat hij het heeft opgegeven. "
                "Hij ervaart dat hij niets meer in de hand heeft."
            ),
            "strategie": (
                "De klantmanager neemt tijdelijk het stuur over: hij sorteert de post en belt de schuldhulp. Bij "
                "iemand die het heeft opgegeven is dat passend sturen."
            ),
            "regie": (
                "De klantmanager neemt de regie, maar pas na toestemming ('Mag ik voorstellen dat ik daar vandaag "
                "de leiding in neem?'). De cliënt geeft die ruimte ook expliciet."
            ),
            "regie-passend": (
                "Hier is regie nemen precies wat nodig is. De klantmanager houdt ook de weg terug open ('Later "
                "kijken we samen wat u zelf weer kunt oppakken')."
            ),
            "metacommunicatie": (
                "De klantmanager zegt steeds wat hij wil doen en waarom, vraagt toestemming en controleert of de "
                "cliënt zich in het doel kan vinden."
            ),
        },
        "critical_moment": "Regie nemen waar het wél past: met toestemming van de cliënt en met de weg terug open",
    },
    {
        "title": "Weer een vacature",
        "slug": "weer-een-vacature",
        "medium": "beeldbellen",
        "difficulty": 2,
        "situation": (
            "Een cliënt van achter in de vijftig heeft na zijn ontslag als vrachtwagenchauffeur vaak gesolliciteerd, "
            "zonder resultaat. De klantmanager heeft voor het videogesprek een paar vacatures en een banenmarkt "
            "klaargezet. De cliënt zit half van de camera afgedraaid."
        ),
        "material": _gesprek(
            "Klantmanager: Goedemiddag! Ik heb goed nieuws, ik heb weer een paar leuke vacatures voor u gevonden. "
            "Ik zet ze even in de chat.",
            "Cliënt: Hm.",
            "Klantmanager: Kijk, deze bijvoorbeeld: chauffeur bij een bezorgdienst, parttime. Dat is toch "
            "helemaal uw vak?",
            "Cliënt: Daar heb ik vorig jaar ook op gereageerd. Nooit iets van gehoord.",
            "Klantmanager: Ja, maar dit is een nieuwe vacature. En volgende week is er een banenmarkt in het "
            "stadhuis, daar kunt u zo met werkgevers praten. Dat is echt een kans.",
            "Cliënt: Ik ben achtenvijftig. Ze zien me binnenkomen en dan is het al klaar.",
            "Klantmanager: Ach, zo moet u het niet zien. Werkgevers zoeken juist mensen met ervaring. U moet "
            "gewoon positief blijven.",
            "Cliënt: Dat zegt iedereen. Ik heb het eerlijk gezegd wel gehad met solliciteren.",
            "Klantmanager: Ik begrijp het. Maar het is aan u: als u wilt, kunt u zich aanmelden voor de "
            "banenmarkt. De link staat in de chat.",
            "Cliënt: Ik kijk wel.",
            "Klantmanager: Super. En die bezorgvacature, wilt u daar nog op reageren?",
            "Cliënt: Misschien. Ik weet niet of ik de energie heb.",
            "Klantmanager: Dan laat ik het bij u. Zullen we over vier weken weer bellen, dan hoor ik hoe het ging?",
            "Cliënt: Is goed.",
        ),
        "expert": {
            "echtheid-klantmanager": "2",
            "echtheid-client": "4",
            "gezamenlijk-doel": "verondersteld",
            "zelfbeeld": "opgegeven",
            "strategie": "kansen",
            "regie": "klantmanager",
            "regie-passend": "deels",
            "metacommunicatie": "nee",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager houdt een opgewekte toon vast ('Super' na 'Ik kijk wel') en praat de ervaring van "
                "de cliënt weg ('U moet gewoon positief blijven'). Eventuele twijfels over de kansen van de cliënt "
                "spreekt hij niet uit."
            ),
            "echtheid-client": (
                "De cliënt zegt eerlijk hoe het ervoor staat ('Ik heb het eerlijk gezegd wel gehad met "
                "solliciteren'). Aan het eind trekt hij zich terug in 'Ik kijk wel' en 'Is goed', daarom een 4."
            ),
            "gezamenlijk-doel": (
                "De klantmanager gaat ervan uit dat solliciteren het gedeelde doel is, maar vraagt nergens wat de "
                "cliënt zelf wil bereiken. Als de cliënt afstand neemt van dat doel, wordt dat niet besproken."
            ),
            "zelfbeeld": (
                "Na veel afwijzingen gelooft de cliënt niet meer dat het iets oplevert ('dan is het al klaar') en "
                "hij twijfelt of hij de energie nog heeft. Hij heeft het opgegeven."
            ),
            "strategie": (
                "De klantmanager biedt vacatures en een banenmarkt aan en laat het verder aan de cliënt over. Dat "
                "zijn kansen, terwijl iemand die het heeft opgegeven eerst sturing nodig heeft. Dit is een mismatch."
            ),
            "regie": (
                "De klantmanager bepaalt waar het gesprek over gaat: de vacatures die hij heeft gevonden. De cliënt "
                "reageert alleen op wat hem wordt voorgelegd."
            ),
            "regie-passend": (
                "Dat de klantmanager het gesprek leidt, past bij deze cliënt. Maar de volgende stap legt hij juist "
                "bij de cliënt ('het is aan u', 'Dan laat ik het bij u'), terwijl die iemand nodig heeft die even "
                "het stuur overneemt."
            ),
            "metacommunicatie": (
                "De klantmanager vertelt niet wat hij met het gesprek wil bereiken en vraagt niet hoe de cliënt zijn "
                "aanpak ervaart, ook niet als de cliënt duidelijk afhaakt."
            ),
        },
        "critical_moment": "Een kans aanbieden aan iemand die het heeft opgegeven, en zijn signaal wegpraten",
    },
    {
        "title": "Het eigen atelier",
        "slug": "het-eigen-atelier",
        "medium": "spreekkamer",
        "difficulty": 2,
        "situation": (
            "Een cliënt van achter in de dertig heeft ervaring als naaister en verstelt al jaren kleding voor "
            "buren en kennissen. Ze heeft laten weten dat ze geen interesse heeft in het productiewerk dat eerder "
            "werd voorgesteld. Ze komt met een eigen plan naar het gesprek."
        ),
        "material": _gesprek(
            "Klantmanager: U schreef in uw mail dat u een plan heeft. Ik ben benieuwd. Zullen we het gesprek "
            "vandaag daarover laten gaan?",
            "Cliënt: Ja, graag. Ik wil een eigen verstelatelier beginnen, eerst vanuit huis. Ik doe het nu al "
            "voor de buurt, maar zonder er geld voor te vragen.",
            "Klantmanager: Vertelt u eens: wie zijn nu uw klanten, en wat vragen ze?",
            "Cliënt: Broeken inkorten, ritsen vervangen, soms een trouwjurk. Er komen elke week wel een paar "
            "mensen. Ik heb een goede machine.",
            "Klantmanager: Dat is al een flinke basis. Wat heeft u nodig om er een bedrijf van te maken?",
            "Cliënt: Ik weet niet hoe het zit met de Kamer van Koophandel en met mijn uitkering. Ik ben bang dat "
            "ik dan alles kwijtraak.",
            "Klantmanager: Dat zoek ik graag met u uit. Er bestaat een regeling voor mensen in de bijstand die "
            "een bedrijf willen starten. Daarbij wordt eerst gekeken of het plan kan slagen.",
            "Cliënt: Dat wist ik niet. Wat moet ik dan doen?",
            "Klantmanager: Een ondernemingsplan maken, met daarin wat u verwacht te verdienen. Ik zeg het u "
            "eerlijk: ik twijfel of verstelwerk alleen genoeg oplevert om van te leven. Hoe kijkt u daar zelf "
            "naar?",
            "Cliënt: Dat is terecht. Ik dacht ook aan naailes geven aan vrouwen uit de buurt. Daar wordt veel "
            "naar gevraagd.",
            "Klantmanager: Dat maakt het plan sterker. Hoe wilt u verder?",
            "Cliënt: Ik wil eerst uitrekenen wat ik per week zou kunnen verdienen. Dan kom ik terug met cijfers.",
            "Klantmanager: Goed. Ik stuur u de informatie over de regeling en het adres van het startersloket. "
            "Over drie weken bespreken we uw cijfers.",
            "Cliënt: Afgesproken. Fijn dat u er zo naar kijkt.",
        ),
        "expert": {
            "echtheid-klantmanager": "4",
            "echtheid-client": "5",
            "gezamenlijk-doel": "uitgesproken",
            "zelfbeeld": "andere-plannen",
            "strategie": "ondernemen",
            "regie": "client",
            "regie-passend": "ja",
            "metacommunicatie": "soms",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager legt een reële twijfel op tafel ('ik twijfel of verstelwerk alleen genoeg oplevert') "
                "zonder het plan af te wijzen, en vraagt meteen hoe de cliënt ertegen aankijkt."
            ),
            "echtheid-client": (
                "De cliënt is open over haar plan, maar ook over haar angst om haar uitkering kwijt te raken. Ze "
                "erkent de twijfel van de klantmanager ('Dat is terecht') en zegt wat ze van het gesprek vond."
            ),
            "gezamenlijk-doel": (
                "De klantmanager stelt voor het gesprek over haar plan te laten gaan, en de cliënt stemt in. Aan "
                "het eind staat een concrete volgende stap: over drie weken de cijfers bespreken."
            ),
            "zelfbeeld": (
                "De cliënt wil wel aan het werk, maar langs een eigen route: een eigen atelier in plaats van het "
                "voorgestelde productiewerk. Dat zijn andere plannen."
            ),
            "strategie": (
                "De klantmanager denkt mee met het plan van de cliënt, vraagt naar klanten en behoeften en wijst "
                "op de regeling voor starters. Dat is ondernemen, en het past bij dit zelfbeeld."
            ),
            "regie": (
                "De cliënt brengt het onderwerp in, vult haar plan zelf aan met naailes en bepaalt de volgende "
                "stap ('Dan kom ik terug met cijfers'). De klantmanager volgt en ondersteunt."
            ),
            "regie-passend": (
                "Iemand met een eigen plan heeft vooral ruimte en een kritische meedenker nodig. Door de regie bij "
                "de cliënt te laten, groeit haar eigenaarschap."
            ),
            "metacommunicatie": (
                "Aan het begin stelt de klantmanager de agenda samen met de cliënt vast en halverwege vraagt hij "
                "hoe zij verder wil. Waarom hij naar haar klanten vraagt, legt hij niet uit."
            ),
        },
        "critical_moment": "Twijfel over het plan eerlijk benoemen zonder het af te kappen",
    },
    {
        "title": "Het formulier",
        "slug": "het-formulier",
        "medium": "spreekkamer",
        "difficulty": 1,
        "situation": (
            "Een alleenstaande ouder met twee kinderen op de basisschool werkte vijftien jaar als kok. Na een "
            "verhuizing is zij in de bijstand terechtgekomen. Dit is het eerste gesprek met een nieuwe "
            "klantmanager, die een registratieformulier op het scherm heeft staan."
        ),
        "material": _gesprek(
            "Klantmanager: Ik loop even het formulier met u door. Heeft u een rijbewijs?",
            "Cliënt: Ja.",
            "Klantmanager: En een auto?",
            "Cliënt: Nee.",
            "Klantmanager: Opleiding: heeft u een diploma?",
            "Cliënt: Ja, de koksopleiding. En ik heb vijftien jaar...",
            "Klantmanager: Koksopleiding, genoteerd. Heeft u kinderopvang geregeld?",
            "Cliënt: Nee, nog niet. Daarom wil ik vooral overdag...",
            "Klantmanager: Dan kunt u dus alleen onder schooltijd werken. Schoonmaakwerk in de ochtend is vaak "
            "goed te combineren. Zal ik dat invullen als zoekrichting?",
            "Cliënt: Eh... ja, dat kan ook wel.",
            "Klantmanager: Prima. Heeft u schulden?",
            "Cliënt: Nee.",
            "Klantmanager: Gezondheidsklachten die werk in de weg staan?",
            "Cliënt: Nee.",
            "Klantmanager: Dan meld ik u aan voor de workshop solliciteren, volgende week dinsdag. Daar leert u "
            "hoe u een brief schrijft.",
            "Cliënt: Oké. Ik heb wel een paar restaurants waar ik zelf al...",
            "Klantmanager: Dat kunt u daar mooi inbrengen. Dan zijn we klaar met het formulier.",
            "Cliënt: Goed.",
        ),
        "expert": {
            "echtheid-klantmanager": "3",
            "echtheid-client": "2",
            "gezamenlijk-doel": "ingevuld",
            "zelfbeeld": "wil-en-kan",
            "strategie": "sturen",
            "regie": "klantmanager",
            "regie-passend": "nee",
            "metacommunicatie": "nee",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager is niet onoprecht, maar verschuilt zich achter het formulier. Wat hij zelf van de "
                "situatie vindt of wil weten, blijft onzichtbaar."
            ),
            "echtheid-client": (
                "De cliënt gaat mee met een zoekrichting die niet de hare is ('Eh... ja, dat kan ook wel') en maakt "
                "haar zinnen niet meer af. Wat ze echt wil, komt niet op tafel."
            ),
            "gezamenlijk-doel": (
                "De klantmanager vult zelf in dat de cliënt schoonmaakwerk in de ochtend zoekt, terwijl zij net "
                "over haar koksopleiding en ervaring wilde vertellen. Het doel wordt voor haar bedacht."
            ),
            "zelfbeeld": (
                "De cliënt heeft een vak, vijftien jaar ervaring en al restaurants op het oog. Ze wil en kan; ze "
                "heeft vooral een passende kans nodig, afgestemd op de schooltijden."
            ),
            "strategie": (
                "De klantmanager kiest de zoekrichting en meldt haar aan voor een workshop. Dat is sturen, terwijl "
                "bij dit zelfbeeld kansen past, bijvoorbeeld meedenken over keukenwerk overdag. Dit is een mismatch."
            ),
            "regie": (
                "Het formulier bepaalt de volgorde, en de klantmanager onderbreekt de cliënt twee keer. Hij beslist "
                "over de zoekrichting en de workshop."
            ),
            "regie-passend": (
                "Deze cliënt kan prima zelf richting geven. Door gesloten vragen en onderbrekingen krijgt ze daar "
                "geen ruimte voor."
            ),
            "metacommunicatie": (
                "De klantmanager zegt dat hij het formulier doorloopt, maar niet waarom, en vraagt niet wat de "
                "cliënt zelf wil bespreken. Er is geen gezamenlijke agenda."
            ),
        },
        "critical_moment": (
            "Invullen voor de cliënt: gesloten vragen en een interview in plaats van een gesprek, met onderbrekingen"
        ),
    },
    {
        "title": "Waarom wilt u dat weten?",
        "slug": "waarom-wilt-u-dat-weten",
        "medium": "beeldbellen",
        "difficulty": 3,
        "situation": (
            "Een cliënt van midden dertig doet sinds een half jaar drie dagen per week vrijwilligerswerk in een "
            "inloophuis en denkt na over een opleiding in de zorg. Het is een periodiek gesprek via beeldbellen. "
            "De klantmanager heeft het dossier kort geleden van een collega overgenomen."
        ),
        "material": _gesprek(
            "Klantmanager: Goedemorgen. Ik wilde vandaag even horen hoe het met u gaat, nu ik uw dossier heb "
            "overgenomen.",
            "Cliënt: Goedemorgen. Het gaat goed. Het vrijwilligerswerk in het inloophuis bevalt me heel erg.",
            "Klantmanager: Fijn. Hoe is het contact met uw ex-partner tegenwoordig?",
            "Cliënt: Eh... wisselend. Maar waarom wilt u dat weten?",
            "Klantmanager: Dat hoort bij het totaalbeeld. Gebruikt u nog medicijnen?",
            "Cliënt: Ja, maar dat heb ik allemaal al aan uw collega verteld. Ik snap niet wat dat met mijn "
            "uitkering te maken heeft.",
            "Klantmanager: Ik vraag het aan iedereen, ik loop gewoon even de punten langs. Hoe gaat het met de "
            "kinderen op school?",
            "Cliënt: Goed. Kijk, ik wil eigenlijk iets anders bespreken. Ik wil in september beginnen met een "
            "opleiding tot begeleider in de zorg. Het inloophuis wil me een leerplek geven.",
            "Klantmanager: Daar kunnen we het een andere keer over hebben. Ik moet nog een paar punten langs. "
            "Bent u de afgelopen maand ziek geweest?",
            "Cliënt: Nee. Maar die opleiding is echt belangrijk voor mij. Dat is mijn weg naar werk.",
            "Klantmanager: Dat begrijp ik, maar u staat bij ons ingeschreven om werk te vinden. Tot er iets "
            "anders is afgesproken, solliciteert u gewoon vier keer per maand, en het vrijwilligerswerk mag daar "
            "niet voor in de weg staan.",
            "Cliënt: Ik heb het gevoel dat u niet luistert. Ik wil dit echt.",
            "Klantmanager: Ik hoor u. We hebben helaas niet veel tijd meer. Ik zie u over zes weken weer.",
            "Cliënt: Oké. Dan vraag ik zelf bij het inloophuis na wat ik moet doen.",
        ),
        "expert": {
            "echtheid-klantmanager": "2",
            "echtheid-client": "4",
            "gezamenlijk-doel": "afwezig",
            "zelfbeeld": "andere-plannen",
            "strategie": "sturen",
            "regie": "klantmanager",
            "regie-passend": "nee",
            "metacommunicatie": "nee",
        },
        "explanations": {
            "echtheid-klantmanager": (
                "De klantmanager verschuilt zich achter algemene antwoorden ('Dat hoort bij het totaalbeeld', 'Ik "
                "vraag het aan iedereen') en zegt 'Ik hoor u' zonder er iets mee te doen. Wat zij van het plan "
                "van de cliënt vindt, zegt ze niet."
            ),
            "echtheid-client": (
                "De cliënt vraagt rechtstreeks naar het nut van de vragen en zegt dat ze zich niet gehoord voelt. "
                "Over het contact met haar ex-partner blijft ze wel op de vlakte, daarom een 4."
            ),
            "gezamenlijk-doel": (
                "Het gesprek heeft geen ander doel dan 'even horen hoe het gaat', en het doel dat de cliënt "
                "inbrengt wordt doorgeschoven. De bestaande sollicitatieplicht wordt herhaald, maar er komt geen "
                "doel waar beiden achter staan."
            ),
            "zelfbeeld": (
                "De cliënt wil wel aan het werk, maar langs een eigen route: via een opleiding en een leerplek in de "
                "zorg ('Dat is mijn weg naar werk'). Dat zijn andere plannen."
            ),
            "strategie": (
                "De klantmanager houdt vast aan haar eigen lijst en aan de sollicitatieplicht, en legt het plan van "
                "de cliënt opzij. Dat is sturen, terwijl hier ondernemen past: meedenken over haar eigen route. "
                "Dit is een mismatch."
            ),
            "regie": (
                "De klantmanager bepaalt de onderwerpen en het einde van het gesprek. De poging van de cliënt om "
                "een eigen onderwerp in te brengen wordt afgewezen."
            ),
            "regie-passend": (
                "Iemand met een eigen plan heeft ruimte nodig om dat plan te bespreken. Die ruimte krijgt ze niet, "
                "waardoor ze aan het eind besluit het buiten de klantmanager om te regelen."
            ),
            "metacommunicatie": (
                "'Ik loop gewoon even de punten langs' zegt wel wat de klantmanager doet, maar niet waarom. Zij "
                "legt niet uit wat de vragen met het doel van het gesprek te maken hebben."
            ),
        },
        "critical_moment": (
            "Vragen waarvan de cliënt het doel niet ziet: 'Ik snap niet wat dat met mijn uitkering te maken heeft'"
        ),
    },
]
