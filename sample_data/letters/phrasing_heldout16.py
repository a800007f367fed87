"""Held-out phrasing bank «heldout16» (issue 19, round 14): KVP grant letters from a nynorsk municipality.

Written by the bank16 lane's author without reading the decision rule (audit/grounds/), its documentation,
its tests or benchmark, any other phrasing bank, the committed sample letters, or the git history of any of
those. What was read: the generator (sample_data/letters/__init__.py, __main__.py), README.md,
tests/test_architecture.py, the kvp.grounds.* rows of the spec's checks.md and the background articles with
the legal review.

Register: a small NAV office in a nynorsk municipality in Vestland / Møre og Romsdal (Sunnfjord, Sogn, Voss,
Sunnhordland, Volda/Ørsta). Seven letters in ten are in nynorsk (``LANG_WEIGHTS``), as in such an office;
the caseworkers write the written nynorsk of an office — mostly e-infinitives, now and then an a-infinitive
(«å koma», «å styrkja»), «naudsynt/føremålstenleg» next to «nødvendig/hensiktsmessig», «ytingar» next to
«ytelser», and the odd bokmål slip («ikke», «mulighet», «nedsatt») or typo. The bokmål letters are from
the same office and template. The caseworkers know the applicants («Som du veit frå samtalane våre», «Vi
har kjent deg sidan …») and mix that personal tone with legal formulas and «Etikett: verdi» lines. The
municipal template (``FRAME``) has numbered parts («3. Vilkår og vurdering», «4. Stønad», «5. Klage») and
Statsforvaltaren i Vestland as klageinstans; local places, schools and hospitals come from ``FILLERS``.

Kinds and labels, per criterion: ``grounds`` → ja (the letter says why the criterion is met for this person:
an age or birth year; a diagnosis, work history, an arbeidsevnevurdering with its date and what it found;
the income and benefits the person has or was refused; which measures were tried and why the programme is
needed; what the programme holds). ``named`` (concluded, or a reason that fits anyone, or «opplysningane i
saka» without saying which), ``quoted`` (the law or the rundskriv, in legal or plain words), ``negated``
(not assessed / not documented / left for later) and ``absent`` → nei. A template of one criterion keeps
out the facts that would be grounds for another criterion.
"""

BANK = "heldout16"

LANG_WEIGHTS = (0.3, 0.7)

