"""Held-out phrasing bank ``heldout19`` (issue 19, round 15): letters printed from a case-management template.

Written by the bank19 lane, an independent author, WITHOUT reading the decision rule (audit/grounds/), its docs,
its tests, the benchmark, the committed sample letters or any other phrasing bank. Read: the brief, COMMON.md,
README.md, sample_data/letters/__init__.py and tests/test_architecture.py.

Register: a mid-size municipality in Agder or Rogaland (Kristiansand, Arendal, Sandnes, Haugesund) whose KVP
decisions are printed from the case-management system's template. The system gives fixed blocks with field
labels («Vilkår – alder:», «Vurdering:», «Dokumentasjon:») and the caseworker writes inside them with very
uneven care: a full assessment in one case, «OK» or «Oppfylt» in the next, text pasted from the
arbeidsevnevurdering (AEV) or from an earlier letter, abbreviations (sotjl., AEV, ØSH, AAP, VTA, NAVs
§ 14a-vedtak), and now and then the system's default text left in a field nobody filled in. Six letters in
ten in bokmål, four in nynorsk (the western Agder/Rogaland mix of caseworkers), ``LANG_WEIGHTS = (0.6, 0.4)``.

Kinds and labels: ``grounds`` → ja (a fact about this person: year of birth, diagnosis, work history,
income and benefits with amounts or dates, AEV conclusion and what it rests on, the concrete programme);
``named`` (conclusion or «se opplysninger i saken» without a fact), ``quoted`` (sotjl. § 29 or the
rundskriv, in legal or plain words, without facts), ``negated`` (not assessed / not documented / default
text left in the field) and ``absent`` → nei.
"""

BANK = "heldout19"
LANG_WEIGHTS = (0.6, 0.4)

FILLERS = {
    "kommune": ["Kristiansand", "Arendal", "Sandnes", "Haugesund", "Grimstad", "Stavanger"],
    "diagnose": ["moderat depressiv episode", "generalisert angstlidelse", "kroniske ryggsmerter",
                 "ADHD", "PTSD", "rusmiddelavhengighet (i LAR)", "fibromyalgi", "lettere kognitiv svikt"],
    "diagnose_nn": ["moderat depressiv episode", "generalisert angstliding", "kroniske ryggsmerter",
                    "ADHD", "PTSD", "rusmiddelavhengnad (i LAR)", "fibromyalgi", "lettare kognitiv svikt"],
    "jobb": ["butikkmedarbeider", "lagerarbeider", "renholder", "pleieassistent", "hjelpearbeider på verft",
             "kjøkkenassistent", "sjåfør"],
    "jobb_nn": ["butikkmedarbeidar", "lagerarbeidar", "reinhaldar", "pleieassistent", "hjelpearbeidar på verft",
                "kjøkkenassistent", "sjåfør"],
    "praksis": ["Fretex", "Kiwi Lund", "Jobbsentralen", "Aktivitetshuset", "Coop Extra Kvadrat",
                "kommunens driftsavdeling", "Frivilligsentralen"],
    "kurs": ["norskopplæring B1", "førerkortkurs klasse B", "truckførerkurs T1/T4", "kurs i arbeidsmiljø og HMS",
             "grunnleggende data", "ArbeidsKlar-kurs"],
    "kurs_nn": ["norskopplæring B1", "førarkortkurs klasse B", "truckførarkurs T1/T4", "kurs i arbeidsmiljø og HMS",
                "grunnleggjande data", "ArbeidsKlar-kurs"],
    "behandler": ["fastlege", "DPS Strømme", "psykolog ved DPS", "ROP-teamet", "Sørlandet sykehus, rehab.",
                  "Stavanger DPS"],
    "behandler_nn": ["fastlege", "DPS Strømme", "psykolog ved DPS", "ROP-teamet", "Sørlandet sjukehus, rehab.",
                     "Stavanger DPS"],
    "avslag": ["arbeidsavklaringspenger", "uføretrygd", "dagpenger", "sykepenger"],
    "avslag_nn": ["arbeidsavklaringspengar", "uføretrygd", "dagpengar", "sjukepengar"],
    "timer": ["20", "25", "30", "37,5"],
}

_AGE = {
    "grounds": {
        "nb": [
            "Vilkår – alder: Oppfylt. Søker er født {birth_year} og er {age} år.",
            "Alder: {age} år (f. {birth_year}). Innenfor yrkesaktiv alder",
            "Du er {age} år gammel og er dermed i yrkesaktiv alder.",
            "Søker er {age} år. Vedkommende har ikke fylt 67 og mottar ikke alderspensjon. Vilkåret er oppfylt.",
            "Alder:\nFødt: {birth_year}\nAlder ved søknad: {age} år\nVurdering: oppfylt",
            "Du fyller {age} år i år og er i yrkesaktiv alder. Du har ikke tatt ut alderspensjon eller AFP.",
            "Vilkåret om yrkesaktiv alder er oppfylt, da du er {age} år.",
            "Søker er {age} år (f. {birth_year}) - ok.",
        ],
        "nn": [
            "Vilkår – alder: Oppfylt. Søkjar er fødd {birth_year} og er {age} år.",
            "Alder: {age} år (f. {birth_year}). Innanfor yrkesaktiv alder.",
            "Du er {age} år og er dermed i yrkesaktiv alder.",
            "Alder:\nFødd: {birth_year}\nAlder ved søknad: {age} år\nVurdering: oppfylt",
            "Søkjar er {age} år gamal og har ikkje teke ut alderspensjon. Vilkåret er oppfylt.",
            "Vilkåret om yrkesaktiv alder er oppfylt sidan du er {age} år.",
        ],
    },
    "named": {
        "nb": [
            "Vilkår – alder: Oppfylt.",
            "Alder: OK",
            "Du er i yrkesaktiv alder.",
            "Søker er i yrkesaktiv alder, jf. opplysninger i Modia.",
        ],
        "nn": [
            "Vilkår – alder: Oppfylt.",
            "Alder: OK",
            "Du er i yrkesaktiv alder.",
            "Søkjar er i yrkesaktiv alder, sjå opplysningane i saka.",
        ],
    },
    "quoted": {
        "nb": [
            "Vilkår – alder: Programmet er for personer i yrkesaktiv alder, jf. sotjl. § 29 første ledd.",
            "Det er et vilkår at søker er i yrkesaktiv alder. Etter rundskrivet er det i praksis personer mellom "
            "18 og 67 år som kan få kvalifiseringsprogram.",
            "Kvalifiseringsprogram kan gis til personer i yrkesaktiv alder (sosialtjenesteloven § 29).",
            "Alder: Du må være i yrkesaktiv alder for å få KVP. Det betyr at du må være mellom 18 og 67 år.",
        ],
        "nn": [
            "Vilkår – alder: Programmet er for personar i yrkesaktiv alder, jf. sotjl. § 29 første ledd.",
            "Det er eit vilkår at søkjaren er i yrkesaktiv alder, det vil seie mellom 18 og 67 år.",
            "Kvalifiseringsprogram kan givast til personar i yrkesaktiv alder (sosialtenestelova § 29).",
            "Alder: Du må vere i yrkesaktiv alder for å få KVP.",
        ],
    },
    "negated": {
        "nb": [
            "Vilkår – alder: [Fyll inn vurdering]",
            "Alder: ikke registrert i saken.",
            "Vilkåret om alder er ikke vurdert særskilt.",
            "Alder: Fødselsdato mangler i søknaden, må kontrolleres før oppstart.",
        ],
        "nn": [
            "Vilkår – alder: [Fyll inn vurdering]",
            "Alder: ikkje registrert i saka.",
            "Vilkåret om alder er ikkje vurdert særskilt.",
            "Alder: Fødselsdato manglar i søknaden og må kontrollerast før oppstart.",
        ],
    },
}

