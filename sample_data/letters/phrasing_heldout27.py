"""Phrasing bank «heldout27»: easy-read (lettlest) KVP decisions from an Akershus office.

Written for round 19 (issue #19) by an author independent of the rule: written without opening
audit/grounds/, docs/grounds.md, benchmarks/, the grounds tests, the committed sample letters or any other
phrasing bank, and without running ``grounds`` on anything.

Register: an office in Akershus (Lillestrøm, Lørenskog, Bærum, Asker, Ullensaker, Nordre Follo …) that writes its
decisions on kvalifiseringsprogram in easy-read Norwegian for users with little Norwegian or with reading
difficulties: short sentences, everyday words instead of legal terms («Du har vært syk lenge», «Du får ikke penger
fra andre steder», «Vi tror dette er det beste for deg»), one thought per line, the law mentioned rarely and in
plain words («Loven sier at …»), the second person throughout, some bullet points («•»). Bokmål and nynorsk 9 to 1.
The office's own frame, in the same easy-read style, holds no fact about the person.

Kinds and labels, per criterion and language: 12 ``grounds`` (label ja: at least one fact about this person for
this criterion), 7 ``named`` (nei: names the criterion or says it is met — «Vi har sjekket alderen din. Den er
ok.» — or points to papers without saying what they show), 6 ``quoted`` (nei: the law or general practice in
plain words), 4 ``negated`` (nei: not looked at, not documented, later, or a template field left empty). No
phrasing holds a fact of another criterion.
"""

BANK = "heldout27"
LANG_WEIGHTS = (0.9, 0.1)

