"""Phrasing bank «heldout34»: friendly decisions from the youth team (ungdomsteam) of a Viken/Akershus NAV office.

Written for round 22 (issue #19) by an independent author under the held-out rules: the author never opened the
rule that reads the letters (audit/grounds/, docs/grounds.md), its tests and benchmark, the committed sample letters
or any other phrasing bank, and never ran ``grounds`` or the benchmark on anything. Only the generator
(sample_data/letters/__init__.py), the architecture test, the README and the legal background were read.

Register: the caseworkers of an ungdomsteam (users 18–29) write informal, friendly, encouraging decisions in the
second person — everyday words and some youth-work jargon («oppfølging», «ungdomsgarantien», «losen din», «fullføre
vgs», «hybel», «praksisplass»), sentences that open with «Vi ser at …», «Det er tydelig at …», «Slik vi forstår det
…», «Vi har snakket om at …», hedges («det kan virke som», «vi vurderer det slik at»), and the facts of young lives:
school dropped out of, no work experience yet, living with the parents or in a hybel, youth measures tried before,
anxiety, no income of one's own. Bokmål and nynorsk 8 to 2; the team's own friendly frame (no fact about the person)
and its own Viken/Akershus offices (the ``office`` filler replaces the generator's).

Kinds and labels, per criterion:
- ``grounds`` (ja): at least one fact about the person for that criterion (age or year of birth; school, health,
  work experience, what the arbeidsevnevurdering found; income, benefits, savings; measures tried and the innsats
  conclusion; the programme's activities, places and hours).
- ``named`` (nei): as friendly, but only a conclusion («Vi mener du fyller kravene her»), sometimes with a
  reference to a document that does not say what it shows.
- ``quoted`` (nei): the rule in plain words («Loven sier at …», «Reglene for KVP er at …», the rundskriv).
- ``negated`` (nei): not looked at yet, waiting for something, will come back to it, or a template field left open.
No phrasing holds a fact of another criterion: age phrasings use only ``alder`` or ``fodt`` (never both), housing is
mentioned only with income, measures tried only under necessity, school and health only under work ability.
"""

BANK = "heldout34"
LANG_WEIGHTS = (8, 2)