_WORK = {
    "grounds": {
        "nb": [
            "Vilkår – arbeids- og inntektsevne: Oppfylt. Du har {diagnose} og har vært ute av arbeidslivet siden "
            "{year}. Du har ikke hatt inntekt av betydning de siste {years} årene.",
            "Arbeidsevne: Fra AEV datert {date}: «Bruker har {diagnose}, følges opp av {behandler}. Har kort "
            "arbeidserfaring som {jobb}, sist i {year}. Behov for omfattende bistand.»",
            "Søker har jobbet som {jobb} frem til {year}, men måtte slutte pga. {diagnose}. Har siden vært "
            "sykmeldt og deretter på sosialhjelp. Etter vår vurdering er arbeids- og inntektsevnen vesentlig nedsatt.",
            "Du har ikke fullført videregående skole og har ingen fast arbeidserfaring. Du har hatt korte "
            "ekstravakter som {jobb}. Du opplyser selv at {diagnose} gjør det vanskelig å møte stabilt. "
            "Arbeidsevnen er derfor vesentlig nedsatt.",
            "Nedsatt arbeidsevne:\nDiagnose: {diagnose} (bekreftet av {behandler}, erklæring {date})\n"
            "Arbeidserfaring: {jobb}, sist {year}\nUtdanning: grunnskole\nKonklusjon: vesentlig nedsatt",
            "Vedkommende har ikke vært i ordinært arbeid siden {year}. Praksis på {praksis} ble avsluttet etter "
            "{months} måneder pga. høyt fravær. Arbeidsevnen vurderes som vesentlig nedsatt.",
            "Arbeids- og inntektsevne: Vesentlig nedsatt - {diagnose}, lang tid utenfor arbeid (siden {year}), "
            "manglende norskferdigheter.",
            "Arbeidsevnen din er vurdert som vesentlig nedsatt. Vurderingen bygger på at du har {diagnose}, lite "
            "arbeidserfaring og at du har vært uten inntekt siden {year}.",
            "Du har forklart i samtale {date} at du har slitt med {diagnose} i mange år. Du har ikke hatt "
            "arbeidsinntekt siden {year}, da du jobbet som {jobb}. NAV vurderer at arbeids- og inntektsevnen din er "
            "vesentlig nedsatt.",
            "Arbeidsevne: Søker har hatt {diagnose} siden ungdomsårene og har aldri hatt fast jobb. Siste "
            "arbeidsforhold var som {jobb} i {year}, varte i 3 mnd. Oppfylt.",
            "Pga. {diagnose} klarer du i dag ikke å stå i arbeid mer enn noen timer i uka, jf. uttalelse fra "
            "{behandler} av {date}. Du har derfor vesentlig nedsatt arbeids- og inntektsevne.",
            "Arbeids-/inntektsevne: Lav. Ingen inntekt siste {years} år iflg. a-ordningen. Har {diagnose}.",
        ],
        "nn": [
            "Vilkår – arbeids- og inntektsevne: Oppfylt. Du har {diagnose_nn} og har vore utanfor arbeidslivet "
            "sidan {year}. Du har ikkje hatt inntekt av betydning dei siste {years} åra.",
            "Arbeidsevne: Frå AEV datert {date}: «Brukar har {diagnose_nn}, vert følgd opp av {behandler_nn}. "
            "Har kort arbeidserfaring som {jobb_nn}, sist i {year}.»",
            "Søkjar arbeidde som {jobb_nn} fram til {year}, men måtte slutte på grunn av {diagnose_nn}. Har sidan "
            "vore sjukmeld og deretter på sosialhjelp. Arbeids- og inntektsevna er vesentleg nedsett.",
            "Nedsett arbeidsevne:\nDiagnose: {diagnose_nn} (stadfesta av {behandler_nn}, {date})\n"
            "Arbeidserfaring: {jobb_nn}, sist {year}\nKonklusjon: vesentleg nedsett",
            "Du har ikkje fullført vidaregåande skule og har ikkje fast arbeidserfaring. Praksis på {praksis} vart "
            "avslutta etter {months} månader på grunn av høgt fråvær. Arbeidsevna di er difor vesentleg nedsett.",
            "Arbeids- og inntektsevne: Vesentleg nedsett – {diagnose_nn}, lang tid utan arbeid (sidan {year}).",
            "I samtale {date} fortalde du at du har hatt {diagnose_nn} i mange år. Du har ikkje hatt "
            "arbeidsinntekt sidan {year}. NAV vurderer at arbeids- og inntektsevna di er vesentleg nedsett.",
            "Arbeidsevne: Låg. Inga inntekt siste {years} år ifølgje a-ordninga. Har {diagnose_nn}.",
        ],
    },
    "named": {
        "nb": [
            "Vilkår – arbeids- og inntektsevne: Oppfylt.",
            "Arbeidsevne: Vesentlig nedsatt, se AEV.",
            "Etter en helhetsvurdering av opplysningene i saken har du vesentlig nedsatt arbeids- og inntektsevne.",
            "Du har vesentlig nedsatt arbeids- og inntektsevne og har behov for tett oppfølging for å komme i arbeid.",
        ],
        "nn": [
            "Vilkår – arbeids- og inntektsevne: Oppfylt.",
            "Arbeidsevne: Vesentleg nedsett, sjå AEV.",
            "Etter ei heilskapsvurdering av opplysningane i saka har du vesentleg nedsett arbeids- og inntektsevne.",
            "NAV meiner at arbeids- og inntektsevna di er vesentleg nedsett.",
        ],
    },
    "quoted": {
        "nb": [
            "Vilkår – arbeids- og inntektsevne: Det kreves at søker har vesentlig nedsatt arbeids- og inntektsevne, "
            "jf. sotjl. § 29.",
            "Med vesentlig nedsatt arbeids- og inntektsevne menes ifølge rundskrivet at evnen er nedsatt i betydelig "
            "grad, slik at personen har behov for tett og koordinert bistand for å komme i arbeid.",
            "For å få KVP må arbeidsevnen din være betydelig redusert. Det er ikke krav om at det er helsemessige "
            "årsaker til dette; også sosiale forhold og lang tid utenfor arbeidslivet kan ha betydning.",
            "Arbeidsevne: Programmet er rettet mot personer med vesentlig nedsatt arbeids- og inntektsevne "
            "(sosialtjenesteloven § 29 første ledd).",
        ],
        "nn": [
            "Vilkår – arbeids- og inntektsevne: Det er eit krav at søkjaren har vesentleg nedsett arbeids- og "
            "inntektsevne, jf. sotjl. § 29.",
            "Med vesentleg nedsett arbeids- og inntektsevne meiner ein at evna er nedsett i stor grad, slik at "
            "personen treng tett og samordna bistand for å kome i arbeid.",
            "For å få KVP må arbeidsevna di vere mykje redusert. Årsaka kan vere helse, sosiale forhold eller lang "
            "tid utanfor arbeidslivet.",
            "Arbeidsevne: Programmet er for personar med vesentleg nedsett arbeids- og inntektsevne "
            "(sosialtenestelova § 29).",
        ],
    },
    "negated": {
        "nb": [
            "Vilkår – arbeids- og inntektsevne: [Skriv vurdering her]",
            "Arbeidsevne: AEV er ikke ferdigstilt. Vurderingen ettersendes.",
            "Det er ikke innhentet legeerklæring, og arbeidsevnen er derfor ikke vurdert i dette vedtaket.",
            "Arbeids- og inntektsevne: ikke vurdert.",
        ],
        "nn": [
            "Vilkår – arbeids- og inntektsevne: [Skriv vurdering her]",
            "Arbeidsevne: AEV er ikkje ferdigstilt. Vurderinga vert ettersend.",
            "Det er ikkje henta inn legeerklæring, og arbeidsevna er difor ikkje vurdert i dette vedtaket.",
            "Arbeids- og inntektsevne: ikkje vurdert.",
        ],
    },
}