FILLERS = {
    # the office overrides the generator's {office}: Akershus offices
    "office": ["Lillestrøm", "Lørenskog", "Bærum", "Asker", "Ullensaker", "Nordre Follo", "Rælingen", "Eidsvoll"],
    "health_nb": ["vondt i ryggen", "angst", "depresjon", "vondt i kroppen hver dag", "problemer med å sove",
                  "en skade i kneet", "sukkersyke (diabetes)"],
    "health_nn": ["vondt i ryggen", "angst", "depresjon", "vondt i kroppen kvar dag", "problem med å sove",
                  "ein skade i kneet", "sukkersjuke (diabetes)"],
    "job_nb": ["på et lager", "i en butikk", "som renholder", "på en restaurant", "i en barnehage", "som sjåfør"],
    "job_nn": ["på eit lager", "i ein butikk", "som reinhaldar", "på ein restaurant", "i ein barnehage", "som sjåfør"],
    "place_nb": ["en matbutikk", "et lager på Kjeller", "en kantine", "et bruktmarked", "en gartneri-bedrift",
                 "et vaskeri"],
    "place_nn": ["ein matbutikk", "eit lager på Kjeller", "ein kantine", "ein bruktmarknad", "eit gartneri",
                 "eit vaskeri"],
    "course_nb": ["norskkurs", "datakurs", "kurs i å søke jobb", "truckførerkurs", "kurs i renhold"],
    "course_nn": ["norskkurs", "datakurs", "kurs i å søkje jobb", "truckførarkurs", "kurs i reinhald"],
    "measure_nb": ["arbeidstrening", "et jobbkurs", "et arbeidsmarkedskurs", "et kurs hos Jobbsjansen",
                   "avklaring"],
    "measure_nn": ["arbeidstrening", "eit jobbkurs", "eit arbeidsmarknadskurs", "eit kurs hos Jobbsjansen",
                   "avklaring"],
    "benefit_nb": ["dagpenger", "arbeidsavklaringspenger"],
    "benefit_nn": ["dagpengar", "arbeidsavklaringspengar"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du er {age} år.",
                "Du er født i {birth_year}. Det betyr at du kan være med i programmet.",
                "Vi har sjekket alderen din. Du er {age} år gammel. Det er ok.",
                "Du er {age} år. Du er ikke for ung og ikke for gammel.",
                "Alder:\n• Du er født i {birth_year}.\n• Du er mellom 18 og 67 år.",
                "Du er {age} år gammel. Du kan jobbe i mange år til.",
                "Du ble født i {birth_year}. Nå er du {age} år.",
                "Alderen din er {age} år. Den passer for programmet.",
                "Du er {age} år. Loven sier at du må være i arbeidsfør alder. Det er du.",
                "Du er født i {birth_year}. Du er voksen og under 67 år.",
                "Dette vet vi om alderen din:\n• Du er {age} år.",
                "Vi ser at du er {age} år. Da kan du få programmet.",
            ],
            "nn": [
                "Du er {age} år.",
                "Du er fødd i {birth_year}. Det betyr at du kan vere med i programmet.",
                "Vi har sjekka alderen din. Du er {age} år gammal. Det er i orden.",
                "Du er {age} år. Du er ikkje for ung og ikkje for gammal.",
                "Alder:\n• Du er fødd i {birth_year}.\n• Du er mellom 18 og 67 år.",
                "Du er {age} år gammal. Du kan jobbe i mange år til.",
                "Du vart fødd i {birth_year}. No er du {age} år.",
                "Alderen din er {age} år. Det passar for programmet.",
                "Du er {age} år. Lova seier at du må vere i arbeidsfør alder. Det er du.",
                "Du er fødd i {birth_year}. Du er vaksen og under 67 år.",
                "Dette veit vi om alderen din:\n• Du er {age} år.",
                "Vi ser at du er {age} år. Då kan du få programmet.",
            ],
        },
        "named": {
            "nb": [
                "Vi har sjekket alderen din. Den er ok.",
                "Alderen din er i orden.",
                "Du er i riktig alder for programmet.",
                "Alder: ok.",
                "Vi har sett på alderen din. Du oppfyller dette kravet.",
                "Du er i yrkesaktiv alder.",
                "Alderen din står i søknaden. Den er sjekket.",
            ],
            "nn": [
                "Vi har sjekka alderen din. Det er i orden.",
                "Alderen din er i orden.",
                "Du er i rett alder for programmet.",
                "Alder: i orden.",
                "Vi har sett på alderen din. Du oppfyller dette kravet.",
                "Du er i yrkesaktiv alder.",
                "Alderen din står i søknaden. Han er sjekka.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at du må være i yrkesaktiv alder.",
                "Loven sier at du må være mellom 18 og 67 år for å få programmet.",
                "Programmet er for voksne som kan jobbe. Det betyr at de er i yrkesaktiv alder.",
                "Det finnes en regel om alder:\n• Du må være i yrkesaktiv alder.\n• Det betyr mellom 18 og 67 år.",
                "Du kan få programmet hvis du er i den alderen der folk vanligvis jobber. Det står i loven.",
                "Reglene sier at programmet er for personer i yrkesaktiv alder (sosialtjenesteloven § 29).",
            ],
            "nn": [
                "Lova seier at du må vere i yrkesaktiv alder.",
                "Lova seier at du må vere mellom 18 og 67 år for å få programmet.",
                "Programmet er for vaksne som kan jobbe. Det betyr at dei er i yrkesaktiv alder.",
                "Det finst ein regel om alder:\n• Du må vere i yrkesaktiv alder.\n• Det betyr mellom 18 og 67 år.",
                "Du kan få programmet viss du er i den alderen der folk vanlegvis jobbar. Det står i lova.",
                "Reglane seier at programmet er for personar i yrkesaktiv alder (sosialtenestelova § 29).",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke sett på alderen din ennå.",
                "Alderen din er ikke sjekket. Vi gjør det senere.",
                "Alder: [skriv her]",
                "Vi har ikke fått papirer som viser alderen din.",
            ],
            "nn": [
                "Vi har ikkje sett på alderen din enno.",
                "Alderen din er ikkje sjekka. Vi gjer det seinare.",
                "Alder: [skriv her]",
                "Vi har ikkje fått papir som viser alderen din.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Du har vært syk lenge. Du har {health_nb}.",
                "Du har {health_nb}. Derfor klarer du ikke å jobbe fullt nå.",
                "Du har ikke jobbet siden {year}. Før det jobbet du {job_nb}.",
                "Du har bare gått på skole i {years} år. Du har ikke fagbrev.",
                "Du snakker litt norsk. Du leser og skriver lite norsk. Det gjør det vanskelig å få jobb.",
                "Dette vet vi om deg og arbeid:\n• Du har {health_nb}.\n• Du har ikke hatt jobb på mange år.",
                "Du jobbet {job_nb} i {years} år. Du måtte slutte fordi du fikk {health_nb}.",
                "Legen din skriver at du har {health_nb}. Du kan ikke jobbe mye nå.",
                "Du har ikke utdanning fra Norge. Du har aldri hatt fast jobb her.",
                "Vi har gjort en arbeidsevnevurdering. Den viser at du har {health_nb} og lite arbeidserfaring.",
                "Du kom til Norge i {year}. Du har lite skole og du snakker lite norsk.",
                "Du har hatt {health_nb} i mange år. Du har prøvd å jobbe, men det gikk ikke.",
            ],
            "nn": [
                "Du har vore sjuk lenge. Du har {health_nn}.",
                "Du har {health_nn}. Difor klarer du ikkje å jobbe fullt no.",
                "Du har ikkje jobba sidan {year}. Før det jobba du {job_nn}.",
                "Du har berre gått på skule i {years} år. Du har ikkje fagbrev.",
                "Du snakkar litt norsk. Du les og skriv lite norsk. Det gjer det vanskeleg å få jobb.",
                "Dette veit vi om deg og arbeid:\n• Du har {health_nn}.\n• Du har ikkje hatt jobb på mange år.",
                "Du jobba {job_nn} i {years} år. Du måtte slutte fordi du fekk {health_nn}.",
                "Legen din skriv at du har {health_nn}. Du kan ikkje jobbe mykje no.",
                "Du har ikkje utdanning frå Noreg. Du har aldri hatt fast jobb her.",
                "Vi har gjort ei arbeidsevnevurdering. Ho viser at du har {health_nn} og lite arbeidserfaring.",
                "Du kom til Noreg i {year}. Du har lite skule og du snakkar lite norsk.",
                "Du har hatt {health_nn} i mange år. Du har prøvd å jobbe, men det gjekk ikkje.",
            ],
        },
        "named": {
            "nb": [
                "Vi har sett på helsen din og på det du kan. Du oppfyller kravet.",
                "Du har vesentlig nedsatt arbeidsevne. Det betyr at det er vanskelig for deg å jobbe.",
                "Vi har lest papirene fra legen din.",
                "Arbeidsevnen din er vurdert. Vilkåret er oppfylt.",
                "Vi har gjort en arbeidsevnevurdering. Den ligger i saken din.",
                "Evnen din til å jobbe er nedsatt. Det har vi sjekket.",
                "Arbeid og helse: ok.",
            ],
            "nn": [
                "Vi har sett på helsa di og på det du kan. Du oppfyller kravet.",
                "Du har vesentleg nedsett arbeidsevne. Det betyr at det er vanskeleg for deg å jobbe.",
                "Vi har lese papira frå legen din.",
                "Arbeidsevna di er vurdert. Vilkåret er oppfylt.",
                "Vi har gjort ei arbeidsevnevurdering. Ho ligg i saka di.",
                "Evna di til å jobbe er nedsett. Det har vi sjekka.",
                "Arbeid og helse: i orden.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at du må ha vesentlig nedsatt arbeidsevne og inntektsevne.",
                "Programmet er for folk som har det vanskelig med å få jobb. Det kan være på grunn av helse, lite skole "
                "eller andre ting.",
                "Reglene sier at evnen til å jobbe må være mye lavere enn vanlig.",
                "Det er et krav om arbeidsevne:\n• Det må være vanskelig for deg å jobbe.\n• Det må vises i en "
                "arbeidsevnevurdering.",
                "NAV må gjøre en arbeidsevnevurdering før du kan få programmet. Det står i loven.",
                "Loven sier at du må ha «vesentlig nedsatt arbeids- og inntektsevne». Det betyr at du har store "
                "problemer med å få eller beholde en jobb.",
            ],
            "nn": [
                "Lova seier at du må ha vesentleg nedsett arbeidsevne og inntektsevne.",
                "Programmet er for folk som har det vanskeleg med å få jobb. Det kan vere på grunn av helse, lite "
                "skule eller andre ting.",
                "Reglane seier at evna til å jobbe må vere mykje lågare enn vanleg.",
                "Det er eit krav om arbeidsevne:\n• Det må vere vanskeleg for deg å jobbe.\n• Det må visast i ei "
                "arbeidsevnevurdering.",
                "NAV må gjere ei arbeidsevnevurdering før du kan få programmet. Det står i lova.",
                "Lova seier at du må ha «vesentleg nedsett arbeids- og inntektsevne». Det betyr at du har store "
                "problem med å få eller halde på ein jobb.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke gjort en arbeidsevnevurdering ennå. Vi gjør den senere.",
                "Vi har ikke fått papirer fra legen din. Derfor har vi ikke sett på helsen din.",
                "Arbeidsevne: [fyll inn]",
                "Vi har ikke sett på om du kan jobbe ennå.",
            ],
            "nn": [
                "Vi har ikkje gjort ei arbeidsevnevurdering enno. Vi gjer ho seinare.",
                "Vi har ikkje fått papir frå legen din. Difor har vi ikkje sett på helsa di.",
                "Arbeidsevne: [fyll inn]",
                "Vi har ikkje sett på om du kan jobbe enno.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Du får ikke penger fra andre steder.",
                "Du har ingen lønn. Du har ikke sparepenger.",
                "Du får sosialhjelp nå. Du får {amount} i måneden.",
                "Retten din til {benefit_nb} er brukt opp. Nå har du ingen penger å leve av.",
                "NAV har sagt nei til {benefit_nb} for deg. Du har ingen annen inntekt.",
                "Penger:\n• Du har ikke lønn.\n• Du får ikke trygd.\n• Du har lite penger i banken.",
                "Du får bare økonomisk sosialhjelp. Det er ikke nok å leve av over tid.",
                "Du fikk {benefit_nb} til {month} {year}. Etter det har du ikke fått penger fra NAV.",
                "Du har ikke rett til {benefit_nb}. Du har ikke penger fra jobb heller.",
                "Vi har sjekket økonomien din. Du har {amount} i banken og ingen inntekt.",
                "Du lever av sosialhjelp. Du har ikke noe annet.",
                "Du har ikke penger å leve av. Du har ikke hatt inntekt siden {year}.",
            ],
            "nn": [
                "Du får ikkje pengar frå andre stader.",
                "Du har inga lønn. Du har ikkje sparepengar.",
                "Du får sosialhjelp no. Du får {amount} i månaden.",
                "Retten din til {benefit_nn} er brukt opp. No har du ingen pengar å leve av.",
                "NAV har sagt nei til {benefit_nn} for deg. Du har inga anna inntekt.",
                "Pengar:\n• Du har ikkje lønn.\n• Du får ikkje trygd.\n• Du har lite pengar i banken.",
                "Du får berre økonomisk sosialhjelp. Det er ikkje nok å leve av over tid.",
                "Du fekk {benefit_nn} til {month} {year}. Etter det har du ikkje fått pengar frå NAV.",
                "Du har ikkje rett til {benefit_nn}. Du har ikkje pengar frå jobb heller.",
                "Vi har sjekka økonomien din. Du har {amount} i banken og inga inntekt.",
                "Du lever av sosialhjelp. Du har ikkje noko anna.",
                "Du har ikkje pengar å leve av. Du har ikkje hatt inntekt sidan {year}.",
            ],
        },
        "named": {
            "nb": [
                "Vi har sjekket pengene dine. Det er ok.",
                "Vi har sett på økonomien din. Du oppfyller kravet.",
                "Du har ingen eller svært små ytelser til livsopphold.",
                "Økonomi: ok.",
                "Vi har sett på kontoutskriftene du sendte oss.",
                "Kravet om penger og inntekt er oppfylt.",
                "Vi har fått opplysninger om økonomien din. Vi har sjekket dem.",
            ],
            "nn": [
                "Vi har sjekka pengane dine. Det er i orden.",
                "Vi har sett på økonomien din. Du oppfyller kravet.",
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Økonomi: i orden.",
                "Vi har sett på kontoutskriftene du sende oss.",
                "Kravet om pengar og inntekt er oppfylt.",
                "Vi har fått opplysningar om økonomien din. Vi har sjekka dei.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at du ikke kan ha andre penger å leve av, eller bare veldig lite.",
                "Hvis du har rett til andre penger fra NAV, for eksempel {benefit_nb}, skal du bruke dem først. Det sier "
                "reglene.",
                "Programmet er for folk som ikke får trygd eller lønn. Det står i loven.",
                "Regelen om penger:\n• Du skal ikke ha lønn eller trygd å leve av.\n• Eller du skal ha svært lite.",
                "NAV skal sjekke om du har rett til andre penger før du får programmet. Det sier rundskrivet.",
                "Loven sier «ingen eller svært begrensede ytelser til livsopphold». Det betyr lite eller ingen penger "
                "fra trygd og jobb.",
            ],
            "nn": [
                "Lova seier at du ikkje kan ha andre pengar å leve av, eller berre veldig lite.",
                "Viss du har rett til andre pengar frå NAV, til dømes {benefit_nn}, skal du bruke dei først. Det seier "
                "reglane.",
                "Programmet er for folk som ikkje får trygd eller lønn. Det står i lova.",
                "Regelen om pengar:\n• Du skal ikkje ha lønn eller trygd å leve av.\n• Eller du skal ha svært lite.",
                "NAV skal sjekke om du har rett til andre pengar før du får programmet. Det seier rundskrivet.",
                "Lova seier «ingen eller svært avgrensa ytingar til livsopphald». Det betyr lite eller ingen pengar "
                "frå trygd og jobb.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke sjekket økonomien din ennå.",
                "Vi venter på kontoutskrift fra deg. Vi ser på pengene dine når vi får den.",
                "Inntekt og trygd: [skriv inn]",
                "Vi har ikke sett på om du har andre penger. Vi gjør det senere.",
            ],
            "nn": [
                "Vi har ikkje sjekka økonomien din enno.",
                "Vi ventar på kontoutskrift frå deg. Vi ser på pengane dine etter det.",
                "Inntekt og trygd: [skriv inn]",
                "Vi har ikkje sett på om du har andre pengar. Vi gjer det seinare.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Du har prøvd {measure_nb} før. Det hjalp ikke nok.",
                "Du var på {measure_nb} i {months} måneder. Du fikk ikke jobb etterpå.",
                "NAV har vurdert at du trenger spesielt tilpasset innsats. Det betyr at du trenger mye hjelp og tett "
                "oppfølging.",
                "Du har prøvd mange ting før:\n• {measure_nb}\n• kurs hos NAV\nDet ga deg ikke jobb. Derfor tror vi "
                "dette er det beste for deg.",
                "Et vanlig kurs er ikke nok for deg. Du prøvde {measure_nb} i {year}, og det stoppet etter kort tid.",
                "Du trenger spesielt tilpasset innsats. Andre tiltak fra NAV har ikke hjulpet deg.",
                "Du har fått hjelp fra NAV i {years} år. Det har ikke ført til jobb. Nå trenger du noe mer.",
                "Du sluttet på {measure_nb} etter {months} måneder. Vi tror programmet passer bedre fordi du får "
                "hjelp hver dag.",
                "Du har ikke prøvd andre tiltak før. Men behovet ditt er vurdert som spesielt tilpasset innsats. Da "
                "er programmet riktig.",
                "Vi har prøvd {measure_nb} med deg. Det var for lite. I programmet får du mer hjelp og mer tid.",
                "Du har vært registrert hos NAV siden {year}. Du har hatt {measure_nb}, men ikke fått jobb.",
                "Du trenger mer hjelp enn andre tiltak kan gi. Det så vi da du var på {measure_nb}.",
            ],
            "nn": [
                "Du har prøvd {measure_nn} før. Det hjelpte ikkje nok.",
                "Du var på {measure_nn} i {months} månader. Du fekk ikkje jobb etterpå.",
                "NAV har vurdert at du treng spesielt tilpassa innsats. Det betyr at du treng mykje hjelp og tett "
                "oppfølging.",
                "Du har prøvd mange ting før:\n• {measure_nn}\n• kurs hos NAV\nDet gav deg ikkje jobb. Difor trur vi "
                "dette er det beste for deg.",
                "Eit vanleg kurs er ikkje nok for deg. Du prøvde {measure_nn} i {year}, og det stoppa etter kort tid.",
                "Du treng spesielt tilpassa innsats. Andre tiltak frå NAV har ikkje hjelpt deg.",
                "Du har fått hjelp frå NAV i {years} år. Det har ikkje ført til jobb. No treng du noko meir.",
                "Du slutta på {measure_nn} etter {months} månader. Vi trur programmet passar betre fordi du får "
                "hjelp kvar dag.",
                "Du har ikkje prøvd andre tiltak før. Men behovet ditt er vurdert som spesielt tilpassa innsats. Då "
                "er programmet rett.",
                "Vi har prøvd {measure_nn} med deg. Det var for lite. I programmet får du meir hjelp og meir tid.",
                "Du har vore registrert hos NAV sidan {year}. Du har hatt {measure_nn}, men ikkje fått jobb.",
                "Du treng meir hjelp enn andre tiltak kan gi. Det såg vi då du var på {measure_nn}.",
            ],
        },
        "named": {
            "nb": [
                "Vi tror dette er det beste for deg.",
                "Programmet er nødvendig og riktig for deg.",
                "Vi mener at du trenger programmet.",
                "Programmet er nødvendig og hensiktsmessig. Vilkåret er oppfylt.",
                "Behov for programmet: ja.",
                "Vi har vurdert om du trenger programmet. Svaret er ja.",
                "Vi har sett på hva du trenger. Se vedlegget.",
            ],
            "nn": [
                "Vi trur dette er det beste for deg.",
                "Programmet er naudsynt og rett for deg.",
                "Vi meiner at du treng programmet.",
                "Programmet er naudsynt og føremålstenleg. Vilkåret er oppfylt.",
                "Behov for programmet: ja.",
                "Vi har vurdert om du treng programmet. Svaret er ja.",
                "Vi har sett på kva du treng. Sjå vedlegget.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at programmet må være nødvendig og passe for den som søker.",
                "Programmet er for folk som trenger mer hjelp enn vanlige tiltak kan gi.",
                "Reglene sier at NAV først skal se om andre tiltak er nok. Hvis ikke, kan man få programmet.",
                "To ting må være på plass:\n• Programmet må være nødvendig.\n• Programmet må være til hjelp for å "
                "komme i jobb.",
                "Loven sier at programmet skal være «nødvendig og hensiktsmessig».",
                "Vanligvis får man programmet når man trenger spesielt tilpasset innsats. Det står i rundskrivet.",
            ],
            "nn": [
                "Lova seier at programmet må vere naudsynt og passe for den som søkjer.",
                "Programmet er for folk som treng meir hjelp enn vanlege tiltak kan gi.",
                "Reglane seier at NAV først skal sjå om andre tiltak er nok. Viss ikkje, kan ein få programmet.",
                "To ting må vere på plass:\n• Programmet må vere naudsynt.\n• Programmet må vere til hjelp for å "
                "kome i jobb.",
                "Lova seier at programmet skal vere «naudsynt og føremålstenleg».",
                "Vanlegvis får ein programmet når ein treng spesielt tilpassa innsats. Det står i rundskrivet.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke vurdert om programmet er nødvendig for deg ennå.",
                "Vi ser på om du trenger programmet i neste møte.",
                "Hvorfor programmet: [skriv her]",
                "Vi har ikke sett på andre tiltak for deg. Det gjør vi senere.",
            ],
            "nn": [
                "Vi har ikkje vurdert om programmet er naudsynt for deg enno.",
                "Vi ser på om du treng programmet i neste møte.",
                "Kvifor programmet: [skriv her]",
                "Vi har ikkje sett på andre tiltak for deg. Det gjer vi seinare.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Slik blir uka di:\n• Arbeidstrening på {place_nb}, tre dager i uka.\n• Kurs: {course_nb}, to dager i "
                "uka.\n• Et møte med veilederen din hver uke.",
                "Du skal ha arbeidstrening på {place_nb}. Du skal være der {hours} timer i uka.",
                "Du skal gå på {course_nb}. Etter det skal du ha praksis på {place_nb}.",
                "Programmet er {hours} timer i uka. Du skal på {course_nb} og i arbeidstrening.",
                "Dette skal du gjøre:\n• Gå på {course_nb}.\n• Trene på å søke jobb.\n• Møte veilederen din hver "
                "fredag.",
                "De første {months} månedene skal du gå på {course_nb}. Så skal du jobbe på {place_nb}.",
                "Du og veilederen din har laget en plan. Du skal starte med {course_nb}.",
                "I programmet skal du jobbe på {place_nb}. Du får en fast person der som hjelper deg.",
                "Du skal være på {place_nb} mandag til onsdag. Torsdag og fredag har du {course_nb}.",
                "Planen din har tre deler: {course_nb}, arbeidstrening og hjelp til å skrive en CV.",
                "Du skal ha praksis på {place_nb} i {months} måneder. Du skal også få hjelp til å lage en CV.",
                "Programmet ditt er på full tid, {hours} timer i uka. Det meste av tiden er du på {place_nb}.",
            ],
            "nn": [
                "Slik blir veka di:\n• Arbeidstrening på {place_nn}, tre dagar i veka.\n• Kurs: {course_nn}, to dagar i "
                "veka.\n• Eit møte med rettleiaren din kvar veke.",
                "Du skal ha arbeidstrening på {place_nn}. Du skal vere der {hours} timar i veka.",
                "Du skal gå på {course_nn}. Etter det skal du ha praksis på {place_nn}.",
                "Programmet er {hours} timar i veka. Du skal på {course_nn} og i arbeidstrening.",
                "Dette skal du gjere:\n• Gå på {course_nn}.\n• Trene på å søkje jobb.\n• Møte rettleiaren din kvar "
                "fredag.",
                "Dei første {months} månadene skal du gå på {course_nn}. Så skal du jobbe på {place_nn}.",
                "Du og rettleiaren din har laga ein plan. Du skal starte med {course_nn}.",
                "I programmet skal du jobbe på {place_nn}. Du får ein fast person der som hjelper deg.",
                "Du skal vere på {place_nn} måndag til onsdag. Torsdag og fredag har du {course_nn}.",
                "Planen din har tre delar: {course_nn}, arbeidstrening og hjelp til å skrive ein CV.",
                "Du skal ha praksis på {place_nn} i {months} månader. Du skal også få hjelp til å lage ein CV.",
                "Programmet ditt er på full tid, {hours} timar i veka. Det meste av tida er du på {place_nn}.",
            ],
        },
        "named": {
            "nb": [
                "Vi har laget en plan sammen med deg.",
                "Vi kan gi deg et program som passer for deg.",
                "Planen din ligger i vedlegget.",
                "Programmet er tilpasset deg. Vilkåret er oppfylt.",
                "Program: ok.",
                "Du og veilederen din har snakket om hva du skal gjøre. Det står i planen.",
                "Vi har et program til deg. Det er laget for deg.",
            ],
            "nn": [
                "Vi har laga ein plan saman med deg.",
                "Vi kan gi deg eit program som passar for deg.",
                "Planen din ligg i vedlegget.",
                "Programmet er tilpassa deg. Vilkåret er oppfylt.",
                "Program: i orden.",
                "Du og rettleiaren din har snakka om kva du skal gjere. Det står i planen.",
                "Vi har eit program til deg. Det er laga for deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at programmet skal være på full tid.",
                "Et program kan ha arbeidstrening, kurs og annen hjelp for å komme i jobb.",
                "Reglene sier at NAV skal lage en plan for programmet sammen med deg.",
                "Dette kan være med i et program:\n• Arbeid og arbeidstrening.\n• Kurs.\n• Hjelp til å søke jobb.",
                "Kommunen må kunne gi et program som passer. Det står i loven.",
                "Programmet skal vanligvis være hele året. Man har ferie som i en vanlig jobb.",
            ],
            "nn": [
                "Lova seier at programmet skal vere på full tid.",
                "Eit program kan ha arbeidstrening, kurs og anna hjelp for å kome i jobb.",
                "Reglane seier at NAV skal lage ein plan for programmet saman med deg.",
                "Dette kan vere med i eit program:\n• Arbeid og arbeidstrening.\n• Kurs.\n• Hjelp til å søkje jobb.",
                "Kommunen må kunne gi eit program som passar. Det står i lova.",
                "Programmet skal vanlegvis vere heile året. Ein har ferie som i ein vanleg jobb.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke laget planen din ennå. Vi gjør det sammen med deg senere.",
                "Hva du skal gjøre i programmet: [fyll inn]",
                "Vi vet ikke ennå hva programmet ditt skal inneholde.",
                "Planen er ikke klar. Vi sender den til deg senere.",
            ],
            "nn": [
                "Vi har ikkje laga planen din enno. Vi gjer det saman med deg seinare.",
                "Kva du skal gjere i programmet: [fyll inn]",
                "Vi veit ikkje enno kva programmet ditt skal innehalde.",
                "Planen er ikkje klar. Vi sender han til deg seinare.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alderen din", "Alder"], "nn": ["Alderen din", "Alder"]},
    "work_ability": {"nb": ["Helse og arbeid", "Kan du jobbe?", "Arbeidsevnen din"],
                     "nn": ["Helse og arbeid", "Kan du jobbe?", "Arbeidsevna di"]},
    "benefits": {"nb": ["Penger du har", "Pengene dine", "Inntekt og trygd"],
                 "nn": ["Pengar du har", "Pengane dine", "Inntekt og trygd"]},
    "necessity": {"nb": ["Hvorfor du trenger programmet", "Trenger du programmet?"],
                  "nn": ["Kvifor du treng programmet", "Treng du programmet?"]},
    "program": {"nb": ["Programmet ditt", "Hva skal du gjøre?"], "nn": ["Programmet ditt", "Kva skal du gjere?"]},
}

