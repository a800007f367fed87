"""Held-out phrasing bank «heldout14» (round 13) for the synthetic KVP decision letters.

Written by an author who read neither the decision rule (audit/grounds/, docs/grounds.md, its tests,
benchmarks/grounds.py) nor any other phrasing bank, nor the committed sample letters. Angle: big-city
NAV offices (bydel offices in Oslo and Bergen) writing in klarspråk — short sentences, «du», «Vi har lagt
vekt på …», «Dette betyr at …», questions as headings — from a case-management template with checklists,
bullet points and «Label: value» lines; young adults and immigrant applicants; references to documents
(arbeidsevnevurdering, legeerklæring, kartlegging). The «nei» kinds are what such a template leaves
behind: its generic sentence, a ticked box, a reference to a document without what it shows, circular
reasoning, the law in plain language, an assessment postponed.

Data only (see sample_data/letters/__init__.py for the shape): ``CRITERIA[criterion][kind][lang]`` are
``str.format`` templates over the generator's slots and ``FILLERS``; a template with "\\n" is a paragraph
followed by more paragraphs. ``FRAME`` is this bank's own letter template around the grounds.
"""

BANK = "heldout14"

FILLERS = {
    "diagnosis_nb": ["depresjon", "en angstlidelse", "PTSD", "kroniske ryggsmerter", "ADHD", "migrene",
                     "smerter i nakke og skuldre", "en spiseforstyrrelse"],
    "diagnosis_nn": ["depresjon", "ei angstliding", "PTSD", "kroniske ryggsmerter", "ADHD", "migrene",
                     "smerter i nakke og skuldrer"],
    "job_nb": ["renholder", "lagermedarbeider", "butikkmedarbeider", "kjøkkenassistent", "budsjåfør",
               "servitør"],
    "job_nn": ["reinhaldar", "lagermedarbeidar", "butikkmedarbeidar", "kjøkkenassistent", "bodsjåfør",
               "servitør"],
    "country": ["Somalia", "Syria", "Eritrea", "Afghanistan", "Irak", "Polen", "Etiopia"],
    "level": ["A1", "A2", "B1"],
    "measure_nb": ["arbeidstrening på Fretex", "arbeidspraksis i en matbutikk", "praksis på et lager i Alnabru",
                   "arbeidstrening i kantina på et sykehjem", "praksis i en barnehage", "arbeidstrening i et vaskeri"],
    "measure_nn": ["arbeidstrening på Fretex", "arbeidspraksis i ein matbutikk", "praksis på eit lager på Kokstad",
                   "arbeidstrening i kantina på ein sjukeheim", "praksis i ein barnehage"],
    "course_nb": ["norskkurs på Voksenopplæringen", "jobbsøkerkurs", "truckførerkurs", "kurs i grunnleggende data",
                  "norskkurs med arbeidsretting"],
    "course_nn": ["norskkurs på vaksenopplæringa", "jobbsøkjarkurs", "truckførarkurs", "kurs i grunnleggjande data"],
    "prior_nb": ["jobbsøkerkurs", "arbeidspraksis", "introduksjonsprogrammet", "et avklaringstiltak",
                 "oppfølging fra ungdomsteamet"],
    "prior_nn": ["jobbsøkjarkurs", "arbeidspraksis", "introduksjonsprogrammet", "eit avklaringstiltak",
                 "oppfølging frå ungdomsteamet"],
    "benefit_nb": ["arbeidsavklaringspenger", "dagpenger", "sykepenger"],
    "benefit_nn": ["arbeidsavklaringspengar", "dagpengar", "sjukepengar"],
    "goal_nb": ["fast jobb i butikk", "fagbrev som helsefagarbeider", "jobb på lager", "jobb i renhold",
                "fagbrev i barne- og ungdomsarbeiderfaget"],
    "goal_nn": ["fast jobb i butikk", "fagbrev som helsefagarbeidar", "jobb på lager", "jobb i reinhald"],
}

HEADINGS = {
    "age": {
        "nb": ["Alder", "Er du i riktig alder?", "Vilkåret om alder", "Alderen din"],
        "nn": ["Alder", "Er du i rett alder?", "Vilkåret om alder"],
    },
    "work_ability": {
        "nb": ["Arbeidsevnen din", "Hvorfor mener vi at arbeidsevnen din er nedsatt?", "Vilkåret om arbeids- og inntektsevne",
               "Arbeids- og inntektsevne"],
        "nn": ["Arbeidsevna di", "Kvifor meiner vi at arbeidsevna di er nedsett?", "Vilkåret om arbeids- og inntektsevne"],
    },
    "benefits": {
        "nb": ["Økonomien din", "Har du andre inntekter eller ytelser?", "Vilkåret om ytelser", "Inntekt og ytelser"],
        "nn": ["Økonomien din", "Har du andre inntekter eller ytingar?", "Vilkåret om ytingar"],
    },
    "necessity": {
        "nb": ["Hvorfor får du kvalifiseringsprogram?", "Hvorfor er programmet riktig for deg?",
               "Nødvendig og hensiktsmessig?", "Behovet ditt"],
        "nn": ["Kvifor får du kvalifiseringsprogram?", "Kvifor er programmet rett for deg?",
               "Naudsynt og føremålstenleg?"],
    },
    "program": {
        "nb": ["Hva skal du gjøre i programmet?", "Programmet ditt", "Tilpasset program", "Planen din"],
        "nn": ["Kva skal du gjere i programmet?", "Programmet ditt", "Tilpassa program"],
    },
}