_BENEFITS = {
    "grounds": {
        "nb": [
            "Vilkår – ytelser: Oppfylt. Du mottar i dag økonomisk sosialhjelp, ca. {amount} per måned, og har "
            "ingen andre ytelser. Du fikk avslag på {avslag} {date}.",
            "Ytelser til livsopphold:\nNåværende ytelse: økonomisk sosialhjelp (ØSH)\nBeløp: {amount} pr. mnd\n"
            "Andre inntekter: ingen\nVurdering: svært begrensede ytelser",
            "Søker har ingen egen inntekt og har vært avhengig av sosialhjelp siden {year}. Har ikke rett til "
            "{avslag}, jf. avslag fra NAV {date}.",
            "Ytelser: Mottar kun bostøtte og ØSH. Retten til {avslag} er brukt opp ({date}).",
            "Du har ikke rett til dagpenger fordi du ikke har hatt nok arbeidsinntekt, og du har ikke rett til AAP. "
            "Du har forsørget deg med sosialhjelp og hjelp fra familien siden {year}.",
            "Livsopphold: ØSH siden {month} {year}. Ingen trygdeytelser. Ektefelle har ingen inntekt. Oppfylt.",
            "Vedkommende har hatt {avslag} til {date}, da ytelsen opphørte. Har etter dette ikke hatt annen ytelse "
            "enn økonomisk sosialhjelp.",
            "Du får i dag {amount} i måneden i sosialhjelp til livsopphold. Du har søkt {avslag}, men fikk avslag "
            "{date}. Du har derfor svært begrensede ytelser.",
            "Ytelser: Søker har kun barnetrygd og sosialjelp. Ingen rett til {avslag} (avslag {date}).",
            "Vilkåret om ingen eller svært begrensede ytelser er oppfylt. Du har ikke mottatt annet enn økonomisk "
            "stønad etter sotjl. § 18 de siste {months} månedene, jf. utbetalingsoversikt.",
            "Ytelser - ØSH ca {amount}/mnd. Ikke AAP (avslag {date}). Ok.",
        ],
        "nn": [
            "Vilkår – ytingar: Oppfylt. Du får i dag økonomisk sosialhjelp, om lag {amount} per månad, og har ingen "
            "andre ytingar. Du fekk avslag på {avslag_nn} {date}.",
            "Ytingar til livsopphald:\nNoverande yting: økonomisk sosialhjelp (ØSH)\nBeløp: {amount} per mnd\n"
            "Andre inntekter: ingen\nVurdering: svært avgrensa ytingar",
            "Søkjar har ikkje eiga inntekt og har vore avhengig av sosialhjelp sidan {year}. Har ikkje rett til "
            "{avslag_nn}, jf. avslag frå NAV {date}.",
            "Ytingar: Får berre bustøtte og ØSH. Retten til {avslag_nn} er bruka opp ({date}).",
            "Livsopphald: ØSH sidan {month} {year}. Ingen trygdeytingar. Oppfylt.",
            "Du får i dag {amount} i månaden i sosialhjelp til livsopphald. Du søkte {avslag_nn}, men fekk avslag "
            "{date}. Du har difor svært avgrensa ytingar.",
            "Du har ikkje fått anna enn økonomisk stønad etter sotjl. § 18 dei siste {months} månadene, "
            "jf. utbetalingsoversikta.",
            "Ytingar - ØSH ca {amount}/mnd. Ikkje AAP (avslag {date}). Ok.",
        ],
    },
    "named": {
        "nb": [
            "Vilkår – ytelser: Oppfylt.",
            "Ytelser til livsopphold: Ingen / svært begrensede.",
            "Du har ingen eller svært begrensede ytelser til livsopphold, jf. opplysningene i saken.",
            "NAV har kontrollert dine ytelser, og vilkåret anses oppfylt.",
        ],
        "nn": [
            "Vilkår – ytingar: Oppfylt.",
            "Ytingar til livsopphald: Ingen / svært avgrensa.",
            "Du har ingen eller svært avgrensa ytingar til livsopphald, jf. opplysningane i saka.",
            "NAV har kontrollert ytingane dine, og vilkåret er oppfylt.",
        ],
    },
    "quoted": {
        "nb": [
            "Vilkår – ytelser: Det er et vilkår at søker ikke har, eller har svært begrensede, ytelser til "
            "livsopphold etter folketrygdloven eller arbeidsmarkedsloven, jf. sotjl. § 29.",
            "Personer som har rett til AAP eller andre folketrygdytelser av betydning, har ikke rett til KVP. "
            "Sosialhjelp regnes ikke som en slik ytelse.",
            "Ytelser: KVP er for personer med ingen eller svært begrensede ytelser til livsopphold.",
            "Etter rundskrivet skal det vurderes om søkeren har ytelser som dekker livsoppholdet, f.eks. dagpenger, "
            "AAP eller uføretrygd. Er ytelsene svært begrensede, kan KVP likevel innvilges.",
        ],
        "nn": [
            "Vilkår – ytingar: Det er eit vilkår at søkjaren ikkje har, eller har svært avgrensa, ytingar til "
            "livsopphald etter folketrygdlova eller arbeidsmarknadslova, jf. sotjl. § 29.",
            "Personar som har rett til AAP eller andre trygdeytingar av betydning, har ikkje rett til KVP.",
            "Ytingar: KVP er for personar med ingen eller svært avgrensa ytingar til livsopphald.",
            "Det skal vurderast om søkjaren har ytingar som dekkjer livsopphaldet, til dømes dagpengar eller "
            "uføretrygd.",
        ],
    },
    "negated": {
        "nb": [
            "Vilkår – ytelser: [Fyll inn vurdering]",
            "Ytelser: Ikke sjekket mot Arena/Pesys. Må kontrolleres.",
            "Det er ikke tatt stilling til om du har rett til andre ytelser. Dette vurderes ved første evaluering.",
            "Ytelser til livsopphold: ikke dokumentert.",
        ],
        "nn": [
            "Vilkår – ytingar: [Fyll inn vurdering]",
            "Ytingar: Ikkje sjekka mot Arena/Pesys. Må kontrollerast.",
            "Det er ikkje teke stilling til om du har rett til andre ytingar. Dette vert vurdert ved første evaluering.",
            "Ytingar til livsopphald: ikkje dokumentert.",
        ],
    },
}

