"""Held-out phrasing bank «heldout25» (round 18): table decisions from a Bergen office, taken out of a PDF.

Written by an author independent of the rule: under the rules of issue #19 the author never opened
audit/grounds/, docs/grounds.md, benchmarks/, the grounds tests, the committed sample letters or any other
phrasing bank, and never ran ``grounds`` or its benchmark. The labels below rest on the author's reading only.

Register: the office sets the assessment out as a two-column table («Vilkår» | «Vurdering»). nav-audit sees it
as text extracted from a PDF, so each row is one line with the cells separated by a tab or by « | » (the
``{sep}`` filler, one per letter), the criterion's name in the first cell and the caseworker's assessment in the
second, of uneven care: full sentences, keywords, «Ja», «Oppfylt, jf. AEV», a line of law. A row is sometimes
broken over two lines (a phrasing with "\\n"), and some caseworkers wrote under the table in prose instead.
Bokmål and nynorsk 8 to 2. The office's own FRAME (no facts about the person).

Kinds and labels: ``grounds`` (ja) gives at least one fact about the person for that criterion; ``named`` (nei)
names the criterion, concludes it is met or points to documents without saying what they show; ``quoted`` (nei)
quotes or paraphrases the law, regulation, circular or practice; ``negated`` (nei) says the criterion was not
assessed, is not documented, will be assessed later, or is an unfilled template cell. No phrasing holds a fact
of another criterion.
"""

BANK = "heldout25"
LANG_WEIGHTS = (0.8, 0.2)