FILLERS = {
    "diag": ["langvarige rygg- og nakkesmerter", "angst og depresjon", "ADHD", "rusavhengighet over mange år",
             "kroniske smerter etter en arbeidsulykke", "posttraumatisk stresslidelse", "diabetes og kraftig overvekt",
             "sosial angst", "migrene og søvnvansker"],
    "diag_nn": ["langvarige rygg- og nakkesmerter", "angst og depresjon", "ADHD", "rusavhengnad over mange år",
                "kroniske smerter etter ei arbeidsulykke", "posttraumatisk stressliding", "diabetes og kraftig overvekt",
                "sosial angst", "migrene og søvnvanskar"],
    "job": ["i fiskeforedlingen i Måløy", "som renholder", "på lager", "i butikk", "på anlegg",
            "som pleiemedhjelper i hjemmetjenesten", "på fiskeoppdrett", "på sag og høvleri"],
    "job_nn": ["i fiskeforedlinga i Måløy", "som reinhaldar", "på lager", "i butikk", "på anlegg",
               "som pleiemedhjelpar i heimetenesta", "på fiskeoppdrett", "på sag og høvleri"],
    "place": ["i Førde", "i Sogndal", "på Voss", "på Stord", "i Volda", "i Ørsta", "i Florø", "på Nordfjordeid",
              "i Leikanger", "på Sandane"],
    "course": ["norskopplæring", "truckførerkurs", "kurs i grunnleggende data", "forberedende kurs til fagbrev i renhold",
               "grunnskoleopplæring i norsk og matematikk", "kurs i hygiene og kundebehandling"],
    "course_nn": ["norskopplæring", "truckførarkurs", "kurs i grunnleggjande data", "førebuande kurs til fagbrev i reinhald",
                  "grunnskuleopplæring i norsk og matematikk", "kurs i hygiene og kundehandsaming"],
    "school": ["Sogndal vidaregåande skule", "voksenopplæringen i kommunen", "Voss vidaregåande skule",
               "Stord vidaregåande skule", "Volda vidaregåande skule", "læringssenteret i Førde"],
    "school_nn": ["Sogndal vidaregåande skule", "vaksenopplæringa i kommunen", "Voss vidaregåande skule",
                  "Stord vidaregåande skule", "Volda vidaregåande skule", "læringssenteret i Førde"],
    "practice": ["arbeidspraksis på Kiwi i sentrum", "arbeidstrening på lageret til en byggevarehandel",
                 "arbeidspraksis i kantinen på rådhuset", "arbeidspraksis i barnehage",
                 "arbeidstrening i bruktbutikken til Fretex", "arbeidspraksis på et gårdsbruk i bygda"],
    "practice_nn": ["arbeidspraksis på Kiwi i sentrum", "arbeidstrening på lageret til ein byggvarehandel",
                    "arbeidspraksis i kantina på rådhuset", "arbeidspraksis i barnehage",
                    "arbeidstrening i bruktbutikken til Fretex", "arbeidspraksis på eit gardsbruk i bygda"],
    "treatment": ["DPS", "psykisk helse og rus i kommunen", "fysioterapeut", "fastlegen",
                  "poliklinikken på Førde sentralsjukehus"],
    "treatment_nn": ["DPS", "psykisk helse og rus i kommunen", "fysioterapeut", "fastlegen",
                     "poliklinikken på Førde sentralsjukehus"],
    "benefit": ["arbeidsavklaringspenger", "dagpenger", "sykepenger"],
    "benefit_nn": ["arbeidsavklaringspengar", "dagpengar", "sjukepengar"],
    "measure": ["arbeidsforberedende trening (AFT)", "et avklaringstiltak", "jobbklubb",
                "individuell jobbstøtte (IPS)", "introduksjonsprogrammet"],
    "measure_nn": ["arbeidsførebuande trening (AFT)", "eit avklaringstiltak", "jobbklubb",
                   "individuell jobbstøtte (IPS)", "introduksjonsprogrammet"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du er {age} år og er i yrkesaktiv alder.",
                "Du er født i {birth_year}. Du er derfor i yrkesaktiv alder.",
                "Alder: {age} år – innenfor yrkesaktiv alder.",
                "Søker er {age} år (født {birth_year}) og fyller vilkåret om yrkesaktiv alder.",
                "Da du søkte, var du {age} år gammel. Du er over 18 år og har flere år igjen i arbeidslivet, så "
                "vilkåret om yrkesaktiv alder er oppfylt.",
                "Vi har sett på alderen din. Du er {age} år, og det er ingenting ved alderen som hindrer deg i å "
                "delta i programmet.",
                "Du er {age} år og dermed mellom 18 og 67 år.",
                "Vedkommende er {age} år, født {birth_year}. Vilkåret er oppfylt.",
                "Med fødselsår {birth_year} er du {age} år og i yrkesaktiv alder, jf. sosialtjenesteloven § 29.",
                "Du er {age} år, altså innenfor yrkesaktiv alder.",
                "Fødselsår: {birth_year}. Alder ved søknad: {age} år. Vilkåret om yrkesaktiv alder er oppfylt.",
            ],
            "nn": [
                "Du er {age} år og er dermed i yrkesaktiv alder.",
                "Du er fødd i {birth_year} og fyller vilkåret om å vere i yrkesaktiv alder.",
                "Alder: {age} år (fødd {birth_year}). Vilkåret er oppfylt.",
                "Søkjaren er {age} år gamal og er innanfor aldersgruppa for kvalifiseringsprogram, som er frå fylte "
                "18 år og fram til pensjonsalder.",
                "Du er {age} år. Du er over den nedre aldersgrensa på 18 år og har framleis år att i arbeidslivet, så "
                "alderen din er ikkje noko hinder for program.",
                "Vi har sjekka fødselsåret ditt i folkeregisteret. Du er fødd i {birth_year}, og er difor i "
                "yrkesaktiv alder.",
                "Då du søkte, var du {age} år, og du er såleis i yrkesaktiv alder, jf. sosialtenestelova § 29.",
                "Med dine {age} år er du innanfor yrkesaktiv alder.",
                "Vedkomande er fødd {birth_year} og er {age} år. Aldersvilkåret er oppfylt.",
                "Yrkesaktiv alder: ja – du er {age} år.",
                "Du er {age} år gammel, og vilkåret om yrkesaktiv alder er oppfyllt.",
                "Fødselsår {birth_year}, {age} år ved vedtak. Innanfor yrkesaktiv alder.",
                "Du er {age} år. Det er ingenting ved alderen din som hindrar deg i å delta i programmet.",
            ],
        },
        "named": {
            "nb": [
                "Du er i yrkesaktiv alder.",
                "Aldersvilkåret er oppfylt.",
                "Vi har kontrollert at vilkåret om alder er oppfylt.",
                "Søker er i yrkesaktiv alder, jf. opplysningene i saken.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om alder er oppfylt.",
                "Ut frå opplysningane i saka er du i yrkesaktiv alder.",
                "Vi legg til grunn at du er i yrkesaktiv alder, og vilkåret er difor oppfylt.",
                "Alder: oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Kvalifiseringsprogram kan gis til personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29.",
                "Fra 1. januar 2019 er nedre aldersgrense for å delta i kvalifiseringsprogrammet 18 år.",
                "Loven krever at søker er i yrkesaktiv alder. Det betyr i praksis at man må ha fylt 18 år og ikke "
                "ha nådd pensjonsalder.",
                "Det er ikke satt noen øvre aldersgrense i loven, men programmet er ment for personer i yrkesaktiv "
                "alder.",
            ],
            "nn": [
                "Kvalifiseringsprogram er for personar i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd.",
                "Etter lovendringa frå 1. januar 2019 er den nedre aldersgrensa for kvalifiseringsprogram 18 år. "
                "Lova set ikkje noka fast øvre grense, men programmet er meint for personar i yrkesaktiv alder.",
                "Det er eit vilkår at søkjaren er i yrkesaktiv alder. Med yrkesaktiv alder meiner ein i praksis "
                "alderen frå ein har fylt 18 år og fram til ein kan ta ut alderspensjon.",
                "Sosialtenestelova § 29 seier at retten til kvalifiseringsprogram gjeld personar i yrkesaktiv alder.",
            ],
        },
        "negated": {
            "nb": [
                "Aldersvilkåret er ikke vurdert særskilt.",
                "Alder er ikke vurdert i denne saken.",
                "Vilkåret om yrkesaktiv alder er ikke dokumentert i saken, og vi har ikke tatt stilling til det her.",
                "Alder: ikke vurdert.",
            ],
            "nn": [
                "Vilkåret om alder er ikkje særskilt vurdert i dette vedtaket.",
                "Vi har ikkje gått gjennom aldersvilkåret i denne saka.",
                "Alder: ikkje vurdert.",
                "Alder er ikkje kommentert i vedtaket, sidan det ikkje har vore tema i saka.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Du har {diag} og har ikke vært i arbeid siden {year}. Arbeidsevnevurderingen fra {month} konkluderer "
                "med at du har behov for spesielt tilpasset innsats. Arbeids- og inntektsevnen din er derfor "
                "vesentlig nedsatt.",
                "Du har tidligere jobbet {job}, men har de siste {years} årene bare hatt korte perioder i arbeid. På "
                "grunn av {diag} tåler du ikke en full stilling. Vi vurderer at arbeids- og inntektsevnen din er "
                "vesentlig nedsatt.",
                "Vi har lagt vekt på følgende:\n- {diag}, med oppfølging hos {treatment}\n- ingen fullført "
                "videregående opplæring\n- ingen arbeidsinntekt siden {year}\nArbeids- og inntektsevnen er etter vår "
                "vurdering vesentlig nedsatt.",
                "Arbeidsevne: Vesentlig nedsatt. Vi bygger på arbeidsevnevurdering etter NAV-loven § 14 a fra "
                "{month}, der det går fram at du har {diag} og liten arbeidserfaring.",
                "Søker har {diag} og kort skolegang, og har bare hatt tilfeldige småjobber. NAV vurderer arbeids- og "
                "inntektsevnen som vesentlig nedsatt.",
                "Du kom til Norge i {year}. Du har lite arbeidserfaring fra Norge, norsken din er foreløpig på et "
                "grunnleggende nivå, og du har {diag}. Samlet gir dette en vesentlig nedsatt arbeids- og inntektsevne.",
                "Du har forsøkt å komme i jobb flere ganger, sist {job} i {year}, men har måttet slutte på grunn av "
                "{diag}. Vi mener dette viser at arbeidsevnen din er vesentlig nedsatt.",
                "Som vi snakket om på kontoret, har du vært ute av arbeidslivet i {years} år. Fastlegen bekrefter at "
                "du har {diag}. Arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Vurdering: Du har vært borte fra arbeidslivet siden {year} og har {diag}. Dette begrenser både hvilke "
                "jobber du kan ta og hvor mye du kan jobbe. Vilkåret om vesentlig nedsatt arbeids- og inntektsevne "
                "er oppfylt.",
                "Legeerklæringen fra {month} og samtalene med deg viser at du har {diag}, og at du ikke klarer å "
                "holde på en jobb over tid. arbeids- og inntektsevnen er derfor vesentlig nedsatt.",
                "Vi kjenner deg fra før. Etter at du mistet jobben {job} i {year}, har helsen din blitt dårligere, "
                "og du har nå {diag}. Du har selv sagt at du ikke ser for deg å komme tilbake i arbeid med det "
                "første. Det stemmer med vår vurdering: arbeids- og inntektsevnen er vesentlig nedsatt.",
            ],
            "nn": [
                "Du har {diag_nn}, og har ikkje vore i arbeid sidan {year}. Du har fortalt at du ikkje klarer å stå "
                "i ein vanleg jobb over tid. Arbeidsevnevurderinga vi gjorde i {month}, konkluderer med at du treng "
                "spesielt tilpassa innsats. Arbeids- og inntektsevna di er difor vesentleg nedsett.",
                "Du jobba tidlegare {job_nn}, men har ikkje hatt fast arbeid dei siste {years} åra. Helseplagene dine "
                "({diag_nn}) gjer at du berre toler lett arbeid i korte periodar. Vi meiner difor at arbeids- og "
                "inntektsevna di er vesentleg nedsett.",
                "Vi har lagt vekt på dette i vurderinga av arbeidsevna di:\n- du har {diag_nn} og går til "
                "behandling hos {treatment_nn}\n- du har ikkje fullført vidaregåande opplæring\n- du har ikkje hatt "
                "inntekt frå arbeid sidan {year}\nSamla sett meiner vi at arbeids- og inntektsevna di er vesentleg "
                "nedsett.",
                "Arbeidsevnevurdering etter NAV-lova § 14 a vart gjennomført i {month}. Ho viser at du har behov for "
                "spesielt tilpassa innsats, først og fremst på grunn av {diag_nn} og lite arbeidserfaring. Vi legg "
                "denne vurderinga til grunn.",
                "Søkjaren har {diag_nn}, har kort skulegang og har berre hatt kortare vikariat {job_nn}. NAV vurderer "
                "at arbeids- og inntektsevna er vesentleg nedsett.",
                "Arbeidsevne: vesentleg nedsett. Grunnlag: arbeidsevnevurdering frå {month}, legeerklæring frå "
                "fastlegen og samtalar med deg. Du har {diag_nn} og har vore ute av arbeidslivet i {years} år.",
                "Du kom til Noreg i {year} og har lite arbeidserfaring her. Du snakkar ein del norsk, men ikkje nok "
                "til å fungere i ein vanleg jobb enno, og du har i tillegg {diag_nn}. Vi meiner difor at arbeids- og "
                "inntektsevna di er vesentleg nedsett.",
                "Du har prøvd deg i arbeid fleire gonger, sist {job_nn} i {year}, men har måtta slutte kvar gong på "
                "grunn av {diag_nn}. Dette viser at evna di til å skaffe deg og halde på eit arbeid er vesentleg "
                "redusert.",
                "Vurderinga vår byggjer på legeerklæringa frå {month} og det du sjølv har fortalt: du søv dårleg, har "
                "lite energi og klarer ikkje å halde avtalar over tid. Vi vurderer arbeidsevna di som vesentleg "
                "nedsett.",
                "Arbeidsevnevurderingen frå {month} viser at du har {diag_nn} og store hol i CV-en. Du har ikke hatt "
                "lønnsinntekt sidan {year}. Arbeids- og inntektsevna er vesentleg nedsatt.",
                "Du har hatt kontakt med NAV-kontoret sidan {year}. Heile denne tida har du hatt {diag_nn}, og du har "
                "ikkje klart å koma i lønna arbeid. Vi meiner difor at vilkåret om vesentleg nedsett arbeids- og "
                "inntektsevne er oppfylt.",
                "Vi kjenner deg frå før. Etter at du mista jobben {job_nn} i {year}, har helsa di vorte dårlegare, og "
                "du har no {diag_nn}. Du har sjølv sagt at du ikkje ser for deg å koma tilbake i arbeid med det "
                "første. Dette stemmer med vurderinga vår: arbeids- og inntektsevna di er vesentleg nedsett.",
                "Du har {diag_nn} og har aldri hatt fast arbeid, berre sommarjobbar {job_nn}. Arbeids- og "
                "inntektsevna er difor vesentleg nedsett, jf. arbeidsevnevurderinga frå {month}.",
            ],
        },
        "named": {
            "nb": [
                "Du har vesentlig nedsatt arbeids- og inntektsevne.",
                "Etter en samlet vurdering av opplysningene i saken har du vesentlig nedsatt arbeids- og "
                "inntektsevne.",
                "Arbeidsevnevurderingen viser at vilkåret er oppfylt.",
                "NAV har vurdert at du fyller vilkåret om nedsatt arbeids- og inntektsevne.",
            ],
            "nn": [
                "Du har vesentleg nedsett arbeids- og inntektsevne.",
                "NAV vurderer at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Ut frå opplysningane i saka og arbeidsevnevurderinga meiner vi at vilkåret om vesentleg nedsett "
                "arbeids- og inntektsevne er oppfylt.",
                "Arbeidsevne: vesentleg nedsett, jf. arbeidsevnevurderinga.",
                "Vi har vurdert arbeidsevna di og kome fram til at ho er vesentleg nedsatt.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår for kvalifiseringsprogram at søker har vesentlig nedsatt arbeids- og inntektsevne, "
                "jf. sosialtjenesteloven § 29.",
                "Vesentlig nedsatt arbeids- og inntektsevne kan skyldes helseproblemer, sosiale problemer, manglende "
                "utdanning eller lang tid utenfor arbeidslivet. Det stilles ikke krav om en diagnose.",
                "Før NAV tar stilling til om arbeidsevnen er vesentlig nedsatt, skal det gjøres en "
                "arbeidsevnevurdering etter NAV-loven § 14 a.",
                "Arbeids- og inntektsevnen må være vesentlig nedsatt. Det er ikke nok å være arbeidsledig; det må "
                "foreligge hindringer som gjør det vanskelig å komme i arbeid.",
            ],
            "nn": [
                "Det er eit vilkår at søkjaren har vesentleg nedsett arbeids- og inntektsevne, jf. sosialtenestelova "
                "§ 29 første ledd.",
                "Med vesentleg nedsett arbeids- og inntektsevne meiner ein at personen har store hindringar for å "
                "kome i arbeid, til dømes på grunn av helse, sosiale forhold eller lite utdanning og "
                "arbeidserfaring. Det er ikkje krav om at nedsetjinga skal skuldast sjukdom.",
                "Etter rundskrivet til sosialtenestelova skal det gjerast ei arbeidsevnevurdering etter NAV-lova "
                "§ 14 a før det vert teke stilling til om arbeidsevna er vesentleg nedsett.",
                "Arbeids- og inntektsevna må vere vesentleg nedsett. Det er ikkje nok at ein er utan arbeid; det må "
                "liggje føre hindringar som gjer det vanskeleg å koma i arbeid.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnen er ikke vurdert ennå. Arbeidsevnevurdering blir gjort etter oppstart.",
                "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne er ikke dokumentert i saken.",
                "Det er ikke gjort en egen vurdering av arbeids- og inntektsevnen i denne saken.",
                "Arbeids- og inntektsevne: ikke vurdert, vi venter på legeerklæring.",
            ],
            "nn": [
                "Arbeidsevna di er ikkje vurdert enno. Arbeidsevnevurderinga vert gjort i løpet av dei første vekene "
                "i programmet.",
                "Vi har ikkje fått legeerklæring, og vilkåret om vesentleg nedsett arbeidsevne er difor ikkje "
                "dokumentert i saka.",
                "Arbeids- og inntektsevne: ikkje vurdert.",
                "Vi har ikkje teke stilling til arbeids- og inntektsevna di i dette vedtaket.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Du har ingen inntekt i dag og har mottatt økonomisk sosialhjelp siden {year}, i gjennomsnitt rundt "
                "{amount} per måned. Du har dermed ingen eller svært begrensede ytelser til livsopphold.",
                "Søknaden din om {benefit} ble avslått i {month}, og du har ikke rett til andre ytelser fra "
                "folketrygden.",
                "Inntekt: økonomisk sosialhjelp, {amount} per måned. Andre ytelser: ingen.",
                "Du mottok {benefit} fram til {month}. Etter det har du bare hatt sosialhjelp til livsopphold.",
                "Du har en liten deltidsjobb med lønn på rundt {amount} i måneden, og får supplerende sosialhjelp. "
                "Inntekten din er svært begrenset.",
                "Økonomi:\n- ingen lønnsinntekt siden {year}\n- ikke rett til {benefit}\n- sosialhjelp til "
                "livsopphold, {amount} i måneden",
                "Dagpengeperioden din er brukt opp, og du har siden {month} fått sosialhjelp fra NAV {office}. Du har "
                "ingen andre inntekter.",
                "Søker har ikke opptjent rett til {benefit} fordi han eller hun ikke har hatt arbeidsinntekt over "
                "minstegrensen. Livsoppholdet dekkes i dag av sosialhjelp.",
                "Utover barnetrygd og bostøtte har du ingen ytelser. Disse regnes ikke som ytelser til livsopphold "
                "for deg, og vilkåret er derfor oppfylt.",
                "Du har ikke noe inntekt, og har levd av sparepenger og hjelp fra familien siden {year}. Sparepengene "
                "er nå brukt opp.",
                "Vi vet at du har klart deg på sosialhjelp og litt hjelp fra familien siden {year}. Du har ikke rett "
                "til {benefit} eller andre ytelser fra folketrygden.",
            ],
            "nn": [
                "Du har i dag ingen inntekt og har sidan {year} levd av økonomisk sosialhjelp, i snitt om lag {amount} "
                "i månaden. Du har difor ingen eller svært avgrensa ytingar til livsopphald.",
                "Søknaden din om {benefit_nn} vart avslegen i {month}, og du har ikkje rett på andre ytingar frå "
                "folketrygda. Vilkåret er oppfylt.",
                "Du fekk {benefit_nn} fram til {month}. No har du berre økonomisk sosialhjelp, og du har ikkje rett "
                "på andre ytingar.",
                "Inntekt i dag: økonomisk sosialhjelp, {amount} per månad. Andre ytingar: ingen. Du har difor svært "
                "avgrensa ytingar til livsopphald.",
                "Du har ein liten deltidsjobb med løn på om lag {amount} i månaden. Det er for lite til å forsørgje "
                "deg sjølv, og du får supplerande sosialhjelp. Vi meiner difor at du har svært avgrensa ytingar til "
                "livsopphald.",
                "Vi har sett på økonomien din:\n- ingen lønsinntekt sidan {year}\n- ikkje rett på {benefit_nn}\n- "
                "økonomisk sosialhjelp til livsopphald, {amount} i månaden\nDu har dermed ingen eller svært avgrensa "
                "ytingar til livsopphald.",
                "Du har brukt opp dagpengeperioden din, og har sidan {month} fått sosialhjelp frå NAV {office}. Du har "
                "ikkje andre inntekter.",
                "Du får barnetrygd og bustøtte, men desse ytingane er ikkje meinte til livsopphald for deg sjølv. "
                "Elles har du ingen inntekt. Vilkåret er oppfylt.",
                "Søkjaren har ikkje opparbeidd rett til {benefit_nn}, fordi vedkomande ikkje har hatt lønsinntekt i "
                "Noreg over minstegrensa. Livsopphaldet vert i dag dekt av sosialhjelp.",
                "Du fekk avslag på {benefit_nn} i {month}, og du har ingen oppsparte midlar. Vi legg difor til grunn at "
                "du har ingen eller svært avgrensa ytingar.",
                "Du har ikke rett på {benefit_nn} og har ingen andre inntekter enn sosialhjelp, som du har fått "
                "sidan {year}.",
                "Vi veit at du har klart deg på sosialhjelp og litt hjelp frå familien sidan {year}. Du har ikkje rett "
                "på {benefit_nn} eller andre ytingar frå folketrygda.",
                "Ytingar: Du får i dag ingen ytingar frå folketrygda. Siste utbetaling av {benefit_nn} var i {month} "
                "{year}.",
            ],
        },
        "named": {
            "nb": [
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Vilkåret om begrensede ytelser er oppfylt.",
                "Ut fra de økonomiske opplysningene i saken har du svært begrensede ytelser til livsopphold.",
                "Du mottar ikke ytelser som gjør at du faller utenfor målgruppen.",
            ],
            "nn": [
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Vilkåret om at du ikkje har andre ytingar til livsopphald, er oppfylt.",
                "Vi har sjekka dei økonomiske opplysningane i saka, og du fyller vilkåret om svært avgrensa ytingar.",
                "Ytingar til livsopphald: oppfylt.",
                "Du har ikkje ytingar som sikrar livsopphaldet ditt, og kvalifiseringsprogram er difor aktuelt for "
                "deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår at søker har ingen eller svært begrensede ytelser til livsopphold etter "
                "folketrygdloven eller arbeidsmarkedsloven.",
                "Kvalifiseringsprogrammet er ment for personer som er eller står i fare for å bli avhengige av "
                "økonomisk sosialhjelp over tid.",
                "Personer som har rett til arbeidsavklaringspenger, dagpenger eller uføretrygd, faller som hovedregel "
                "utenfor målgruppen for programmet.",
                "Etter rundskrivet kan også personer med små ytelser fra folketrygden få program dersom ytelsen er "
                "svært begrenset.",
            ],
            "nn": [
                "Kvalifiseringsprogram er for personar som har ingen eller svært avgrensa ytingar til livsopphald "
                "etter folketrygdlova eller arbeidsmarknadslova, jf. sosialtenestelova § 29.",
                "Programmet er meint for dei som elles ville vore avhengige av økonomisk sosialhjelp over tid. Har "
                "ein rett på til dømes arbeidsavklaringspengar, skal ein som hovudregel ikkje ha "
                "kvalifiseringsprogram.",
                "Etter rundskrivet kan òg personar med små ytingar frå folketrygda få program, dersom ytinga er svært "
                "avgrensa.",
                "Vilkåret inneber at søkjaren ikkje skal ha ytingar som dekkjer livsopphaldet, som "
                "arbeidsavklaringspengar, dagpengar eller uføretrygd.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke vurdert om du har rett til andre ytelser.",
                "Inntektsforholdene dine er ikke dokumentert i saken ennå.",
                "Spørsmålet om andre ytelser til livsopphold er ikke avklart, og vil bli vurdert senere.",
                "Ytelser til livsopphold: ikke kartlagt.",
            ],
            "nn": [
                "Vi har ikkje fått oversikt over inntektene dine enno. Dette vert sjekka før første utbetaling av "
                "stønaden.",
                "Det er ikkje vurdert om du har rett til andre ytingar frå folketrygda.",
                "Ytingar til livsopphald: ikkje kartlagt.",
                "Om du har rett til andre ytingar, er ikkje avklart. Vi kjem tilbake til dette.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Du har vært uten arbeid siden {year} og har deltatt i {measure} uten å komme i jobb. Vi mener du "
                "trenger et helhetlig program med tett oppfølging over tid, og at ordinære tiltak ikke er nok. "
                "Programmet er derfor nødvendig og hensiktsmessig.",
                "Arbeidsevnevurderingen fra {month} anbefaler at du får flere tiltak samtidig og tett oppfølging. "
                "Kvalifiseringsprogrammet gjør det mulig å samordne dette, og er derfor hensiktsmessig for deg.",
                "Vi mener programmet er nødvendig og hensiktsmessig fordi:\n- du har prøvd {measure} uten varig "
                "resultat\n- du trenger fast struktur og tett oppfølging over tid\n- du selv har ønsket program og "
                "er motivert",
                "Etter at du avsluttet {measure} i {year}, har du ikke hatt noen fast aktivitet. Vi mener et "
                "strukturert program er nødvendig for å styrke mulighetene dine for arbeid.",
                "Målet ditt er fast jobb {job}. Du har søkt flere slike jobber det siste året uten å få tilbud. For å "
                "nå målet trenger du opplæring og praksis over tid, med en veileder som følger deg tett. "
                "Enkeltstående tiltak vil ikke være nok.",
                "Nødvendig og hensiktsmessig: Ja – {measure} er forsøkt uten resultat, og du har behov for mer "
                "oppfølging enn kontoret kan gi gjennom ordinær veiledning.",
                "Du har små barn og lite nettverk {place}, og har ikke klart å følge opp {measure} ved siden av. "
                "Med et fast program og tett oppfølging mener vi du kan komme nærmere arbeid.",
                "Vi har kjent deg siden {year} og ser at du fungerer godt med faste rammer, men faller ut når "
                "oppfølgingen blir sjeldnere. Derfor er programmet riktig for deg nå.",
                "Ordinær jobbsøking med oppfølging fra NAV har ikke ført fram de siste {months} månedene. Vi vurderer "
                "at du trenger kvalifisering før du kan søke jobb, og at programmet er både nødvendig og "
                "hensiktsmessig.",
                "Vurdering: Du deltok i {measure}, men avbrøt etter kort tid fordi tiltaket ikke ga deg den "
                "oppfølgingen du trengte. KVP gir tettere oppfølging og et helhetlig løp, og vi mener derfor det er "
                "hensiktsmessig.",
                "Du har sagt at du vil bli selvforsørget. Uten fast struktur på dagen har du tidligere falt ut av "
                "{measure}. Vi mener KVP, med fast aktivitet hver dag og tett oppfølging fra veileder, er det som skal "
                "til for at du skal komme nærmere arbeid.",
            ],
            "nn": [
                "Du har vore utan arbeid sidan {year} og har prøvd {measure_nn} utan å kome i jobb. Vi meiner du "
                "treng eit heilskapleg program med tett oppfølging over tid, og at vanlege arbeidsretta tiltak ikkje "
                "er nok. Programmet er difor naudsynt og føremålstenleg for deg.",
                "Arbeidsevnevurderinga frå {month} tilrår at du får fleire tiltak samstundes og tett oppfølging. "
                "Eit kvalifiseringsprogram gjev høve til å samordne dette, og vi vurderer difor programmet som "
                "føremålstenleg.",
                "Du har sjølv sagt at du vil bli sjølvforsørgd. Utan fast struktur på dagen har du tidlegare falle "
                "ut av {measure_nn}. Vi meiner KVP, med fast aktivitet kvar dag og tett oppfølging frå rettleiar, er "
                "det som trengst for at du skal koma nærare arbeid.",
                "Kvifor vi meiner programmet er naudsynt og føremålstenleg:\n- du har prøvd {measure_nn} utan "
                "resultat\n- du treng tett og samordna oppfølging over tid\n- du er motivert og har sjølv bede om "
                "program",
                "Etter at du avslutta {measure_nn} i {year}, har du ikkje hatt noko fast aktivitet. Vi ser at du blir "
                "meir isolert, og fastlegen er uroa for dette. Vi meiner difor at eit strukturert program er naudsynt "
                "for å styrkja moglegheitene dine for arbeid, og at det er meir føremålstenleg enn enkeltståande "
                "tiltak.",
                "Naudsynt og føremålstenleg: Ja. Du har hatt oppfølging frå NAV i {years} år utan at det har ført "
                "til arbeid, og arbeidsevnevurderinga tilrår eit tett og heilskapleg løp.",
                "Du har sjølv sagt at målet ditt er fast jobb {job_nn}, og du har søkt fleire slike jobbar det siste "
                "året utan å få tilbod. For å nå målet treng du opplæring og praksis "
                "over tid, med ein rettleiar som følgjer deg tett. Vi meiner difor at programmet er føremålstenleg, "
                "og at du ikkje vil nå målet med enkeltståande tiltak.",
                "Vi har vurdert om andre tiltak kunne vore nok. Du har alt prøvd {measure_nn}, og det gav ikkje varig "
                "effekt. Kvalifiseringsprogram er difor det tiltaket som passar best for deg no.",
                "Tidlegare oppfølging: {measure_nn} ({year}). Resultat: ikkje i arbeid. Vurdering: KVP er naudsynt "
                "for å gje deg tettare oppfølging og eit fullt program over tid.",
                "Du har små born og manglar nettverk {place}, og du har ikkje klart å følgje opp {measure_nn} ved "
                "sida av omsorgsoppgåvene. Vi meiner eit fast program med tett oppfølging gjer det mogleg for deg å "
                "koma i arbeid, og at programmet difor er naudsynt.",
                "Vi mener programmet er nødvendig og hensiktsmessig for deg. Du har vore ute av arbeidslivet lenge, "
                "og {measure_nn} var ikkje nok til å få deg i arbeid. Du treng tettare oppfølging enn det vi kan gi "
                "deg gjennom vanleg oppfølging på kontoret.",
                "Vi har kjent deg sidan {year}, og har sett at du kjem i gang når du har faste rammer, men fell ut "
                "når oppfølginga blir sjeldnare. Difor meiner vi programmet er rett for deg no.",
                "Vanleg jobbsøking med oppfølging frå kontoret har ikkje ført fram dei siste {months} månadene. Vi "
                "meiner du treng kvalifisering og ein fast struktur før du kan søkje jobb, og eit "
                "kvalifiseringsprogram er difor både naudsynt og føremålstenleg.",
            ],
        },
        "named": {
            "nb": [
                "Vi mener programmet er nødvendig og hensiktsmessig for deg.",
                "Kvalifiseringsprogram vil gi deg bedre muligheter til å komme i arbeid.",
                "Etter en helhetsvurdering er vilkåret om at programmet er nødvendig og hensiktsmessig oppfylt.",
                "Programmet anses som det mest hensiktsmessige tiltaket i din situasjon.",
            ],
            "nn": [
                "Vi meiner kvalifiseringsprogram er naudsynt og føremålstenleg for deg.",
                "Programmet vil styrkje moglegheitene dine for å kome i arbeid, og er difor føremålstenleg.",
                "KVP er det tiltaket som passar best for deg no.",
                "Etter ei samla vurdering er programmet naudsynt og hensiktsmessig for å styrke muligheita di til å "
                "delta i arbeidslivet.",
                "Naudsynt og føremålstenleg: oppfylt, jf. arbeidsevnevurderinga.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 29 må programmet være nødvendig og hensiktsmessig for å styrke søkerens "
                "muligheter for deltakelse i arbeidslivet, og det skal være gjennomført en arbeidsevnevurdering.",
                "NAV skal vurdere om andre tiltak er bedre egnet før kvalifiseringsprogram innvilges.",
                "Programmet skal bare innvilges når det er nødvendig og hensiktsmessig, altså når det gir bedre "
                "muligheter for arbeid enn andre tiltak.",
                "Kvalifiseringsprogram skal gi tett og forpliktende oppfølging til dem som trenger det for å komme i "
                "arbeid, jf. rundskrivet til sosialtjenesteloven (Hovednr. 35).",
            ],
            "nn": [
                "Det er eit vilkår at programmet er naudsynt og føremålstenleg for å styrkje moglegheitene for "
                "deltaking i arbeidslivet, og at det er gjort ei arbeidsevnevurdering, jf. sosialtenestelova § 29 og "
                "NAV-lova § 14 a.",
                "Etter rundskrivet skal NAV vurdere om andre tiltak kan vere betre eigna enn kvalifiseringsprogram. "
                "Programmet skal berre tildelast når det er naudsynt og føremålstenleg.",
                "Kvalifiseringsprogram skal gje tett og forpliktande oppfølging til personar som treng det for å kome "
                "i arbeid. Lova krev at programmet er naudsynt og føremålstenleg.",
                "Programmet må vere naudsynt og hensiktsmessig, det vil seie at det skal auke sjansane for arbeid, og "
                "at same hjelpa ikkje kan gjevast på annan måte.",
            ],
        },
        "negated": {
            "nb": [
                "Det er ikke vurdert om programmet er nødvendig og hensiktsmessig.",
                "Vi har ikke tatt stilling til om andre tiltak kunne vært bedre egnet for deg.",
                "Vurderingen av om programmet er nødvendig og hensiktsmessig er utsatt til første evaluering.",
                "Nødvendig og hensiktsmessig: ikke vurdert.",
            ],
            "nn": [
                "Om programmet er naudsynt og føremålstenleg, er ikkje vurdert i dette vedtaket. Vi tek det opp ved "
                "første evaluering.",
                "Vurderinga av om programmet er naudsynt og føremålstenleg, vert gjort saman med deg når planen er "
                "klar.",
                "Naudsynt og føremålstenleg: ikkje vurdert.",
                "Vi har ikkje vurdert om andre tiltak kunne vore betre eigna for deg.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt vil i starten inneholde:\n- {course}, tre dager i uken\n- {practice}, to dager i "
                "uken\n- ukentlig samtale med veileder",
                "Vi har laget en plan sammen med deg: du begynner med {course} og går over til {practice} når du er "
                "klar. Behandling hos {treatment} er lagt inn i programtiden.",
                "Programinnhold: {course} og {practice}. Omfang: {hours} timer per uke.",
                "Du har fortalt hva du ønsker å prøve deg på, og vi har derfor avtalt {practice} i tillegg til "
                "{course}.",
                "Fordi du bor {place} og ikke har bil, er praksisen lagt nær der du bor: {practice}. I tillegg tar "
                "du {course}.",
                "NAV {office} kan tilby deg {course} ved {school} og {practice}. Skolen har bekreftet at du kan "
                "starte {date}.",
                "Tilpasset program: Vi kan tilby {course} og {practice} fra oppstart. Planen er laget ut fra målene "
                "dine og helsen din.",
                "Programmet er på {hours} timer i uken. I starten er oppfølging hos {treatment} og {course} det meste av "
                "tiden, og etter hvert trapper vi opp med {practice}.",
                "Dette er avtalt:\n1. {course} (fra oppstart)\n2. {practice} (fra andre måned)\n3. jobbsøkerkurs mot "
                "slutten av programmet",
                "Det er satt opp en individuell plan med {course}, {practice} og faste samtaler med veileder hver uke. "
                "Planen er vedlagt.",
                "Du har ønsket å ha mest mulig av programmet mens barna er i barnehagen. Programmet starter derfor med "
                "{course} på formiddagene, og {practice} fra kl. 12 til 15 tre dager i uken.",
            ],
            "nn": [
                "Programmet ditt vil i første periode innehalde:\n- {course_nn}, tre dagar i veka\n- {practice_nn}, "
                "to dagar i veka\n- oppfølgingssamtale med rettleiar kvar veke\nTil saman {hours} timar i veka.",
                "Vi har laga ein plan saman med deg. Du startar med {course_nn} og går vidare til {practice_nn} når "
                "du er klar for det. Behandlinga hos {treatment_nn} er lagd inn i programtida.",
                "Du startar med {course_nn} frå {date}, og parallelt med det {practice_nn}. Vi har gjort avtale med "
                "praksisplassen.",
                "Programinnhald: {course_nn} og {practice_nn}. Timar per veke: {hours}. Rettleiar: fast kontaktperson "
                "på kontoret.",
                "Du har fortalt kva du ønskjer å prøve deg på, og vi har difor avtalt {practice_nn} i tillegg til "
                "{course_nn}. Dette kan vi tilby frå oppstart.",
                "Programmet er på {hours} timar i veka. I starten går det meste av tida til oppfølging hos {treatment_nn} "
                "og {course_nn}, og etter kvart aukar vi delen med arbeidspraksis.",
                "Sidan du bur {place} og ikkje har bil, har vi lagt praksisen nær der du bur: {practice_nn}. I "
                "tillegg tek du {course_nn}.",
                "Kva vi kan tilby:\n1. {course_nn} (frå oppstart)\n2. {practice_nn} (frå andre månad)\n3. "
                "jobbsøkjarkurs og hjelp med CV mot slutten av programmet",
                "I samarbeid med deg er det sett opp ein individuell plan med {course_nn}, {practice_nn} og faste "
                "samtalar med rettleiar. Planen ligg ved vedtaket.",
                "Planen er at du skal ta {course_nn} ved {school_nn} og ha {practice_nn} to dagar i veka. Skulen har "
                "stadfesta at du kan byrje {date}.",
                "Programmet vil bestå av {course_nn} og {practice_nn}, med tett oppfølging frå rettleiaren din. Vi har "
                "muligheit til å starte opp med det same.",
                "Tilpassa program: Ja. Vi kan tilby {course_nn} og {practice_nn}, og det er ledig plass frå "
                "oppstartsdatoen.",
                "Du har ønskt å ha mest mogleg av programmet medan borna er i barnehagen. Programmet byrjar difor med "
                "{course_nn} på formiddagane, og {practice_nn} frå kl. 12 til 15 tre dagar i veka.",
            ],
        },
        "named": {
            "nb": [
                "NAV {office} kan tilby deg et tilpasset program.",
                "Vi kan tilby et program som er tilpasset dine behov.",
                "Det er mulig å tilby et tilrettelagt program, og vilkåret er oppfylt.",
                "Innholdet i programmet tilpasses deg og dine forutsetninger.",
            ],
            "nn": [
                "NAV {office} kan tilby deg eit tilpassa program.",
                "Vi vil lage eit program som er tilpassa behova dine.",
                "Kommunen har høve til å tilby deg eit tilrettelagt program, og vilkåret er difor oppfylt.",
                "Tilpassa program: kan tilbydast.",
                "Programmet vil bli sett saman ut frå behova og føresetnadene dine, i samarbeid med deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår at kommunen kan tilby et tilpasset program, jf. sosialtjenesteloven §§ 29 og 30.",
                "Programmet skal være helårig og på full tid, og kan inneholde arbeidsrettede tiltak, opplæring og "
                "eventuelt medisinsk behandling.",
                "Programmet skal utformes ut fra den enkeltes behov og forutsetninger, og i samarbeid med "
                "deltakeren.",
                "Kommunen kan bare unntaksvis avslå en søknad fordi den ikke kan tilby et tilpasset program.",
            ],
            "nn": [
                "Kommunen må kunne tilby eit program som er tilpassa den enkelte, jf. sosialtenestelova §§ 29 og 30.",
                "Programmet skal vere heilårleg og på full tid, og kan innehalde arbeidsretta tiltak, opplæring, "
                "trening og behandling, jf. § 30.",
                "Etter rundskrivet skal programmet utformast individuelt og i samarbeid med deltakaren. Berre i "
                "heilt spesielle tilfelle kan kommunen seie at ho ikkje kan tilby eit tilpassa program.",
                "Eit kvalifiseringsprogram skal vere tilpassa behova og føresetnadene til den enkelte, og ha som mål "
                "at deltakaren kjem i arbeid.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke avklart ennå.",
                "Det er ikke vurdert om kommunen kan tilby et tilpasset program.",
                "Programplan er ikke utarbeidet. Innholdet blir fastsatt etter oppstart.",
                "Tilpasset program: ikke vurdert ennå.",
            ],
            "nn": [
                "Kva programmet skal innehalde, er ikkje avklart enno. Vi set opp plan saman med deg dei første "
                "vekene.",
                "Innhaldet i programmet er ikkje vurdert i dette vedtaket.",
                "Tilpassa program: ikkje vurdert.",
                "Vi har ikkje teke stilling til om vi kan tilby eit tilpassa program. Det blir avklart før oppstart.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Yrkesaktiv alder"],
            "nn": ["Alder", "Yrkesaktiv alder", "Vilkåret om alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Vesentlig nedsatt arbeidsevne"],
                     "nn": ["Arbeids- og inntektsevne", "Arbeidsevne", "Vesentleg nedsett arbeids- og inntektsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Inntekt og ytelser"],
                 "nn": ["Ytingar til livsopphald", "Inntekt og ytingar", "Økonomi"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Er programmet nødvendig og hensiktsmessig?"],
                  "nn": ["Naudsynt og føremålstenleg", "Er programmet naudsynt og føremålstenleg?",
                         "Behovet for program"]},
    "program": {"nb": ["Tilpasset program", "Innhold i programmet"],
                "nn": ["Tilpassa program", "Innhald i programmet", "Programmet ditt"]},
}