_NECESSITY = {
    "grounds": {
        "nb": [
            "Vilkår – nødvendig og hensiktsmessig: Oppfylt. AEV ({date}) konkluderer med at du har behov for "
            "spesielt tilpasset innsats. Du har prøvd {kurs} og arbeidstrening på {praksis} uten å komme i jobb. "
            "Vi mener et helhetlig og tett program gir deg bedre muligheter enn enkelttiltak.",
            "Nødvendig og hensiktsmessig:\nAEV: {date}, behov for spesielt tilpasset innsats\nTidligere tiltak: "
            "{kurs} ({year}), uten varig effekt\nBehandling: {behandler}, stabil nå\nVurdering: KVP vurderes som "
            "nødvendig og hensiktsmessig",
            "Fra arbeidsevnevurderingen: «Bruker har motivasjon for arbeid, men har {diagnose} og store hull i CV. "
            "Ordinære tiltak har ikke ført frem. Trenger tett oppfølging over tid.» Programmet anses derfor "
            "nødvendig og hensiktsmessig.",
            "Du har stått utenfor arbeidslivet siden {year} og har ikke fått nok hjelp gjennom ordinære tiltak. "
            "{behandler} bekrefter at du nå er stabil nok til å delta {timer} timer i uka. Derfor mener vi "
            "KVP er riktig for deg.",
            "Søker har tidligere hatt arbiedstrening på {praksis}, men uten tett oppfølging falt hun ut etter "
            "kort tid. Med KVP kan vi kombinere arbeidstrening, {kurs} og oppfølging av helse. Nødvendig og "
            "hensiktsmessig.",
            "Hensiktsmessig: Ja. Bruker er motivert, møtte til alle avtaler i avklaringsperioden ({month}), og "
            "{behandler} anbefaler arbeidsrettet aktivitet. AEV (14a) {date}: spesielt tilpasset innsats.",
            "NAV har gjort en arbeidsevnevurdering {date}. Den viser at du har ressurser i form av erfaring som "
            "{jobb} og god motivasjon, men at {diagnose} og manglende utdanning hindrer deg. Et program på "
            "{timer} timer i uka med gradvis opptrapping vurderes som nødvendig og hensiktsmessig.",
            "Nødv./hensiktsm.: Oppfylt. Har gått på ØSH i {years} år uten aktivitet. {kurs} avbrutt {year}. "
            "Trenger helhetlig program, jf. AEV {date}.",
            "Vi vurderer at programmet er nødvendig for at du skal komme i arbeid. Du har prøvd å søke jobber "
            "selv siden {year} uten å lykkes, og du mangler {kurs}. Samtidig er du klar for å jobbe med målet ditt, "
            "som er fast jobb som {jobb}.",
            "Vurdering av behov: Bruker har sammensatte utfordringer ({diagnose}, gjeld, ustabil bolig). Tidligere "
            "tiltak via NAV har vært kortvarige. Et program med koordinert oppfølging anses hensiktsmessig. "
            "Kilde: AEV {date} og samtaler {month}.",
            "KVP er nødvendig fordi du ikke har fått jobb med vanlig bistand fra NAV siden {year}, og "
            "hensiktsmessig fordi du har en realistisk plan om å bli {jobb}.",
        ],
        "nn": [
            "Vilkår – naudsynt og føremålstenleg: Oppfylt. AEV ({date}) konkluderer med at du treng spesielt "
            "tilpassa innsats. Du har prøvd {kurs_nn} og arbeidstrening på {praksis} utan å kome i jobb. "
            "Eit heilskapleg program gir deg betre moglegheiter enn einskildtiltak.",
            "Naudsynt og føremålstenleg:\nAEV: {date}, behov for spesielt tilpassa innsats\nTidlegare tiltak: "
            "{kurs_nn} ({year}), utan varig effekt\nVurdering: KVP er naudsynt og føremålstenleg",
            "Frå arbeidsevnevurderinga: «Brukar er motivert for arbeid, men har {diagnose_nn} og store hol i CV-en. "
            "Ordinære tiltak har ikkje ført fram.» Programmet er difor naudsynt og føremålstenleg.",
            "Du har stått utanfor arbeidslivet sidan {year}. {behandler_nn} stadfestar at du no er stabil nok til å "
            "delta {timer} timar i veka. Difor meiner vi KVP er rett for deg.",
            "Føremålstenleg: Ja. Brukar er motivert, møtte til alle avtalar i avklaringsperioden ({month}), og "
            "{behandler_nn} tilrår arbeidsretta aktivitet. AEV {date}: spesielt tilpassa innsats.",
            "NAV gjorde ei arbeidsevnevurdering {date}. Ho viser at du har erfaring som {jobb_nn} og god "
            "motivasjon, men at {diagnose_nn} og manglande utdanning hindrar deg. Eit program med gradvis "
            "opptrapping er difor naudsynt og føremålstenleg.",
            "Naudsynt/føremålstenleg: Oppfylt. Har gått på ØSH i {years} år utan aktivitet. {kurs_nn} avbrote "
            "{year}. Treng heilskapleg program, jf. AEV {date}.",
            "Programmet er naudsynt fordi du ikkje har fått jobb med vanleg bistand frå NAV sidan {year}, og "
            "føremålstenleg fordi du har ein realistisk plan om å bli {jobb_nn}.",
        ],
    },
    "named": {
        "nb": [
            "Vilkår – nødvendig og hensiktsmessig: Oppfylt.",
            "Hensiktsmessig: Ja. Nødvendig: Ja.",
            "Det er gjennomført arbeidsevnevurdering, og KVP vurderes som nødvendig og hensiktsmessig for deg.",
            "NAV mener at kvalifiseringsprogram er det beste tilbudet for å hjelpe deg nærmere arbeid, "
            "og at programmet er nødvendig og hensiktsmessig.",
        ],
        "nn": [
            "Vilkår – naudsynt og føremålstenleg: Oppfylt.",
            "Føremålstenleg: Ja. Naudsynt: Ja.",
            "Det er gjennomført arbeidsevnevurdering, og KVP er vurdert som naudsynt og føremålstenleg for deg.",
            "NAV meiner at kvalifiseringsprogram er det beste tilbodet for å hjelpe deg nærare arbeid.",
        ],
    },
    "quoted": {
        "nb": [
            "Vilkår – nødvendig og hensiktsmessig: Det skal foretas en arbeidsevnevurdering, og programmet må anses "
            "nødvendig og hensiktsmessig for å styrke søkerens muligheter for deltakelse i arbeidslivet, "
            "jf. sotjl. § 29 første ledd.",
            "Etter rundskrivet skal det vurderes om andre tiltak er bedre egnet, og om personen har behov for "
            "et helhetlig og tett oppfølgingsprogram.",
            "Hensiktsmessig: KVP skal bare gis når et slikt program er det riktige virkemiddelet for å komme i arbeid.",
            "Nødvendig og hensiktsmessig betyr at programmet skal være det du trenger for å komme i jobb, og at det "
            "er et egnet tilbud. NAV skal gjøre en arbeidsevnevurdering før vedtak.",
        ],
        "nn": [
            "Vilkår – naudsynt og føremålstenleg: Det skal gjerast ei arbeidsevnevurdering, og programmet må vere "
            "naudsynt og føremålstenleg for å styrkje søkjaren sine moglegheiter i arbeidslivet, jf. sotjl. § 29.",
            "Det skal vurderast om andre tiltak er betre eigna, og om personen treng eit heilskapleg og tett "
            "oppfølgingsprogram.",
            "Føremålstenleg: KVP skal berre givast når eit slikt program er rett verkemiddel for å kome i arbeid.",
            "Naudsynt og føremålstenleg tyder at programmet skal vere det du treng for å kome i jobb.",
        ],
    },
    "negated": {
        "nb": [
            "Vilkår – nødvendig og hensiktsmessig: [Skriv vurdering her]",
            "Arbeidsevnevurdering er ikke gjennomført. Hensiktsmessighet vurderes etter kartleggingsperioden.",
            "Nødvendig og hensiktsmessig: Ikke vurdert, AEV mangler.",
            "Vi har ikke vurdert om andre tiltak kunne vært bedre for deg. Dette tas opp ved evaluering.",
        ],
        "nn": [
            "Vilkår – naudsynt og føremålstenleg: [Skriv vurdering her]",
            "Arbeidsevnevurdering er ikkje gjennomført. Føremålstenlegheit vert vurdert etter kartleggingsperioden.",
            "Naudsynt og føremålstenleg: Ikkje vurdert, AEV manglar.",
            "Vi har ikkje vurdert om andre tiltak kunne vore betre for deg.",
        ],
    },
}