CRITERIA = {
    # ------------------------------------------------------------------ alder
    "age": {
        "grounds": {
            "nb": [
                "Du er {age} år.",
                "Alder: {age} år (født {birth_year}).",
                "Du er født i {birth_year} og er {age} år. Dette betyr at du er i yrkesaktiv alder.",
                "Vi har lagt vekt på at du er {age} år gammel.",
                "Ifølge folkeregisteret er du {age} år. Du fyller derfor kravet til alder.",
                "[X] Yrkesaktiv alder – søker er {age} år.",
                "Fødselsår: {birth_year}.\nAlder på vedtakstidspunktet: {age} år",
                "Du er {age} år og kan derfor delta i programmet.",
                "Alderen din er {age} år. Nedre grense er 18 år, så du er innenfor.",
                "Søker er {age} år og innenfor aldersgrensene for programmet.",
                "Født {birth_year}, altså {age} år i dag.",
                "Du er {age} år og er i yrkesaktiv alder, jf. sosialtjenesteloven § 29.",
                "Vi har lagt til grunn at du er {age} år, slik det står i folkeregisteret.",
                "Du er {age} år og har bodd i Norge siden {year}.",
            ],
            "nn": [
                "Du er {age} år.",
                "Alder: {age} år (fødd {birth_year}).",
                "Du er fødd i {birth_year} og er {age} år. Det betyr at du er i yrkesaktiv alder.",
                "Vi har lagt vekt på at du er {age} år gammal.",
                "Ifølgje folkeregisteret er du {age} år, og du fyller dermed kravet til alder.",
                "[X] Yrkesaktiv alder – søkjar er {age} år.",
                "Alderen din er {age} år, og du er dermed over 18 år.",
            ],
        },
        "named": {
            "nb": [
                "Du er i yrkesaktiv alder.",
                "Alder: Oppfylt.",
                "Sjekkliste for vilkårene:\n[X] Yrkesaktiv alder",
                "Aldersvilkåret er oppfylt fordi du er i yrkesaktiv alder.",
                "Vi har sjekket alderen din. Du er innenfor aldersgrensene.",
                "Vilkåret om alder er vurdert og er oppfylt, jf. opplysninger fra Folkeregisteret.",
                "Du har riktig alder for å delta i programmet.",
                "Alderskrav: Ja.",
                "Du oppfyller kravet til alder, se folkeregisteret.",
                "Etter en gjennomgang av opplysningene i saken din har vi kommet fram til at du oppfyller "
                "vilkåret om alder som gjelder for kvalifiseringsprogrammet.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder.",
                "Alder: Oppfylt.",
                "[X] Yrkesaktiv alder.",
                "Vilkåret om alder er oppfylt fordi du er i yrkesaktiv alder.",
                "Du har rett alder for å vere med i programmet.",
                "Vi har sjekka alderen din. Du er innanfor aldersgrensene.",
            ],
        },
        "quoted": {
            "nb": [
                "Du må være mellom 18 og 67 år for å få kvalifiseringsprogram.",
                "Hva betyr yrkesaktiv alder? Det betyr at du har fylt 18 år og ikke har nådd pensjonsalder.",
                "Kvalifiseringsprogram kan gis til personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første ledd.",
                "Fra 1. januar 2019 ble den nedre aldersgrensen for programmet senket fra 19 til 18 år.",
                "Aldersgrensen for kvalifiseringsprogram følger av sosialtjenesteloven § 29 og rundskrivet til loven.",
            ],
            "nn": [
                "Du må vere mellom 18 og 67 år for å få kvalifiseringsprogram.",
                "Kva tyder yrkesaktiv alder? Det tyder at du har fylt 18 år og ikkje har nådd pensjonsalder.",
                "Kvalifiseringsprogram kan givast til personar i yrkesaktiv alder, jf. sosialtenestelova § 29.",
            ],
        },
        "negated": {
            "nb": [
                "Alder: Ikke kontrollert.",
                "Vi har ikke fått bekreftet alderen din, fordi vi mangler gyldig ID. Vi vurderer alderen når vi "
                "har fått dokumentasjon.",
                "Aldersvilkåret er ikke vurdert særskilt i dette vedtaket.",
                "[ ] Yrkesaktiv alder (ikke vurdert).",
            ],
            "nn": [
                "Alder: Ikkje kontrollert.",
                "Vi har ikkje vurdert vilkåret om alder i dette vedtaket. Det kjem vi tilbake til.",
                "[ ] Yrkesaktiv alder (ikkje vurdert).",
            ],
        },
    },
    # ------------------------------------------------------------------ arbeids- og inntektsevne
    "work_ability": {
        "grounds": {
            "nb": [
                "Arbeidsevnevurderingen datert {date} viser at du har {diagnosis_nb}. Du har ikke vært i jobb siden "
                "{year}. Derfor mener vi at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Hva har vi lagt vekt på?\n• Du har {diagnosis_nb}, og legen skriver at du tåler lite stress.\n"
                "• Du har ikke hatt fast jobb de siste {years} årene.\n• Du har ikke fullført videregående skole.",
                "Du kom til Norge fra {country} i {year}. Du har lite skolegang og snakker norsk på nivå {level}. "
                "Du har ingen arbeidserfaring fra Norge. Dette gjør det vanskelig for deg å få og beholde en jobb.",
                "Du jobbet som {job_nb} til {year}, men måtte slutte på grunn av {diagnosis_nb}. Siden da har du ikke "
                "klart å jobbe, heller ikke deltid.",
                "Legeerklæringen fra {date} sier at du på grunn av {diagnosis_nb} bare klarer lett arbeid noen timer "
                "om dagen.",
                "Arbeidsevne: Vesentlig nedsatt. Begrunnelse: {diagnosis_nb}, ingen utdanning etter grunnskolen, "
                "ingen arbeidserfaring de siste {years} årene.",
                "Du har {diagnosis_nb}. Du har prøvd å jobbe som {job_nb}, men har aldri klart mer enn noen uker om "
                "gangen.",
                "I kartleggingssamtalen {date} fortalte du at du ikke har jobbet siden {year}, og at {diagnosis_nb} "
                "gjør at du ofte må holde deg hjemme. Vi har lagt vekt på dette.",
                "Du har norsk på nivå {level} og ingen utdanning fra {country} som er godkjent i Norge. Du har aldri "
                "hatt lønnet arbeid i Norge. Vi mener derfor at evnen din til å skaffe deg inntekt gjennom arbeid er "
                "vesentlig nedsatt.",
                "Du sluttet på videregående skole etter første år og har siden bare hatt korte vikariater. Du har "
                "{diagnosis_nb}, som gjør det vanskelig å møte opp hver dag.",
                "Ifølge arbeidsevnevurderingen har du store hull i CV-en, lite arbeidserfaring og {diagnosis_nb}.",
                "Dette har vi sett på:\n– Helse: {diagnosis_nb}, bekreftet av fastlegen {date}\n– Utdanning: grunnskole\n"
                "– Arbeid: ingen lønnet jobb siden {year}",
                "Du har ikke hatt inntekt fra arbeid siden {year}, fordi {diagnosis_nb} har gjort deg ute av stand til å jobbe "
                "fast.",
                "Du har lite erfaring fra arbeidslivet: to sommerjobber, men aldri fast jobb. Du sluttet på videregående i "
                "{year} på grunn av {diagnosis_nb}.",
                "Det som gjør det vanskelig for deg å få jobb, er:\n• norsk på nivå {level}\n• ingen utdanning som er godkjent i "
                "Norge\n• {diagnosis_nb}",
                "Vi har lagt vekt på legeerklæringen fra {date}: du har {diagnosis_nb} og kan i dag ikke jobbe i et vanlig "
                "arbeidsforhold.",
            ],
            "nn": [
                "Arbeidsevnevurderinga datert {date} viser at du har {diagnosis_nn}. Du har ikkje vore i jobb sidan "
                "{year}. Difor meiner vi at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Kva har vi lagt vekt på?\n• Du har {diagnosis_nn}.\n• Du har ikkje hatt fast jobb dei siste {years} åra.\n"
                "• Du har ikkje fullført vidaregåande skule.",
                "Du kom til Noreg frå {country} i {year}. Du har lite skulegang og snakkar norsk på nivå {level}. "
                "Du har inga arbeidserfaring frå Noreg.",
                "Du jobba som {job_nn} fram til {year}, men måtte slutte på grunn av {diagnosis_nn}. Sidan då har du "
                "ikkje klart å jobbe.",
                "Legeerklæringa frå {date} seier at du på grunn av {diagnosis_nn} berre klarer lett arbeid nokre timar "
                "om dagen.",
                "Arbeidsevne: Vesentleg nedsett. Grunngjeving: {diagnosis_nn}, inga utdanning etter grunnskulen, "
                "inga arbeidserfaring dei siste {years} åra.",
                "Det som gjer det vanskeleg for deg å få jobb, er:\n• norsk på nivå {level}\n• inga utdanning som er godkjend i "
                "Noreg\n• {diagnosis_nn}",
                "Du slutta på vidaregåande i {year} på grunn av {diagnosis_nn}, og du har aldri hatt fast jobb.",
            ],
        },
        "named": {
            "nb": [
                "Vi har vurdert at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "[X] Vesentlig nedsatt arbeids- og inntektsevne.",
                "Arbeidsevne: Vesentlig nedsatt (se arbeidsevnevurdering datert {date}).",
                "Vi har gått grundig gjennom alle opplysningene i saken din, også dokumentene du har sendt oss og det du "
                "fortalte i samtalen med veilederen, og etter en samlet vurdering har vi kommet fram til at arbeids- og "
                "inntektsevnen din er vesentlig nedsatt.",
                "Du oppfyller vilkåret om nedsatt arbeidsevne. Vi viser til legeerklæringen i saken.",
                "Arbeids- og inntektsevnen din er vesentlig nedsatt, og du fyller derfor dette vilkåret.",
                "I samtalen {date} snakket vi om arbeidsevnen din. Vi mener at vilkåret er oppfylt.",
                "Arbeidsevnen er vurdert etter NAV-loven § 14 a. Vurderingen ligger i saken din.",
                "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne: Oppfylt.",
                "Vurdering av arbeidsevne: se vedlegg.",
                "Du har utfordringer som gjør det vanskelig å komme i arbeid.",
            ],
            "nn": [
                "Vi har vurdert at arbeids- og inntektsevna di er vesentleg nedsett.",
                "[X] Vesentleg nedsett arbeids- og inntektsevne.",
                "Arbeidsevne: Vesentleg nedsett (sjå arbeidsevnevurdering datert {date}).",
                "Du fyller vilkåret om nedsett arbeidsevne. Vi viser til legeerklæringa i saka.",
                "Du har utfordringar som gjer det vanskeleg å kome i arbeid.",
                "I samtalen {date} snakka vi om arbeidsevna di. Vi meiner at vilkåret er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "For å få kvalifiseringsprogram må du ha vesentlig nedsatt arbeids- og inntektsevne. Det betyr at du "
                "har store hindringer for å komme i jobb.",
                "Med vesentlig nedsatt arbeids- og inntektsevne menes at evnen til å skaffe seg inntekt gjennom arbeid "
                "er betydelig redusert, for eksempel på grunn av helse, manglende utdanning eller lang tid uten arbeid.",
                "Det er et krav at NAV har vurdert arbeidsevnen før programmet innvilges, jf. NAV-loven § 14 a.",
                "Programmet er for deg som har vesentlig nedsatt arbeids- og inntektsevne, jf. sosialtjenesteloven § 29.",
            ],
            "nn": [
                "For å få kvalifiseringsprogram må du ha vesentleg nedsett arbeids- og inntektsevne. Det tyder at du "
                "har store hindringar for å kome i jobb.",
                "Det er eit krav at NAV har vurdert arbeidsevna før programmet vert innvilga, jf. NAV-lova § 14 a.",
                "Programmet er for deg som har vesentleg nedsett arbeids- og inntektsevne, jf. sosialtenestelova § 29.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnevurderingen er ikke ferdig. Vi vurderer arbeidsevnen din når den foreligger.",
                "Vi har ennå ikke fått legeerklæringen, så arbeids- og inntektsevnen din er ikke vurdert.",
                "Arbeids- og inntektsevne: Ikke vurdert – venter på dokumentasjon.",
                "Vi har ikke gjort en egen vurdering av arbeidsevnen din i denne saken.",
                "Vi gjør en arbeidsevnevurdering i løpet av de første {months} månedene i programmet.",
            ],
            "nn": [
                "Arbeidsevnevurderinga er ikkje ferdig. Vi vurderer arbeidsevna di når ho ligg føre.",
                "Arbeids- og inntektsevne: Ikkje vurdert – ventar på dokumentasjon.",
                "Vi har ikkje gjort ei eiga vurdering av arbeidsevna di i denne saka.",
            ],
        },
    },
    # ------------------------------------------------------------------ ytelser til livsopphold
    "benefits": {
        "grounds": {
            "nb": [
                "Du har ingen inntekt. Du har fått økonomisk sosialhjelp fra NAV {office} siden {month} {year}.",
                "Inntekt: ingen.\nYtelser: økonomisk sosialhjelp, ca. {amount} per måned",
                "Arbeidsavklaringspengene dine stanset {date}. Siden da har du levd av økonomisk sosialhjelp.",
                "Du fikk avslag på {benefit_nb} {date}, og du har ingen andre ytelser å leve av.",
                "Du har bare barnetrygd og bostøtte, til sammen {amount} i måneden. Det er ikke nok til å leve av.",
                "Vi har lagt vekt på at du ikke har opptjent rett til dagpenger, og at du ikke mottar AAP eller "
                "uføretrygd. Du har fått sosialhjelp i {months} måneder.",
                "Kontoutskriftene du sendte oss, viser at du ikke har hatt andre inntekter enn sosialhjelp de siste "
                "{months} månedene.",
                "Du mottok {benefit_nb} fram til {date}. Nå har du ingen ytelse fra folketrygden.",
                "Du har vært i introduksjonsprogrammet, som sluttet {date}. Etter det har du ikke hatt noen fast inntekt.",
                "[X] Ingen eller svært begrensede ytelser – mottar kun supplerende sosialhjelp ({amount} i måneden).",
                "Du har ikke rett på {benefit_nb}, fordi du ikke har hatt nok inntekt de siste årene. Du forsørges i dag "
                "av sosialhjelp.",
                "Økonomi:\n– Lønn: ingen\n– Ytelser fra NAV: ingen, avslag på {benefit_nb} {date}\n– Sosialhjelp: {amount} per måned",
                "Du forsørger deg i dag med sosialhjelp og litt hjelp fra familien. Du har ingen sparepenger.",
                "Da introduksjonsstønaden din stanset {date}, hadde du ingen inntekt igjen. Du har søkt sosialhjelp hver "
                "måned siden.",
            ],
            "nn": [
                "Du har inga inntekt. Du har fått økonomisk sosialhjelp frå NAV {office} sidan {month} {year}.",
                "Inntekt: inga.\nYtingar: økonomisk sosialhjelp, om lag {amount} per månad",
                "Arbeidsavklaringspengane dine stansa {date}. Sidan då har du levd av økonomisk sosialhjelp.",
                "Du fekk avslag på {benefit_nn} {date}, og du har ingen andre ytingar å leve av.",
                "Du har berre barnetrygd og bustøtte, til saman {amount} i månaden.",
                "Du har ikkje rett på {benefit_nn}, fordi du ikkje har hatt nok inntekt dei siste åra. I dag lever du "
                "av sosialhjelp.",
                "Kontoutskriftene du sende oss, viser at du ikkje har hatt andre inntekter enn sosialhjelp dei siste "
                "{months} månadene.",
            ],
        },
        "named": {
            "nb": [
                "[X] Ingen eller svært begrensede ytelser.",
                "Vilkåret om ytelser er oppfylt.",
                "Inntekt og ytelser: Vilkåret er oppfylt (se økonomisk kartlegging datert {date}).",
                "Vi har vurdert økonomien din, og du fyller vilkåret om ytelser til livsopphold.",
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Opplysningene om økonomien din er kontrollert, og det er ikke noe som hindrer at du får program.",
                "Vi har hentet opplysninger om inntekten din fra a-ordningen og Skatteetaten. Ut fra disse oppfyller du "
                "vilkåret.",
                "Du fyller vilkåret om ytelser. Se økonomiopplysningene i saken.",
                "Den økonomiske situasjonen din er kartlagt.",
                "Økonomi: OK.",
            ],
            "nn": [
                "[X] Ingen eller svært avgrensa ytingar.",
                "Vilkåret om ytingar er oppfylt.",
                "Vi har vurdert økonomien din, og du fyller vilkåret om ytingar til livsopphald.",
                "Inntekt og ytingar: Vilkåret er oppfylt (sjå økonomisk kartlegging datert {date}).",
                "Økonomi: OK.",
            ],
        },
        "quoted": {
            "nb": [
                "Du kan ikke få kvalifiseringsprogram hvis du har rett til andre ytelser som arbeidsavklaringspenger "
                "eller uføretrygd.",
                "Kvalifiseringsprogram er for deg som har ingen eller svært lave ytelser til livsopphold etter "
                "folketrygdloven eller arbeidsmarkedstiltak.",
                "Det er et vilkår at søkeren ikke har eller har svært begrensede ytelser til livsopphold, jf. "
                "sosialtjenesteloven § 29 første ledd.",
                "Hvorfor spør vi om økonomien din? Programmet er for dem som ikke har andre ytelser å leve av.",
            ],
            "nn": [
                "Du kan ikkje få kvalifiseringsprogram om du har rett til andre ytingar som arbeidsavklaringspengar "
                "eller uføretrygd.",
                "Det er eit vilkår at søkjaren ikkje har eller har svært avgrensa ytingar til livsopphald, jf. "
                "sosialtenestelova § 29.",
                "Kvalifiseringsprogram er for deg som har ingen eller svært låge ytingar til livsopphald.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ennå ikke fått oversikt over inntektene dine. Dette vurderer vi når du har sendt oss kontoutskrifter.",
                "Det er ikke avklart om du har rett til {benefit_nb}. Vi kommer tilbake til dette.",
                "Inntekt og ytelser: Ikke kartlagt.",
                "Vi venter på svar på søknaden din om {benefit_nb}. Vilkåret om ytelser vurderer vi når svaret kommer.",
            ],
            "nn": [
                "Vi har ikkje fått oversikt over inntektene dine enno. Det vurderer vi seinare.",
                "Inntekt og ytingar: Ikkje kartlagt.",
            ],
        },
    },
    # ------------------------------------------------------------------ nødvendig og hensiktsmessig
    "necessity": {
        "grounds": {
            "nb": [
                "Du har prøvd {prior_nb} tidligere, uten å komme i jobb. Vi mener du nå trenger tettere oppfølging over "
                "lengre tid, og det får du i kvalifiseringsprogrammet.",
                "Vi har lagt vekt på at du har hatt {prior_nb} i {months} måneder uten å komme nærmere jobb. "
                "Målet ditt er {goal_nb}. Det krever både norskopplæring og praksis samtidig, og det kan vi gi deg i "
                "programmet.",
                "Hvorfor KVP og ikke et vanlig tiltak? Du trenger hjelp med flere ting samtidig: norsk, arbeidserfaring "
                "og oppfølging av helsen. Et kurs alene vil ikke være nok.",
                "Arbeidsevnevurderingen fra {date} viser at du trenger tett oppfølging over tid for å nå målet om "
                "{goal_nb}. Vanlige tiltak fra NAV varer bare noen måneder og er ikke nok.",
                "Etter {prior_nb} i {year} sa du selv at du trengte mer struktur i hverdagen. Programmet gir deg faste "
                "aktiviteter fem dager i uka og en fast veileder.",
                "Du har ikke hatt en fast kontaktperson i NAV før. I programmet får du én veileder som følger deg "
                "hver uke. Vi tror det er det du trenger for å komme videre etter {prior_nb}.",
                "Vi har lagt vekt på:\n• Du har hatt oppfølging fra NAV siden {year} uten å komme i jobb.\n• Du har prøvd {prior_nb} uten å få jobb.\n"
                "• Du ønsker {goal_nb}, og det krever et lengre løp.",
                "Programmet er nødvendig fordi du har prøvd {prior_nb} uten resultat og trenger oppfølging over lengre tid. "
                "Det er hensiktsmessig fordi du selv ønsker det og har et realistisk mål: {goal_nb}.",
                "Kartleggingen {date} viser at du trenger hjelp både med språk og med å bli kjent med norsk arbeidsliv. "
                "Dette får du best gjennom et fulltidsprogram.",
                "Du avsluttet {prior_nb} {date} uten å få jobb. Et nytt kort tiltak vil etter vår vurdering ikke "
                "være nok.",
                "Du har prøvd {prior_nb} i {months} måneder, men møtte ofte ikke opp når ingen fulgte deg opp. Du "
                "trenger et mer forpliktende opplegg med fast veileder, og det gir programmet.",
                "Du har hatt mange korte tiltak siden {year}, men faller ut når oppfølgingen stopper. Derfor trenger du et "
                "program som varer over tid.",
                "Vi har vurdert om {course_nb} alene er nok. Det er det ikke: du trenger også praksis og tett oppfølging for "
                "å nå målet om {goal_nb}.",
            ],
            "nn": [
                "Du har prøvd {prior_nn} tidlegare, utan å kome i jobb. Vi meiner du no treng tettare oppfølging over "
                "lengre tid, og det får du i kvalifiseringsprogrammet.",
                "Vi har lagt vekt på at du har hatt {prior_nn} i {months} månader utan å kome nærare jobb. "
                "Målet ditt er {goal_nn}, og det krev både norskopplæring og praksis samstundes.",
                "Kvifor KVP og ikkje eit vanleg tiltak? Du treng hjelp med fleire ting samstundes: norsk, "
                "arbeidserfaring og oppfølging av helsa. Eit kurs åleine vil ikkje vere nok.",
                "Arbeidsevnevurderinga frå {date} viser at du treng tett oppfølging over tid for å nå målet om "
                "{goal_nn}. Vanlege tiltak frå NAV varer berre nokre månader og er ikkje nok.",
                "Vi har lagt vekt på:\n• Du har hatt oppfølging frå NAV sidan {year} utan å kome i jobb.\n• Du har prøvd {prior_nn} utan å få jobb.\n"
                "• Du ønskjer {goal_nn}, og det krev eit lengre løp.",
                "Du har prøvd {prior_nn} i {months} månader, men møtte ofte ikkje opp når ingen følgde deg opp. Du treng "
                "eit meir forpliktande opplegg med fast rettleiar.",
            ],
        },
        "named": {
            "nb": [
                "Vi mener at programmet er nødvendig og hensiktsmessig for deg.",
                "Vilkår i § 29 (kryss av):\n[X] Nødvendig og hensiktsmessig",
                "Du trenger programmet fordi du har behov for det.",
                "Kvalifiseringsprogram er det riktige tiltaket for deg nå.",
                "Vi har vurdert at kvalifiseringsprogram er det beste tilbudet til deg, se arbeidsevnevurdering "
                "datert {date}.",
                "Programmet vil hjelpe deg nærmere arbeid, og vi mener derfor at det er hensiktsmessig.",
                "Etter en helhetlig vurdering av situasjonen din og de opplysningene som foreligger i saken, har NAV "
                "kommet til at deltakelse i kvalifiseringsprogram både er nødvendig og hensiktsmessig for å styrke "
                "mulighetene dine for å komme i arbeid.",
                "Dette betyr at du har behov for kvalifiseringsprogram.",
                "Nødvendig og hensiktsmessig: Ja, jf. kartlegging.",
                "Vi mener at du vil ha nytte av programmet.",
                "Programmet er hensiktsmessig fordi det vil gi deg bedre muligheter til å komme i arbeid.",
            ],
            "nn": [
                "Vi meiner at programmet er naudsynt og føremålstenleg for deg.",
                "[X] Naudsynt og føremålstenleg.",
                "Du treng programmet fordi du har behov for det.",
                "Kvalifiseringsprogram er det rette tiltaket for deg no.",
                "Vi har vurdert at kvalifiseringsprogram er det beste tilbodet til deg, sjå arbeidsevnevurdering "
                "datert {date}.",
                "Programmet er føremålstenleg fordi det vil gi deg betre sjansar til å kome i arbeid.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet skal være nødvendig og hensiktsmessig for å styrke mulighetene dine for å komme i arbeid.",
                "Kvalifiseringsprogrammet er for personer som trenger tett og koordinert oppfølging for å komme i jobb.",
                "Etter sosialtjenesteloven § 29 skal NAV, etter en arbeidsevnevurdering, vurdere om programmet er "
                "nødvendig og hensiktsmessig.",
                "Hva betyr «nødvendig og hensiktsmessig»? Det betyr at programmet må være det som passer best for å "
                "hjelpe søkeren i arbeid, og at andre tiltak ikke er nok.",
                "Før vi kan gi kvalifiseringsprogram, må vi vurdere om programmet er nødvendig og hensiktsmessig, jf. "
                "rundskriv til sosialtjenesteloven (hovednr. 35).",
            ],
            "nn": [
                "Programmet skal vere naudsynt og føremålstenleg for å styrkje sjansane dine for å kome i arbeid.",
                "Kvalifiseringsprogrammet er for personar som treng tett og samordna oppfølging for å kome i jobb.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke vurdert om andre tiltak kan passe bedre for deg. Dette ser vi på i det første "
                "evalueringsmøtet.",
                "Om programmet er riktig for deg, blir vurdert nærmere etter de første {months} månedene.",
                "Nødvendig og hensiktsmessig: Ikke vurdert.",
                "Vi har ikke fått arbeidsevnevurderingen ennå og kan derfor ikke si noe om behovet ditt for programmet nå.",
            ],
            "nn": [
                "Vi har ikkje vurdert om andre tiltak kan passe betre for deg. Det ser vi på i det første "
                "evalueringsmøtet.",
                "Naudsynt og føremålstenleg: Ikkje vurdert.",
            ],
        },
    },
    # ------------------------------------------------------------------ tilpasset program
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt:\n• {course_nb}, mandag til onsdag\n• {measure_nb}, torsdag og fredag\n"
                "• Samtale med veilederen din hver fjortende dag",
                "Du starter med {course_nb} {date}. Etter {months} måneder går du over til {measure_nb}. Til sammen "
                "blir det {hours} timer i uka.",
                "Vi har plass til deg på {measure_nb} fra {date}. Du skal også gå på {course_nb} to dager i uka.",
                "Planen din har tre deler:\nDel 1 (fra {date}): {course_nb}\nDel 2: {measure_nb}\n"
                "Del 3: jobbsøking med hjelp fra veilederen, målet er {goal_nb}",
                "Programmet er lagt opp slik at du kan hente barna i barnehagen. Du er i aktivitet fra 08.30 til 14.30, "
                "{hours} timer i uka medregnet hjemmeoppgaver.",
                "Du har sagt at du vil prøve deg i praktisk arbeid. Derfor starter du i {measure_nb}, og du får {course_nb} "
                "ved siden av.",
                "Innhold: {course_nb} og {measure_nb}. Timer per uke: {hours}. Oppstart: {date}.",
                "Vi har avtalt med deg at programmet starter med norskopplæring, fordi du trenger bedre norsk før "
                "praksis. Fra {month} er du i {measure_nb}.",
                "NAV {office} har avtale med {measure_nb}, og du kan begynne der {date}. Du får også tid til "
                "legetimer og trening innenfor programtiden.",
                "Dette skal du gjøre:\n– {course_nb} (15 timer i uka)\n– {measure_nb} (15 timer i uka)\n"
                "– Egenaktivitet og jobbsøking (resten av tiden)",
                "Du skal ha {measure_nb} tre dager i uka. De to andre dagene går du på {course_nb}. Programmet er på "
                "{hours} timer i uka.",
                "Ukeplan:\nMandag–onsdag 09.00–14.00: {course_nb}\nTorsdag og fredag 08.00–15.00: {measure_nb}\n"
                "Annenhver fredag: samtale med veileder",
                "Fra {date} er du i {measure_nb} fire dager i uka. Den femte dagen er satt av til behandling og trening, "
                "som er en del av programmet.",
            ],
            "nn": [
                "Programmet ditt:\n• {course_nn}, måndag til onsdag\n• {measure_nn}, torsdag og fredag\n"
                "• Samtale med rettleiaren din kvar fjortande dag",
                "Du startar med {course_nn} {date}. Etter {months} månader går du over til {measure_nn}. Til saman "
                "blir det {hours} timar i veka.",
                "Vi har plass til deg på {measure_nn} frå {date}. Du skal òg gå på {course_nn} to dagar i veka.",
                "Innhald: {course_nn} og {measure_nn}. Timar per veke: {hours}. Oppstart: {date}.",
                "Programmet er lagt opp slik at du kan hente borna i barnehagen. Du er i aktivitet frå 08.30 til 14.30.",
                "Vekeplan:\nMåndag–onsdag: {course_nn}\nTorsdag og fredag: {measure_nn}",
                "Du skal ha {measure_nn} tre dagar i veka. Dei to andre dagane går du på {course_nn}.",
            ],
        },
        "named": {
            "nb": [
                "Vi kan tilby deg et program som er tilpasset deg.",
                "[X] Tilpasset program kan tilbys.",
                "Programmet er tilpasset dine behov og ditt mål.",
                "Du får et individuelt tilpasset program på full tid. Se aktivitetsplanen.",
                "NAV {office} har mulighet til å gi deg et tilpasset program.",
                "Innholdet i programmet er tilpasset deg og står i planen som vi har laget sammen.",
                "Tilpasset program: Ja.",
                "Vi har vurdert hva slags program vi kan tilby, og har kommet fram til at vi kan gi deg et program "
                "som passer for deg og din situasjon.",
                "Programmet inneholder arbeidsrettede tiltak, opplæring og andre aktiviteter som er tilpasset deg.",
                "Programmet ditt er beskrevet i aktivitetsplanen datert {date}.",
            ],
            "nn": [
                "Vi kan tilby deg eit program som er tilpassa deg.",
                "[X] Tilpassa program kan tilbydast.",
                "Programmet er tilpassa behova dine og målet ditt.",
                "Du får eit individuelt tilpassa program på full tid. Sjå aktivitetsplanen.",
                "Programmet ditt står i aktivitetsplanen datert {date}.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet skal være helårlig og på full tid, og det kan inneholde arbeidsrettede tiltak, opplæring "
                "og andre aktiviteter (forskrift om kvalifiseringsprogram).",
                "Det er et vilkår at NAV-kontoret kan tilby et program som er tilpasset den enkelte.",
                "Et kvalifiseringsprogram skal settes sammen ut fra hva den enkelte deltakeren trenger, og kan vare i "
                "inntil to år.",
                "Hva kan et program inneholde? Arbeidstrening, kurs, norskopplæring, behandling og egenaktivitet.",
            ],
            "nn": [
                "Programmet skal vere heilårleg og på full tid, og det kan innehalde arbeidsretta tiltak, opplæring "
                "og andre aktivitetar.",
                "Det er eit vilkår at NAV-kontoret kan tilby eit program som er tilpassa den enkelte.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke bestemt ennå. Du og veilederen din lager planen sammen etter oppstart.",
                "Vi har ikke avklart hvilke tiltak som er ledige. Planen kommer i et eget brev.",
                "Aktivitetsplan: Ikke utarbeidet.",
                "Vi har ennå ikke funnet en praksisplass til deg. Planen lager vi når det er på plass.",
            ],
            "nn": [
                "Innhaldet i programmet er ikkje bestemt enno. Du og rettleiaren din lagar planen saman etter oppstart.",
                "Aktivitetsplan: Ikkje utarbeidd.",
            ],
        },
    },
}