# The municipality's own template: «Kva saka gjeld» and «Vedtak» as lead words of the first paragraph (the
# generator joins intro and decision into one), then numbered parts 3–5 where a part is its own paragraph.
FRAME = {
    "nb": {
        "title": ["Vedtak om kvalifiseringsprogram", "VEDTAK – KVALIFISERINGSPROGRAM (KVP)",
                  "Vedtak om kvalifiseringsprogram og kvalifiseringsstønad"],
        "intro": ["Hva saken gjelder: søknad om kvalifiseringsprogram, mottatt {date}.",
                  "Vi viser til søknaden din om kvalifiseringsprogram av {date} og til samtalen vi hadde på kontoret.",
                  "Du søkte om kvalifiseringsprogram {date}. Søknaden er nå behandlet."],
        "decision": ["Vedtak: NAV {office} innvilger deg kvalifiseringsprogram for perioden {date} til {date2}, jf. "
                     "sosialtjenesteloven § 29.",
                     "Du får kvalifiseringsprogram fra {date} til {date2}.",
                     "NAV {office} har fattet følgende vedtak: Søknaden om kvalifiseringsprogram innvilges fra {date}."],
        "general": ["Du fyller vilkårene for kvalifiseringsprogram i sosialtjenesteloven § 29.",
                    "For å få kvalifiseringsprogram må du være i yrkesaktiv alder, ha vesentlig nedsatt arbeids- og "
                    "inntektsevne og ingen eller svært begrensede ytelser til livsopphold. Programmet må være "
                    "nødvendig og hensiktsmessig, og kommunen må kunne tilby et tilpasset program. Nedenfor går vi "
                    "gjennom vilkårene.",
                    "Vi har vurdert søknaden din etter sosialtjenesteloven § 29 og forskrift om kvalifiseringsprogram."],
        "reasons_heading": ["3. Vilkår og vurdering", "Vilkår og vurdering", "Begrunnelse"],
        "money_heading": ["4. Stønad", "Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad på {kvp_amount} kroner i året. Stønaden utbetales hver måned og er "
                  "skattepliktig.",
                  "Kvalifiseringsstønaden utgjør kr {kvp_amount} per år, jf. sosialtjenesteloven § 35. Utbetaling "
                  "skjer den 20. i hver måned, og det trekkes skatt.",
                  "Stønad: kr {kvp_amount} per år, utbetalt månedlig. Fravær uten gyldig grunn kan gi trekk i "
                  "stønaden."],
        "start": ["Programmet starter {date}.",
                  "Oppstart er {date}. Du møter hos veilederen din på NAV-kontoret kl. 09.00 første dag.",
                  "Programperioden er ett år fra {date}."],
        "evaluation": ["Vi evaluerer programmet sammen med deg hver tredje måned.",
                       "Planen evalueres minst hver tredje måned, og oftere ved behov."],
        "appeal_heading": ["5. Klage", "Klagerett"],
        "appeal": ["Du kan klage på vedtaket innen tre uker fra du mottok det, jf. forvaltningsloven § 29. Send klagen "
                   "til NAV {office}. Hvis vi ikke gir deg medhold, sender vi saken til Statsforvalteren i Vestland, "
                   "som er klageinstans.",
                   "Klagefristen er tre uker. Klagen skal være skriftlig og sendes til NAV {office}. Statsforvalteren "
                   "i Vestland avgjør klagen dersom vi opprettholder vedtaket. Du har rett til å se dokumentene i "
                   "saken din, jf. forvaltningsloven §§ 18 og 19."],
        "closing": ["Med vennlig hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak om kvalifiseringsprogram", "VEDTAK – KVALIFISERINGSPROGRAM (KVP)",
                  "Vedtak om kvalifiseringsprogram og kvalifiseringsstønad"],
        "intro": ["Kva saka gjeld: søknad om kvalifiseringsprogram, motteken {date}.",
                  "Vi viser til søknaden din om kvalifiseringsprogram av {date} og til samtalen vi hadde på kontoret.",
                  "Du søkte om kvalifiseringsprogram {date}. Vi har no handsama søknaden."],
        "decision": ["Vedtak: NAV {office} innvilgar deg kvalifiseringsprogram for perioden {date} til {date2}, jf. "
                     "sosialtenestelova § 29.",
                     "Du får kvalifiseringsprogram frå {date} til {date2}.",
                     "NAV {office} har gjort slikt vedtak: Søknaden om kvalifiseringsprogram vert innvilga frå {date}."],
        "general": ["Du fyller vilkåra for kvalifiseringsprogram i sosialtenestelova § 29.",
                    "For å få kvalifiseringsprogram må du vere i yrkesaktiv alder, ha vesentleg nedsett arbeids- og "
                    "inntektsevne og ingen eller svært avgrensa ytingar til livsopphald. Programmet må vere naudsynt "
                    "og føremålstenleg, og kommunen må kunne tilby eit tilpassa program. Nedanfor går vi gjennom "
                    "vilkåra.",
                    "Vi har vurdert søknaden din etter sosialtenestelova § 29 og forskrift om kvalifiseringsprogram."],
        "reasons_heading": ["3. Vilkår og vurdering", "Vilkår og vurdering", "Grunngjeving"],
        "money_heading": ["4. Stønad", "Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad på {kvp_amount} kroner i året. Stønaden vert utbetalt kvar månad og er "
                  "skattepliktig.",
                  "Kvalifiseringsstønaden utgjer kr {kvp_amount} i året, jf. sosialtenestelova § 35. Utbetalinga skjer "
                  "den 20. i kvar månad, og det vert trekt skatt.",
                  "Stønad: kr {kvp_amount} per år, utbetalt månadleg. Fråvær utan gyldig grunn kan gje trekk i "
                  "stønaden."],
        "start": ["Programmet startar {date}.",
                  "Oppstart er {date}. Du møter hos rettleiaren din på NAV-kontoret kl. 09.00 første dagen.",
                  "Programperioden er eitt år frå {date}."],
        "evaluation": ["Vi evaluerer programmet saman med deg kvar tredje månad.",
                       "Planen vert evaluert minst kvar tredje månad, og oftare om det trengst."],
        "appeal_heading": ["5. Klage", "Klagerett", "5. Du kan klage"],
        "appeal": ["Du kan klage på vedtaket innan tre veker frå du fekk det, jf. forvaltningslova § 29. Send klaga til "
                   "NAV {office}. Om vi ikkje gjev deg medhald, sender vi saka til Statsforvaltaren i Vestland, som er "
                   "klageinstans.",
                   "Klagefristen er tre veker. Klaga skal vere skriftleg og sendast til NAV {office}. Statsforvaltaren i "
                   "Vestland avgjer klaga dersom vi held fast på vedtaket. Du har rett til å sjå dokumenta i saka di, "
                   "jf. forvaltningslova §§ 18 og 19.",
                   "Er du ueinig i vedtaket, kan du klage innan tre veker. Ta gjerne kontakt med oss om du treng hjelp "
                   "til å skrive klaga. Klageinstans er Statsforvaltaren i Vestland."],
        "closing": ["Med venleg helsing", "Venleg helsing", "Helsing"],
    },
}