_PROGRAM = {
    "grounds": {
        "nb": [
            "Vilkår – tilpasset program: Oppfylt. Programmet ditt består av arbeidstrening på {praksis} tre dager "
            "i uka, {kurs} og samtaler med veileder hver 14. dag, til sammen {timer} timer i uka.",
            "Programinnhold:\nArbeidstrening: {praksis}, man–ons\nOpplæring: {kurs}\nHelse: oppfølging hos "
            "{behandler}\nJobbsøking med veileder fra måned {months}\nOmfang: {timer} t/uke",
            "Vi kan tilby deg et program som er tilpasset helsen din: du starter med {timer} timer i uka på "
            "{praksis} og trapper opp etter avtale med {behandler}. I tillegg tar du {kurs}.",
            "Tilpasset program: Ja. Plan utarbeidet sammen med søker {date}: {kurs} høsten, deretter praksis på "
            "{praksis} med mål om jobb som {jobb}.",
            "Kommunen har plass på {praksis} fra {date}, og du er påmeldt {kurs}. Programmet er lagt opp slik at du "
            "kan fortsette behandling hos {behandler} i arbeidstiden.",
            "Programmet: {timer} t/uke. Arbeidspraksis ({praksis}), {kurs}, individuell jobbstøtte (IPS). "
            "Ukentlige møter med veileder i NAV {kommune}.",
            "Vi har avtalt med deg at målet er jobb som {jobb}. For å komme dit får du {kurs} og arbeidstrening på "
            "{praksis}. Fordi du har {diagnose}, starter du med redusert tid og trapper opp til {timer} timer.",
            "Tilbud: Arbeidstrening {praksis} (avtale signert {date}), {kurs}, samtaler med veileder annenhver "
            "uke. Programmet kan gjennomføres innenfor kommunens tilbud.",
            "Kvalifiseringsplan ({date}):\n1. Kartlegging og {kurs} ({months} mnd)\n2. Arbeidstrening på {praksis}\n"
            "3. Jobbsøking mot stillinger som {jobb}",
            "Du får et program på {timer} timer i uka. Innholdet er praksis på {praksis} og {kurs}. Vi har tatt "
            "hensyn til at du har barn i barnehage og må hente kl. 15.",
            "Prog.: {praksis} + {kurs}. {timer} t. Oppf. NAV-veileder.",
        ],
        "nn": [
            "Vilkår – tilpassa program: Oppfylt. Programmet ditt består av arbeidstrening på {praksis} tre dagar "
            "i veka, {kurs_nn} og samtalar med rettleiar kvar 14. dag, til saman {timer} timar i veka.",
            "Programinnhald:\nArbeidstrening: {praksis}, mån–ons\nOpplæring: {kurs_nn}\nHelse: oppfølging hos "
            "{behandler_nn}\nOmfang: {timer} t/veke",
            "Vi kan tilby deg eit program som er tilpassa helsa di: du startar med {timer} timar i veka på "
            "{praksis} og trappar opp etter avtale med {behandler_nn}. I tillegg tek du {kurs_nn}.",
            "Tilpassa program: Ja. Plan laga saman med søkjar {date}: {kurs_nn}, deretter praksis på {praksis} med "
            "mål om jobb som {jobb_nn}.",
            "Kommunen har plass på {praksis} frå {date}, og du er påmeld {kurs_nn}. Programmet er lagt opp slik at "
            "du kan halde fram med behandling hos {behandler_nn}.",
            "Programmet: {timer} t/veke. Arbeidspraksis ({praksis}), {kurs_nn}, individuell jobbstøtte (IPS). "
            "Vekentlege møte med rettleiar i NAV {kommune}.",
            "Kvalifiseringsplan ({date}):\n1. Kartlegging og {kurs_nn} ({months} mnd)\n2. Arbeidstrening på "
            "{praksis}\n3. Jobbsøking mot stillingar som {jobb_nn}",
            "Prog.: {praksis} + {kurs_nn}. {timer} t. Oppf. NAV-rettleiar.",
        ],
    },
    "named": {
        "nb": [
            "Vilkår – tilpasset program: Oppfylt.",
            "Kommunen kan tilby deg et tilpasset program.",
            "Det er utarbeidet et individuelt tilpasset program, se vedlagt plan.",
            "Tilpasset program: Ja, innhold avtales med veileder.",
        ],
        "nn": [
            "Vilkår – tilpassa program: Oppfylt.",
            "Kommunen kan tilby deg eit tilpassa program.",
            "Det er laga eit individuelt tilpassa program, sjå vedlagd plan.",
            "Tilpassa program: Ja, innhald vert avtalt med rettleiar.",
        ],
    },
    "quoted": {
        "nb": [
            "Vilkår – tilpasset program: Det er et vilkår at kommunen kan tilby et program som er tilpasset "
            "deltakerens behov og forutsetninger, jf. sotjl. § 29 og § 30.",
            "Programmet skal være helårig og på full tid, og skal inneholde arbeidsrettede tiltak, opplæring og "
            "motiverende aktiviteter, jf. § 30.",
            "Et tilpasset program betyr at innholdet skal ta utgangspunkt i den enkeltes behov og mål.",
            "Tilpasset program: NAV skal kunne tilby et program som passer for deg.",
        ],
        "nn": [
            "Vilkår – tilpassa program: Det er eit vilkår at kommunen kan tilby eit program som er tilpassa "
            "deltakaren sine behov og føresetnader, jf. sotjl. § 29 og § 30.",
            "Programmet skal vere heilårleg og på full tid, og skal innehalde arbeidsretta tiltak, opplæring og "
            "motiverande aktivitetar.",
            "Eit tilpassa program tyder at innhaldet skal ta utgangspunkt i behova og måla til den einskilde.",
            "Tilpassa program: NAV skal kunne tilby eit program som passar for deg.",
        ],
    },
    "negated": {
        "nb": [
            "Vilkår – tilpasset program: [Fyll inn vurdering]",
            "Programinnhold er ikke avklart. Plan utarbeides etter oppstart.",
            "Det er foreløpig ikke vurdert hvilke tiltak kommunen kan tilby.",
            "Tilpasset program: ikke vurdert – venter på ledig tiltaksplass.",
        ],
        "nn": [
            "Vilkår – tilpassa program: [Fyll inn vurdering]",
            "Programinnhaldet er ikkje avklart. Plan vert laga etter oppstart.",
            "Det er førebels ikkje vurdert kva tiltak kommunen kan tilby.",
            "Tilpassa program: ikkje vurdert – ventar på ledig tiltaksplass.",
        ],
    },
}