FRAME = {
    "nb": {
        "title": ["Du får kvalifiseringsprogram", "Svar på søknaden din: kvalifiseringsprogram",
                  "Vedtak: Du får kvalifiseringsprogram (KVP)"],
        "intro": ["Du søkte om kvalifiseringsprogram {date}. Nå har vi sett på søknaden din.",
                  "Vi har fått søknaden din. Den kom {date}.",
                  "Takk for søknaden din fra {date}."],
        "decision": ["Svaret er ja. Du får kvalifiseringsprogram fra {date}.",
                     "Du får være med i kvalifiseringsprogrammet. Det varer fra {date} til {date2}.",
                     "NAV {office} sier ja til søknaden din."],
        "general": ["Du oppfyller kravene i loven. Loven heter sosialtjenesteloven. Det står i § 29.",
                    "For å få programmet må du oppfylle noen krav. Nedenfor forklarer vi hvorfor du får ja.",
                    "Det er fem krav for å få programmet: alder, at det er vanskelig å jobbe, at du har lite penger, "
                    "at programmet er nødvendig og at vi har et program som passer."],
        "reasons_heading": ["Hvorfor får du ja?", "Derfor får du ja", "Begrunnelse"],
        "money_heading": ["Penger i programmet", "Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad. Det er {kvp_amount} kroner i året. Du får pengene hver måned.",
                  "Når du er i programmet, får du penger. Pengene heter kvalifiseringsstønad. Det er {kvp_amount} "
                  "kroner i året. Du må betale skatt av pengene.",
                  "Stønaden er {kvp_amount} kroner i året. Den blir betalt den 20. hver måned."],
        "start": ["Du starter {date}.", "Første dag i programmet er {date}.",
                  "Programmet starter {date}. Det varer i ett år."],
        "evaluation": ["Vi snakker sammen hver tredje måned om hvordan det går.",
                       "Hver tredje måned ser vi på planen sammen med deg."],
        "appeal_heading": ["Er du ikke enig?", "Du kan klage"],
        "appeal": ["Er du ikke enig i svaret? Da kan du klage. Du må klage innen tre uker. Send klagen til NAV "
                   "{office}. Vi kan hjelpe deg å skrive klagen.",
                   "Du kan klage på dette vedtaket. Fristen er tre uker fra du fikk brevet. Statsforvalteren ser på "
                   "klagen hvis vi ikke gir deg rett."],
        "closing": ["Vennlig hilsen", "Hilsen", "Med vennlig hilsen"],
    },
    "nn": {
        "title": ["Du får kvalifiseringsprogram", "Svar på søknaden din: kvalifiseringsprogram",
                  "Vedtak: Du får kvalifiseringsprogram (KVP)"],
        "intro": ["Du søkte om kvalifiseringsprogram {date}. No har vi sett på søknaden din.",
                  "Vi har fått søknaden din. Søknaden kom {date}.",
                  "Takk for søknaden din frå {date}."],
        "decision": ["Svaret er ja. Du får kvalifiseringsprogram frå {date}.",
                     "Du får vere med i kvalifiseringsprogrammet. Det varer frå {date} til {date2}.",
                     "NAV {office} seier ja til søknaden din."],
        "general": ["Du oppfyller krava i lova. Lova heiter sosialtenestelova. Det står i § 29.",
                    "For å få programmet må du oppfylle nokre krav. Nedanfor forklarer vi kvifor du får ja."],
        "reasons_heading": ["Kvifor får du ja?", "Difor får du ja", "Grunngjeving"],
        "money_heading": ["Pengar i programmet", "Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad. Det er {kvp_amount} kroner i året. Du får pengane kvar månad.",
                  "Når du er i programmet, får du pengar. Pengane heiter kvalifiseringsstønad. Det er {kvp_amount} "
                  "kroner i året. Du må betale skatt av pengane."],
        "start": ["Du startar {date}.", "Første dag i programmet er {date}.",
                  "Programmet startar {date}. Det varer i eitt år."],
        "evaluation": ["Vi snakkar saman kvar tredje månad om korleis det går."],
        "appeal_heading": ["Er du ikkje einig?", "Du kan klage"],
        "appeal": ["Er du ikkje einig i svaret? Då kan du klage. Du må klage innan tre veker. Send klaga til NAV "
                   "{office}. Vi kan hjelpe deg å skrive klaga.",
                   "Du kan klage på dette vedtaket. Fristen er tre veker frå du fekk brevet. Statsforvaltaren ser på "
                   "klaga viss vi ikkje gir deg rett."],
        "closing": ["Venleg helsing", "Helsing", "Med venleg helsing"],
    },
}