FILLERS = {
    "office": ["Lillestrøm", "Lørenskog", "Asker", "Bærum", "Ullensaker", "Nordre Follo", "Drammen"],
    "alder": ["19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29"],
    "fodt": ["1996", "1997", "1998", "1999", "2000", "2001", "2002", "2003", "2004", "2005"],
    "skole": ["vg1 helse- og oppvekstfag", "vg2 elektro", "vg1 restaurant- og matfag", "vg2 studiespesialisering",
              "vg1 bygg- og anleggsteknikk"],
    "diag_nb": ["angst", "sosial angst", "ADHD", "depresjon", "angst og depresjon"],
    "diag_nn": ["angst", "sosial angst", "ADHD", "depresjon", "angst og depresjon"],
    "tiltak_nb": ["arbeidstrening i en butikk", "et jobbkurs for ungdom", "AFT (arbeidsforberedende trening)",
                  "et oppfølgingstiltak hos en ekstern leverandør", "jobbsøkerkurs"],
    "tiltak_nn": ["arbeidstrening i ein butikk", "eit jobbkurs for ungdom", "AFT (arbeidsførebuande trening)",
                  "eit oppfølgingstiltak hos ein ekstern leverandør", "jobbsøkjarkurs"],
    "praksis_nb": ["i en barnehage", "på et lager", "på en kafé", "i en sportsbutikk", "på et bilverksted",
                   "hos Fretex"],
    "praksis_nn": ["i ein barnehage", "på eit lager", "på ein kafé", "i ein sportsbutikk", "på ein bilverkstad",
                   "hos Fretex"],
    "kurs_nb": ["kurs i norsk og matte på voksenopplæringen", "truckførerkurs", "et kurs i jobbsøking og CV",
                "førstehjelps- og HMS-kurs", "datakurs"],
    "kurs_nn": ["kurs i norsk og matte på vaksenopplæringa", "truckførarkurs", "eit kurs i jobbsøking og CV",
                "førstehjelps- og HMS-kurs", "datakurs"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du er {alder} år, og da er du godt innenfor det som regnes som yrkesaktiv alder.",
                "Vi ser at du er født i {fodt}. Det betyr at du er i yrkesaktiv alder, så dette kravet er greit.",
                "Du er {alder} år gammel. Du er altså over 18 og langt unna pensjonsalder, så alderskravet er oppfylt.",
                "Slik vi forstår det, fylte du {alder} år i år. Du er dermed i yrkesaktiv alder.",
                "Det er tydelig at alderen ikke er noe hinder her: du er {alder} år.",
                "Du er {alder}, og det gjør at du både er i yrkesaktiv alder og hører til hos oss i ungdomsteamet.",
                "Alderen din er grei – du er født i {fodt} og har mange år i arbeidslivet foran deg.",
                "Med dine {alder} år er du i yrkesaktiv alder. Der er alt i orden.",
                "Vi har sjekket alderen din: du er {alder} år. Du er over 18, og da er du i yrkesaktiv alder.",
                "Du ble {alder} år tidligere i år, og du er dermed i den alderen loven krever.",
                "Fødselsåret ditt er {fodt}, og det betyr at du er i yrkesaktiv alder etter loven. Dette vilkåret "
                "er altså på plass.",
                "Siden du er {alder} år, er du både myndig og i yrkesaktiv alder – så alder er ikke noe problem i "
                "saken din.",
            ],
            "nn": [
                "Du er {alder} år, og då er du godt innanfor det som blir rekna som yrkesaktiv alder.",
                "Vi ser at du er fødd i {fodt}. Det betyr at du er i yrkesaktiv alder, så dette kravet er greitt.",
                "Du er {alder} år gammal. Du er altså over 18 og langt unna pensjonsalder, så alderskravet er oppfylt.",
                "Slik vi forstår det, fylte du {alder} år i år. Du er dermed i yrkesaktiv alder.",
                "Det er tydeleg at alderen ikkje er noko hinder her: du er {alder} år.",
                "Du er {alder}, og det gjer at du både er i yrkesaktiv alder og høyrer til hos oss i ungdomsteamet.",
                "Alderen din er grei – du er fødd i {fodt} og har mange år i arbeidslivet framfor deg.",
                "Med dine {alder} år er du i yrkesaktiv alder. Der er alt i orden.",
                "Vi har sjekka alderen din: du er {alder} år. Du er over 18, og då er du i yrkesaktiv alder.",
                "Du vart {alder} år tidlegare i år, og du er dermed i den alderen lova krev.",
                "Fødselsåret ditt er {fodt}, og det betyr at du er i yrkesaktiv alder etter lova. Dette vilkåret "
                "er altså på plass.",
                "Sidan du er {alder} år, er du både myndig og i yrkesaktiv alder – så alder er ikkje noko problem i "
                "saka di.",
            ],
        },
        "named": {
            "nb": [
                "Du er i yrkesaktiv alder, så det er i orden.",
                "Vi mener du fyller alderskravet.",
                "Alderskravet er oppfylt.",
                "Når det gjelder alder, er alt på plass.",
                "Du er i riktig alder for KVP.",
                "Vi ser ingen problemer med alderen din.",
                "Alder: oppfylt, se opplysningene i søknaden din.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder, så det er i orden.",
                "Vi meiner du fyller alderskravet.",
                "Alderskravet er oppfylt.",
                "Når det gjeld alder, er alt på plass.",
                "Du er i rett alder for KVP.",
                "Vi ser ingen problem med alderen din.",
                "Alder: oppfylt, sjå opplysningane i søknaden din.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at du må være i yrkesaktiv alder for å få KVP.",
                "Reglene for KVP er at du må være i yrkesaktiv alder, altså mellom 18 år og pensjonsalder.",
                "Etter sosialtjenesteloven § 29 er KVP for folk i yrkesaktiv alder.",
                "Rundskrivet til loven forklarer at yrkesaktiv alder vanligvis betyr fra 18 år og fram til man kan "
                "ta ut alderspensjon.",
                "Et av kravene for å få KVP er at man er i yrkesaktiv alder. Også unge kan få programmet.",
                "Kort forklart: du må være i yrkesaktiv alder for å være med i KVP. Det står i § 29 i "
                "sosialtjenesteloven.",
            ],
            "nn": [
                "Lova seier at du må vere i yrkesaktiv alder for å få KVP.",
                "Reglane for KVP er at du må vere i yrkesaktiv alder, altså mellom 18 år og pensjonsalder.",
                "Etter sosialtenestelova § 29 er KVP for folk i yrkesaktiv alder.",
                "Rundskrivet til lova forklarer at yrkesaktiv alder vanlegvis tyder frå 18 år og fram til ein kan ta "
                "ut alderspensjon.",
                "Eitt av krava for å få KVP er at ein er i yrkesaktiv alder. Også unge kan få programmet.",
                "Kort forklart: du må vere i yrkesaktiv alder for å vere med i KVP. Det står i § 29 i "
                "sosialtenestelova.",
            ],
        },
        "negated": {
            "nb": [
                "Alderen din har vi ikke sett nærmere på ennå.",
                "Vi har ikke fått sjekket alderskravet ennå, men vi kommer tilbake til det.",
                "Alder: [fyll inn]",
                "Vi venter på opplysningene fra folkeregisteret før vi ser på alderskravet.",
            ],
            "nn": [
                "Alderen din har vi ikkje sett nærare på enno.",
                "Vi har ikkje fått sjekka alderskravet enno, men vi kjem tilbake til det.",
                "Alder: [fyll inn]",
                "Vi ventar på opplysningane frå folkeregisteret før vi ser på alderskravet.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Vi ser at du sluttet på {skole} og ikke har fått fullført vgs. Du har heller ikke hatt noen jobb "
                "ennå. Vi vurderer det slik at arbeidsevnen din er vesentlig nedsatt akkurat nå.",
                "Du har fortalt oss at du sliter med {diag_nb}, og at det har gjort det vanskelig å komme seg på "
                "skolen og ut i jobb. Fastlegen bekrefter dette. Derfor mener vi at arbeids- og inntektsevnen din er "
                "vesentlig nedsatt.",
                "Det er tydelig at du har det tøft med {diag_nb} for tiden. Du har ikke fullført vgs og har lite "
                "erfaring fra arbeidslivet, så det er vanskelig for deg å få og beholde en jobb i dag.",
                "Slik vi forstår det, har du ikke vært i jobb før, og du avbrøt {skole} etter noen måneder. "
                "Arbeidsevnevurderingen viser at du i dag ikke klarer å stå i en vanlig jobb, og vi mener "
                "arbeidsevnen din er vesentlig nedsatt.",
                "I arbeidsevnevurderingen kom vi fram til at du har store hindringer for å komme i jobb: du har ikke "
                "fullført vgs, du har ingen arbeidserfaring ennå, og du har {diag_nb}.",
                "Vi har snakket om at skolen ble for mye for deg, og at du sluttet på {skole}. Du har ikke hatt jobb "
                "siden. Det kan virke som {diag_nb} har spilt en stor rolle. Vi vurderer det slik at du har "
                "vesentlig nedsatt arbeidsevne.",
                "Psykologen din skriver at du har {diag_nb}, og at du i perioder ikke klarer å gå ut av huset. Det "
                "gjør at du i dag ikke kan ta en vanlig jobb.",
                "Dette har vi lagt vekt på:\n– du har ikke fullført vgs\n– du har ikke hatt jobb ennå\n– du har "
                "{diag_nb}, noe legen bekrefter\nSamlet sett er arbeids- og inntektsevnen din vesentlig nedsatt.",
                "Den arbeidserfaringen du har, er noen uker som ekstrahjelp. Du gikk {skole}, men fullførte ikke. Vi "
                "ser at du har lyst til å jobbe, men at du i dag mangler både utdanning og erfaring.",
                "Vi ser at du har {diag_nb}, og at du har fått behandling for det hos BUP og nå hos DPS. Du har i "
                "tillegg ikke fullført vgs. Arbeidsevnen din er derfor vesentlig nedsatt.",
                "Arbeidsevnevurderingen vi gjorde i {month}, viser at du er motivert, men at {diag_nb} og lite "
                "skolegang gjør det vanskelig for deg å komme i jobb nå.",
                "Du har vært borte fra skole og jobb lenge, og du har ikke noe vitnemål fra vgs. Legen din skriver at "
                "{diag_nb} begrenser hvor mye du klarer. Vi mener derfor at arbeidsevnen din er vesentlig nedsatt.",
            ],
            "nn": [
                "Vi ser at du slutta på {skole} og ikkje har fått fullført vgs. Du har heller ikkje hatt nokon jobb "
                "enno. Vi vurderer det slik at arbeidsevna di er vesentleg nedsett akkurat no.",
                "Du har fortalt oss at du slit med {diag_nn}, og at det har gjort det vanskeleg å kome seg på skulen "
                "og ut i jobb. Fastlegen stadfestar dette. Difor meiner vi at arbeids- og inntektsevna di er "
                "vesentleg nedsett.",
                "Det er tydeleg at du har det tøft med {diag_nn} for tida. Du har ikkje fullført vgs og har lite "
                "erfaring frå arbeidslivet, så det er vanskeleg for deg å få og halde på ein jobb i dag.",
                "Slik vi forstår det, har du ikkje vore i jobb før, og du avbraut {skole} etter nokre månader. "
                "Arbeidsevnevurderinga viser at du i dag ikkje klarer å stå i ein vanleg jobb, og vi meiner "
                "arbeidsevna di er vesentleg nedsett.",
                "I arbeidsevnevurderinga kom vi fram til at du har store hinder for å kome i jobb: du har ikkje "
                "fullført vgs, du har inga arbeidserfaring enno, og du har {diag_nn}.",
                "Vi har snakka om at skulen vart for mykje for deg, og at du slutta på {skole}. Du har ikkje hatt "
                "jobb sidan. Det kan verke som {diag_nn} har spela ei stor rolle. Vi vurderer det slik at du har "
                "vesentleg nedsett arbeidsevne.",
                "Psykologen din skriv at du har {diag_nn}, og at du i periodar ikkje klarer å gå ut av huset. Det "
                "gjer at du i dag ikkje kan ta ein vanleg jobb.",
                "Dette har vi lagt vekt på:\n– du har ikkje fullført vgs\n– du har ikkje hatt jobb enno\n– du har "
                "{diag_nn}, noko legen stadfestar\nSamla sett er arbeids- og inntektsevna di vesentleg nedsett.",
                "Den arbeidserfaringa du har, er nokre veker som ekstrahjelp. Du gjekk {skole}, men fullførte ikkje. "
                "Vi ser at du har lyst til å jobbe, men at du i dag manglar både utdanning og erfaring.",
                "Vi ser at du har {diag_nn}, og at du har fått behandling for det hos BUP og no hos DPS. Du har i "
                "tillegg ikkje fullført vgs. Arbeidsevna di er difor vesentleg nedsett.",
                "Arbeidsevnevurderinga vi gjorde i {month}, viser at du er motivert, men at {diag_nn} og lite "
                "skulegang gjer det vanskeleg for deg å kome i jobb no.",
                "Du har vore borte frå skule og jobb lenge, og du har ikkje vitnemål frå vgs. Legen din skriv at "
                "{diag_nn} avgrensar kor mykje du klarer. Vi meiner difor at arbeidsevna di er vesentleg nedsett.",
            ],
        },
        "named": {
            "nb": [
                "Vi mener du fyller kravet om vesentlig nedsatt arbeids- og inntektsevne.",
                "Arbeidsevnen din er vesentlig nedsatt, og det vilkåret er oppfylt.",
                "Vi har sett på arbeidsevnen din, og den er nedsatt nok til at du kan få KVP.",
                "Se arbeidsevnevurderingen vi har laget sammen. Vilkåret om nedsatt arbeidsevne er oppfylt.",
                "Når det gjelder arbeids- og inntektsevne, er kravet oppfylt.",
                "Vi mener at du har vesentlig nedsatt arbeidsevne, slik loven krever.",
                "Vi har fått legeerklæringen din, og vi vurderer det slik at du fyller kravet om nedsatt arbeidsevne.",
            ],
            "nn": [
                "Vi meiner du fyller kravet om vesentleg nedsett arbeids- og inntektsevne.",
                "Arbeidsevna di er vesentleg nedsett, og det vilkåret er oppfylt.",
                "Vi har sett på arbeidsevna di, og ho er nedsett nok til at du kan få KVP.",
                "Sjå arbeidsevnevurderinga vi har laga saman. Vilkåret om nedsett arbeidsevne er oppfylt.",
                "Når det gjeld arbeids- og inntektsevne, er kravet oppfylt.",
                "Vi meiner at du har vesentleg nedsett arbeidsevne, slik lova krev.",
                "Vi har fått legeerklæringa di, og vi vurderer det slik at du fyller kravet om nedsett arbeidsevne.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at du må ha vesentlig nedsatt arbeids- og inntektsevne for å få KVP.",
                "Reglene for KVP er at arbeidsevnen må være vesentlig nedsatt. Det kan skyldes helse, men også for "
                "eksempel lite skolegang eller lite erfaring fra jobb.",
                "I rundskrivet står det at arbeidsevnen må være så nedsatt at det er vanskelig å komme i jobb uten "
                "hjelp.",
                "Kravet om nedsatt arbeidsevne betyr at det må være vanskelig å få eller beholde en jobb. Det "
                "trenger ikke ligge en diagnose bak.",
                "Etter § 29 i sosialtjenesteloven skal den som får KVP, ha vesentlig nedsatt arbeids- og "
                "inntektsevne.",
                "Det er NAV som vurderer arbeidsevnen, og det gjør vi i en arbeidsevnevurdering. Loven krever at "
                "arbeidsevnen er vesentlig nedsatt.",
            ],
            "nn": [
                "Lova seier at du må ha vesentleg nedsett arbeids- og inntektsevne for å få KVP.",
                "Reglane for KVP er at arbeidsevna må vere vesentleg nedsett. Det kan kome av helse, men også til "
                "dømes lite skulegang eller lite erfaring frå jobb.",
                "I rundskrivet står det at arbeidsevna må vere så nedsett at det er vanskeleg å kome i jobb utan "
                "hjelp.",
                "Kravet om nedsett arbeidsevne tyder at det må vere vanskeleg å få eller halde på ein jobb. Det treng "
                "ikkje liggje ein diagnose bak.",
                "Etter § 29 i sosialtenestelova skal den som får KVP, ha vesentleg nedsett arbeids- og inntektsevne.",
                "Det er NAV som vurderer arbeidsevna, og det gjer vi i ei arbeidsevnevurdering. Lova krev at "
                "arbeidsevna er vesentleg nedsett.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnevurderingen er ikke ferdig ennå, så dette kommer vi tilbake til.",
                "Vi venter fortsatt på papirene fra legen din før vi kan si noe om arbeidsevnen din.",
                "Vi har ikke vurdert arbeidsevnen din ennå.",
                "Arbeidsevne: [her skal veilederen skrive vurderingen]",
            ],
            "nn": [
                "Arbeidsevnevurderinga er ikkje ferdig enno, så dette kjem vi tilbake til.",
                "Vi ventar framleis på papira frå legen din før vi kan seie noko om arbeidsevna di.",
                "Vi har ikkje vurdert arbeidsevna di enno.",
                "Arbeidsevne: [her skal rettleiaren skrive vurderinga]",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Du har ingen inntekt selv, og du bor hjemme hos foreldrene dine. Du har heller ingen sparepenger.",
                "Vi ser at du har fått økonomisk sosialhjelp fra oss siden {month}, omtrent {amount} i måneden. "
                "Ellers har du ingen inntekt.",
                "Slik vi forstår det, har du søkt AAP, men fått avslag. Du har ikke rett på dagpenger heller, og du "
                "lever i dag av sosialhjelp.",
                "Du bor på hybel og betaler husleia med hjelp fra sosialhjelpen. Du har ingen lønn eller andre "
                "ytelser.",
                "Det er tydelig at økonomien din er stram: du har {amount} på konto og ingen fast inntekt.",
                "Du har ikke fått noen ytelser fra NAV før, bortsett fra litt sosialhjelp til mat og strøm. Du har "
                "ingen inntekt ved siden av.",
                "Vi har snakket om at foreldrene dine har hjulpet deg med penger, men at de ikke kan fortsette med "
                "det. Selv har du ingen inntekt.",
                "Du har ikke rett til dagpenger, og du får verken AAP eller uføretrygd. Du har altså svært lite å "
                "leve av.",
                "Kontoutskriftene du sendte oss, viser at du ikke har hatt inntekt de siste månedene, og at "
                "sparepengene dine er brukt opp.",
                "Du får i dag bare litt bostøtte fra Husbanken og har ellers ingen inntekt.",
                "Du søkte AAP i {month}, men fikk avslag. Siden da har du levd av {amount} i sosialhjelp hver måned.",
                "Om økonomien din:\n– ingen lønn eller annen inntekt\n– ingen sparepenger\n– sosialhjelp på "
                "{amount} i måneden fra NAV {office}",
            ],
            "nn": [
                "Du har inga inntekt sjølv, og du bur heime hos foreldra dine. Du har heller ingen sparepengar.",
                "Vi ser at du har fått økonomisk sosialhjelp frå oss sidan {month}, om lag {amount} i månaden. Elles "
                "har du inga inntekt.",
                "Slik vi forstår det, har du søkt AAP, men fått avslag. Du har ikkje rett på dagpengar heller, og du "
                "lever i dag av sosialhjelp.",
                "Du bur på hybel og betaler husleiga med hjelp frå sosialhjelpa. Du har inga løn eller andre "
                "ytingar.",
                "Det er tydeleg at økonomien din er stram: du har {amount} på konto og inga fast inntekt.",
                "Du har ikkje fått nokon ytingar frå NAV før, bortsett frå litt sosialhjelp til mat og straum. Du "
                "har inga inntekt ved sida av.",
                "Vi har snakka om at foreldra dine har hjelpt deg med pengar, men at dei ikkje kan halde fram med "
                "det. Sjølv har du inga inntekt.",
                "Du har ikkje rett til dagpengar, og du får verken AAP eller uføretrygd. Du har altså svært lite å "
                "leve av.",
                "Kontoutskriftene du sende oss, viser at du ikkje har hatt inntekt dei siste månadene, og at "
                "sparepengane dine er brukte opp.",
                "Du får i dag berre litt bustøtte frå Husbanken og har elles inga inntekt.",
                "Du søkte AAP i {month}, men fekk avslag. Sidan då har du levd av {amount} i sosialhjelp kvar månad.",
                "Om økonomien din:\n– inga løn eller anna inntekt\n– ingen sparepengar\n– sosialhjelp på {amount} "
                "i månaden frå NAV {office}",
            ],
        },
        "named": {
            "nb": [
                "Du har ingenting eller svært lite å leve av, så dette vilkåret er oppfylt.",
                "Vi mener du fyller kravet om ingen eller svært begrensede ytelser til livsopphold.",
                "Økonomien din er i tråd med det loven krever for KVP.",
                "Vi har sett på kontoutskriftene og skattemeldingen din, og kravet til inntekt og ytelser er "
                "oppfylt.",
                "Når det gjelder inntekt og ytelser, er alt i orden.",
                "Du fyller vilkåret om ingen eller svært begrensede ytelser.",
                "Vi vurderer det slik at kravet om økonomi er oppfylt.",
            ],
            "nn": [
                "Du har ingenting eller svært lite å leve av, så dette vilkåret er oppfylt.",
                "Vi meiner du fyller kravet om ingen eller svært avgrensa ytingar til livsopphald.",
                "Økonomien din er i tråd med det lova krev for KVP.",
                "Vi har sett på kontoutskriftene og skattemeldinga di, og kravet til inntekt og ytingar er oppfylt.",
                "Når det gjeld inntekt og ytingar, er alt i orden.",
                "Du fyller vilkåret om ingen eller svært avgrensa ytingar.",
                "Vi vurderer det slik at kravet om økonomi er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at man ikke kan ha noen, eller bare svært små, ytelser å leve av hvis man skal få KVP.",
                "Reglene for KVP er at programmet er for dem som har lite eller ingenting å leve av. Har man for "
                "eksempel AAP, kan man vanligvis ikke få KVP.",
                "I rundskrivet står det at KVP er for personer uten rett til andre ytelser til livsopphold, eller "
                "med svært små ytelser.",
                "Etter sosialtjenesteloven § 29 må den som får KVP, ha ingen eller svært begrensede ytelser til "
                "livsopphold.",
                "Kort fortalt: KVP er ikke for dem som allerede har en fast ytelse å leve av, som dagpenger eller "
                "uføretrygd.",
                "Vanligvis er det slik at økonomisk sosialhjelp ikke regnes som en ytelse som stenger for KVP.",
            ],
            "nn": [
                "Lova seier at ein ikkje kan ha nokon, eller berre svært små, ytingar å leve av dersom ein skal få "
                "KVP.",
                "Reglane for KVP er at programmet er for dei som har lite eller ingenting å leve av. Har ein til "
                "dømes AAP, kan ein vanlegvis ikkje få KVP.",
                "I rundskrivet står det at KVP er for personar utan rett til andre ytingar til livsopphald, eller med "
                "svært små ytingar.",
                "Etter sosialtenestelova § 29 må den som får KVP, ha ingen eller svært avgrensa ytingar til "
                "livsopphald.",
                "Kort fortalt: KVP er ikkje for dei som alt har ei fast yting å leve av, som dagpengar eller "
                "uføretrygd.",
                "Vanlegvis er det slik at økonomisk sosialhjelp ikkje blir rekna som ei yting som stengjer for KVP.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke sett på økonomien din ennå.",
                "Vi venter på kontoutskriftene dine, og vi kommer tilbake til økonomien din når vi har fått dem.",
                "Inntekt og ytelser: [skriv her]",
                "Vi må sjekke med skatteetaten først, så dette kravet er ikke vurdert ennå.",
            ],
            "nn": [
                "Vi har ikkje sett på økonomien din enno.",
                "Vi ventar på kontoutskriftene dine, og vi kjem tilbake til økonomien din når vi har fått dei.",
                "Inntekt og ytingar: [skriv her]",
                "Vi må sjekke med skatteetaten først, så dette kravet er ikkje vurdert enno.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Du har prøvd {tiltak_nb} tidligere, men det ble avsluttet etter noen uker. Vi ser at du trenger "
                "tettere oppfølging enn det vanlige tiltak gir, og det får du i KVP.",
                "Du har hatt oppfølging gjennom ungdomsgarantien siden {month}, men det har ikke vært nok til at du "
                "har kommet videre. Vi vurderer det slik at du har behov for spesielt tilpasset innsats, og at KVP er "
                "riktig for deg nå.",
                "Det er tydelig at enkeltstående tiltak ikke har fungert for deg: du var med på {tiltak_nb}, men "
                "falt fra. Med KVP får du et helt program og én fast veileder å forholde deg til.",
                "Slik vi forstår det, har du hatt flere korte tiltak hos NAV uten at noe har festet seg. Vi mener et "
                "helhetlig program er det som skal til, og at KVP er bedre for deg enn et nytt enkelttiltak.",
                "Vi har snakket om at du ønsker én los som følger deg hele veien, i stedet for å bli sendt mellom "
                "ulike tiltak. Du har tidligere vært på {tiltak_nb} uten å få det til å fungere. Derfor er KVP "
                "nødvendig og hensiktsmessig for deg.",
                "NAV har vurdert at du har behov for spesielt tilpasset innsats. Andre tiltak, som {tiltak_nb}, er "
                "allerede prøvd uten at du kom nærmere jobb.",
                "Vi har vurdert om du heller kunne fått et vanlig arbeidsmarkedstiltak. Men siden du avbrøt "
                "{tiltak_nb} i {month}, tror vi at du trenger den tette oppfølgingen og helheten som KVP gir.",
                "Du har stått i kø til tiltak lenge, og ventingen har ikke hjulpet deg videre. Vi mener KVP gir deg "
                "en tydelig plan og struktur som du ikke får på andre måter.",
                "Det kan virke som du trenger mer enn vanlig oppfølging fra NAV-kontoret. Du har hatt samtaler med "
                "veileder hver måned siden {month}, men det har ikke ført til aktivitet. KVP gir deg tettere "
                "oppfølging og et fast program.",
                "Da du var på {tiltak_nb}, så vi at du fikk det til når du hadde noen rundt deg hver dag, men at det "
                "stoppet opp da tiltaket tok slutt. Derfor mener vi at KVP, med tett oppfølging over tid, er det "
                "beste for deg.",
                "Vi mener KVP er riktig for deg fordi:\n– du har prøvd {tiltak_nb} uten å komme videre\n– du trenger "
                "tett oppfølging over lang tid\n– ungdomsgarantien alene har ikke vært nok",
                "Innsatsbehovet ditt er vurdert til spesielt tilpasset innsats. Vi har sett på andre muligheter, men "
                "vi mener du trenger et helt program med tett oppfølging, og det får du i KVP.",
            ],
            "nn": [
                "Du har prøvd {tiltak_nn} tidlegare, men det vart avslutta etter nokre veker. Vi ser at du treng "
                "tettare oppfølging enn det vanlege tiltak gir, og det får du i KVP.",
                "Du har hatt oppfølging gjennom ungdomsgarantien sidan {month}, men det har ikkje vore nok til at du "
                "har kome vidare. Vi vurderer det slik at du har behov for spesielt tilpassa innsats, og at KVP er "
                "rett for deg no.",
                "Det er tydeleg at enkeltståande tiltak ikkje har fungert for deg: du var med på {tiltak_nn}, men "
                "fall frå. Med KVP får du eit heilt program og éin fast rettleiar å halde deg til.",
                "Slik vi forstår det, har du hatt fleire korte tiltak hos NAV utan at noko har feste seg. Vi meiner "
                "eit heilskapleg program er det som skal til, og at KVP er betre for deg enn eit nytt enkelttiltak.",
                "Vi har snakka om at du ønskjer éin los som følgjer deg heile vegen, i staden for å bli send mellom "
                "ulike tiltak. Du har tidlegare vore på {tiltak_nn} utan å få det til å fungere. Difor er KVP "
                "naudsynt og føremålstenleg for deg.",
                "NAV har vurdert at du har behov for spesielt tilpassa innsats. Andre tiltak, som {tiltak_nn}, er "
                "alt prøvde utan at du kom nærare jobb.",
                "Vi har vurdert om du heller kunne fått eit vanleg arbeidsmarknadstiltak. Men sidan du avbraut "
                "{tiltak_nn} i {month}, trur vi at du treng den tette oppfølginga og heilskapen som KVP gir.",
                "Du har stått i kø til tiltak lenge, og ventinga har ikkje hjelpt deg vidare. Vi meiner KVP gir deg "
                "ein tydeleg plan og struktur som du ikkje får på andre måtar.",
                "Det kan verke som du treng meir enn vanleg oppfølging frå NAV-kontoret. Du har hatt samtalar med "
                "rettleiar kvar månad sidan {month}, men det har ikkje ført til aktivitet. KVP gir deg tettare "
                "oppfølging og eit fast program.",
                "Då du var på {tiltak_nn}, såg vi at du fekk det til når du hadde nokon rundt deg kvar dag, men at "
                "det stoppa opp då tiltaket tok slutt. Difor meiner vi at KVP, med tett oppfølging over tid, er det "
                "beste for deg.",
                "Vi meiner KVP er rett for deg fordi:\n– du har prøvd {tiltak_nn} utan å kome vidare\n– du treng "
                "tett oppfølging over lang tid\n– ungdomsgarantien åleine har ikkje vore nok",
                "Innsatsbehovet ditt er vurdert til spesielt tilpassa innsats. Vi har sett på andre moglegheiter, "
                "men vi meiner du treng eit heilt program med tett oppfølging, og det får du i KVP.",
            ],
        },
        "named": {
            "nb": [
                "Vi mener at KVP er nødvendig og hensiktsmessig for deg.",
                "Programmet er både nødvendig og riktig for deg.",
                "Vilkåret om at KVP skal være nødvendig og hensiktsmessig, er oppfylt.",
                "Vi har vurdert behovet ditt, og vi mener du fyller kravene her.",
                "Se vedtaket om innsatsbehov. Vi mener KVP er riktig tiltak.",
                "Vi vurderer det slik at du trenger KVP.",
                "Det er riktig at du får KVP, og vilkåret er oppfylt.",
            ],
            "nn": [
                "Vi meiner at KVP er naudsynt og føremålstenleg for deg.",
                "Programmet er både naudsynt og rett for deg.",
                "Vilkåret om at KVP skal vere naudsynt og føremålstenleg, er oppfylt.",
                "Vi har vurdert behovet ditt, og vi meiner du fyller krava her.",
                "Sjå vedtaket om innsatsbehov. Vi meiner KVP er rett tiltak.",
                "Vi vurderer det slik at du treng KVP.",
                "Det er rett at du får KVP, og vilkåret er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at KVP må være nødvendig og hensiktsmessig for at man skal komme i arbeid.",
                "Reglene for KVP er at man må ha behov for tett og forpliktende oppfølging, og at andre tiltak ikke "
                "er nok.",
                "I rundskrivet står det at programmet skal være nødvendig og hensiktsmessig for å styrke mulighetene "
                "til å komme i arbeid.",
                "Etter § 29 skal KVP bare gis når programmet er nødvendig og hensiktsmessig. Det betyr at andre "
                "tiltak fra NAV ikke skal passe like godt.",
                "KVP er ment for dem som trenger spesielt tilpasset innsats fra NAV. Det er vanlig at man har prøvd "
                "andre tiltak før.",
                "Kort forklart: KVP skal bare brukes når det er det tiltaket som passer best for å hjelpe noen ut i "
                "jobb.",
            ],
            "nn": [
                "Lova seier at KVP må vere naudsynt og føremålstenleg for at ein skal kome i arbeid.",
                "Reglane for KVP er at ein må ha behov for tett og forpliktande oppfølging, og at andre tiltak ikkje "
                "er nok.",
                "I rundskrivet står det at programmet skal vere naudsynt og føremålstenleg for å styrkje "
                "moglegheitene til å kome i arbeid.",
                "Etter § 29 skal KVP berre givast når programmet er naudsynt og føremålstenleg. Det tyder at andre "
                "tiltak frå NAV ikkje skal passe like godt.",
                "KVP er meint for dei som treng spesielt tilpassa innsats frå NAV. Det er vanleg at ein har prøvd "
                "andre tiltak før.",
                "Kort forklart: KVP skal berre brukast når det er det tiltaket som passar best for å hjelpe nokon ut "
                "i jobb.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke vurdert ennå om KVP er nødvendig og hensiktsmessig for deg.",
                "Vi venter på vedtaket om innsatsbehov før vi ser på om KVP er riktig tiltak for deg.",
                "Nødvendig og hensiktsmessig: [fyll inn]",
                "Om KVP er det rette tiltaket for deg, kommer vi tilbake til etter neste samtale med deg.",
            ],
            "nn": [
                "Vi har ikkje vurdert enno om KVP er naudsynt og føremålstenleg for deg.",
                "Vi ventar på vedtaket om innsatsbehov før vi ser på om KVP er rett tiltak for deg.",
                "Naudsynt og føremålstenleg: [fyll inn]",
                "Om KVP er det rette tiltaket for deg, kjem vi tilbake til etter neste samtale med deg.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt starter med praksisplass {praksis_nb} tre dager i uka. Resten av uka har du "
                "{kurs_nb}. Til sammen blir det {hours} timer i uka.",
                "Vi har laget planen sammen: først fire uker med kartlegging og jobbsøking hos oss, deretter "
                "praksisplass {praksis_nb}. Losen din følger deg opp hver uke.",
                "I programmet skal du ha {kurs_nb} to dager i uka og arbeidstrening {praksis_nb} to dager. Fredag "
                "har du samtale med veilederen din og trening på treningssenteret.",
                "Dette er programmet ditt:\n– praksisplass {praksis_nb}\n– {kurs_nb}\n– samtaler med losen din hver "
                "uke\n– til sammen {hours} timer i uka",
                "Slik vi har avtalt, starter du i en jobbklubb for ungdom på NAV-kontoret, og etter hvert skal du ut i "
                "praksisplass {praksis_nb}. Programmet er på {hours} timer i uka.",
                "Planen er at du skal ha {kurs_nb} på dagtid, og så skal du få prøve deg {praksis_nb}. Vi har satt "
                "opp {hours} timer i uka til sammen.",
                "Du skal være i praksis {praksis_nb} mandag til onsdag. Torsdag har du {kurs_nb}, og fredag har du "
                "oppfølging med losen din.",
                "Vi har snakket om at du vil prøve deg {praksis_nb}, og det er lagt inn i programmet ditt sammen med "
                "{kurs_nb}. I starten jobber du kortere dager, og så øker vi opp til {hours} timer i uka.",
                "Programmet inneholder arbeidstrening {praksis_nb}, {kurs_nb} og et kurs i privatøkonomi. Du får "
                "fast oppfølging av losen din hver uke.",
                "Aktivitetsplanen din viser at du skal ha praksisplass {praksis_nb} og ta {kurs_nb}. Vi går gjennom "
                "planen sammen hver måned.",
                "De første {months} ukene skal du ha praksisplass {praksis_nb}. Etter det er planen at du tar "
                "{kurs_nb} og søker jobb.",
                "Programmet ditt er på {hours} timer i uka og består av {kurs_nb}, praksisplass {praksis_nb} og "
                "faste møter med oss.",
            ],
            "nn": [
                "Programmet ditt byrjar med praksisplass {praksis_nn} tre dagar i veka. Resten av veka har du "
                "{kurs_nn}. Til saman blir det {hours} timar i veka.",
                "Vi har laga planen saman: først fire veker med kartlegging og jobbsøking hos oss, deretter "
                "praksisplass {praksis_nn}. Losen din følgjer deg opp kvar veke.",
                "I programmet skal du ha {kurs_nn} to dagar i veka og arbeidstrening {praksis_nn} to dagar. Fredag "
                "har du samtale med rettleiaren din og trening på treningssenteret.",
                "Dette er programmet ditt:\n– praksisplass {praksis_nn}\n– {kurs_nn}\n– samtalar med losen din kvar "
                "veke\n– til saman {hours} timar i veka",
                "Slik vi har avtalt, byrjar du i ein jobbklubb for ungdom på NAV-kontoret, og etter kvart skal du ut i "
                "praksisplass {praksis_nn}. Programmet er på {hours} timar i veka.",
                "Planen er at du skal ha {kurs_nn} på dagtid, og så skal du få prøve deg {praksis_nn}. Vi har sett "
                "opp {hours} timar i veka til saman.",
                "Du skal vere i praksis {praksis_nn} måndag til onsdag. Torsdag har du {kurs_nn}, og fredag har du "
                "oppfølging med losen din.",
                "Vi har snakka om at du vil prøve deg {praksis_nn}, og det er lagt inn i programmet ditt saman med "
                "{kurs_nn}. I starten jobbar du kortare dagar, og så aukar vi opp til {hours} timar i veka.",
                "Programmet inneheld arbeidstrening {praksis_nn}, {kurs_nn} og eit kurs i privatøkonomi. Du får fast "
                "oppfølging av losen din kvar veke.",
                "Aktivitetsplanen din viser at du skal ha praksisplass {praksis_nn} og ta {kurs_nn}. Vi går gjennom "
                "planen saman kvar månad.",
                "Dei første {months} vekene skal du ha praksisplass {praksis_nn}. Etter det er planen at du tek "
                "{kurs_nn} og søkjer jobb.",
                "Programmet ditt er på {hours} timar i veka og består av {kurs_nn}, praksisplass {praksis_nn} og "
                "faste møte med oss.",
            ],
        },
        "named": {
            "nb": [
                "Vi har laget et program som passer for deg.",
                "Programmet ditt er tilpasset deg, og vi mener du fyller kravene her.",
                "Se aktivitetsplanen vi har laget sammen.",
                "Vi kan tilby deg et program som passer, så dette vilkåret er oppfylt.",
                "Det er laget en plan for programmet ditt, og den ligger ved.",
                "Vi mener at programmet er godt tilpasset behovene dine.",
                "Kommunen kan tilby deg et tilpasset program.",
            ],
            "nn": [
                "Vi har laga eit program som passar for deg.",
                "Programmet ditt er tilpassa deg, og vi meiner du fyller krava her.",
                "Sjå aktivitetsplanen vi har laga saman.",
                "Vi kan tilby deg eit program som passar, så dette vilkåret er oppfylt.",
                "Det er laga ein plan for programmet ditt, og han ligg ved.",
                "Vi meiner at programmet er godt tilpassa behova dine.",
                "Kommunen kan tilby deg eit tilpassa program.",
            ],
        },
        "quoted": {
            "nb": [
                "Loven sier at programmet skal være på full tid og inneholde arbeidsrettede aktiviteter, opplæring "
                "og oppfølging.",
                "Reglene for KVP er at programmet kan være på opptil 37,5 timer i uka, med arbeid, opplæring og "
                "oppfølging.",
                "Etter sosialtjenesteloven § 30 skal programmet være helårig og på full tid. Det kan inneholde "
                "arbeidstrening, kurs og oppfølging.",
                "I rundskrivet står det at programmet skal tilpasses den enkelte, og at det kan vare i opptil to år.",
                "Kort forklart: KVP er et fulltidsprogram som lages i samarbeid med den det gjelder, og som skal "
                "hjelpe nærmere jobb.",
                "Forskriften sier at programmet skal ha arbeidsrettede tiltak, og at det kan inneholde andre "
                "aktiviteter som gjør en klar for jobb.",
            ],
            "nn": [
                "Lova seier at programmet skal vere på full tid og innehalde arbeidsretta aktivitetar, opplæring og "
                "oppfølging.",
                "Reglane for KVP er at programmet kan vere på opptil 37,5 timar i veka, med arbeid, opplæring og "
                "oppfølging.",
                "Etter sosialtenestelova § 30 skal programmet vere heilårleg og på full tid. Det kan innehalde "
                "arbeidstrening, kurs og oppfølging.",
                "I rundskrivet står det at programmet skal tilpassast den enkelte, og at det kan vare i opptil to år.",
                "Kort forklart: KVP er eit fulltidsprogram som blir laga i samarbeid med den det gjeld, og som skal "
                "hjelpe nærare jobb.",
                "Forskrifta seier at programmet skal ha arbeidsretta tiltak, og at det kan innehalde andre "
                "aktivitetar som gjer ein klar for jobb.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke laget planen for programmet ennå. Det gjør vi sammen på det første møtet.",
                "Innholdet i programmet kommer vi tilbake til.",
                "Programinnhold: [fylles ut]",
                "Vi venter på svar fra noen arbeidsgivere, og setter opp programmet når vi har hørt fra dem.",
            ],
            "nn": [
                "Vi har ikkje laga planen for programmet enno. Det gjer vi saman på det første møtet.",
                "Innhaldet i programmet kjem vi tilbake til.",
                "Programinnhald: [skal fyllast ut]",
                "Vi ventar på svar frå nokre arbeidsgjevarar, og set opp programmet når vi har høyrt frå dei.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Alderen din", "Er du i riktig alder?"],
            "nn": ["Alder", "Alderen din", "Er du i rett alder?"]},
    "work_ability": {"nb": ["Arbeidsevnen din", "Hvor mye du klarer å jobbe", "Arbeids- og inntektsevne"],
                     "nn": ["Arbeidsevna di", "Kor mykje du klarer å jobbe", "Arbeids- og inntektsevne"]},
    "benefits": {"nb": ["Økonomien din", "Inntekt og ytelser", "Hva du lever av"],
                 "nn": ["Økonomien din", "Inntekt og ytingar", "Kva du lever av"]},
    "necessity": {"nb": ["Hvorfor KVP?", "Er KVP riktig for deg?", "Behovet ditt for oppfølging"],
                  "nn": ["Kvifor KVP?", "Er KVP rett for deg?", "Behovet ditt for oppfølging"]},
    "program": {"nb": ["Programmet ditt", "Planen din", "Hva du skal gjøre i programmet"],
                "nn": ["Programmet ditt", "Planen din", "Kva du skal gjere i programmet"]},
}