CRITERIA = {
    "age": _AGE,
    "work_ability": _WORK,
    "benefits": _BENEFITS,
    "necessity": _NECESSITY,
    "program": _PROGRAM,
}

HEADINGS = {
    "age": {"nb": ["VILKÅR 1 – ALDER", "Alder", "Yrkesaktiv alder"],
            "nn": ["VILKÅR 1 – ALDER", "Alder", "Yrkesaktiv alder"]},
    "work_ability": {"nb": ["VILKÅR 2 – ARBEIDS- OG INNTEKTSEVNE", "Arbeids- og inntektsevne", "Nedsatt arbeidsevne"],
                     "nn": ["VILKÅR 2 – ARBEIDS- OG INNTEKTSEVNE", "Arbeids- og inntektsevne", "Nedsett arbeidsevne"]},
    "benefits": {"nb": ["VILKÅR 3 – YTELSER TIL LIVSOPPHOLD", "Ytelser", "Økonomi/ytelser"],
                 "nn": ["VILKÅR 3 – YTINGAR TIL LIVSOPPHALD", "Ytingar", "Økonomi/ytingar"]},
    "necessity": {"nb": ["VILKÅR 4 – NØDVENDIG OG HENSIKTSMESSIG", "Arbeidsevnevurdering og behov",
                         "Nødvendig og hensiktsmessig"],
                  "nn": ["VILKÅR 4 – NAUDSYNT OG FØREMÅLSTENLEG", "Arbeidsevnevurdering og behov",
                         "Naudsynt og føremålstenleg"]},
    "program": {"nb": ["VILKÅR 5 – TILPASSET PROGRAM", "Programinnhold", "Tilpasset program"],
                "nn": ["VILKÅR 5 – TILPASSA PROGRAM", "Programinnhald", "Tilpassa program"]},
}