FILLERS = {
    "sep": ["\t", " | "],
    "diag_nb": ["angst og depresjon", "kroniske smerter i rygg og nakke", "ADHD", "PTSD", "en rusavhengighet som nå er stabilisert",
                "sosial angst"],
    "diag_nn": ["angst og depresjon", "kroniske smerter i rygg og nakke", "ADHD", "PTSD", "eit rusproblem som no er stabilisert",
                "sosial angst"],
    "activity_nb": ["arbeidstrening i en kantine", "arbeidspraksis på et lager", "norskkurs hos voksenopplæringen",
                    "arbeidstrening i en bruktbutikk", "AMO-kurs i truckfører"],
    "activity_nn": ["arbeidstrening i ein kantine", "arbeidspraksis på eit lager", "norskkurs hjå vaksenopplæringa",
                    "arbeidstrening i ein bruktbutikk", "AMO-kurs i truckførar"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Alder{sep}Ja, {age} år.",
                "Alder{sep}Søker er født i {birth_year} og er i yrkesaktiv alder.",
                "Yrkesaktiv alder{sep}Oppfylt. Du er {age} år gammel.",
                "Alder{sep}{age} år – innenfor 18–67.",
                "Vilkår: alder{sep}Du er {age} år og har mange år igjen i arbeidslivet. Vilkåret er oppfylt.",
                "Alder{sep}f. {birth_year}, dvs. {age} år ved søknadstidspunktet",
                "Alder (§ 29){sep}Du er {age} år og verken under 18 eller over pensjonsalder.",
                "Alder{sep}Oppfylt – søker er {age} år.",
                "Du er født i {birth_year}, og vi har lagt til grunn at du er i yrkesaktiv alder.",
                "Alder{sep}Du er {age} år, og alderen er ikke til hinder for\nprogram. Vilkåret er oppfylt.",
                "Yrkesaktiv alder{sep}Ja (født {birth_year})",
                "Du er {age} år gammel. Vi vurderer derfor at du er i yrkesaktiv alder, slik loven krever.",
            ],
            "nn": [
                "Alder{sep}Ja, {age} år.",
                "Alder{sep}Søkjar er fødd i {birth_year} og er i yrkesaktiv alder.",
                "Yrkesaktiv alder{sep}Oppfylt. Du er {age} år gammal.",
                "Alder{sep}{age} år – innanfor 18–67.",
                "Vilkår: alder{sep}Du er {age} år og har mange år att i arbeidslivet. Vilkåret er oppfylt.",
                "Alder{sep}f. {birth_year}, dvs. {age} år då du søkte",
                "Alder (§ 29){sep}Du er {age} år og verken under 18 eller over pensjonsalder.",
                "Alder{sep}Oppfylt – søkjar er {age} år.",
                "Du er fødd i {birth_year}, og vi har lagt til grunn at du er i yrkesaktiv alder.",
                "Alder{sep}Du er {age} år, og alderen er ikkje til hinder for\nprogram. Vilkåret er oppfylt.",
                "Yrkesaktiv alder{sep}Ja (fødd {birth_year})",
                "Du er {age} år gammal. Vi vurderer difor at du er i yrkesaktiv alder, slik lova krev.",
            ],
        },
        "named": {
            "nb": [
                "Alder{sep}Ja",
                "Alder{sep}Oppfylt.",
                "Yrkesaktiv alder{sep}Vilkåret er oppfylt, jf. opplysninger i folkeregisteret.",
                "Alder{sep}OK",
                "Du er i yrkesaktiv alder.",
                "Alder{sep}Oppfylt, se søknad.",
                "Vilkår: alder{sep}Søker er i yrkesaktiv alder. Oppfylt.",
            ],
            "nn": [
                "Alder{sep}Ja",
                "Alder{sep}Oppfylt.",
                "Yrkesaktiv alder{sep}Vilkåret er oppfylt, jf. opplysningar i folkeregisteret.",
                "Alder{sep}OK",
                "Du er i yrkesaktiv alder.",
                "Alder{sep}Oppfylt, sjå søknad.",
                "Vilkår: alder{sep}Søkjar er i yrkesaktiv alder. Oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Alder{sep}Sosialtjenesteloven § 29 første ledd: «personer i yrkesaktiv alder».",
                "Alder{sep}Programmet er for personer i yrkesaktiv alder, jf. rundskriv til sosialtjenesteloven.",
                "Alder{sep}Etter rundskrivet regnes yrkesaktiv alder i praksis fra 18 til 67 år.",
                "Yrkesaktiv alder{sep}Jf. § 29: Personer i yrkesaktiv alder kan ha rett til program.",
                "Det er et vilkår at søker er i yrkesaktiv alder, jf. sosialtjenesteloven § 29.",
                "Alder{sep}Lovens krav: yrkesaktiv alder. Nedre grense 18 år,\nøvre grense er når man kan ta ut alderspensjon.",
            ],
            "nn": [
                "Alder{sep}Sosialtenestelova § 29 første ledd: «personer i yrkesaktiv alder».",
                "Alder{sep}Programmet er for personar i yrkesaktiv alder, jf. rundskriv til sosialtenestelova.",
                "Alder{sep}Etter rundskrivet vert yrkesaktiv alder i praksis rekna frå 18 til 67 år.",
                "Yrkesaktiv alder{sep}Jf. § 29: Personar i yrkesaktiv alder kan ha rett til program.",
                "Det er eit vilkår at søkjaren er i yrkesaktiv alder, jf. sosialtenestelova § 29.",
                "Alder{sep}Lovkrav: yrkesaktiv alder. Nedre grense 18 år,\növre grense er når ein kan ta ut alderspensjon.",
            ],
        },
        "negated": {
            "nb": [
                "Alder{sep}",
                "Alder{sep}[skriv vurdering]",
                "Alder{sep}Ikke vurdert.",
                "Alder{sep}Ikke kontrollert mot folkeregisteret ennå – vurderes senere.",
            ],
            "nn": [
                "Alder{sep}",
                "Alder{sep}[skriv vurdering]",
                "Alder{sep}Ikkje vurdert.",
                "Alder{sep}Ikkje kontrollert mot folkeregisteret enno – vert vurdert seinare.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Nedsatt arbeids- og inntektsevne{sep}Ja. Du har {diag_nb} og har ikke vært i arbeid siden {year}.",
                "Arbeidsevne{sep}Oppfylt, jf. AEV {date}: store hindringer knyttet til helse ({diag_nb}) og manglende arbeidserfaring.",
                "Arbeids- og inntektsevne{sep}Grunnskole, ingen fullført videregående. Kortvarige jobber som renholder, sist i {year}.",
                "Vesentlig nedsatt arbeidsevne{sep}Legeerklæring viser {diag_nb}. Du har vansker med å møte stabilt og tåle press.",
                "Arbeidsevne{sep}Arbeidsevnevurderingen konkluderer med at du har behov for\nbistand: lite norskkunnskap og ingen formell utdanning.",
                "Arbeidsevne{sep}Du mistet jobben på lager i {year} etter en ryggskade og har ikke kommet tilbake i arbeid.",
                "Nedsatt arbeidsevne{sep}Ja – {diag_nb}, ingen arbeidserfaring i Norge, norsk på A2-nivå.",
                "Arbeids- og inntektsevne{sep}Du har vært ute av arbeidslivet i {years} år. Du sluttet i jobben som følge av {diag_nb}.",
                "Du har {diag_nb}, og dette gjør at du i dag ikke klarer et vanlig arbeid. Arbeidsevnen er vesentlig nedsatt.",
                "Arbeidsevne{sep}Oppfylt. Avbrutt videregående, har hatt korte vikariater, ingen jobb siden {year}.",
                "Nedsatt arbeids- og inntektsevne{sep}Du har lese- og skrivevansker og har aldri hatt fast arbeid.",
                "Arbeidsevne{sep}Oppfylt, jf. AEV. Der kommer det fram at {diag_nb} og lang tid utenfor arbeid gir store hindringer.",
            ],
            "nn": [
                "Nedsett arbeids- og inntektsevne{sep}Ja. Du har {diag_nn} og har ikkje vore i arbeid sidan {year}.",
                "Arbeidsevne{sep}Oppfylt, jf. AEV {date}: store hindringar knytte til helse ({diag_nn}) og manglande arbeidserfaring.",
                "Arbeids- og inntektsevne{sep}Grunnskule, ikkje fullført vidaregåande. Kortvarige jobbar som reinhaldar, sist i {year}.",
                "Vesentleg nedsett arbeidsevne{sep}Legeerklæring viser {diag_nn}. Du har vanskar med å møte stabilt og tole press.",
                "Arbeidsevne{sep}Arbeidsevnevurderinga konkluderer med at du treng\nbistand: lite norskkunnskap og inga formell utdanning.",
                "Arbeidsevne{sep}Du miste jobben på lager i {year} etter ein ryggskade og har ikkje kome tilbake i arbeid.",
                "Nedsett arbeidsevne{sep}Ja – {diag_nn}, inga arbeidserfaring i Noreg, norsk på A2-nivå.",
                "Arbeids- og inntektsevne{sep}Du har vore ute av arbeidslivet i {years} år. Du slutta i jobben på grunn av {diag_nn}.",
                "Du har {diag_nn}, og dette gjer at du i dag ikkje greier eit vanleg arbeid. Arbeidsevna er vesentleg nedsett.",
                "Arbeidsevne{sep}Oppfylt. Avbrote vidaregåande, har hatt korte vikariat, ingen jobb sidan {year}.",
                "Nedsett arbeids- og inntektsevne{sep}Du har lese- og skrivevanskar og har aldri hatt fast arbeid.",
                "Arbeidsevne{sep}Oppfylt, jf. AEV. Der kjem det fram at {diag_nn} og lang tid utanfor arbeid gir store hindringar.",
            ],
        },
        "named": {
            "nb": [
                "Arbeidsevne{sep}Oppfylt, jf. AEV",
                "Nedsatt arbeids- og inntektsevne{sep}Ja",
                "Arbeidsevne{sep}Vesentlig nedsatt. Se arbeidsevnevurdering datert {date}.",
                "Arbeids- og inntektsevne{sep}Vilkåret er oppfylt.",
                "Du har vesentlig nedsatt arbeids- og inntektsevne.",
                "Arbeidsevne{sep}Oppfylt – dokumentert i legeerklæring og AEV, som ligger i saken.",
                "Vesentlig nedsatt arbeidsevne{sep}Ja, vurdert av veileder.",
            ],
            "nn": [
                "Arbeidsevne{sep}Oppfylt, jf. AEV",
                "Nedsett arbeids- og inntektsevne{sep}Ja",
                "Arbeidsevne{sep}Vesentleg nedsett. Sjå arbeidsevnevurdering datert {date}.",
                "Arbeids- og inntektsevne{sep}Vilkåret er oppfylt.",
                "Du har vesentleg nedsett arbeids- og inntektsevne.",
                "Arbeidsevne{sep}Oppfylt – dokumentert i legeerklæring og AEV, som ligg i saka.",
                "Vesentleg nedsett arbeidsevne{sep}Ja, vurdert av rettleiar.",
            ],
        },
        "quoted": {
            "nb": [
                "Arbeidsevne{sep}§ 29: «vesentlig nedsatt arbeids- og inntektsevne».",
                "Arbeidsevne{sep}Det kreves at arbeids- og inntektsevnen er vesentlig nedsatt, jf. sosialtjenesteloven § 29 første ledd.",
                "Arbeids- og inntektsevne{sep}Etter rundskrivet skal det gjøres en arbeidsevnevurdering etter NAV-loven § 14 a.",
                "Nedsatt arbeidsevne{sep}Vurderingen skal ta hensyn til helse, utdanning, arbeidserfaring og sosiale forhold.\nJf. rundskriv Hovednr. 35.",
                "Loven krever at søker har vesentlig nedsatt arbeids- og inntektsevne, og i praksis legges arbeidsevnevurderingen til grunn.",
                "Arbeidsevne{sep}Jf. forskrift om kvalifiseringsprogram og NAV-loven § 14 a.",
            ],
            "nn": [
                "Arbeidsevne{sep}§ 29: «vesentleg nedsett arbeids- og inntektsevne».",
                "Arbeidsevne{sep}Det er krav om at arbeids- og inntektsevna er vesentleg nedsett, jf. sosialtenestelova § 29 første ledd.",
                "Arbeids- og inntektsevne{sep}Etter rundskrivet skal det gjerast ei arbeidsevnevurdering etter NAV-lova § 14 a.",
                "Nedsett arbeidsevne{sep}Vurderinga skal ta omsyn til helse, utdanning, arbeidserfaring og sosiale forhold.\nJf. rundskriv Hovudnr. 35.",
                "Lova krev at søkjaren har vesentleg nedsett arbeids- og inntektsevne, og i praksis vert arbeidsevnevurderinga lagd til grunn.",
                "Arbeidsevne{sep}Jf. forskrift om kvalifiseringsprogram og NAV-lova § 14 a.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevne{sep}",
                "Arbeidsevne{sep}AEV ikke ferdig – vurderes når den foreligger.",
                "Nedsatt arbeids- og inntektsevne{sep}<fylles ut av veileder>",
                "Arbeidsevne{sep}Mangler dokumentasjon. Ikke vurdert i dette vedtaket.",
            ],
            "nn": [
                "Arbeidsevne{sep}",
                "Arbeidsevne{sep}AEV ikkje ferdig – vert vurdert når ho ligg føre.",
                "Nedsett arbeids- og inntektsevne{sep}<fyllast ut av rettleiar>",
                "Arbeidsevne{sep}Manglar dokumentasjon. Ikkje vurdert i dette vedtaket.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Ytelser til livsopphold{sep}Ingen. Du har levd av økonomisk sosialhjelp siden {month}.",
                "Ytelser{sep}AAP opphørte {date}, maksimal tid brukt opp. Ingen andre ytelser.",
                "Ytelser til livsopphold{sep}Du har ingen inntekt og mottar supplerende sosialhjelp på {amount} i måneden.",
                "Ingen/svært begrensede ytelser{sep}Ja. Dagpengene er brukt opp, ingen oppsparte midler.",
                "Ytelser{sep}Søknad om AAP avslått {date}. Lever av sosialhjelp.",
                "Ytelser til livsopphold{sep}Du har en deltidsjobb med lønn på om lag {amount} i måneden,\nsom ikke er nok til å leve av. Vilkåret er oppfylt.",
                "Ytelser{sep}Ikke rett til dagpenger (for lav opptjening). Kun sosialhjelp.",
                "Du har ikke hatt inntekt siden {year} og har ikke rett til noen trygdeytelse. Du har ingen sparepenger.",
                "Ytelser til livsopphold{sep}Ingen løpende ytelser – siste utbetaling av sykepenger var i {month}.",
                "Ytelser{sep}Oppfylt. Kontoutskrift viser saldo på {amount} og ingen faste innbetalinger.",
                "Ytelser til livsopphold{sep}Uføretrygd avslått i {year}. Økonomisk stønad fra NAV {office} fra samme tid.",
                "Ytelser{sep}Du får bostøtte, men ingen ytelse som dekker livsopphold.",
            ],
            "nn": [
                "Ytingar til livsopphald{sep}Ingen. Du har levd av økonomisk sosialhjelp sidan {month}.",
                "Ytingar{sep}AAP tok slutt {date}, maksimal tid brukt opp. Ingen andre ytingar.",
                "Ytingar til livsopphald{sep}Du har inga inntekt og får supplerande sosialhjelp på {amount} i månaden.",
                "Ingen/svært avgrensa ytingar{sep}Ja. Dagpengane er brukte opp, ingen oppsparte midlar.",
                "Ytingar{sep}Søknad om AAP avslått {date}. Lever av sosialhjelp.",
                "Ytingar til livsopphald{sep}Du har ein deltidsjobb med løn på om lag {amount} i månaden,\nsom ikkje er nok til å leve av. Vilkåret er oppfylt.",
                "Ytingar{sep}Ikkje rett til dagpengar (for låg opptening). Berre sosialhjelp.",
                "Du har ikkje hatt inntekt sidan {year} og har ikkje rett til noka trygdeyting. Du har ingen sparepengar.",
                "Ytingar til livsopphald{sep}Ingen løpande ytingar – siste utbetaling av sjukepengar var i {month}.",
                "Ytingar{sep}Oppfylt. Kontoutskrift viser saldo på {amount} og ingen faste innbetalingar.",
                "Ytingar til livsopphald{sep}Uføretrygd avslått i {year}. Økonomisk stønad frå NAV {office} frå same tid.",
                "Ytingar{sep}Du får bustøtte, men inga yting som dekkjer livsopphald.",
            ],
        },
        "named": {
            "nb": [
                "Ytelser til livsopphold{sep}Ingen eller svært begrensede. Oppfylt.",
                "Ytelser{sep}Ja",
                "Ytelser{sep}Oppfylt, jf. kontoutskrifter og Aa-registeret i saken.",
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Ytelser til livsopphold{sep}Vilkåret er oppfylt.",
                "Ingen/svært begrensede ytelser{sep}OK – sjekket i Gosys.",
                "Ytelser{sep}Oppfylt, se økonomiske opplysninger i søknaden.",
            ],
            "nn": [
                "Ytingar til livsopphald{sep}Ingen eller svært avgrensa. Oppfylt.",
                "Ytingar{sep}Ja",
                "Ytingar{sep}Oppfylt, jf. kontoutskrifter og Aa-registeret i saka.",
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Ytingar til livsopphald{sep}Vilkåret er oppfylt.",
                "Ingen/svært avgrensa ytingar{sep}OK – sjekka i Gosys.",
                "Ytingar{sep}Oppfylt, sjå økonomiske opplysningar i søknaden.",
            ],
        },
        "quoted": {
            "nb": [
                "Ytelser{sep}§ 29: «ingen eller svært begrensede ytelser til livsopphold etter folketrygdloven eller arbeidsmarkedsloven».",
                "Ytelser til livsopphold{sep}Personer med rett til AAP eller dagpenger faller i utgangspunktet utenfor, jf. rundskrivet.",
                "Ytelser{sep}Etter rundskrivet kan den som mottar en ytelse, få program dersom ytelsen\ner svært begrenset.",
                "Ingen/svært begrensede ytelser{sep}Jf. sosialtjenesteloven § 29 første ledd.",
                "Det er et vilkår at søker ikke har, eller har svært begrensede, ytelser til livsopphold fra folketrygden.",
                "Ytelser{sep}Kvalifiseringsstønad skal ikke gis til personer som har rett til arbeidsavklaringspenger, jf. praksis.",
            ],
            "nn": [
                "Ytingar{sep}§ 29: «ingen eller svært avgrensa ytingar til livsopphald etter folketrygdlova eller arbeidsmarknadslova».",
                "Ytingar til livsopphald{sep}Personar med rett til AAP eller dagpengar fell i utgangspunktet utanfor, jf. rundskrivet.",
                "Ytingar{sep}Etter rundskrivet kan den som får ei yting, få program dersom ytinga\ner svært avgrensa.",
                "Ingen/svært avgrensa ytingar{sep}Jf. sosialtenestelova § 29 første ledd.",
                "Det er eit vilkår at søkjaren ikkje har, eller har svært avgrensa, ytingar til livsopphald frå folketrygda.",
                "Ytingar{sep}Kvalifiseringsstønad skal ikkje givast til personar som har rett til arbeidsavklaringspengar, jf. praksis.",
            ],
        },
        "negated": {
            "nb": [
                "Ytelser{sep}",
                "Ytelser til livsopphold{sep}Ikke avklart – venter på svar fra NAV Arbeid og ytelser.",
                "Ytelser{sep}[legg inn vurdering]",
                "Ytelser til livsopphold{sep}Ikke vurdert. Økonomiske opplysninger er ikke innhentet.",
            ],
            "nn": [
                "Ytingar{sep}",
                "Ytingar til livsopphald{sep}Ikkje avklart – ventar på svar frå NAV Arbeid og ytelser.",
                "Ytingar{sep}[legg inn vurdering]",
                "Ytingar til livsopphald{sep}Ikkje vurdert. Økonomiske opplysningar er ikkje henta inn.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Nødvendig og hensiktsmessig{sep}Ja. Du har prøvd arbeidspraksis gjennom NAV i {year}, men det ble avbrutt etter {months} måneder.",
                "Nødvendig{sep}Innsatsbehov: spesielt tilpasset innsats. Ordinære tiltak har ikke ført fram.",
                "Nødvendig og hensiktsmessig{sep}Du har vært på ordinære tiltak (jobbklubb, {months} måneder) uten å komme i arbeid.\nEt tett og helhetlig program er derfor nødvendig.",
                "Nødvendighet{sep}Oppfylt – behov for spesielt tilpasset innsats. Du trenger tettere oppfølging enn andre tiltak kan gi.",
                "Nødvendig og hensiktsmessig{sep}Tidligere oppfølging med bare samtaler hos veileder har ikke gitt framgang; du trenger faste rammer hver dag.",
                "Hensiktsmessig{sep}Du har hatt oppfølging fra NAV i {years} år uten å komme i arbeid. Enkeltstående tiltak er vurdert som for løse for deg.",
                "Nødvendig{sep}Du fullførte et AMO-kurs i {year} uten å få jobb etterpå. KVP gir den helheten du har manglet.",
                "Vi mener program er riktig for deg fordi du har hatt flere korte tiltak som ikke har gitt varig arbeid.",
                "Nødvendig og hensiktsmessig{sep}Vurdert mot AAP-løp og ordinær oppfølging: KVP er bedre fordi du trenger en fast struktur og stønad mens du kvalifiseres.",
                "Nødvendig{sep}Ja – spesielt tilpasset innsats, jf. § 14 a-vedtak av {date}.",
                "Nødvendighet{sep}Arbeidstrening i {year} stoppet opp fordi oppfølgingen var for tynn. Vi vil nå prøve et helhetlig program.",
                "Nødvendig og hensiktsmessig{sep}Du har ikke fått noe tiltak før. Veileder mener et vanlig kurs ikke er nok for deg.",
            ],
            "nn": [
                "Naudsynt og føremålstenleg{sep}Ja. Du har prøvd arbeidspraksis gjennom NAV i {year}, men det vart avbrote etter {months} månader.",
                "Naudsynt{sep}Innsatsbehov: spesielt tilpassa innsats. Ordinære tiltak har ikkje ført fram.",
                "Naudsynt og føremålstenleg{sep}Du har vore på ordinære tiltak (jobbklubb, {months} månader) utan å kome i arbeid.\nEit tett og heilskapleg program er difor naudsynt.",
                "Naudsyn{sep}Oppfylt – behov for spesielt tilpassa innsats. Du treng tettare oppfølging enn andre tiltak kan gi.",
                "Naudsynt og føremålstenleg{sep}Tidlegare oppfølging med berre samtalar hjå rettleiar har ikkje gitt framgang; du treng faste rammer kvar dag.",
                "Føremålstenleg{sep}Du har hatt oppfølging frå NAV i {years} år utan å kome i arbeid. Einskilde tiltak er vurderte som for lause for deg.",
                "Naudsynt{sep}Du fullførte eit AMO-kurs i {year} utan å få jobb etterpå. KVP gir den heilskapen du har mangla.",
                "Vi meiner program er rett for deg fordi du har hatt fleire korte tiltak som ikkje har gitt varig arbeid.",
                "Naudsynt og føremålstenleg{sep}Vurdert mot AAP-løp og ordinær oppfølging: KVP er betre fordi du treng ein fast struktur og stønad medan du vert kvalifisert.",
                "Naudsynt{sep}Ja – spesielt tilpassa innsats, jf. § 14 a-vedtak av {date}.",
                "Naudsyn{sep}Arbeidstrening i {year} stoppa opp fordi oppfølginga var for tynn. Vi vil no prøve eit heilskapleg program.",
                "Naudsynt og føremålstenleg{sep}Du har ikkje fått noko tiltak før. Rettleiaren meiner eit vanleg kurs ikkje er nok for deg.",
            ],
        },
        "named": {
            "nb": [
                "Nødvendig og hensiktsmessig{sep}Ja",
                "Nødvendig og hensiktsmessig{sep}Oppfylt.",
                "Nødvendighet{sep}Vilkåret er oppfylt, jf. vurdering i saken.",
                "Programmet er nødvendig og hensiktsmessig for å styrke mulighetene dine for arbeid.",
                "Hensiktsmessig{sep}Ja, se § 14 a-vedtak.",
                "Nødvendig{sep}OK",
                "Nødvendig og hensiktsmessig{sep}Veileder vurderer at vilkåret er oppfylt.",
            ],
            "nn": [
                "Naudsynt og føremålstenleg{sep}Ja",
                "Naudsynt og føremålstenleg{sep}Oppfylt.",
                "Naudsyn{sep}Vilkåret er oppfylt, jf. vurdering i saka.",
                "Programmet er naudsynt og føremålstenleg for å styrkje høva dine til arbeid.",
                "Føremålstenleg{sep}Ja, sjå § 14 a-vedtak.",
                "Naudsynt{sep}OK",
                "Naudsynt og føremålstenleg{sep}Rettleiaren vurderer at vilkåret er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Nødvendig og hensiktsmessig{sep}§ 29: program kan gis når det vurderes som «nødvendig og hensiktsmessig for å styrke mulighetene for deltakelse i arbeidslivet».",
                "Nødvendighet{sep}Etter rundskrivet skal KVP være aktuelt når andre tiltak ikke er tilstrekkelige.",
                "Nødvendig{sep}Jf. sosialtjenesteloven § 29 første ledd og rundskrivet punkt 4.29.",
                "Nødvendig og hensiktsmessig{sep}Det skal vurderes om søker vil ha nytte av et helhetlig program,\nog om andre tiltak er prøvd eller vurdert.",
                "I praksis er programmet for personer med behov for spesielt tilpasset innsats, der andre tiltak ikke er nok.",
                "Hensiktsmessig{sep}Programmet skal være hensiktsmessig for å styrke mulighetene for arbeid, jf. loven.",
            ],
            "nn": [
                "Naudsynt og føremålstenleg{sep}§ 29: program kan givast når det vert vurdert som «naudsynt og føremålstenleg for å styrkje høva for deltaking i arbeidslivet».",
                "Naudsyn{sep}Etter rundskrivet skal KVP vere aktuelt når andre tiltak ikkje er tilstrekkelege.",
                "Naudsynt{sep}Jf. sosialtenestelova § 29 første ledd og rundskrivet punkt 4.29.",
                "Naudsynt og føremålstenleg{sep}Det skal vurderast om søkjaren vil ha nytte av eit heilskapleg program,\nog om andre tiltak er prøvde eller vurderte.",
                "I praksis er programmet for personar med behov for spesielt tilpassa innsats, der andre tiltak ikkje er nok.",
                "Føremålstenleg{sep}Programmet skal vere føremålstenleg for å styrkje høva for arbeid, jf. lova.",
            ],
        },
        "negated": {
            "nb": [
                "Nødvendig og hensiktsmessig{sep}",
                "Nødvendig og hensiktsmessig{sep}Vurderes etter kartleggingssamtale.",
                "Nødvendighet{sep}[vurdering mangler]",
                "Nødvendig og hensiktsmessig{sep}Ikke vurdert ennå – § 14 a-vedtak er ikke fattet.",
            ],
            "nn": [
                "Naudsynt og føremålstenleg{sep}",
                "Naudsynt og føremålstenleg{sep}Vert vurdert etter kartleggingssamtale.",
                "Naudsyn{sep}[vurdering manglar]",
                "Naudsynt og føremålstenleg{sep}Ikkje vurdert enno – § 14 a-vedtak er ikkje gjort.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Tilpasset program{sep}Ja. Tre dager i uka: {activity_nb}. Samtaler med veileder to ganger i måneden.",
                "Program{sep}{hours} timer i uka: {activity_nb} og jobbsøking.",
                "Programinnhold{sep}Programmet består av:\n– {activity_nb}\n– jobbsøkerkurs\n– fysisk aktivitet én dag i uka",
                "Tilpasset program{sep}Oppfylt. Plan datert {date}: {activity_nb} de første {months} månedene, deretter praksis i ordinær bedrift.",
                "Program{sep}Du starter med {activity_nb}, og timetallet økes gradvis til {hours} timer i uka.",
                "Programmet ditt starter med {activity_nb}. Etter hvert skal du ha praksis i en ordinær bedrift.",
                "Tilpasset program{sep}Fulltid, {hours} t/uke. Innhold: {activity_nb}, norskopplæring, oppfølging hos veileder.",
                "Program{sep}Vi kan tilby deg et program med {activity_nb}. Vi har avtale med tiltaksarrangør om plass fra {date}.",
                "Programinnhold{sep}Jobbsøkerkurs i {months} uker, så {activity_nb}.",
                "Tilpasset program{sep}Ja – {activity_nb} med tett oppfølging fra jobbspesialist.",
                "Program{sep}Programmet er lagt opp med {activity_nb} på dagtid og\nett gruppekurs i privatøkonomi. Totalt {hours} timer i uka.",
                "Tilpasset program{sep}Plass bekreftet: {activity_nb}. Ukentlig timeplan følger vedtaket.",
            ],
            "nn": [
                "Tilpassa program{sep}Ja. Tre dagar i veka: {activity_nn}. Samtalar med rettleiar to gonger i månaden.",
                "Program{sep}{hours} timar i veka: {activity_nn} og jobbsøking.",
                "Programinnhald{sep}Programmet består av:\n– {activity_nn}\n– jobbsøkjarkurs\n– fysisk aktivitet éin dag i veka",
                "Tilpassa program{sep}Oppfylt. Plan datert {date}: {activity_nn} dei første {months} månadene, deretter praksis i ordinær bedrift.",
                "Program{sep}Du startar med {activity_nn}, og timetalet aukar gradvis til {hours} timar i veka.",
                "Programmet ditt startar med {activity_nn}. Etter kvart skal du ha praksis i ei ordinær bedrift.",
                "Tilpassa program{sep}Fulltid, {hours} t/veke. Innhald: {activity_nn}, norskopplæring, oppfølging hjå rettleiar.",
                "Program{sep}Vi kan tilby deg eit program med {activity_nn}. Vi har avtale med tiltaksarrangør om plass frå {date}.",
                "Programinnhald{sep}Jobbsøkjarkurs i {months} veker, så {activity_nn}.",
                "Tilpassa program{sep}Ja – {activity_nn} med tett oppfølging frå jobbspesialist.",
                "Program{sep}Programmet er lagt opp med {activity_nn} på dagtid og\neitt gruppekurs i privatøkonomi. Totalt {hours} timar i veka.",
                "Tilpassa program{sep}Plass stadfesta: {activity_nn}. Vekeplan følgjer vedtaket.",
            ],
        },
        "named": {
            "nb": [
                "Tilpasset program{sep}Ja",
                "Program{sep}Kommunen kan tilby et tilpasset program. Oppfylt.",
                "Programinnhold{sep}Se vedlagt plan.",
                "Tilpasset program{sep}Vilkåret er oppfylt.",
                "NAV {office} kan tilby deg et tilpasset program.",
                "Program{sep}OK, jf. plan i saken",
                "Tilpasset program{sep}Oppfylt – programmet er utarbeidet sammen med deg.",
            ],
            "nn": [
                "Tilpassa program{sep}Ja",
                "Program{sep}Kommunen kan tilby eit tilpassa program. Oppfylt.",
                "Programinnhald{sep}Sjå vedlagd plan.",
                "Tilpassa program{sep}Vilkåret er oppfylt.",
                "NAV {office} kan tilby deg eit tilpassa program.",
                "Program{sep}OK, jf. plan i saka",
                "Tilpassa program{sep}Oppfylt – programmet er utarbeidd saman med deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Program{sep}§ 30: programmet skal være på full tid og inneholde arbeidsrettede tiltak, opplæring og\nandre tiltak som støtter overgang til arbeid.",
                "Tilpasset program{sep}Jf. sosialtjenesteloven § 30 og forskriften § 2.",
                "Programinnhold{sep}Etter rundskrivet skal programmet tilpasses den enkeltes behov og forutsetninger.",
                "Tilpasset program{sep}Kommunen må kunne tilby et tilpasset program, jf. § 29 første ledd.",
                "Programmet skal som hovedregel være helårig og på full tid, jf. sosialtjenesteloven § 30.",
                "Program{sep}Lov/forskrift: arbeidsrettet innhold, opplæring, motivasjon og mestring.",
            ],
            "nn": [
                "Program{sep}§ 30: programmet skal vere på full tid og innehalde arbeidsretta tiltak, opplæring og\nandre tiltak som støttar overgang til arbeid.",
                "Tilpassa program{sep}Jf. sosialtenestelova § 30 og forskrifta § 2.",
                "Programinnhald{sep}Etter rundskrivet skal programmet tilpassast behova og føresetnadene til den einskilde.",
                "Tilpassa program{sep}Kommunen må kunne tilby eit tilpassa program, jf. § 29 første ledd.",
                "Programmet skal som hovudregel vere heilårleg og på full tid, jf. sosialtenestelova § 30.",
                "Program{sep}Lov/forskrift: arbeidsretta innhald, opplæring, motivasjon og meistring.",
            ],
        },
        "negated": {
            "nb": [
                "Tilpasset program{sep}",
                "Programinnhold{sep}Ikke avklart. Plan lages etter oppstartsmøtet.",
                "Program{sep}<innhold>",
                "Tilpasset program{sep}Ikke vurdert – tiltaksplass er ikke avklart.",
            ],
            "nn": [
                "Tilpassa program{sep}",
                "Programinnhald{sep}Ikkje avklart. Plan vert laga etter oppstartsmøtet.",
                "Program{sep}<innhald>",
                "Tilpassa program{sep}Ikkje vurdert – tiltaksplass er ikkje avklart.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Vilkår: alder", "Alder"], "nn": ["Vilkår: alder", "Alder"]},
    "work_ability": {"nb": ["Vilkår: arbeids- og inntektsevne", "Arbeidsevne"],
                     "nn": ["Vilkår: arbeids- og inntektsevne", "Arbeidsevne"]},
    "benefits": {"nb": ["Vilkår: ytelser til livsopphold", "Økonomi og ytelser"],
                 "nn": ["Vilkår: ytingar til livsopphald", "Økonomi og ytingar"]},
    "necessity": {"nb": ["Vilkår: nødvendig og hensiktsmessig", "Behov for program"],
                  "nn": ["Vilkår: naudsynt og føremålstenleg", "Behov for program"]},
    "program": {"nb": ["Vilkår: tilpasset program", "Programmet"], "nn": ["Vilkår: tilpassa program", "Programmet"]},
}