FRAME = {
    "nb": {
        "title": ["Vedtak om kvalifiseringsprogram (KVP)", "Svar på søknaden din om kvalifiseringsprogram",
                  "Du får plass i kvalifiseringsprogrammet"],
        "intro": ["Hei! Takk for søknaden din om kvalifiseringsprogram, som vi fikk {date}.",
                  "Vi i ungdomsteamet har nå sett på søknaden din om KVP fra {date}.",
                  "Takk for sist! Søknaden din om kvalifiseringsprogram kom inn til oss {date}, og nå har vi "
                  "behandlet den."],
        "decision": ["Vi er glade for å kunne si ja: du får kvalifiseringsprogram fra {date}.",
                     "Du får KVP i perioden {date} til {date2}.",
                     "NAV {office} har innvilget søknaden din, og du er med i programmet fra {date}."],
        "general": ["Du oppfyller vilkårene for KVP, jf. sosialtjenesteloven § 29.",
                    "For å få KVP må man være i yrkesaktiv alder, ha vesentlig nedsatt arbeids- og inntektsevne og "
                    "ingen eller svært lite å leve av. I tillegg må programmet være nødvendig og hensiktsmessig, og "
                    "kommunen må kunne tilby et program som passer."],
        "reasons_heading": ["Hvorfor du får KVP", "Begrunnelse", "Slik har vi vurdert søknaden din"],
        "money_heading": ["Penger mens du er i programmet", "Kvalifiseringsstønad"],
        "money": ["Mens du er i programmet, får du kvalifiseringsstønad på {kvp_amount} kroner i året. Pengene kommer "
                  "inn på kontoen din hver måned, og det trekkes skatt av dem.",
                  "Stønaden din er kr {kvp_amount} i året, og den blir utbetalt hver måned. Husk at stønaden er "
                  "skattepliktig."],
        "start": ["Du starter i programmet {date}.",
                  "Første dag i programmet er {date}, og vedtaket gjelder i ett år i første omgang."],
        "evaluation": ["Vi tar en prat hver tredje måned om hvordan det går, og justerer planen sammen hvis det trengs.",
                       "Vi evaluerer programmet sammen med deg underveis, minst hver tredje måned."],
        "appeal_heading": ["Er du uenig?", "Du kan klage"],
        "appeal": ["Hvis du er uenig i vedtaket, kan du klage. Fristen er tre uker fra du fikk brevet. Send klagen "
                   "til NAV {office} – vi hjelper deg gjerne med å skrive den.",
                   "Du har rett til å klage innen tre uker, jf. forvaltningsloven § 29. Klagen sender du til NAV "
                   "{office}. Hvis vi ikke gir deg medhold, sender vi klagen videre til Statsforvalteren."],
        "closing": ["Vennlig hilsen ungdomsteamet", "Lykke til – vi gleder oss til å følge deg videre! Vennlig hilsen",
                    "Hilsen oss i ungdomsteamet"],
    },
    "nn": {
        "title": ["Vedtak om kvalifiseringsprogram (KVP)", "Svar på søknaden din om kvalifiseringsprogram",
                  "Du får plass i kvalifiseringsprogrammet"],
        "intro": ["Hei! Takk for søknaden din om kvalifiseringsprogram, som vi fekk {date}.",
                  "Vi i ungdomsteamet har no sett på søknaden din om KVP frå {date}.",
                  "Takk for sist! Søknaden din om kvalifiseringsprogram kom inn til oss {date}, og no har vi "
                  "handsama han."],
        "decision": ["Vi er glade for å kunne seie ja: du får kvalifiseringsprogram frå {date}.",
                     "Du får KVP i perioden {date} til {date2}.",
                     "NAV {office} har innvilga søknaden din, og du er med i programmet frå {date}."],
        "general": ["Du oppfyller vilkåra for KVP, jf. sosialtenestelova § 29.",
                    "For å få KVP må ein vere i yrkesaktiv alder, ha vesentleg nedsett arbeids- og inntektsevne og "
                    "ingenting eller svært lite å leve av. I tillegg må programmet vere naudsynt og føremålstenleg, "
                    "og kommunen må kunne tilby eit program som passar."],
        "reasons_heading": ["Kvifor du får KVP", "Grunngjeving", "Slik har vi vurdert søknaden din"],
        "money_heading": ["Pengar medan du er i programmet", "Kvalifiseringsstønad"],
        "money": ["Medan du er i programmet, får du kvalifiseringsstønad på {kvp_amount} kroner i året. Pengane "
                  "kjem inn på kontoen din kvar månad, og det blir trekt skatt av dei.",
                  "Stønaden din er kr {kvp_amount} i året, og han blir utbetalt kvar månad. Hugs at stønaden er "
                  "skattepliktig."],
        "start": ["Du byrjar i programmet {date}.",
                  "Første dagen i programmet er {date}, og vedtaket gjeld i eitt år i første omgang."],
        "evaluation": ["Vi tek ein prat kvar tredje månad om korleis det går, og justerer planen saman om det trengst.",
                       "Vi evaluerer programmet saman med deg undervegs, minst kvar tredje månad."],
        "appeal_heading": ["Er du ueinig?", "Du kan klage"],
        "appeal": ["Om du er ueinig i vedtaket, kan du klage. Fristen er tre veker frå du fekk brevet. Send klaga til "
                   "NAV {office} – vi hjelper deg gjerne med å skrive ho.",
                   "Du har rett til å klage innan tre veker, jf. forvaltningslova § 29. Klaga sender du til NAV "
                   "{office}. Om vi ikkje gir deg medhald, sender vi klaga vidare til Statsforvaltaren."],
        "closing": ["Venleg helsing ungdomsteamet", "Lykke til – vi gler oss til å følgje deg vidare! Venleg helsing",
                    "Helsing oss i ungdomsteamet"],
    },
}