FRAME = {
    "nb": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM (KVP)", "Vedtak: Kvalifiseringsprogram - innvilgelse"],
        "intro": ["Søknad om kvalifiseringsprogram registrert {date}.",
                  "Vi viser til søknad om KVP mottatt {date} og samtale med veileder i NAV {kommune}."],
        "decision": ["Vedtak: Innvilget. Periode: {date} – {date2}. Hjemmel: sotjl. §§ 29 og 30.",
                     "NAV {kommune} innvilger deg kvalifiseringsprogram fra {date} til {date2}."],
        "general": ["Vilkårene i sosialtjenesteloven § 29 er vurdert og funnet oppfylt.",
                    "Vilkår (sotjl. § 29): yrkesaktiv alder – vesentlig nedsatt arbeids- og inntektsevne – ingen "
                    "eller svært begrensede ytelser – nødvendig og hensiktsmessig – tilpasset program."],
        "reasons_heading": ["BEGRUNNELSE", "Vurdering av vilkår"],
        "money_heading": ["KVALIFISERINGSSTØNAD", "Stønad"],
        "money": ["Stønad: kr {kvp_amount} pr. år, utbetales månedlig den 20. Stønaden er skattepliktig. "
                  "Fravær uten gyldig grunn gir trekk.",
                  "Du får kvalifiseringsstønad på kr {kvp_amount} i året. Stønaden utbetales etterskuddsvis hver "
                  "måned og er skattepliktig."],
        "start": ["Oppstart: {date}.", "Programmet starter {date}. Programperioden er inntil ett år."],
        "evaluation": ["Evaluering: hver 3. mnd. (system: påminnelse opprettet).",
                       "Programmet evalueres jevnlig sammen med veileder."],
        "appeal_heading": ["KLAGEADGANG", "Klagerett"],
        "appeal": ["Du kan klage innen 3 uker etter at du mottok vedtaket, jf. fvl. § 29. Klagen sendes NAV "
                   "{kommune}. Hvis vi ikke endrer vedtaket, sendes saken til Statsforvalteren i Agder/Rogaland.",
                   "Klagefrist: 3 uker. Klageinstans: Statsforvalteren. Du har rett til å se dokumentene i saken, "
                   "jf. fvl. §§ 18 og 19."],
        "closing": ["Med hilsen", "Med vennlig hilsen"],
    },
    "nn": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM (KVP)", "Vedtak: Kvalifiseringsprogram - innvilging"],
        "intro": ["Søknad om kvalifiseringsprogram registrert {date}.",
                  "Vi viser til søknad om KVP motteken {date} og samtale med rettleiar i NAV {kommune}."],
        "decision": ["Vedtak: Innvilga. Periode: {date} – {date2}. Heimel: sotjl. §§ 29 og 30.",
                     "NAV {kommune} innvilgar deg kvalifiseringsprogram frå {date} til {date2}."],
        "general": ["Vilkåra i sosialtenestelova § 29 er vurderte og funne oppfylte.",
                    "Vilkår (sotjl. § 29): yrkesaktiv alder – vesentleg nedsett arbeids- og inntektsevne – ingen "
                    "eller svært avgrensa ytingar – naudsynt og føremålstenleg – tilpassa program."],
        "reasons_heading": ["GRUNNGJEVING", "Vurdering av vilkår"],
        "money_heading": ["KVALIFISERINGSSTØNAD", "Stønad"],
        "money": ["Stønad: kr {kvp_amount} per år, vert utbetalt månadleg den 20. Stønaden er skattepliktig.",
                  "Du får kvalifiseringsstønad på kr {kvp_amount} i året. Stønaden vert utbetalt kvar månad og er "
                  "skattepliktig."],
        "start": ["Oppstart: {date}.", "Programmet startar {date}. Programperioden er inntil eitt år."],
        "evaluation": ["Evaluering: kvar 3. mnd.", "Programmet vert evaluert jamleg saman med rettleiaren."],
        "appeal_heading": ["KLAGERETT", "Klagerett"],
        "appeal": ["Du kan klage innan 3 veker etter at du fekk vedtaket, jf. fvl. § 29. Klaga sender du til NAV "
                   "{kommune}. Om vi ikkje endrar vedtaket, går saka til Statsforvaltaren.",
                   "Klagefrist: 3 veker. Klageinstans: Statsforvaltaren. Du har rett til å sjå dokumenta i saka."],
        "closing": ["Med helsing", "Med venleg helsing"],
    },
}