FRAME = {
    "nb": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM (KVP)", "Vedtak om kvalifiseringsprogram og kvalifiseringsstønad"],
        "intro": ["Vi viser til søknad om kvalifiseringsprogram mottatt {date}.",
                  "NAV {office} har behandlet søknaden din om kvalifiseringsprogram, datert {date}."],
        "decision": ["Søknaden er innvilget. Programperiode: {date} – {date2}.",
                     "Vedtak: Du får kvalifiseringsprogram fra {date}, jf. sosialtjenesteloven §§ 29 og 30."],
        "general": ["Vilkår{sep}Vurdering", "Vurdering av vilkårene i sosialtjenesteloven § 29 (tabell)"],
        "reasons_heading": ["Vilkår og vurdering", "Begrunnelse"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Stønad{sep}kr {kvp_amount} per år, utbetales månedlig. Skattepliktig.",
                  "Du får kvalifiseringsstønad på kr {kvp_amount} per år, jf. sosialtjenesteloven § 35."],
        "start": ["Oppstart{sep}{date}", "Programmet starter {date}. Første oppfølgingsmøte avtales med veileder."],
        "evaluation": ["Programmet evalueres hver tredje måned.", "Evaluering skjer minst hver tredje måned."],
        "appeal_heading": ["Klage", "Du kan klage"],
        "appeal": ["Klagefrist er tre uker fra du mottok vedtaket, jf. forvaltningsloven § 29. Send klagen til NAV {office}, "
                   "som sender den videre til Statsforvalteren i Vestland hvis vedtaket ikke endres.",
                   "Du kan klage innen tre uker. Klagen sendes NAV {office}."],
        "closing": ["Med vennlig hilsen", "Hilsen"],
    },
    "nn": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM (KVP)", "Vedtak om kvalifiseringsprogram og kvalifiseringsstønad"],
        "intro": ["Vi viser til søknad om kvalifiseringsprogram motteken {date}.",
                  "NAV {office} har handsama søknaden din om kvalifiseringsprogram, datert {date}."],
        "decision": ["Søknaden er innvilga. Programperiode: {date} – {date2}.",
                     "Vedtak: Du får kvalifiseringsprogram frå {date}, jf. sosialtenestelova §§ 29 og 30."],
        "general": ["Vilkår{sep}Vurdering", "Vurdering av vilkåra i sosialtenestelova § 29 (tabell)"],
        "reasons_heading": ["Vilkår og vurdering", "Grunngjeving"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Stønad{sep}kr {kvp_amount} per år, vert utbetalt kvar månad. Skattepliktig.",
                  "Du får kvalifiseringsstønad på kr {kvp_amount} per år, jf. sosialtenestelova § 35."],
        "start": ["Oppstart{sep}{date}", "Programmet startar {date}. Første oppfølgingsmøte avtalar du med rettleiaren."],
        "evaluation": ["Programmet vert evaluert kvar tredje månad.", "Evaluering skjer minst kvar tredje månad."],
        "appeal_heading": ["Klage", "Du kan klage"],
        "appeal": ["Klagefristen er tre veker frå du fekk vedtaket, jf. forvaltningslova § 29. Send klaga til NAV {office}, "
                   "som sender ho vidare til Statsforvaltaren i Vestland dersom vedtaket ikkje vert endra.",
                   "Du kan klage innan tre veker. Klaga sender du til NAV {office}."],
        "closing": ["Med venleg helsing", "Helsing"],
    },
}