# A big-city office's own case-management template around the grounds (same keys and layout as the generator's
# FRAME). It names § 29 in general terms only and gives no grounds about the person.
FRAME = {
    "nb": {
        "title": ["Vedtak – kvalifiseringsprogram (KVP)", "Du får kvalifiseringsprogram",
                  "Vedtak om deltakelse i kvalifiseringsprogram"],
        "intro": ["Vi har behandlet søknaden din om kvalifiseringsprogram, som vi fikk {date}.",
                  "Takk for søknaden din om kvalifiseringsprogram. Vi fikk den {date}."],
        "decision": ["Du får kvalifiseringsprogram fra {date} til {date2}.",
                     "Vedtak: Søknaden er innvilget. Periode: {date}–{date2}.",
                     "Vi har bestemt at du skal få delta i kvalifiseringsprogram. Programmet gjelder fra {date}."],
        "general": ["Vedtaket er gjort etter sosialtjenesteloven § 29. Under ser du hvordan vi har vurdert hvert vilkår.",
                    "Hvilke regler gjelder? Sosialtjenesteloven §§ 29–35 og forskrift om kvalifiseringsprogram. Loven "
                    "har fem vilkår: alder, nedsatt arbeids- og inntektsevne, ingen eller svært begrensede ytelser, at "
                    "programmet er nødvendig og hensiktsmessig, og at kontoret kan tilby et tilpasset program."],
        "reasons_heading": ["Hvorfor får du kvalifiseringsprogram?", "Vurdering av vilkårene", "Slik har vi vurdert saken"],
        "money_heading": ["Hvor mye penger får du?", "Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad på kr {kvp_amount} i året. Pengene betales ut hver måned, og det "
                  "trekkes skatt.",
                  "Stønad: kr {kvp_amount} per år (brutto). Utbetaling: månedlig. Fravær uten gyldig grunn gir trekk "
                  "i stønaden."],
        "start": ["Første dag i programmet er {date}. Da møter du veilederen din på NAV {office}.",
                  "Oppstart: {date}."],
        "evaluation": ["Vi går gjennom planen sammen med deg minst hver tredje måned.",
                       "Planen evalueres jevnlig. Første evaluering avtaler du med veilederen din."],
        "appeal_heading": ["Hvis du er uenig", "Du kan klage"],
        "appeal": ["Er du uenig i vedtaket, kan du klage. Fristen er tre uker fra du fikk dette brevet. Send klagen "
                   "til NAV {office}. Hvis vi ikke endrer vedtaket, sender vi klagen videre til Statsforvalteren.",
                   "Klagefrist: tre uker. Klagen sendes til NAV {office}, gjerne digitalt. Statsforvalteren avgjør "
                   "klagen. Du har rett til å se dokumentene i saken din, jf. forvaltningsloven § 18."],
        "closing": ["Hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak – kvalifiseringsprogram (KVP)", "Du får kvalifiseringsprogram"],
        "intro": ["Vi har handsama søknaden din om kvalifiseringsprogram, som vi fekk {date}.",
                  "Takk for søknaden din om kvalifiseringsprogram. Vi fekk han {date}."],
        "decision": ["Du får kvalifiseringsprogram frå {date} til {date2}.",
                     "Vedtak: Søknaden er innvilga. Periode: {date}–{date2}."],
        "general": ["Vedtaket er gjort etter sosialtenestelova § 29. Under ser du korleis vi har vurdert kvart vilkår."],
        "reasons_heading": ["Kvifor får du kvalifiseringsprogram?", "Vurdering av vilkåra"],
        "money_heading": ["Kor mykje pengar får du?", "Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad på kr {kvp_amount} i året. Pengane blir betalte ut kvar månad, og det "
                  "blir trekt skatt."],
        "start": ["Første dag i programmet er {date}. Då møter du rettleiaren din på NAV {office}.",
                  "Oppstart: {date}."],
        "evaluation": ["Vi går gjennom planen saman med deg minst kvar tredje månad."],
        "appeal_heading": ["Om du er usamd", "Du kan klage"],
        "appeal": ["Er du usamd i vedtaket, kan du klage. Fristen er tre veker frå du fekk dette brevet. Send klaga "
                   "til NAV {office}. Om vi ikkje endrar vedtaket, sender vi klaga vidare til Statsforvaltaren."],
        "closing": ["Helsing", "Venleg helsing"],
    },
}