# Later additions by the same author (kept apart for readability): more grounds, some pasted from earlier letters.
_AGE["grounds"]["nb"] += [
    "Søker er født i {birth_year}. Hun/han er dermed {age} år og i yrkesaktiv alder.",
    "Alder: Oppfylt ({age} år). Ikke registrert med alderspensjon i Pesys.",
]
_AGE["grounds"]["nn"] += [
    "Søkjar er fødd i {birth_year} og er dermed {age} år, altså i yrkesaktiv alder.",
    "Alder: Oppfylt ({age} år). Ikkje registrert med alderspensjon i Pesys.",
]
_AGE["named"]["nb"].append("Alder: Oppfylt, jf. folkeregisteret.")
_WORK["grounds"]["nb"] += [
    "(Kopiert fra tidligere vedtak:) Bruker har {diagnose} og har ikke vært i arbeid siden {year}. Siste "
    "arbeid som {jobb}. Arbeidsevnen er fortsatt vesentlig nedsatt, jf. ny erklæring fra {behandler} {date}.",
    "Du kom til Norge i {year} og har ikke hatt lønnet arbeid her. Du har norskferdigheter på A2-nivå og ingen "
    "utdanning som er godkjent i Norge. Dette gjør at arbeids- og inntektsevnen din er vesentlig nedsatt.",
]
_WORK["grounds"]["nn"] += [
    "(Kopiert frå tidlegare vedtak:) Brukar har {diagnose_nn} og har ikkje vore i arbeid sidan {year}. Siste "
    "arbeid som {jobb_nn}. Arbeidsevna er framleis vesentleg nedsett, jf. ny erklæring frå {behandler_nn} {date}.",
    "Du kom til Noreg i {year} og har ikkje hatt løna arbeid her. Du har norskkunnskapar på A2-nivå og inga "
    "utdanning som er godkjend i Noreg. Difor er arbeids- og inntektsevna di vesentleg nedsett.",
]
_WORK["named"]["nb"].append("Arbeids- og inntektsevne: Oppfylt. (se tidligere vedtak)")
_BENEFITS["grounds"]["nb"] += [
    "Søker har ikke inntekt i a-ordningen siste 12 mnd. og er ikke registrert med ytelser i Arena. Livsopphold "
    "dekkes av ØSH, {amount} i {month}.",
    "Du har hatt {avslag}, men den ble stanset {date}. Du har nå bare sosialhjelp og har derfor svært "
    "begrensede ytelser til livsopphold.",
]
_BENEFITS["grounds"]["nn"] += [
    "Søkjar har ikkje inntekt i a-ordninga siste 12 mnd. og er ikkje registrert med ytingar i Arena. Livsopphaldet "
    "vert dekt av ØSH, {amount} i {month}.",
    "Du har hatt {avslag_nn}, men ytinga vart stansa {date}. No har du berre sosialhjelp og har difor svært "
    "avgrensa ytingar til livsopphald.",
]
_BENEFITS["named"]["nb"].append("Ytelser: ok (sjekket).")
_NECESSITY["grounds"]["nb"] += [
    "Sammendrag fra AEV {date}: Innsatsbehov: spesielt tilpasset innsats. Ressurser: motivert, erfaring som {jobb}. "
    "Hindringer: {diagnose}, mangler fagbrev. Vi vurderer at KVP er nødvendig og hensiktsmessig ut fra dette.",
    "Du har tidligere deltatt på {kurs}, men falt fra etter {months} uker. Vi mener at du nå trenger et "
    "sammenhengende program med daglig struktur og tett oppfølging for å komme videre, og {behandler} støtter dette.",
]
_NECESSITY["grounds"]["nn"] += [
    "Samandrag frå AEV {date}: Innsatsbehov: spesielt tilpassa innsats. Ressursar: motivert, erfaring som "
    "{jobb_nn}. Hindringar: {diagnose_nn}, manglar fagbrev. KVP er difor naudsynt og føremålstenleg.",
    "Du har tidlegare delteke på {kurs_nn}, men fall frå etter {months} veker. Du treng no eit samanhengande "
    "program med dagleg struktur og tett oppfølging, og {behandler_nn} støttar dette.",
]
_NECESSITY["named"]["nb"].append("Nødv. og hensiktsm.: oppfylt jf. AEV.")
_PROGRAM["grounds"]["nb"] += [
    "Plan: uke 1–4 kartlegging hos veileder, deretter {praksis} {timer} t/uke og {kurs} på kveldstid. "
    "Tilrettelagt for oppfølging hos {behandler}.",
    "Programmet er tilpasset ved at du får arbeidstrening på {praksis}, som ligger nær der du bor, og at du "
    "begynner med {kurs} før du skal søke jobb som {jobb}.",
]
_PROGRAM["grounds"]["nn"] += [
    "Plan: veke 1–4 kartlegging hos rettleiar, deretter {praksis} {timer} t/veke og {kurs_nn} på kveldstid. "
    "Tilrettelagt for oppfølging hos {behandler_nn}.",
    "Programmet er tilpassa ved at du får arbeidstrening på {praksis}, som ligg nær der du bur, og at du "
    "byrjar med {kurs_nn} før du skal søkje jobb som {jobb_nn}.",
]
_PROGRAM["named"]["nb"].append("Tilpasset program: Ok, jf. kvalifiseringsplan.")
