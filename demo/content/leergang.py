"""Demo content for the leergang "Van Kijken naar Zien" (Dutch, B1, je-form).

Pure data, used to seed a demo course: COURSE holds the course page fields, MODULES the seven modules in order.
Body blocks are (block_type, value) tuples. All texts are written for this product; facts follow the public
report "Van Kijken naar Zien, deel 1", its sentences are not reused.
"""

COURSE = {
    "title": "Leergang Van Kijken naar Zien",
    "slug": "van-kijken-naar-zien",
    "intro": (
        "<p>Welkom bij de leergang <strong>Van Kijken naar Zien</strong>. In deze leergang leer je van je eigen "
        "gesprekken met cliënten. Je kijkt naar opnamen, je hoort van cliënten hoe een gesprek voor hen was, en je "
        "denkt samen met collega's na over wat werkt en wat beter kan.</p><p>De leergang heeft zeven modules. Je "
        "begint met uitleg en met kleine eerste stappen. Daarna leer je het analysekader kennen, krijg je een buddy, "
        "doe je mee aan intervisie en doorloop je je eerste video-reflectiecyclus. In de laatste module ga je "
        "zelfstandig verder: je analyseert je eigen gesprekken en je werkt aan je eigen doelen.</p><p>Twee dingen "
        "staan altijd vast:</p><ul><li><strong>Het gaat om leren, nooit om beoordelen.</strong> Opnamen en reflecties "
        "worden nooit gebruikt tegen jou of tegen een cliënt.</li><li><strong>Jij houdt de regie over je eigen "
        "leren.</strong> Wat je schrijft is privé, tenzij je het zelf deelt.</li></ul><p>Neem de tijd. Je hoeft niet "
        "alles in één keer te doen.</p>"
    ),
    "audience": (
        "Voor nieuwe klantmanagers en werkregisseurs van de sociale dienst die willen leren van hun eigen gesprekken "
        "met cliënten."
    ),
}

MODULES = [
    {
        "title": "Waarom we leren van opgenomen gesprekken",
        "slug": "waarom-leren-van-opnamen",
        "kind": "voorlichting",
        "duration_minutes": 30,
        "requires_previous": False,
        "learning_aims": [
            "Je weet waarom we leren van opgenomen gesprekken, en dat het nooit om beoordelen gaat.",
            "Je weet wat er met een opname gebeurt en wie hem mag zien.",
            "Je kent je eigen rechten en de rechten van de cliënt.",
        ],
        "body": [
            (
                "text",
                (
                    "<h3>Kijken naar wat er echt gebeurde</h3><p>Na een gesprek met een cliënt heb je meestal een "
                    "beeld van hoe het ging. Dat beeld is gekleurd. Je onthoudt vooral wat je wilde zeggen, en niet "
                    "altijd wat je echt zei. En wat de cliënt dacht, vul je vaak zelf in. Een opname laat zien wat er "
                    "werkelijk gebeurde. Je kunt het gesprek rustig terugkijken, en anderen kunnen met je "
                    "meekijken.</p><p>In deze leergang werk je met drie bronnen:</p><ul><li><strong>Beelden</strong> "
                    "in plaats van herinneringen. Je kijkt naar het gesprek zoals het echt ging.</li><li><strong>De "
                    "stem van de cliënt</strong> in plaats van je eigen invulling. Je hoort van de cliënt zelf hoe het "
                    "gesprek voelde.</li><li><strong>Frisse ogen</strong>. Analisten en collega's kijken mee en "
                    "stellen vragen die jij jezelf niet zo snel stelt.</li></ul><h3>Leren, nooit beoordelen</h3><p>Het "
                    "belangrijkste uitgangspunt is simpel: een opname is er alleen om van te leren. Hij wordt nooit "
                    "gebruikt als bewijs. Niet tegen een cliënt, en niet tegen jou. Er komt geen cijfer, geen oordeel "
                    "en geen verslag in je personeelsdossier. Beter willen worden betekent niet dat je het nu slecht "
                    "doet. Ook ervaren collega's ontdekken nieuwe dingen als ze zichzelf "
                    "terugzien.</p><p>Klantmanagers die eerder meededen, vonden het bijna allemaal waardevol. Hun "
                    "gesprekken kregen meer richting, en trajecten met cliënten kwamen vaak sneller in beweging. Niet "
                    "omdat ze het eerst slecht deden, maar omdat ze gingen <em>zien</em> wat ze eerder alleen "
                    "<em>keken</em>.</p>"
                ),
            ),
            (
                "video",
                {
                    "url": "https://vimeo.com/76979871",
                    "title": "Wat er gebeurt met jouw opname",
                    "transcript": (
                        "De film begint in een lege spreekkamer. Een stem zegt: “Na een gesprek denk je vaak: dat ging "
                        "wel goed. Maar hoe zag de cliënt het?” Je ziet een klantmanager die een cliënt een folder en "
                        "een toestemmingsformulier geeft. De stem legt uit dat de cliënt zelf kiest wie de opname mag "
                        "zien. Daarna verschijnt een eenvoudig schema. De video blijft in de beveiligde opslag van de "
                        "organisatie. Het leerplatform bewaart alleen een link en een paar tijdstippen. Twee analisten "
                        "bekijken de opname en praten daarna met de klantmanager. Naast het schema staat een "
                        "leidinggevende, met een doorgestreepte pijl: die ziet geen opnamen. Hij ziet alleen totalen "
                        "zonder namen. De film eindigt met de tekst: “Leren, nooit beoordelen. Jij houdt de regie.”"
                    ),
                },
            ),
            (
                "text",
                (
                    "<h3>Wat gebeurt er met een opname?</h3><p>Je neemt een gesprek op in de spreekkamer of tijdens "
                    "beeldbellen. Daarna gaat het zo:</p><ol><li>De opname blijft in de eigen beveiligde opslag van de "
                    "organisatie, bijvoorbeeld in Teams of SharePoint. Hij gaat niet naar een andere plek.</li><li>Het "
                    "leerplatform bewaart geen video. Het bewaart alleen een link naar de opname, de datum, de duur en "
                    "de tijdstippen van fragmenten die jullie bespreken.</li><li>Niemand kan iets bekijken voordat het "
                    "ondertekende toestemmingsformulier van de cliënt is vastgelegd.</li><li>Elke opname heeft een "
                    "bewaartermijn. Is die voorbij, dan wordt de opname verwijderd. De link en de fragmenten "
                    "verdwijnen dan ook.</li></ol><h3>Wie mag wat zien?</h3><p>Dat bepaalt de cliënt, met het "
                    "toestemmingsformulier. Op dat formulier kruist de cliënt aan wie de opname mag "
                    "zien:</p><ul><li><strong>jij</strong>, de klantmanager die het gesprek "
                    "voerde;</li><li><strong>twee analisten</strong>, die het gesprek analyseren en daarna een "
                    "reflectiegesprek met je voeren;</li><li><strong>collega's</strong>, bijvoorbeeld je buddy of je "
                    "intervisiegroep, maar alleen als de cliënt dat heeft "
                    "aangekruist;</li><li><strong>trainingsgroepen</strong>, bijvoorbeeld als oefencasus, ook alleen "
                    "als de cliënt dat goed vindt.</li></ul><p>De cliënt geeft ook aan of een analist contact mag "
                    "opnemen voor een kort interview over het gesprek.</p><p><strong>Je leidinggevende en het MT zien "
                    "nooit jouw opnamen, analyses, reflecties of doelen.</strong> Zij zien alleen totalen over een "
                    "hele groep, zonder namen. En ze zien nooit cijfers over een groep van minder dan vijf mensen. Dat "
                    "blijft zo als je leidinggevende ook nog een andere rol heeft, bijvoorbeeld als teamcoach.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ik dacht dat ik vooral mijn fouten zou zien. Maar ik zag ook waarom sommige gesprekken juist "
                        "zo goed lopen. Dat wil ik nu vaker doen."
                    ),
                    "source": "Een klantmanager",
                },
            ),
            (
                "text",
                (
                    "<h3>Jouw rechten</h3><ul><li><strong>Jij houdt de regie over je eigen leren.</strong> Jij kiest "
                    "je leervraag, je tempo en de gesprekken die je inbrengt. Niemand legt je een leerdoel "
                    "op.</li><li><strong>Delen is jouw keuze, per onderdeel.</strong> Alles wat je schrijft is "
                    "standaard privé. Je kunt een reflectie of een doel delen met één persoon, bijvoorbeeld je buddy "
                    "of je teamcoach. Dat delen kun je altijd weer intrekken.</li><li><strong>Je kunt altijd "
                    "stoppen.</strong> Je mag op elk moment uitstappen. Je kunt eerst al je gegevens downloaden. "
                    "Daarna laat je ze verwijderen of anonimiseren.</li></ul><h3>De rechten van de "
                    "cliënt</h3><ul><li>De cliënt beslist zelf of een gesprek wordt opgenomen, en wie het mag "
                    "zien.</li><li>De cliënt kan de toestemming altijd intrekken. De opname en alles wat eraan "
                    "vastzit, wordt dan meteen weggehaald.</li><li>Meedoen of niet meedoen heeft geen enkel gevolg "
                    "voor de uitkering of de begeleiding.</li><li>In het platform staat de cliënt alleen als code, "
                    "bijvoorbeeld C-12. Er staat geen naam, geen BSN en geen adres in.</li></ul><p>Heb je nog vragen "
                    "over privacy of over wie wat ziet? Stel ze gerust aan je teamcoach. Twijfels mogen er zijn, en "
                    "het is goed om ze uit te spreken.</p>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Wat maakt het voor jou spannend, of juist aantrekkelijk, om een gesprek met een cliënt op te "
                        "nemen?"
                    ),
                    "help_text": (
                        "Schrijf op wat in je opkomt, ook als het twijfels of zorgen zijn. Alleen jij ziet dit "
                        "antwoord, tenzij je het zelf deelt."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Dit weet ik nu",
                    "items": [
                        "Ik weet dat een opname alleen is om van te leren, en niet om te beoordelen.",
                        "Ik weet wie mijn opname mag zien.",
                        "Ik weet dat de video in de eigen opslag van de organisatie blijft.",
                        "Ik weet dat mijn leidinggevende mijn opnamen, reflecties en doelen niet ziet.",
                        "Ik kan een cliënt uitleggen dat meedoen geen gevolgen heeft voor de uitkering.",
                        "Ik weet hoe ik kan stoppen en mijn gegevens kan meenemen.",
                    ],
                },
            ),
            (
                "next_step",
                {
                    "text": (
                        "In de volgende module gaat het over het spannendste deel: jezelf terugzien. Je ontdekt hoe je "
                        "klein kunt beginnen."
                    ),
                    "link_label": "Naar module 2",
                    "target": "next_module",
                },
            ),
        ],
    },
    {
        "title": "Jezelf terugzien: klein beginnen",
        "slug": "jezelf-terugzien",
        "kind": "drempelverlagend",
        "duration_minutes": 25,
        "requires_previous": False,
        "learning_aims": [
            "Je weet dat het heel gewoon is om jezelf terugzien ongemakkelijk te vinden.",
            "Je kunt bij het terugkijken ook letten op wat goed gaat.",
            "Je kiest een eerste kleine stap die bij jou past.",
        ],
        "body": [
            (
                "text",
                (
                    "<h3>Ongemakkelijk? Dat is normaal</h3><p>Bijna niemand vindt het fijn om zichzelf terug te zien. "
                    "Je stem klinkt anders dan je dacht. Je ziet een gebaar waarvan je niet wist dat je het maakte. Je "
                    "hoort jezelf een vraag stellen die je liever anders had gesteld. Dat gevoel is heel gewoon. Het "
                    "zegt niets over hoe goed je je werk doet.</p><p>Veel klantmanagers hebben ook zorgen over wat er "
                    "met de beelden gebeurt. Kijkt mijn leidinggevende mee? Kan een cliënt de beelden gebruiken bij "
                    "een klacht? In module 1 heb je gelezen hoe dat geregeld is: de opname is alleen om van te leren, "
                    "en je leidinggevende ziet hem niet. Zit je toch nog met vragen? Bespreek ze met je teamcoach of "
                    "je buddy.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "De eerste minuut keek ik vooral naar mijn eigen haar. Daarna pas naar het gesprek. En toen "
                        "zag ik ook dingen die eigenlijk heel goed gingen."
                    ),
                    "source": "Een klantmanager",
                },
            ),
            (
                "text",
                (
                    "<h3>Begin klein</h3><p>Je hoeft niet meteen een gesprek van een uur te bekijken. Bouw het rustig "
                    "op:</p><ol><li><strong>Vijf minuten, alleen.</strong> Neem een kort oefengesprek op, bijvoorbeeld "
                    "een rollenspel met een collega. Bekijk daarvan vijf minuten, op een rustig "
                    "moment.</li><li><strong>Vijf minuten, met je buddy.</strong> Bekijk hetzelfde fragment samen met "
                    "je buddy. Praat over wat jullie zien.</li><li><strong>Een echt gesprek.</strong> Pas daarna neem "
                    "je een gesprek met een cliënt op, in je eerste video-reflectiecyclus. Daar kijken de analisten "
                    "met je mee.</li></ol><p>Zo went het stap voor stap. Veel mensen merken dat het na de eerste keer "
                    "al veel minder spannend is.</p>"
                ),
            ),
            (
                "video",
                {
                    "url": "https://vimeo.com/76979871",
                    "title": "Vijf minuten terugkijken",
                    "transcript": (
                        "Je ziet een klantmanager achter een laptop, met een koptelefoon op. Ze kijkt naar een opname "
                        "van een rollenspel met een collega. Na een paar seconden trekt ze een gezicht en moet ze "
                        "lachen. Een stem zegt: “Bijna iedereen vindt de eerste minuut het lastigst. Kijk gewoon "
                        "door.” De klantmanager zet de beelden stil en schrijft twee dingen op die goed gaan: ze laat "
                        "een stilte bestaan, en ze vat samen wat de ander vertelt. Daarna schrijft ze één ding op dat "
                        "ze anders wil doen: ze stelt drie vragen vlak achter elkaar. In het laatste deel bekijkt ze "
                        "hetzelfde fragment samen met haar buddy. Ze praten rustig en lachen af en toe. De stem zegt: "
                        "“Vijf minuten is genoeg om te beginnen.”"
                    ),
                },
            ),
            (
                "text",
                (
                    "<h3>Kijk ook naar wat goed gaat</h3><p>Als je terugkijkt, zie je vaak eerst wat je anders had "
                    "willen doen. Zoek daarom bewust ook naar wat goed gaat. Een moment waarop de cliënt ontspant. Een "
                    "vraag die iets opent. Een stilte die je liet bestaan, waarna de cliënt meer vertelde. Wat goed "
                    "gaat, kun je vaker doen. Dat is ook leren.</p><p>Een handige regel: schrijf bij elk fragment "
                    "eerst <strong>twee dingen op die goed gaan</strong>. Schrijf pas daarna <strong>één ding</strong> "
                    "op dat je anders zou willen doen.</p><h3>Tips voor de eerste keer</h3><ul><li>Kies een rustig "
                    "moment en een plek waar niemand je stoort. Gebruik een koptelefoon.</li><li>Kijk het fragment "
                    "eerst één keer helemaal, zonder te stoppen. Zo wen je aan je eigen beeld en stem.</li><li>Kijk "
                    "dan nog een keer. Zet de beelden stil als je iets opvalt, en noteer het tijdstip.</li><li>Let "
                    "vooral op de ander. Wanneer praat hij of zij veel, en wanneer weinig? Wanneer verandert de "
                    "houding?</li><li>Wees mild voor jezelf. Kijk als een nieuwsgierige collega, niet als een strenge "
                    "beoordelaar.</li></ul><h3>Daarna samen met je buddy</h3><p>Heb je een fragment alleen bekeken? "
                    "Dan is de volgende stap om het samen met je buddy te bekijken. Je buddy heeft dit zelf ook "
                    "meegemaakt. Vraag je buddy om eerst te vertellen wat goed gaat. Kijk daarna samen naar één moment "
                    "dat je anders zou willen doen. Jij kiest welk fragment je laat zien. Jij houdt de "
                    "regie.</p><p>Wil je een opname van een echt gesprek met een cliënt laten zien? Dat mag alleen als "
                    "de cliënt op het formulier heeft aangekruist dat collega's de opname mogen bekijken.</p><h3>Je "
                    "eerste kleine stap</h3><p>Kies nu één kleine stap voor deze week. Bijvoorbeeld:</p><ul><li>Neem "
                    "een rollenspel van tien minuten op met een collega, met je laptop.</li><li>Vraag een collega die "
                    "al eerder meedeed hoe de eerste keer voor hem of haar was.</li><li>Let in je volgende gesprek met "
                    "een cliënt op één ding: hoe begin ik het gesprek?</li></ul>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": "Wat denk je te zien als je jezelf terugkijkt? Waar zie je misschien tegenop?",
                    "help_text": (
                        "Het helpt om je zorgen op te schrijven. Vaak blijken ze achteraf kleiner dan je dacht. Dit "
                        "antwoord is alleen voor jou."
                    ),
                },
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Denk aan een recent gesprek dat volgens jou goed ging. Wat deed jij op dat moment waardoor "
                        "het goed ging?"
                    ),
                    "help_text": (
                        "Probeer het zo concreet mogelijk te maken: een vraag die je stelde, een stilte, een "
                        "samenvatting. Dit is iets wat je vaker kunt doen."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Mijn eerste kleine stap",
                    "items": [
                        "Ik heb een moment in mijn agenda gezet om vijf minuten terug te kijken.",
                        "Ik heb een oefenopname gemaakt, bijvoorbeeld een rollenspel met een collega.",
                        "Ik heb twee dingen opgeschreven die goed gingen.",
                        "Ik heb één ding opgeschreven dat ik anders zou willen doen.",
                        "Ik heb met mijn buddy afgesproken om samen een fragment te bekijken.",
                    ],
                },
            ),
            (
                "next_step",
                {
                    "text": (
                        "Kijk de volgende keer samen met je buddy. Heb je nog geen buddy? Vraag er dan nu een aan. In "
                        "module 4 lees je er meer over."
                    ),
                    "link_label": "Naar mijn buddy",
                    "target": "buddy",
                },
            ),
        ],
    },
    {
        "title": "Het analysekader: gericht kijken naar een gesprek",
        "slug": "het-analysekader",
        "kind": "analysekader",
        "duration_minutes": 90,
        "requires_previous": True,
        "learning_aims": [
            "Je kunt een gesprek beoordelen op echtheid, gezamenlijk doel, interventielogica en regie.",
            "Je kunt bij het zelfbeeld van een cliënt een passende strategie kiezen.",
            "Je herkent de vier aandachtsgebieden van de Kijkwijzer en typische kritische momenten.",
            "Je kunt het kader toepassen op een korte casus.",
        ],
        "body": [
            (
                "text",
                (
                    "<h3>Waarom een analysekader?</h3><p>Als je een gesprek terugkijkt, zie je heel veel tegelijk. Een "
                    "kader helpt je om gericht te kijken. Het geeft je een paar vaste vragen, zodat je niet verdwaalt "
                    "in details. Het kader in deze leergang gaat over de kern van je vak: <strong>een goede "
                    "werkrelatie</strong> met de cliënt, en <strong>een aanpak die past</strong> bij hoe de cliënt in "
                    "het leven staat.</p><p>Het kader heeft twee delen:</p><ul><li><strong>Vier hoofdvragen</strong>: "
                    "echtheid, gezamenlijk doel, interventielogica en regie.</li><li><strong>De Kijkwijzer</strong>: "
                    "vier aandachtsgebieden waarmee je open kijkt naar wat er gebeurt, zoals emoties en "
                    "weerstand.</li></ul><p>De analisten gebruiken dit kader in de video-reflectiecyclus. Jij gebruikt "
                    "het in de oefencasussen van deze module, en later zelf met het Kijkwijzer-werkblad. Zo spreken "
                    "jullie dezelfde taal.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h3>1. Echtheid</h3><p>Hoe echt is het gesprek? Zeggen beide gesprekspartners wat ze werkelijk "
                    "denken? Je geeft een score van 1 tot 5, apart voor de klantmanager en voor de "
                    "cliënt.</p><ul><li><strong>1</strong>: helemaal sociaal wenselijk. Iedereen zegt wat de ander "
                    "volgens hem wil horen.</li><li><strong>3</strong>: soms open, soms "
                    "voorzichtig.</li><li><strong>5</strong>: helemaal open en eerlijk. Allebei zeggen ze wat ze echt "
                    "denken en voelen.</li></ul><p>In veel gesprekken is de echtheid laag. Dat is begrijpelijk. Een "
                    "cliënt is afhankelijk van de gemeente en is soms bang voor de gevolgen van een eerlijk antwoord. "
                    "Sommige mensen zijn ook gewend om hun mening op een indirecte manier te geven. En een "
                    "klantmanager wil neutraal en professioneel overkomen, en houdt twijfels daarom vaak voor "
                    "zich.</p><p>Toch loont het om aan echtheid te werken. Benoem een twijfel op een vriendelijke "
                    "manier. Nodig de cliënt uit om te zeggen wat hij of zij denkt. Laat merken dat je luistert, ook "
                    "naar gevoelens. Dan ontstaat er vaak ruimte, en komt een vastgelopen traject weer in beweging. "
                    "Let op: echt zijn is iets anders dan veel over jezelf vertellen. Verhalen over je eigen kinderen "
                    "of hobby's maken een gesprek meestal niet echter.</p><p><em>Voorbeeld:</em> een cliënt zegt drie "
                    "keer “ja, prima” op een voorstel, maar kijkt steeds weg. De klantmanager zegt: “Ik hoor je ja "
                    "zeggen, maar ik zie ook twijfel. Klopt dat?” De cliënt vertelt dan dat hij bang is dat hij het "
                    "niet volhoudt. Vanaf dat moment praten ze over het echte probleem.</p>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Denk aan een recent gesprek. Welke score voor echtheid zou je jezelf geven, en welke de "
                        "cliënt? Waaraan merk je dat?"
                    ),
                    "help_text": (
                        "Er is geen goed of fout antwoord. Het gaat erom dat je leert opmerken wanneer een gesprek "
                        "open is, en wanneer het vooral beleefd is."
                    ),
                },
            ),
            (
                "text",
                (
                    "<h3>2. Gezamenlijk doel</h3><p>Weten jij en de cliënt waar jullie samen naartoe werken, in het "
                    "traject én in dit ene gesprek? Je kiest een van vier "
                    "mogelijkheden:</p><ul><li><strong>Uitgesproken</strong>: jullie hebben het doel samen benoemd, en "
                    "jullie zijn het er allebei mee eens.</li><li><strong>Verondersteld</strong>: jullie gaan ervan "
                    "uit dat je hetzelfde wilt, maar niemand heeft het hardop "
                    "gezegd.</li><li><strong>Ingevuld</strong>: de klantmanager heeft het doel voor de cliënt "
                    "bepaald.</li><li><strong>Afwezig</strong>: er is geen doel, of het komt niet ter "
                    "sprake.</li></ul><p>Je zou denken dat cliënten vooral een fijn contact willen. Maar als je het "
                    "hun vraagt, willen de meesten vooral weten waar het gesprek naartoe gaat en wat het hun oplevert. "
                    "Een gesprek zonder duidelijk doel verloopt meestal rustig, zonder ruzie. Maar er gebeurt ook "
                    "weinig. Met een gezamenlijk doel denkt de cliënt meer mee, voelt hij zich meer eigenaar, en "
                    "begrijpt hij waarom je iets vraagt.</p><p><em>Voorbeeld:</em> een klantmanager begint zo: “Ik wil "
                    "vandaag graag twee dingen met je bespreken: hoe het gaat met de taalcursus, en of je al wilt "
                    "kijken naar vrijwilligerswerk. Wat wil jij vandaag bespreken?” Zo maken ze samen een doel voor "
                    "dit gesprek.</p>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Wat was het doel van je laatste gesprek met een cliënt? Had de cliënt hetzelfde doel voor "
                        "ogen, en hoe weet je dat?"
                    ),
                    "help_text": (
                        "Als je twijfelt, is het doel misschien verondersteld. Wat zou je volgende keer aan het begin "
                        "kunnen zeggen om het uit te spreken?"
                    ),
                },
            ),
            (
                "text",
                (
                    "<h3>3. Interventielogica</h3><p>Mensen kijken verschillend naar hun eigen situatie. Dat noemen we "
                    "hun <strong>zelfbeeld</strong>. Het draait om twee vragen: <em>wil</em> iemand de stap zetten die "
                    "van hem of haar verwacht wordt, en heeft iemand het gevoel dat hij dat <em>kan</em>? Bij elk "
                    "zelfbeeld past een andere <strong>strategie</strong> van jou:</p><ul><li>“Ik wil en ik kan” past "
                    "bij <strong>kansen</strong>: bied een kans aan, en laat de cliënt het zelf doen.</li><li>“Ik wil "
                    "wel, maar ik kan het niet” past bij <strong>leren</strong>: help de cliënt stap voor stap om het "
                    "te leren.</li><li>“Ik heb het opgegeven” past bij <strong>sturen</strong>: neem even het stuur "
                    "over en geef duidelijke richting.</li><li>“Ik heb andere plannen” past bij "
                    "<strong>ondernemen</strong>: denk mee met de eigen ideeën van de cliënt.</li></ul><p>Je kunt het "
                    "vergelijken met autorijden. De een zegt: “Geef me de sleutels maar, ik red me wel.” De ander "
                    "zegt: “Ik wil graag rijden, maar ik durf het nog niet goed. Leer het me.” Een derde zegt: “Het is "
                    "me nu allemaal te veel. Rijd jij maar even.” En een vierde zegt: “Ik hoef helemaal geen auto, ik "
                    "ga liever op de fiets.” Die laatste help je niet met nog meer rijlessen. Je helpt hem door samen "
                    "de beste fietsroute te zoeken.</p><p>Past jouw strategie bij het zelfbeeld van de cliënt? Dan "
                    "loopt het gesprek soepel. Er is een vlot heen-en-weer, en jullie zetten stappen. Past het niet, "
                    "dan ontstaat er <strong>gedoe</strong>: weerstand, afhaken, verstarring of stagnatie.</p><p>Twee "
                    "valkuilen komen vaak voor:</p><ul><li><strong>Druk zetten op iemand die bang is.</strong> Je "
                    "behandelt “ik durf het niet” dan alsof het “ik wil het niet” is. De cliënt klapt dicht of zegt ja "
                    "zonder het te menen.</li><li><strong>Uitleggen aan iemand die het al weet.</strong> Sommige "
                    "cliënten doen uit beleefdheid alsof ze iets niet weten. Als jij dan uitgebreid gaat uitleggen, "
                    "voelen ze zich niet serieus genomen.</li></ul><p><em>Voorbeeld:</em> een cliënt zegt: “Ik heb al "
                    "zo vaak gesolliciteerd. Het heeft toch geen zin.” Dat klinkt als “ik heb het opgegeven”. Nog een "
                    "folder met vacatures helpt dan weinig. Beter past het om even te sturen: “Zullen we deze week "
                    "samen één brief maken? Ik help je met de eerste zinnen.” Merkt de klantmanager later dat de "
                    "cliënt weer zin krijgt? Dan kan ze stap voor stap meer aan de cliënt zelf overlaten.</p><p>Het "
                    "goede nieuws: zulke momenten zie je bij het terugkijken meestal snel. En je kunt ze in een "
                    "volgend gesprek vaak goedmaken.</p>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Kies een cliënt met wie het stroef loopt. Welk zelfbeeld heeft deze cliënt volgens jou? Welke "
                        "strategie gebruik jij meestal bij hem of haar? Passen die bij elkaar?"
                    ),
                    "help_text": (
                        "Iedereen heeft een strategie die hij vaak gebruikt, en een die hij bijna nooit gebruikt. "
                        "Welke strategie ligt jou het minst? Juist daar valt vaak het meest te leren."
                    ),
                },
            ),
            (
                "case_exercise",
                {
                    "title": "Casus: de vacature bij het distributiecentrum",
                    "situation": (
                        "Cliënt C-07 is een vrouw van begin vijftig. Ze heeft lang niet gewerkt. In het vorige gesprek "
                        "zei ze dat ze graag weer aan de slag wil. De klantmanager heeft een vacature gevonden en wil "
                        "die vandaag bespreken."
                    ),
                    "excerpt": (
                        "Klantmanager: Ik heb goed nieuws. Er is een vacature bij het distributiecentrum. Vier uur per "
                        "dag, vlak bij je huis. Dat is toch ideaal?\n"
                        "Cliënt: Ja... misschien.\n"
                        "Klantmanager: Je zei vorige keer dat je graag weer wilt werken. Dan moet je dit echt doen.\n"
                        "Cliënt: Het is alleen... ik heb al zo lang niet gewerkt. En dan met al die mensen om me "
                        "heen.\n"
                        "Klantmanager: Dat went echt snel, hoor. Ik stuur je de link, dan kun je vandaag nog reageren. "
                        "Afgesproken?\n"
                        "Cliënt: Oké. (kijkt naar de tafel)"
                    ),
                    "task": (
                        "Welk zelfbeeld hoor je bij de cliënt: ik wil en ik kan, ik wil wel maar ik kan niet, ik heb "
                        "het opgegeven, of ik heb andere plannen? Welke strategie kiest de klantmanager, en past die "
                        "erbij? Geef een score voor echtheid (1 tot 5) voor de klantmanager en voor de cliënt. Welk "
                        "gedoe verwacht je in de weken hierna? Schrijf tot slot één andere reactie op de tweede zin "
                        "van de cliënt, die beter aansluit."
                    ),
                },
            ),
            (
                "text",
                (
                    "<h3>4. Regie</h3><p>Wie bepaalt waar het gesprek over gaat, en wat er gebeurt? Regie hoeft niet "
                    "altijd gelijk verdeeld te zijn. Bij iemand die het heeft opgegeven, mag jij meer sturen. Bij "
                    "iemand met eigen plannen geef je juist meer ruimte. De vraag is steeds: <strong>past deze "
                    "verdeling bij deze cliënt, op dit moment?</strong></p><p>Twee dingen zorgen ervoor dat de cliënt "
                    "echt meedenkt:</p><ul><li><strong>Metacommunicatie</strong>: zeg wat je doet, en waarom. "
                    "Bijvoorbeeld: “Ik ga je nu een paar vragen stellen over je gezondheid. Dat doe ik omdat we samen "
                    "willen kijken welk werk bij je past.”</li><li><strong>Een gezamenlijke gespreksagenda</strong>: "
                    "maak aan het begin samen een lijstje van wat jullie willen bespreken. Vraag ook wat de cliënt op "
                    "de agenda wil zetten. Kijk aan het eind samen of alles aan bod is "
                    "gekomen.</li></ul><p><em>Voorbeeld:</em> een klantmanager merkt dat ze het hele gesprek vragen "
                    "stelt en dat de cliënt alleen antwoordt. Ze zegt: “Ik merk dat ik veel aan het woord ben. Wat "
                    "vind jij belangrijk om nu te bespreken?” De cliënt komt met een onderwerp waar ze zelf nog niet "
                    "aan had gedacht.</p>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": "Hoe begin jij je gesprekken meestal? Wie brengt de onderwerpen in: jij of de cliënt?",
                    "help_text": (
                        "Schrijf de eerste twee zinnen op die je meestal zegt. Zit daar een doel of een agenda in? "
                        "Nodig je de cliënt uit om ook iets in te brengen?"
                    ),
                },
            ),
            (
                "text",
                (
                    "<h3>De Kijkwijzer: vier aandachtsgebieden</h3><p>Naast de vier hoofdvragen kijk je ook open naar "
                    "wat er gebeurt. Je stelt jezelf steeds de vraag: <em>wat zie ik hier gebeuren, en wat zou het "
                    "kunnen betekenen?</em> De Kijkwijzer helpt je daarbij met vier aandachtsgebieden. Bij elke "
                    "observatie noteer je het tijdstip in de opname.</p><ol><li><strong>Emoties.</strong> Waar zie of "
                    "hoor je spanning, verdriet, boosheid, opluchting of plezier? Bij de cliënt, maar ook bij "
                    "jezelf.</li><li><strong>Weerstand, afhaken, verstarring en stagnatie.</strong> Waar gaat de "
                    "cliënt in de verdediging? Waar wordt hij stil? Herhaalt het gesprek zich, of komt het niet "
                    "verder?</li><li><strong>Feedback van de cliënt in het gesprek.</strong> Wat laat de cliënt zelf "
                    "merken over het gesprek? Denk aan een vraag als “waarom wilt u dat weten?”, een zucht of juist "
                    "een lach.</li><li><strong>Resultaten.</strong> Wat levert het gesprek op? Een betere werkrelatie, "
                    "een stap richting het doel, of allebei?</li></ol><p><em>Voorbeeld:</em> op minuut 12 vertelt een "
                    "cliënt over de zorg voor haar moeder. Haar stem wordt zachter (emotie). De klantmanager gaat "
                    "meteen door naar de volgende vraag. Daarna geeft de cliënt alleen nog korte antwoorden (afhaken). "
                    "Bij het terugkijken is dit een mooi fragment om te bespreken: wat had hier kunnen helpen?</p>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Denk aan je laatste gesprek. Bij welk aandachtsgebied van de Kijkwijzer viel jou achteraf "
                        "iets op? Wat gebeurde er toen?"
                    ),
                    "help_text": (
                        "Probeer het moment zo precies mogelijk te beschrijven: wat zei of deed de cliënt, en wat deed "
                        "jij daarna?"
                    ),
                },
            ),
            (
                "text",
                (
                    "<h3>Kritische momenten</h3><p>Sommige momenten zien cliënten en analisten vaak eerder dan de "
                    "klantmanager zelf. Let daar extra op:</p><ul><li><strong>Betuttelen of de regie "
                    "overnemen</strong> waar dat niet nodig is. Bijvoorbeeld: zelf de e-mail aan een werkgever "
                    "schrijven, terwijl de cliënt dat prima zelf kan.</li><li><strong>Invullen voor de "
                    "cliënt.</strong> Veel gesloten vragen achter elkaar, waardoor het een vragenlijst wordt in plaats "
                    "van een gesprek. Open vragen en samenvatten wat je hoort, geven de cliënt meer "
                    "ruimte.</li><li><strong>Vragen waarvan de cliënt het doel niet ziet.</strong> Cliënten ergeren "
                    "zich daar vaak aan, maar ze zeggen het zelden hardop. Metacommunicatie helpt.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ik zei steeds ja, want ik wilde geen problemen. Maar waar we eigenlijk naartoe werkten, wist "
                        "ik niet."
                    ),
                    "source": "Een cliënt",
                },
            ),
            (
                "case_exercise",
                {
                    "title": "Casus: het lijstje",
                    "situation": (
                        "Cliënt C-21 is een man van rond de dertig. Hij volgt een taalcursus en heeft last van zijn "
                        "rug. Het is een vast voortgangsgesprek. De klantmanager heeft een formulier voor zich liggen."
                    ),
                    "excerpt": (
                        "Klantmanager: Goed, ik heb hier mijn lijstje. Heb je deze maand gesolliciteerd?\n"
                        "Cliënt: Eén keer.\n"
                        "Klantmanager: Oké. En de taalcursus, ga je daar nog heen?\n"
                        "Cliënt: Ja.\n"
                        "Klantmanager: Op dinsdag en donderdag?\n"
                        "Cliënt: Ja.\n"
                        "Klantmanager: En je rug? Heb je nog contact met de huisarts?\n"
                        "Cliënt: Waarom wilt u dat weten?\n"
                        "Klantmanager: Dat hoort er gewoon bij. Dan de volgende vraag: heb je een rijbewijs?\n"
                        "Cliënt: Nee. (zucht)"
                    ),
                    "task": (
                        "Hoe is de regie verdeeld in dit fragment? Is het gezamenlijk doel uitgesproken, "
                        "verondersteld, ingevuld of afwezig? Zoek het moment waarop de cliënt laat merken dat hij het "
                        "doel van een vraag niet ziet, en beschrijf wat de klantmanager daarmee doet. Welke kritische "
                        "momenten herken je? Schrijf tot slot de eerste twee zinnen op waarmee de klantmanager dit "
                        "gesprek had kunnen beginnen, met metacommunicatie en een gezamenlijke agenda."
                    ),
                },
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Welk kritisch moment herken je het meest bij jezelf? Wat zou je in je volgende gesprek willen "
                        "uitproberen?"
                    ),
                    "help_text": (
                        "Kies één ding, klein en concreet. Bijvoorbeeld: één keer hardop zeggen waarom je een vraag "
                        "stelt. Je kunt dit later omzetten in een actiedoel."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Ik kan werken met het analysekader",
                    "items": [
                        "Ik kan echtheid scoren van 1 tot 5, voor de klantmanager en voor de cliënt.",
                        "Ik ken de vier vormen van een gezamenlijk doel.",
                        "Ik kan bij elk zelfbeeld de passende strategie noemen.",
                        "Ik herken gedoe: weerstand, afhaken, verstarring en stagnatie.",
                        "Ik weet wat metacommunicatie is en kan een voorbeeld geven.",
                        "Ik ken de vier aandachtsgebieden van de Kijkwijzer.",
                        "Ik heb beide oefencasussen gemaakt.",
                    ],
                },
            ),
            (
                "next_step",
                {
                    "text": (
                        "Wil je meer oefenen? In de casusbank vind je meer casussen. Je kunt je analyse daar per "
                        "onderdeel vergelijken met die van een expert. Daarna ga je verder met module 4: je buddy."
                    ),
                    "link_label": "Naar module 4",
                    "target": "next_module",
                },
            ),
        ],
    },
    {
        "title": "Een buddy aan je zijde",
        "slug": "je-buddy",
        "kind": "buddy",
        "duration_minutes": 20,
        "requires_previous": True,
        "learning_aims": [
            "Je weet wat een buddy is, en wat een buddy niet is.",
            "Je weet hoe een buddykoppel ontstaat en hoe je het beëindigt.",
            "Je kunt een eerste check-in met je buddy voorbereiden.",
        ],
        "body": [
            (
                "text",
                (
                    "<h3>Wat is een buddy?</h3><p>Een buddy is een ervaren collega die zelf al een of meer "
                    "video-reflectiecycli heeft doorlopen. Je buddy weet hoe spannend het is om voor het eerst een "
                    "gesprek op te nemen, en hoe snel dat went. Met je buddy kun je sparren, vragen stellen en samen "
                    "fragmenten bekijken. Je buddy is er voor jou, niet voor de organisatie.</p><p>Een buddy is "
                    "<strong>niet</strong>:</p><ul><li><strong>je leidinggevende.</strong> Iemand die jou aanstuurt, "
                    "kan nooit je buddy zijn;</li><li><strong>een beoordelaar.</strong> Je buddy geeft geen cijfers en "
                    "schrijft niets over jou op voor anderen;</li><li><strong>een expert die alles weet.</strong> Je "
                    "buddy deelt ervaringen, geen regels.</li></ul><h3>Hoe word je gekoppeld?</h3><ol><li>Het platform "
                    "doet een voorstel. Het kijkt naar ervaring, en naar hoeveel nieuwe collega's een buddy al "
                    "begeleidt. Zo krijgt niemand het te druk. Je wordt ook niet opnieuw gekoppeld aan iemand met wie "
                    "je al eerder een koppel vormde.</li><li>Een teamcoach bekijkt het voorstel en bevestigt "
                    "het.</li><li>Jij en je buddy krijgen allebei een melding. Jullie accepteren de koppeling allebei. "
                    "Pas dan is het koppel actief.</li></ol><p>Klikt het niet? Dan kunnen jullie het koppel allebei op "
                    "elk moment beëindigen. Je hoeft daar geen reden voor te geven. Daarna kun je een nieuwe buddy "
                    "aanvragen.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Mijn buddy vertelde dat ze bij haar eerste opname bijna vergat om de camera aan te zetten. "
                        "Toen durfde ik ook over mijn eigen zenuwen te praten."
                    ),
                    "source": "Een klantmanager",
                },
            ),
            (
                "text",
                (
                    "<h3>Check-ins</h3><p>Een check-in is een kort moment met je buddy, bijvoorbeeld een halfuur om de "
                    "twee of drie weken. Jullie spreken samen af hoe vaak, en of je elkaar op kantoor ziet of online. "
                    "In het platform leg je vast dat een check-in is geweest. Als je wilt, schrijf je er een paar "
                    "woorden bij over wat jullie bespraken.</p><p>Onderwerpen voor een check-in kunnen "
                    "zijn:</p><ul><li>Hoe gaat het met de leergang? Waar loop je tegenaan?</li><li>Hoe vraag je een "
                    "cliënt om toestemming? Je buddy vertelt hoe hij of zij dat aanpakt.</li><li>Samen vijf minuten "
                    "van een oefenopname bekijken.</li><li>Een aandachtspunt uit je reflectiegesprek: hoe ga je dat "
                    "uitproberen?</li><li>Iets wat goed ging deze week. Ook dat mag je vieren.</li></ul><p>Bereid je "
                    "eerste check-in kort voor. Schrijf op wat je wilt vragen, en wat je van je buddy hoopt te "
                    "krijgen. Vertel ook hoe je graag feedback krijgt: direct, of eerst wat voorzichtiger.</p><h3>Wat "
                    "deel je met je buddy?</h3><p>Jouw reflecties, aandachtspunten en doelen zijn standaard privé. Je "
                    "buddy ziet alleen wat jij zelf met hem of haar deelt. Dat doe je per onderdeel. Je kunt delen ook "
                    "altijd weer intrekken. Opnamen van gesprekken met cliënten laat je alleen zien als de cliënt "
                    "heeft toegestemd dat collega's de opname mogen bekijken.</p><p>Wat je buddy van jou hoort, blijft "
                    "tussen jullie twee. Dat geldt andersom ook. Je buddy vertelt niets door aan je leidinggevende of "
                    "aan het team.</p><h3>Later zelf buddy worden?</h3><p>Heb je zelf een paar cycli doorlopen? Dan "
                    "kun je ook buddy worden voor een nieuwe collega. Veel mensen vinden dat leuk. Je leert er zelf "
                    "ook weer van, omdat je je eigen ervaringen onder woorden brengt.</p>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": "Wat zou je graag van een buddy krijgen? En wat juist liever niet?",
                    "help_text": (
                        "Denk aan praktische hulp, een luisterend oor of een eerlijke blik van buiten. Je kunt dit in "
                        "je eerste check-in met je buddy bespreken."
                    ),
                },
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Wat wil je in het begin wel met je buddy delen, en wat houd je liever nog voor jezelf?"
                    ),
                    "help_text": "Er is geen goed antwoord. Je kunt later altijd meer delen, of iets weer intrekken.",
                },
            ),
            (
                "checklist",
                {
                    "title": "Klaar voor je buddy",
                    "items": [
                        "Ik weet dat mijn buddy niet mijn leidinggevende is.",
                        "Ik heb een buddy aangevraagd of een voorstel geaccepteerd.",
                        "We hebben afgesproken hoe vaak we een check-in houden.",
                        "Ik weet hoe ik iets met mijn buddy deel en hoe ik dat weer intrek.",
                        "Ik weet dat we het koppel allebei kunnen beëindigen.",
                    ],
                },
            ),
            (
                "next_step",
                {
                    "text": "Ga naar je buddy-pagina. Accepteer het voorstel, of plan je eerste check-in.",
                    "link_label": "Naar mijn buddy",
                    "target": "buddy",
                },
            ),
        ],
    },
    {
        "title": "Intervisie: samen leren met collega's",
        "slug": "intervisie",
        "kind": "intervisie",
        "duration_minutes": 30,
        "requires_previous": True,
        "learning_aims": [
            "Je weet wat intervisie is en hoe een bijeenkomst verloopt.",
            "Je kent vijf methoden en de rollen in een bijeenkomst.",
            "Je weet wat vertrouwelijkheid in de groep betekent.",
        ],
        "body": [
            (
                "text",
                (
                    "<h3>Wat is intervisie?</h3><p>Bij intervisie leer je samen met collega's van situaties uit je "
                    "eigen werk. Een intervisiegroep bestaat uit vier tot acht klantmanagers of werkregisseurs. Jullie "
                    "komen regelmatig bij elkaar, bijvoorbeeld eens in de zes weken. Er is geen leidinggevende of "
                    "trainer die vertelt hoe het moet. Jullie helpen elkaar door goede vragen te stellen, mee te "
                    "denken en ervaringen te delen.</p><p>Intervisie past goed naast de video-reflectiecyclus. In de "
                    "cyclus kijken analisten met je mee. In intervisie doen collega's dat. En als de leergang klaar "
                    "is, is intervisie een van de manieren om samen te blijven leren.</p><h3>Methoden</h3><p>Elke "
                    "bijeenkomst heeft een methode. Die geeft het gesprek structuur, zodat het niet blijft bij praten "
                    "over een cliënt. We gebruiken vijf methoden:</p><ul><li><strong>Incidentmethode.</strong> De "
                    "inbrenger vertelt kort over een lastige situatie. De anderen stellen eerst alleen vragen om de "
                    "situatie goed te begrijpen. Daarna vertelt ieder hoe hij of zij zou handelen. De inbrenger kiest "
                    "wat bruikbaar is.</li><li><strong>Balintmethode.</strong> De inbrenger vertelt over een cliënt of "
                    "een situatie die hem bezighoudt. Daarna luistert hij vooral. De groep deelt wat het verhaal bij "
                    "hen oproept: gevoelens, beelden, vermoedens. Zo ziet de inbrenger nieuwe kanten van de "
                    "situatie.</li><li><strong>Roddelmethode.</strong> De inbrenger legt een vraag voor en draait zich "
                    "daarna om. De groep praat over de vraag alsof de inbrenger er niet bij is. Dat geeft ruimte om "
                    "vrij en hardop te denken. Aan het eind vertelt de inbrenger wat hem "
                    "raakte.</li><li><strong>Socratisch gesprek.</strong> De groep kiest één vraag, bijvoorbeeld "
                    "“Wanneer heb je als klantmanager genoeg gedaan?”, en onderzoekt die aan de hand van één echt "
                    "voorbeeld. Het gaat om samen scherper denken, niet om gelijk "
                    "krijgen.</li><li><strong>Video-fragmentbespreking.</strong> De inbrenger laat een kort fragment "
                    "van een eigen gesprek zien, met een vraag erbij. De groep kijkt met het analysekader en de "
                    "Kijkwijzer. Dit kan alleen als de cliënt heeft toegestemd dat collega's de opname mogen "
                    "zien.</li></ul>"
                ),
            ),
            (
                "text",
                (
                    "<h3>Rollen</h3><p>In elke bijeenkomst zijn er vier rollen. Die wisselen per "
                    "keer.</p><ul><li><strong>Inbrenger</strong>: brengt een situatie of een fragment in. Deze rol "
                    "rouleert eerlijk. Het platform houdt bij wie al aan de beurt was, zodat iedereen evenveel kans "
                    "krijgt.</li><li><strong>Gespreksleider</strong>: bewaakt de stappen van de methode en zorgt dat "
                    "iedereen aan het woord komt.</li><li><strong>Notulist</strong>: schrijft kort op wat de inbrenger "
                    "meeneemt. Dus geen verslag van wie wat zei.</li><li><strong>Tijdbewaker</strong>: let op de tijd, "
                    "zodat er aan het eind ruimte is om af te ronden.</li></ul><h3>Data kiezen</h3><p>Iedereen in de "
                    "groep geeft in het platform aan wanneer hij of zij kan. Het platform laat zien op welke momenten "
                    "de meeste mensen beschikbaar zijn. Daaruit kiest de groep een datum. Je krijgt de uitnodiging als "
                    "agendabestand dat je zo in Outlook kunt zetten.</p><h3>Vertrouwelijkheid</h3><p>Wat in de groep "
                    "besproken wordt, blijft in de groep. Je praat er niet over met anderen, ook niet met "
                    "leidinggevenden. De notities van een bijeenkomst zijn alleen zichtbaar voor de groepsleden. Noem "
                    "cliënten alleen bij hun code, nooit bij hun naam. Heeft een cliënt geen toestemming gegeven voor "
                    "collega's? Dan vertel je alleen over de situatie, zonder beelden.</p><p>Maak in de eerste "
                    "bijeenkomst samen afspraken. Hoe gaan we met elkaar om? Wat doen we als iemand er niet kan zijn? "
                    "Hoe geven we elkaar feedback? Schrijf die afspraken op, zodat iedereen ze kan teruglezen.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "In de groep merkte ik dat collega's met precies dezelfde vragen zitten als ik. Dat luchtte "
                        "echt op."
                    ),
                    "source": "Een klantmanager",
                },
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Welke situatie uit je werk zou jij als eerste willen inbrengen? Welke methode past daar "
                        "volgens jou het best bij, en waarom?"
                    ),
                    "help_text": (
                        "Kies een situatie waar je echt iets van wilt leren, niet alleen een situatie die je wilt "
                        "afsluiten. Gebruik alleen de code van de cliënt."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Klaar voor intervisie",
                    "items": [
                        "Ik ken de vijf methoden.",
                        "Ik weet wat de inbrenger, gespreksleider, notulist en tijdbewaker doen.",
                        "Ik heb mijn beschikbaarheid ingevuld.",
                        "Ik weet dat wat in de groep gezegd wordt, vertrouwelijk is.",
                        "Ik laat alleen beelden zien als de cliënt daar toestemming voor gaf.",
                    ],
                },
            ),
            (
                "next_step",
                {
                    "text": "Bekijk je intervisiegroep en geef aan wanneer je kunt. Zo kan de groep een datum kiezen.",
                    "link_label": "Naar intervisie",
                    "target": "intervisie",
                },
            ),
        ],
    },
    {
        "title": "Je eerste video-reflectiecyclus",
        "slug": "je-eerste-video-reflectiecyclus",
        "kind": "video_cyclus",
        "duration_minutes": 45,
        "requires_previous": True,
        "learning_aims": [
            "Je kent de stappen van een video-reflectiecyclus.",
            "Je kunt een cliënt op een goede manier om toestemming vragen.",
            "Je weet hoe een reflectiegesprek verloopt en wat je eruit meeneemt.",
        ],
        "body": [
            (
                "text",
                (
                    "<h3>Een cyclus in acht stappen</h3><p>In deze module loop je stap voor stap door je eerste "
                    "video-reflectiecyclus. Je hoeft niet alles in één week te doen. Reken op een paar weken van "
                    "aanmelden tot afronden. Jij bepaalt het tempo.</p><h3>Stap 1. Aanmelden: je leervraag en je "
                    "twijfels</h3><p>Je begint met een korte aanmelding. Daarin schrijf je twee dingen "
                    "op:</p><ul><li><strong>Je leervraag</strong>: wat wil je leren of beter begrijpen? Bijvoorbeeld: "
                    "“Hoe zorg ik ervoor dat de cliënt meer zelf vertelt?”</li><li><strong>Je twijfels</strong>: waar "
                    "ben je onzeker over, in dit gesprek of bij deze cliënt? Bijvoorbeeld: “Ik weet niet of ik te veel "
                    "druk zet.”</li></ul><p>Je leervraag mag in het begin nog wat vaag zijn. Dat is heel normaal. Na "
                    "de cyclus weet je meestal veel beter wat je precies wilt leren. Kies een gesprek dat je toch al "
                    "gaat voeren. Het hoeft geen moeilijk gesprek te zijn.</p><h3>Stap 2. Toestemming "
                    "vragen</h3><p>Vraag de cliënt vóór het gesprek om toestemming, het liefst een paar dagen van "
                    "tevoren. Gebruik daarvoor de <strong>folder voor cliënten</strong> en het "
                    "<strong>toestemmingsformulier</strong>. Je kunt ze allebei in het platform downloaden en printen. "
                    "Leg in je eigen woorden uit:</p><ul><li>dat de opname alleen bedoeld is om van te leren, voor jou "
                    "als klantmanager;</li><li>wie de opname mag zien. Dat kruist de cliënt zelf aan: jij, de "
                    "analisten, en eventueel collega's of trainingsgroepen;</li><li>dat een analist de cliënt "
                    "misschien wil spreken over hoe het gesprek was, maar alleen als de cliënt dat goed "
                    "vindt;</li><li>dat nee zeggen mag, en dat dit geen enkel gevolg heeft voor de "
                    "uitkering;</li><li>dat de cliënt de toestemming later altijd kan intrekken.</li></ul><p>Geef de "
                    "cliënt de tijd om erover na te denken. Zegt de cliënt nee? Bedank hem of haar, en vraag een "
                    "andere cliënt. Er wordt niets gedeeld voordat je het ondertekende formulier in het platform hebt "
                    "vastgelegd.</p><h3>Stap 3. Het gesprek opnemen</h3><p>Je neemt het gesprek op in de spreekkamer "
                    "of tijdens beeldbellen. Bij beeldbellen gebruik je de opnameknop van Teams. De video komt dan "
                    "meteen in de beveiligde opslag van de organisatie. In de spreekkamer gebruik je de camera van de "
                    "afdeling. Zet de camera zo neer dat jij en de cliënt allebei in beeld zijn. Zet de opname daarna "
                    "in de beveiligde opslag en plak de link in het platform. De video zelf upload je niet.</p><p>Zeg "
                    "aan het begin van het gesprek nog even dat de opname loopt. Daarna voer je gewoon je gesprek. De "
                    "meeste mensen vergeten de camera na een paar minuten.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h3>Stap 4. Twee analisten kijken, los van elkaar</h3><p>Twee analisten bekijken de opname met "
                    "het analysekader uit module 3. Ze doen dat eerst ieder apart. Ze zien elkaars analyse pas als ze "
                    "allebei klaar zijn. Zo beïnvloeden ze elkaar niet, en krijg jij een eerlijker beeld.</p><h3>Stap "
                    "5. Vergelijken en samen tot een beeld komen</h3><p>Daarna leggen de analisten hun analyses naast "
                    "elkaar. Per onderdeel van het kader kijken ze of ze het eens zijn. Waar ze verschillen, praten ze "
                    "erover tot ze een gezamenlijk beeld hebben. Samen kiezen ze een paar fragmenten die ze met jou "
                    "willen bespreken, met de tijdstippen erbij.</p><h3>Stap 6. Het cliëntinterview (als de cliënt dat "
                    "wil)</h3><p>Heeft de cliënt daar toestemming voor gegeven? Dan spreekt een van de analisten de "
                    "cliënt. De analist vraagt hoe het gesprek voelde, soms aan de hand van een fragment. Een neutrale "
                    "buitenstaander hoort vaak dingen die een cliënt niet zo snel tegen de eigen klantmanager zegt. "
                    "Dit interview is niet verplicht. Ook zonder interview is de cyclus waardevol.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Het was de eerste keer dat iemand me vroeg hoe ik een gesprek met de gemeente vond. Dat "
                        "voelde goed."
                    ),
                    "source": "Een cliënt",
                },
            ),
            (
                "text",
                (
                    "<h3>Stap 7. Het reflectiegesprek</h3><p>Dan volgt het gesprek met jou en de analisten. Jullie "
                    "bekijken samen de gekozen fragmenten. Bij elk fragment komen vijf vragen terug:</p><ol><li>Wat "
                    "gebeurde er precies?</li><li>Wat was jouw bedoeling?</li><li>Welk effect had het op de "
                    "cliënt?</li><li>Was dat het effect dat je wilde?</li><li>Zo niet: wat zou je de volgende keer "
                    "anders kunnen doen?</li></ol><p>Het reflectiegesprek gaat niet alleen over handige tips. Het gaat "
                    "ook over hoe jij je rol als klantmanager wilt invullen, en over hoe je jezelf kunt zijn in een "
                    "gesprek. Je krijgt ook te horen wat goed ging. Dat is net zo belangrijk.</p><h3>Stap 8. "
                    "Aandachtspunten en een vervolg</h3><p>Aan het eind kies jij welke aandachtspunten je meeneemt. "
                    "Niemand anders bepaalt dat. Een aandachtspunt kun je in het platform omzetten in een leerdoel of "
                    "een actiedoel. Daarna is de cyclus afgerond.</p><p>Lukt het? Neem dan later een "
                    "<strong>vervolggesprek</strong> op met dezelfde cliënt. Vraag daarvoor opnieuw toestemming. Zo "
                    "zie je of je voornemens in de praktijk werken. Daarna kies je een ander soort gesprek, met een "
                    "nieuwe leervraag. Na een paar cycli ga je steeds meer zelf analyseren. Daarover gaat module "
                    "7.</p><h3>Andere vormen</h3><p>Niet elke cyclus hoeft alle stappen te hebben. Soms is er geen "
                    "cliëntinterview, omdat de cliënt dat niet wil. Soms bespreek je een fragment in je "
                    "intervisiegroep in plaats van met analisten. En soms voer je alleen een feedbackgesprek met de "
                    "cliënt. Al die vormen zijn waardevol. Ze vullen elkaar juist aan.</p>"
                ),
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Welke leervraag en welke twijfel zou je nu opschrijven voor je eerste cyclus? Bij welke "
                        "cliënt zou je het willen proberen, en waarom?"
                    ),
                    "help_text": (
                        "Gebruik alleen de code van de cliënt, nooit een naam. Kies liefst een gesprek met een "
                        "duidelijk doel, dan valt er meer te zien."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Mijn eerste cyclus",
                    "items": [
                        "Ik heb mijn leervraag en mijn twijfels opgeschreven.",
                        "Ik heb de folder en het toestemmingsformulier geprint.",
                        "De cliënt heeft het formulier ondertekend en ik heb het vastgelegd.",
                        "Ik heb het gesprek opgenomen en de link in het platform gezet.",
                        "Ik heb het reflectiegesprek gehad.",
                        "Ik heb mijn aandachtspunten gekozen.",
                        "Ik heb een vervolggesprek gepland, als dat kan.",
                    ],
                },
            ),
            (
                "next_step",
                {
                    "text": "Meld je eerste video-reflectiecyclus aan. Je begint met je leervraag en je twijfels.",
                    "link_label": "Start een cyclus",
                    "target": "video_cycle",
                },
            ),
        ],
    },
    {
        "title": "Zelfstandig verder",
        "slug": "zelfstandig-verder",
        "kind": "zelfstandig",
        "duration_minutes": 45,
        "requires_previous": True,
        "learning_aims": [
            "Je kunt een eigen gesprek analyseren met het Kijkwijzer-werkblad.",
            "Je kunt met de Samenleerwijzer een kort feedbackgesprek met een cliënt voeren.",
            "Je kunt leerdoelen en actiedoelen opstellen, evalueren en herijken.",
        ],
        "body": [
            (
                "text",
                (
                    "<h3>Van meekijken naar zelf kijken</h3><p>In je eerste cycli deden de analisten veel van het "
                    "werk. Nu ga je het steeds meer zelf doen. Dat is het doel van de leergang: dat je ook zonder hulp "
                    "van buiten blijft leren van je gesprekken. Je hebt daarvoor twee hulpmiddelen: het "
                    "Kijkwijzer-werkblad en de Samenleerwijzer.</p><h3>Zelf analyseren met het "
                    "Kijkwijzer-werkblad</h3><ol><li><strong>Kies een gesprek en een vraag.</strong> Wat wil je "
                    "onderzoeken? Bijvoorbeeld: “Geef ik de cliënt genoeg ruimte om zelf met ideeën te "
                    "komen?”</li><li><strong>Bekijk de opname in stukjes.</strong> Je hoeft niet alles te zien. Begin "
                    "bij het begin: hoe start het gesprek? Kijk daarna naar momenten die je je herinnert als "
                    "spannend.</li><li><strong>Noteer wat je ziet bij de vier aandachtsgebieden</strong>: emoties; "
                    "weerstand, afhaken, verstarring en stagnatie; feedback van de cliënt in het gesprek; resultaten. "
                    "Zet bij elke observatie het tijdstip.</li><li><strong>Loop de vier hoofdvragen langs</strong>: "
                    "echtheid, gezamenlijk doel, interventielogica en regie.</li><li><strong>Stel jezelf de vijf "
                    "vragen uit het reflectiegesprek</strong>: wat gebeurde er, wat was mijn bedoeling, wat was het "
                    "effect, wilde ik dat, en wat kan anders?</li><li><strong>Kies één of twee "
                    "aandachtspunten.</strong> Minder is meer.</li></ol><p>Twijfel je over je analyse? Bespreek een "
                    "fragment met je buddy of in je intervisiegroep, als de cliënt toestemming gaf voor collega's.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h3>Zelf feedback vragen met de Samenleerwijzer</h3><p>Cliënten zijn vaak voorzichtig met kritiek "
                    "op hun klantmanager. Dat is logisch: ze voelen zich afhankelijk van jou. Daarom helpt het als jij "
                    "zelf uitnodigt tot feedback, op een open manier, zonder oordeel. De Samenleerwijzer helpt je "
                    "daarbij. Het is een kort gesprek van tien tot vijftien minuten over jullie samenwerking, "
                    "bijvoorbeeld aan het eind van een gewone afspraak.</p><p>Vragen die je kunt "
                    "stellen:</p><ul><li>Wat helpt je in onze gesprekken?</li><li>Wat zou je liever anders "
                    "zien?</li><li>Is het voor jou duidelijk waarom ik bepaalde vragen stel?</li><li>Werken we volgens "
                    "jou aan hetzelfde doel?</li><li>Wat zou je willen dat ik vaker of juist minder "
                    "doe?</li></ul><p>Luister, vat samen wat je hoort en bedank de cliënt. Ga niet in discussie en "
                    "verdedig jezelf niet. Ook een klein beetje kritiek is een cadeau. Vertel in een volgend gesprek "
                    "wat je met de feedback hebt gedaan. Dan merkt de cliënt dat het zin had.</p><h3>Een vast "
                    "onderdeel van je werk</h3><p>Zelfstandig leren lukt alleen als je er tijd voor maakt. Anders "
                    "schiet het er in de drukte snel bij in. Een paar tips:</p><ul><li>Zet elke zes weken een uur in "
                    "je agenda voor een eigen analyse of een Samenleerwijzer-gesprek.</li><li>Koppel het aan iets wat "
                    "je al doet, zoals je intervisie of een check-in met je buddy.</li><li>Kijk in de leeragenda van "
                    "de organisatie welke thema's er spelen. Misschien past je doel daarbij.</li></ul>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Aan het eind van een afspraak vroeg ik wat de cliënt van onze samenwerking vond. Ze moest "
                        "even nadenken en zei toen iets wat ik nooit had verwacht. Sindsdien vraag ik het vaker."
                    ),
                    "source": "Een klantmanager",
                },
            ),
            (
                "text",
                (
                    "<h3>Leerdoelen en actiedoelen</h3><p>Je werkt met twee soorten doelen:</p><ul><li>Een "
                    "<strong>leerdoel</strong> zegt wat je wilt leren. Bijvoorbeeld: “Ik wil beter herkennen wanneer "
                    "een cliënt iets niet durft, in plaats van niet wil.”</li><li>Een <strong>actiedoel</strong> zegt "
                    "wat je gaat doen of uitproberen. Bijvoorbeeld: “In mijn volgende drie gesprekken maak ik aan het "
                    "begin samen met de cliënt een gespreksagenda.”</li></ul><p>Jij schrijft je doelen zelf. Niemand "
                    "legt je een doel op. Je kunt een doel koppelen aan waar het vandaan komt, zoals een aandachtspunt "
                    "uit een cyclus, een training of een gesprek met je teamcoach. Je kunt het ook koppelen aan een "
                    "thema uit de leeragenda, of aan een onderdeel van het analysekader.</p><h3>Evalueren en "
                    "herijken</h3><p>Ongeveer elke zes weken bekijk je je doel opnieuw. Je schrijft op wat je hebt "
                    "uitgeprobeerd en wat dat opleverde. Laat een latere opname zien hoe het ging? Dan kun je die "
                    "cyclus erbij noemen. Daarna kies je wat je met het doel "
                    "doet:</p><ul><li><strong>voortzetten</strong>: je bent op de goede "
                    "weg;</li><li><strong>bijstellen</strong>: je herijkt het doel. Er komt een nieuwe versie, en de "
                    "oude blijft bewaard;</li><li><strong>behaald</strong>: je hebt bereikt wat je "
                    "wilde;</li><li><strong>gestopt</strong>: het doel past niet meer bij je.</li></ul><p>Een doel "
                    "bijstellen is geen mislukking. Het betekent dat je meer weet dan toen je begon.</p>"
                ),
            ),
            (
                "case_exercise",
                {
                    "title": "Casus: zelf kijken naar je eigen fragment",
                    "situation": (
                        "Je bekijkt met het Kijkwijzer-werkblad een fragment uit je eigen gesprek met cliënt C-33. Hij "
                        "is een jaar geleden zijn baan in de horeca kwijtgeraakt. Vorige keer spraken jullie af om "
                        "naar een opleiding te kijken."
                    ),
                    "excerpt": (
                        "Klantmanager: Zullen we eerst kijken wat we vandaag willen bespreken? Ik had zelf de "
                        "opleiding op mijn lijstje staan.\n"
                        "Cliënt: Prima.\n"
                        "Klantmanager: Je had de informatie bekeken. Wat vond je ervan?\n"
                        "Cliënt: Ziet er goed uit. Maar ik ben zesenveertig. Dan moet ik weer in de schoolbanken... "
                        "(stilte) Mijn vrouw zegt dat ik het moet doen.\n"
                        "Klantmanager: Ach, zesenveertig is echt niet te oud, hoor. De opleiding begint in september. "
                        "Zal ik je alvast aanmelden?\n"
                        "Cliënt: Ja, doe maar."
                    ),
                    "task": (
                        "Loop de vier aandachtsgebieden van de Kijkwijzer langs. Welke emotie zie je, en wat doet de "
                        "klantmanager ermee? Zie je tekenen van weerstand of afhaken? Welke feedback geeft de cliënt "
                        "in het gesprek zelf? Wat is het resultaat van dit fragment? Kijk ook naar regie en "
                        "interventielogica. Maak daarna van je belangrijkste aandachtspunt één leerdoel en één "
                        "actiedoel."
                    ),
                },
            ),
            (
                "reflection_question",
                {
                    "question": (
                        "Welk aandachtspunt uit je eerdere cycli wil je de komende zes weken blijven oefenen? Hoe maak "
                        "je daar een concreet actiedoel van?"
                    ),
                    "help_text": (
                        "Een goed actiedoel zegt wat je gaat doen, wanneer, en hoe je merkt dat het lukt. "
                        "Bijvoorbeeld: “Bij mijn volgende vijf gesprekken vraag ik aan het eind wat de cliënt van het "
                        "gesprek vond.”"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Zelfstandig verder",
                    "items": [
                        "Ik heb zelf een gesprek geanalyseerd met het Kijkwijzer-werkblad.",
                        "Ik heb een Samenleerwijzer-gesprek gevoerd met een cliënt.",
                        "Ik heb een leerdoel opgeschreven.",
                        "Ik heb een actiedoel opgeschreven.",
                        "Ik heb een datum gepland om mijn doelen te evalueren.",
                        "Ik heb een vast moment in mijn agenda om te leren van mijn gesprekken.",
                    ],
                },
            ),
            (
                "next_step",
                {
                    "text": "Schrijf je eerste leerdoel en actiedoel op, en kies wanneer je ze gaat evalueren.",
                    "link_label": "Naar mijn doelen",
                    "target": "goals",
                },
            ),
        ],
    },
]
