"""Phrasing bank ``heldout26`` (round 19): decisions from a Trondheim office made with a digital decision-support tool.

Written for issue #19 by an independent author (the bank26 lane) who never opened the grounds rule
(``audit/grounds/``, ``docs/grounds.md``), its benchmark (``benchmarks/``), its tests or test letters, the committed
sample letters, nor any other phrasing bank, and never ran ``grounds`` or the benchmark: the labels below say what
each phrasing is, not what any rule would make of it.

Register: a Trondheim office (Lerkendal, Heimdal, Falkenborg, Midtbyen) whose decisions are printed from a digital
decision-support tool («beslutningsstøtte») that sets the assessment out as question and answer per criterion: the
tool's question, in its own varied wording («Er søker i yrkesaktiv alder?», «Spm. 2: Har søker vesentlig nedsatt
arbeids- og inntektsevne?»), then the caseworker's answer, of uneven care: a full reasoned answer, «Ja.», «Ja, se
AEV», «Ikke vurdert ennå», a line of law pasted in, answers that start with a fact, answers that restate the
question; sometimes the answer stands on the next line (a phrasing with "\\n"). Some caseworkers skipped the
question and answered in free prose under the heading. Bokmål and nynorsk 9 to 1; the office's own frame, which
holds no fact about the person.

Kinds and labels, per criterion: ``grounds`` (ja) — the answer says why the criterion is met for this person with
at least one fact of that criterion; ``named`` (nei) — «Ja.», «Oppfylt», a restated question, or a reference to a
document without saying what it shows; ``quoted`` (nei) — law, regulation, circular or practice pasted in or
paraphrased; ``negated`` (nei) — not assessed yet, not documented, to be assessed later, or the tool's field left
unfilled. No phrasing holds a fact of another criterion.
"""

BANK = "heldout26"
LANG_WEIGHTS = (0.9, 0.1)

FILLERS = {
    "diagnose": ["depresjon og angst", "kroniske ryggsmerter", "PTSD", "ADHD", "revmatisk sykdom",
                 "følger etter et hjerneslag", "rusavhengighet i rehabilitering"],
    "diagnose_nn": ["depresjon og angst", "kroniske ryggsmerter", "PTSD", "ADHD", "revmatisk sjukdom",
                    "følgjer etter eit hjerneslag", "rusavhengnad under rehabilitering"],
    "yrke": ["butikkmedarbeider", "renholder", "lagerarbeider", "pleieassistent", "kjøkkenhjelp"],
    "yrke_nn": ["butikkmedarbeidar", "reinhaldar", "lagerarbeidar", "pleieassistent", "kjøkenhjelp"],
    "tiltak": ["arbeidsforberedende trening (AFT)", "oppfølging fra Jobbklubben", "avklaring hos tiltaksarrangør",
               "arbeidspraksis i ordinær bedrift", "individuell jobbstøtte (IPS)"],
    "tiltak_nn": ["arbeidsførebuande trening (AFT)", "oppfølging frå Jobbklubben", "avklaring hos tiltaksarrangør",
                  "arbeidspraksis i ordinær bedrift", "individuell jobbstøtte (IPS)"],
    "praksis": ["et bakeri på Moholt", "en matbutikk på Saupstad", "en kantine på Tiller", "et lager på Heggstadmoen",
                "en bruktbutikk på Lade"],
    "praksis_nn": ["eit bakeri på Moholt", "ein matbutikk på Saupstad", "ei kantine på Tiller",
                   "eit lager på Heggstadmoen", "ein bruktbutikk på Lade"],
    "kurs": ["norskkurs på B1-nivå", "truckførerkurs", "kurs i arbeidsmiljø og sikkerhet", "datakurs", "hygienekurs"],
    "kurs_nn": ["norskkurs på B1-nivå", "truckførarkurs", "kurs i arbeidsmiljø og tryggleik", "datakurs",
                "hygienekurs"],
    "ytelse": ["arbeidsavklaringspenger", "dagpenger", "sykepenger"],
    "ytelse_nn": ["arbeidsavklaringspengar", "dagpengar", "sjukepengar"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Er søker i yrkesaktiv alder? Ja. Søker er {age} år.",
                "Er søker i yrkesaktiv alder?\nJa, søker er født i {birth_year} og er {age} år gammel.",
                "Født {birth_year}. Ja, søker er innenfor aldersgrensen på 18 til 67 år.",
                "Spm. 1: Er søkeren mellom 18 og 67 år?\nJa – {age} år på søknadstidspunktet.",
                "Alder – er vilkåret oppfylt? Ja. Søker fylte {age} år i {month} og er dermed i yrkesaktiv alder.",
                "Er bruker i yrkesaktiv alder (18–67 år)? {age} år. Ja.",
                "Søker er {age} år og dermed i yrkesaktiv alder. Vilkåret om alder er oppfylt.",
                "Er søker i yrkesaktiv alder?\nSøker er født {birth_year}. Hun/han er i yrkesaktiv alder, og "
                "vilkåret er oppfylt.",
                "Spørsmål: Har søker fylt 18 år og ikke nådd pensjonsalder? Svar: Ja, søker er {age} år.",
                "Du er {age} år gammel og er i yrkesaktiv alder slik loven krever.",
                "Er søker i yrkesaktiv alder? Ja, {age} år (født {birth_year}).",
                "Alder: Søker er {age} år, godt innenfor aldersgrensen. Oppfylt.",
            ],
            "nn": [
                "Er søkjar i yrkesaktiv alder? Ja. Søkjar er {age} år.",
                "Er søkjar i yrkesaktiv alder?\nJa, søkjar er fødd i {birth_year} og er {age} år gammal.",
                "Fødd {birth_year}. Ja, søkjar er innanfor aldersgrensa på 18 til 67 år.",
                "Spm. 1: Er søkjaren mellom 18 og 67 år?\nJa – {age} år då søknaden kom inn.",
                "Alder – er vilkåret oppfylt? Ja. Søkjar fylte {age} år i {month} og er dermed i yrkesaktiv alder.",
                "Er brukar i yrkesaktiv alder (18–67 år)? {age} år. Ja.",
                "Søkjar er {age} år og dermed i yrkesaktiv alder. Vilkåret om alder er oppfylt.",
                "Er søkjar i yrkesaktiv alder?\nSøkjar er fødd {birth_year} og er i yrkesaktiv alder. Vilkåret er "
                "oppfylt.",
                "Spørsmål: Har søkjar fylt 18 år og ikkje nådd pensjonsalder? Svar: Ja, søkjar er {age} år.",
                "Du er {age} år gammal og er i yrkesaktiv alder slik lova krev.",
                "Er søkjar i yrkesaktiv alder? Ja, {age} år (fødd {birth_year}).",
                "Alder: Søkjar er {age} år, godt innanfor aldersgrensa. Oppfylt.",
            ],
        },
        "named": {
            "nb": [
                "Er søker i yrkesaktiv alder? Ja.",
                "Er søker i yrkesaktiv alder?\nJa, søker er i yrkesaktiv alder.",
                "Spm. 1: Er søkeren mellom 18 og 67 år? Ja, se folkeregisteret.",
                "Alder – er vilkåret oppfylt? Oppfylt.",
                "Er bruker i yrkesaktiv alder (18–67 år)? Ja, jf. opplysninger i søknaden.",
                "Du er i yrkesaktiv alder.",
                "Er søker i yrkesaktiv alder? Ja, vilkåret er oppfylt. Kontrollert mot personopplysningene i saken.",
            ],
            "nn": [
                "Er søkjar i yrkesaktiv alder? Ja.",
                "Er søkjar i yrkesaktiv alder?\nJa, søkjar er i yrkesaktiv alder.",
                "Spm. 1: Er søkjaren mellom 18 og 67 år? Ja, sjå folkeregisteret.",
                "Alder – er vilkåret oppfylt? Oppfylt.",
                "Er brukar i yrkesaktiv alder (18–67 år)? Ja, jf. opplysningar i søknaden.",
                "Du er i yrkesaktiv alder.",
                "Er søkjar i yrkesaktiv alder? Ja, vilkåret er oppfylt. Kontrollert mot personopplysningane i saka.",
            ],
        },
        "quoted": {
            "nb": [
                "Er søker i yrkesaktiv alder? Sosialtjenesteloven § 29: «Personer i yrkesaktiv alder ... skal ha "
                "rett til kvalifiseringsprogram».",
                "Er søker i yrkesaktiv alder?\nEtter rundskrivet regnes yrkesaktiv alder fra fylte 18 år og fram "
                "til pensjonsalder.",
                "Spm. 1: Er søkeren mellom 18 og 67 år? Den nedre aldersgrensen er 18 år fra 1. januar 2019.",
                "Alder: Programmet er forbeholdt personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første "
                "ledd.",
                "Er bruker i yrkesaktiv alder? Det følger av loven at kvalifiseringsprogrammet gjelder personer i "
                "yrkesaktiv alder. I praksis legges 18 til 67 år til grunn.",
                "Loven setter som vilkår at søkeren er i yrkesaktiv alder. Øvre grense er ikke angitt i loven, men "
                "Nav legger til grunn alminnelig pensjonsalder.",
            ],
            "nn": [
                "Er søkjar i yrkesaktiv alder? Sosialtenestelova § 29: «Personar i yrkesaktiv alder ... skal ha "
                "rett til kvalifiseringsprogram».",
                "Er søkjar i yrkesaktiv alder?\nEtter rundskrivet vert yrkesaktiv alder rekna frå fylte 18 år og "
                "fram til pensjonsalder.",
                "Spm. 1: Er søkjaren mellom 18 og 67 år? Den nedre aldersgrensa er 18 år frå 1. januar 2019.",
                "Alder: Programmet gjeld personar i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd.",
                "Er brukar i yrkesaktiv alder? Det følgjer av lova at kvalifiseringsprogrammet gjeld personar i "
                "yrkesaktiv alder. I praksis vert 18 til 67 år lagt til grunn.",
                "Lova set som vilkår at søkjaren er i yrkesaktiv alder. Øvre grense står ikkje i lova, men Nav "
                "legg alminneleg pensjonsalder til grunn.",
            ],
        },
        "negated": {
            "nb": [
                "Er søker i yrkesaktiv alder? Ikke vurdert ennå.",
                "Er søker i yrkesaktiv alder?\n[Skriv svar her]",
                "Spm. 1: Er søkeren mellom 18 og 67 år? Ikke besvart – må fylles ut før vedtaket ferdigstilles.",
                "Alder: Ikke kontrollert, vurderes ved oppstart.",
            ],
            "nn": [
                "Er søkjar i yrkesaktiv alder? Ikkje vurdert enno.",
                "Er søkjar i yrkesaktiv alder?\n[Skriv svar her]",
                "Spm. 1: Er søkjaren mellom 18 og 67 år? Ikkje svara på – må fyllast ut før vedtaket vert "
                "ferdigstilt.",
                "Alder: Ikkje kontrollert, vert vurdert ved oppstart.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Har søker vesentlig nedsatt arbeids- og inntektsevne? Ja. Søker har {diagnose} og har ikke vært i "
                "arbeid siden {year}.",
                "Har søker vesentlig nedsatt arbeids- og inntektsevne?\nJa. Søker har ikke fullført videregående "
                "skole, har lite arbeidserfaring og har {diagnose}, som fastlegen beskriver i legeerklæring av "
                "{date}.",
                "Spm. 2: Er arbeidsevnen vesentlig nedsatt? Ja, se AEV. Arbeidsevnevurderingen viser at søker ikke "
                "tåler fysisk tungt arbeid og bare klarer korte arbeidsdager på grunn av {diagnose}.",
                "Sykmeldt fra jobben som {yrke} i {year}, senere sagt opp. Ja, arbeidsevnen er vesentlig nedsatt.",
                "Arbeids- og inntektsevne – vesentlig nedsatt?\nSøker har ikke hatt lønnet arbeid de siste {years} "
                "årene. Hun/han har {diagnose} og har i tillegg svake norskferdigheter. Samlet sett er arbeidsevnen "
                "vesentlig nedsatt.",
                "Har bruker vesentlig nedsatt arbeidsevne? Ja. Har bare jobbet kortvarig som {yrke} og har ingen "
                "fagutdanning.",
                "Søker har {diagnose} og har vært ute av arbeidslivet siden {year}. Arbeidsevnevurderingen fra "
                "{date} konkluderer med at hun/han har behov for lang tid for å komme i arbeid.",
                "Har søker vesentlig nedsatt arbeids- og inntektsevne? Ja – avbrutt videregående, ingen fast "
                "tilknytning til arbeidslivet og {diagnose}.",
                "Er arbeidsevnen vesentlig nedsatt?\nJa. Søker jobbet som {yrke} i {years} år, men måtte slutte "
                "på grunn av {diagnose}. Har ikke klart å komme tilbake i jobb.",
                "Du har {diagnose}, og du har ikke vært i jobb siden {year}. Vi vurderer derfor at arbeids- og "
                "inntektsevnen din er vesentlig nedsatt.",
                "Spm. 2: Har søker vesentlig nedsatt arbeids- og inntektsevne? Kom til Norge i {year}, har ingen "
                "utdanning som er godkjent her og snakker lite norsk. Ja.",
                "Har søker vesentlig nedsatt arbeidsevne? Ja. I AEV av {date} kommer det fram at søker har "
                "{diagnose} og lav utholdenhet, og at hun/han ikke har fullført noen utdanning etter grunnskolen.",
            ],
            "nn": [
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne? Ja. Søkjar har {diagnose_nn} og har ikkje "
                "vore i arbeid sidan {year}.",
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne?\nJa. Søkjar har ikkje fullført vidaregåande "
                "skule, har lite arbeidserfaring og har {diagnose_nn}, slik fastlegen skildrar i legeerklæring av "
                "{date}.",
                "Spm. 2: Er arbeidsevna vesentleg nedsett? Ja, sjå AEV. Arbeidsevnevurderinga viser at søkjar ikkje "
                "toler fysisk tungt arbeid og berre klarer korte arbeidsdagar på grunn av {diagnose_nn}.",
                "Sjukmeld frå jobben som {yrke_nn} i {year}, seinare sagt opp. Ja, arbeidsevna er vesentleg nedsett.",
                "Arbeids- og inntektsevne – vesentleg nedsett?\nSøkjar har ikkje hatt lønt arbeid dei siste {years} "
                "åra. Ho/han har {diagnose_nn} og har i tillegg svake norskkunnskapar. Samla sett er arbeidsevna "
                "vesentleg nedsett.",
                "Har brukar vesentleg nedsett arbeidsevne? Ja. Har berre jobba kortvarig som {yrke_nn} og har inga "
                "fagutdanning.",
                "Søkjar har {diagnose_nn} og har vore ute av arbeidslivet sidan {year}. Arbeidsevnevurderinga frå "
                "{date} konkluderer med at ho/han treng lang tid for å kome i arbeid.",
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne? Ja – avbroten vidaregåande, inga fast "
                "tilknyting til arbeidslivet og {diagnose_nn}.",
                "Er arbeidsevna vesentleg nedsett?\nJa. Søkjar jobba som {yrke_nn} i {years} år, men måtte slutte "
                "på grunn av {diagnose_nn}. Har ikkje klart å kome tilbake i jobb.",
                "Du har {diagnose_nn}, og du har ikkje vore i jobb sidan {year}. Vi vurderer difor at arbeids- og "
                "inntektsevna di er vesentleg nedsett.",
                "Spm. 2: Har søkjar vesentleg nedsett arbeids- og inntektsevne? Kom til Noreg i {year}, har inga "
                "utdanning som er godkjend her og snakkar lite norsk. Ja.",
                "Har søkjar vesentleg nedsett arbeidsevne? Ja. I AEV av {date} kjem det fram at søkjar har "
                "{diagnose_nn} og lite uthald, og at ho/han ikkje har fullført noka utdanning etter grunnskulen.",
            ],
        },
        "named": {
            "nb": [
                "Har søker vesentlig nedsatt arbeids- og inntektsevne? Ja.",
                "Har søker vesentlig nedsatt arbeids- og inntektsevne?\nJa, se AEV.",
                "Spm. 2: Er arbeidsevnen vesentlig nedsatt? Ja, søker har vesentlig nedsatt arbeids- og "
                "inntektsevne.",
                "Arbeids- og inntektsevne – vesentlig nedsatt? Oppfylt, jf. arbeidsevnevurdering datert {date}.",
                "Har bruker vesentlig nedsatt arbeidsevne? Ja, dette er dokumentert i saken.",
                "Arbeidsevnen din er vurdert, og den er vesentlig nedsatt.",
                "Er arbeidsevnen vesentlig nedsatt?\nJa, se legeerklæring og AEV i Modia.",
            ],
            "nn": [
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne? Ja.",
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne?\nJa, sjå AEV.",
                "Spm. 2: Er arbeidsevna vesentleg nedsett? Ja, søkjar har vesentleg nedsett arbeids- og "
                "inntektsevne.",
                "Arbeids- og inntektsevne – vesentleg nedsett? Oppfylt, jf. arbeidsevnevurdering datert {date}.",
                "Har brukar vesentleg nedsett arbeidsevne? Ja, dette er dokumentert i saka.",
                "Arbeidsevna di er vurdert, og ho er vesentleg nedsett.",
                "Er arbeidsevna vesentleg nedsett?\nJa, sjå legeerklæring og AEV i Modia.",
            ],
        },
        "quoted": {
            "nb": [
                "Har søker vesentlig nedsatt arbeids- og inntektsevne? Jf. § 29: programmet gjelder personer «med "
                "vesentlig nedsatt arbeids- og inntektsevne».",
                "Har søker vesentlig nedsatt arbeids- og inntektsevne?\nEtter rundskrivet må nedsettelsen ha "
                "sammenheng med helse, sosiale forhold eller manglende kvalifikasjoner, og den må være vesentlig.",
                "Spm. 2: Er arbeidsevnen vesentlig nedsatt? Det skal foreligge en arbeidsevnevurdering etter "
                "Nav-loven § 14 a før vedtak fattes.",
                "Arbeids- og inntektsevne: Vilkåret er at arbeids- og inntektsevnen er vesentlig nedsatt. Det kreves "
                "ikke at nedsettelsen skyldes sykdom alene.",
                "Har bruker vesentlig nedsatt arbeidsevne? Rundskrivet til § 29: Vurderingen skal være "
                "helhetlig og ta utgangspunkt i søkerens ressurser og begrensninger.",
                "Kravet om vesentlig nedsatt arbeids- og inntektsevne innebærer at personen har større problemer "
                "enn andre med å komme i arbeid, jf. forarbeidene.",
            ],
            "nn": [
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne? Jf. § 29: programmet gjeld personar «med "
                "vesentleg nedsett arbeids- og inntektsevne».",
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne?\nEtter rundskrivet må nedsetjinga ha "
                "samanheng med helse, sosiale forhold eller manglande kvalifikasjonar, og ho må vere vesentleg.",
                "Spm. 2: Er arbeidsevna vesentleg nedsett? Det skal liggje føre ei arbeidsevnevurdering etter "
                "Nav-lova § 14 a før vedtak vert gjort.",
                "Arbeids- og inntektsevne: Vilkåret er at arbeids- og inntektsevna er vesentleg nedsett. Det er "
                "ikkje krav om at nedsetjinga berre kjem av sjukdom.",
                "Har brukar vesentleg nedsett arbeidsevne? Rundskrivet til § 29: Vurderinga skal vere heilskapleg "
                "og ta utgangspunkt i ressursane og avgrensingane til søkjaren.",
                "Kravet om vesentleg nedsett arbeids- og inntektsevne inneber at personen har større vanskar enn "
                "andre med å kome i arbeid, jf. førearbeida.",
            ],
        },
        "negated": {
            "nb": [
                "Har søker vesentlig nedsatt arbeids- og inntektsevne? Ikke vurdert ennå, AEV er under arbeid.",
                "Har søker vesentlig nedsatt arbeids- og inntektsevne?\n<fritekst>",
                "Spm. 2: Er arbeidsevnen vesentlig nedsatt? Ikke dokumentert. Arbeidsevnevurdering skal gjøres "
                "senere i programperioden.",
                "Arbeids- og inntektsevne: Ikke besvart.",
            ],
            "nn": [
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne? Ikkje vurdert enno, AEV er under arbeid.",
                "Har søkjar vesentleg nedsett arbeids- og inntektsevne?\n<fritekst>",
                "Spm. 2: Er arbeidsevna vesentleg nedsett? Ikkje dokumentert. Arbeidsevnevurdering skal gjerast "
                "seinare i programperioden.",
                "Arbeids- og inntektsevne: Ikkje svara på.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Har søker ingen eller svært begrensede ytelser til livsopphold? Ja. Søker mottar økonomisk "
                "sosialhjelp og har ingen annen inntekt.",
                "Har søker ingen eller svært begrensede ytelser til livsopphold?\nJa. Retten til {ytelse} tok slutt "
                "i {month}, og søker har siden levd av sosialhjelp.",
                "Spm. 3: Har søker rett til ytelser etter folketrygdloven? Nei. Søker har fått avslag på {ytelse} og "
                "har ingen opptjente rettigheter.",
                "Mottar {amount} i sosialhjelp per måned. Ingen andre ytelser. Ja.",
                "Ytelser til livsopphold – ingen eller svært begrensede?\nSøker har ingen inntekt av arbeid. "
                "Hun/han har brukt opp {ytelse} og har ikke sparepenger.",
                "Har bruker andre ytelser til livsopphold? Nei, kun supplerende sosialhjelp. Ingen formue.",
                "Søker har vært avhengig av økonomisk sosialhjelp siden {year} og har ikke rett til {ytelse}. "
                "Vilkåret om begrensede ytelser er oppfylt.",
                "Har søker ingen eller svært begrensede ytelser? Ja – deltidsinntekt på om lag {amount} i måneden, "
                "ellers ingen ytelser.",
                "Har søker ingen eller svært begrensede ytelser til livsopphold?\nJa. Søker har ikke opptjent rett "
                "til dagpenger, og {ytelse} ble avsluttet {date}.",
                "Du har ingen inntekt i dag og får sosialhjelp fra NAV {office}. Du har ikke rett til {ytelse}.",
                "Spm. 3: Har søker ytelser som dekker livsopphold? Nei. Siste utbetaling av {ytelse} var i "
                "{month}. Nå økonomisk sosialhjelp.",
                "Har søker ingen eller svært begrensede ytelser? Ja. Søker har ingen inntekt eller formue og har "
                "mottatt sosialhjelp i {years} år.",
            ],
            "nn": [
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald? Ja. Søkjar får økonomisk "
                "sosialhjelp og har inga anna inntekt.",
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald?\nJa. Retten til {ytelse_nn} tok "
                "slutt i {month}, og søkjar har sidan levd av sosialhjelp.",
                "Spm. 3: Har søkjar rett til ytingar etter folketrygdlova? Nei. Søkjar har fått avslag på "
                "{ytelse_nn} og har ingen opptente rettar.",
                "Får {amount} i sosialhjelp per månad. Ingen andre ytingar. Ja.",
                "Ytingar til livsopphald – ingen eller svært avgrensa?\nSøkjar har inga inntekt frå arbeid. "
                "Ho/han har brukt opp {ytelse_nn} og har ikkje sparepengar.",
                "Har brukar andre ytingar til livsopphald? Nei, berre supplerande sosialhjelp. Ingen formue.",
                "Søkjar har vore avhengig av økonomisk sosialhjelp sidan {year} og har ikkje rett til {ytelse_nn}. "
                "Vilkåret om avgrensa ytingar er oppfylt.",
                "Har søkjar ingen eller svært avgrensa ytingar? Ja – deltidsinntekt på om lag {amount} i månaden, "
                "elles ingen ytingar.",
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald?\nJa. Søkjar har ikkje opptent rett "
                "til dagpengar, og {ytelse_nn} vart avslutta {date}.",
                "Du har inga inntekt i dag og får sosialhjelp frå NAV {office}. Du har ikkje rett til {ytelse_nn}.",
                "Spm. 3: Har søkjar ytingar som dekkjer livsopphald? Nei. Siste utbetaling av {ytelse_nn} var i "
                "{month}. No økonomisk sosialhjelp.",
                "Har søkjar ingen eller svært avgrensa ytingar? Ja. Søkjar har inga inntekt eller formue og har "
                "fått sosialhjelp i {years} år.",
            ],
        },
        "named": {
            "nb": [
                "Har søker ingen eller svært begrensede ytelser til livsopphold? Ja.",
                "Har søker ingen eller svært begrensede ytelser til livsopphold?\nJa, søker har ingen eller svært "
                "begrensede ytelser.",
                "Spm. 3: Har søker rett til ytelser etter folketrygdloven? Nei, se Arena.",
                "Ytelser til livsopphold: Oppfylt.",
                "Har bruker andre ytelser til livsopphold? Sjekket i fagsystemene. Vilkåret er oppfylt.",
                "Du oppfyller vilkåret om ytelser til livsopphold.",
                "Har søker ingen eller svært begrensede ytelser?\nJa, jf. opplysninger i søknaden og kontoutskrifter.",
            ],
            "nn": [
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald? Ja.",
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald?\nJa, søkjar har ingen eller svært "
                "avgrensa ytingar.",
                "Spm. 3: Har søkjar rett til ytingar etter folketrygdlova? Nei, sjå Arena.",
                "Ytingar til livsopphald: Oppfylt.",
                "Har brukar andre ytingar til livsopphald? Sjekka i fagsystema. Vilkåret er oppfylt.",
                "Du oppfyller vilkåret om ytingar til livsopphald.",
                "Har søkjar ingen eller svært avgrensa ytingar?\nJa, jf. opplysningar i søknaden og kontoutskrifter.",
            ],
        },
        "quoted": {
            "nb": [
                "Har søker ingen eller svært begrensede ytelser til livsopphold? § 29: «ingen eller svært begrensede "
                "ytelser til livsopphold etter folketrygdloven eller arbeidsløshetstrygd».",
                "Har søker ingen eller svært begrensede ytelser til livsopphold?\nEtter rundskrivet kan personer med "
                "lave ytelser fra folketrygden være i målgruppen når ytelsen er svært begrenset.",
                "Spm. 3: Har søker rett til ytelser etter folketrygdloven? Den som har rett til arbeidsavklaringspenger "
                "skal som hovedregel ikke ha kvalifiseringsprogram.",
                "Ytelser: Vilkåret er at søkeren ikke har, eller har svært begrensede, ytelser etter "
                "folketrygdloven eller arbeidsledighetstrygd.",
                "Har bruker andre ytelser? Kvalifiseringsstønaden skal ikke komme i tillegg til full ytelse fra "
                "folketrygden, jf. rundskrivet.",
                "Etter loven er programmet for dem som står uten eller med svært lave ytelser til livsopphold. "
                "Økonomisk sosialhjelp regnes ikke som en slik ytelse.",
            ],
            "nn": [
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald? § 29: «ingen eller svært avgrensa "
                "ytingar til livsopphald etter folketrygdlova eller arbeidsløysetrygd».",
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald?\nEtter rundskrivet kan personar med "
                "låge ytingar frå folketrygda vere i målgruppa når ytinga er svært avgrensa.",
                "Spm. 3: Har søkjar rett til ytingar etter folketrygdlova? Den som har rett til "
                "arbeidsavklaringspengar, skal som hovudregel ikkje ha kvalifiseringsprogram.",
                "Ytingar: Vilkåret er at søkjaren ikkje har, eller har svært avgrensa, ytingar etter folketrygdlova "
                "eller arbeidsløysetrygd.",
                "Har brukar andre ytingar? Kvalifiseringsstønaden skal ikkje kome i tillegg til full yting frå "
                "folketrygda, jf. rundskrivet.",
                "Etter lova er programmet for dei som står utan eller med svært låge ytingar til livsopphald. "
                "Økonomisk sosialhjelp vert ikkje rekna som ei slik yting.",
            ],
        },
        "negated": {
            "nb": [
                "Har søker ingen eller svært begrensede ytelser til livsopphold? Ikke vurdert ennå.",
                "Har søker ingen eller svært begrensede ytelser til livsopphold?\nVenter på svar fra NAV Arbeid "
                "og ytelser. Vurderes når svaret foreligger.",
                "Spm. 3: Har søker rett til ytelser etter folketrygdloven? [Ikke utfylt]",
                "Ytelser til livsopphold: Ikke dokumentert i saken.",
            ],
            "nn": [
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald? Ikkje vurdert enno.",
                "Har søkjar ingen eller svært avgrensa ytingar til livsopphald?\nVentar på svar frå NAV Arbeid og "
                "ytelser. Vert vurdert når svaret ligg føre.",
                "Spm. 3: Har søkjar rett til ytingar etter folketrygdlova? [Ikkje utfylt]",
                "Ytingar til livsopphald: Ikkje dokumentert i saka.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Er programmet nødvendig og hensiktsmessig for å styrke søkers muligheter for arbeid? Ja. Søker har "
                "deltatt i {tiltak} uten å komme nærmere arbeid. Et helhetlig og tett fulgt program vurderes nå som "
                "riktig.",
                "Er programmet nødvendig og hensiktsmessig?\nJa. Søker har behov for spesielt tilpasset innsats. "
                "Enkeltstående tiltak har vært prøvd uten varig effekt, senest {tiltak} i {year}.",
                "Spm. 4: Er andre tiltak vurdert eller prøvd? Ja – {tiltak} ble avbrutt etter {months} måneder. "
                "Søker trenger tettere oppfølging enn ordinære tiltak gir, og KVP er derfor nødvendig.",
                "Prøvd {tiltak} i {year} uten resultat. Ja, KVP anses nødvendig.",
                "Nødvendig og hensiktsmessig?\nSøker er vurdert å ha behov for spesielt tilpasset innsats. "
                "Ordinære tiltak alene vil ikke være nok, fordi søker trenger et program på full tid med tett "
                "oppfølging fra veileder.",
                "Vurderer veileder at KVP er riktig tiltak? Ja. Søker har tidligere hatt {tiltak}, men falt fra. "
                "Et forpliktende program med fast struktur gir bedre mulighet for å lykkes.",
                "Søker har i flere år fått oppfølging fra NAV med enkeltstående tiltak, blant annet {tiltak}, uten "
                "å komme i arbeid. Vi mener derfor at kvalifiseringsprogram er nødvendig og hensiktsmessig.",
                "Er programmet nødvendig og hensiktsmessig for søker? Ja – innsatsbehov: spesielt tilpasset innsats, "
                "jf. § 14 a-vedtak av {date}. Ordinære tiltak er vurdert og vil ikke være tilstrekkelige.",
                "Er andre tiltak forsøkt?\nJa. Søker deltok i {tiltak} i {months} måneder, men trengte mer "
                "oppfølging enn tiltaket kunne gi. KVP gir mulighet til å kombinere flere tiltak i ett program.",
                "Du har prøvd {tiltak} tidligere uten at det førte til jobb. Vi vurderer at du trenger et program "
                "med tettere oppfølging, og at KVP er det riktige tilbudet for deg nå.",
                "Spm. 4: Er programmet nødvendig og hensiktsmessig? Ja. § 14 a-vedtak: spesielt tilpasset innsats. "
                "Søker har ikke fått tilbud om tiltak tidligere fordi behovet ikke var avklart, og trenger nå et "
                "helhetlig løp.",
                "Vurderer veileder at KVP er riktig tiltak? Ja. Søker har vært arbeidssøker i {years} år med "
                "ordinær oppfølging. Det har ikke vært nok, og søker ønsker selv et mer forpliktende løp.",
            ],
            "nn": [
                "Er programmet naudsynt og føremålstenleg for å styrkje moglegheitene søkjar har for arbeid? Ja. "
                "Søkjar har vore med i {tiltak_nn} utan å kome nærare arbeid. Eit heilskapleg og tett følgt program "
                "vert no vurdert som rett.",
                "Er programmet naudsynt og føremålstenleg?\nJa. Søkjar har behov for spesielt tilpassa innsats. "
                "Einskilde tiltak har vore prøvde utan varig verknad, seinast {tiltak_nn} i {year}.",
                "Spm. 4: Er andre tiltak vurderte eller prøvde? Ja – søkjar avbraut {tiltak_nn} etter {months} "
                "månader. Søkjar treng tettare oppfølging enn ordinære tiltak gjev, og KVP er difor naudsynt.",
                "Prøvd {tiltak_nn} i {year} utan resultat. Ja, KVP vert rekna som naudsynt.",
                "Naudsynt og føremålstenleg?\nSøkjar er vurdert å ha behov for spesielt tilpassa innsats. "
                "Ordinære tiltak åleine vil ikkje vere nok, fordi søkjar treng eit program på full tid med tett "
                "oppfølging frå rettleiar.",
                "Vurderer rettleiar at KVP er rett tiltak? Ja. Søkjar har tidlegare hatt {tiltak_nn}, men fall frå. "
                "Eit forpliktande program med fast struktur gjev betre høve til å lukkast.",
                "Søkjar har i fleire år fått oppfølging frå NAV med einskilde tiltak, mellom anna {tiltak_nn}, utan "
                "å kome i arbeid. Vi meiner difor at kvalifiseringsprogram er naudsynt og føremålstenleg.",
                "Er programmet naudsynt og føremålstenleg for søkjar? Ja – innsatsbehov: spesielt tilpassa innsats, "
                "jf. § 14 a-vedtak av {date}. Ordinære tiltak er vurderte og vil ikkje vere tilstrekkelege.",
                "Er andre tiltak prøvde?\nJa. Søkjar var med i {tiltak_nn} i {months} månader, men trong meir "
                "oppfølging enn tiltaket kunne gje. KVP gjev høve til å kombinere fleire tiltak i eitt program.",
                "Du har prøvd {tiltak_nn} tidlegare utan at det førte til jobb. Vi vurderer at du treng eit program "
                "med tettare oppfølging, og at KVP er det rette tilbodet for deg no.",
                "Spm. 4: Er programmet naudsynt og føremålstenleg? Ja. § 14 a-vedtak: spesielt tilpassa innsats. "
                "Søkjar har ikkje fått tilbod om tiltak tidlegare fordi behovet ikkje var avklart, og treng no eit "
                "heilskapleg løp.",
                "Vurderer rettleiar at KVP er rett tiltak? Ja. Søkjar har vore arbeidssøkjar i {years} år med "
                "ordinær oppfølging. Det har ikkje vore nok, og søkjar ønskjer sjølv eit meir forpliktande løp.",
            ],
        },
        "named": {
            "nb": [
                "Er programmet nødvendig og hensiktsmessig for å styrke søkers muligheter for arbeid? Ja.",
                "Er programmet nødvendig og hensiktsmessig?\nJa, programmet er nødvendig og hensiktsmessig.",
                "Spm. 4: Er andre tiltak vurdert eller prøvd? Ja, se § 14 a-vedtaket.",
                "Nødvendig og hensiktsmessig: Oppfylt.",
                "Vurderer veileder at KVP er riktig tiltak? Ja, etter en samlet vurdering.",
                "Vi har vurdert at kvalifiseringsprogram er nødvendig og hensiktsmessig for deg.",
                "Er programmet nødvendig og hensiktsmessig for søker?\nJa, jf. oppfølgingsvedtak og notat i Modia.",
            ],
            "nn": [
                "Er programmet naudsynt og føremålstenleg for å styrkje moglegheitene søkjar har for arbeid? Ja.",
                "Er programmet naudsynt og føremålstenleg?\nJa, programmet er naudsynt og føremålstenleg.",
                "Spm. 4: Er andre tiltak vurderte eller prøvde? Ja, sjå § 14 a-vedtaket.",
                "Naudsynt og føremålstenleg: Oppfylt.",
                "Vurderer rettleiar at KVP er rett tiltak? Ja, etter ei samla vurdering.",
                "Vi har vurdert at kvalifiseringsprogram er naudsynt og føremålstenleg for deg.",
                "Er programmet naudsynt og føremålstenleg for søkjar?\nJa, jf. oppfølgingsvedtak og notat i Modia.",
            ],
        },
        "quoted": {
            "nb": [
                "Er programmet nødvendig og hensiktsmessig? Jf. § 29: programmet skal gis når det «vurderes som "
                "nødvendig og hensiktsmessig» for å styrke mulighetene for arbeid.",
                "Er programmet nødvendig og hensiktsmessig?\nEtter rundskrivet skal det vurderes om andre "
                "arbeidsrettede tiltak eller ytelser er mer egnet før KVP innvilges.",
                "Spm. 4: Er andre tiltak vurdert eller prøvd? Det er ikke et vilkår at andre tiltak er forsøkt "
                "først, men det skal vurderes om KVP er det beste tilbudet.",
                "Nødvendig og hensiktsmessig: Programmet skal bidra til å styrke deltakerens muligheter for "
                "deltakelse i arbeidslivet, jf. sosialtjenesteloven § 29.",
                "Vurderer veileder at KVP er riktig tiltak? Ifølge rundskrivet skal vurderingen ta utgangspunkt i "
                "hva som gir best mulighet for overgang til arbeid.",
                "Det følger av praksis at KVP er for personer som trenger tettere og mer forpliktende oppfølging "
                "enn det andre tiltak kan gi.",
            ],
            "nn": [
                "Er programmet naudsynt og føremålstenleg? Jf. § 29: programmet skal gjevast når det «vert vurdert "
                "som naudsynt og føremålstenleg» for å styrkje moglegheitene for arbeid.",
                "Er programmet naudsynt og føremålstenleg?\nEtter rundskrivet skal det vurderast om andre "
                "arbeidsretta tiltak eller ytingar er betre eigna før KVP vert innvilga.",
                "Spm. 4: Er andre tiltak vurderte eller prøvde? Det er ikkje eit vilkår at andre tiltak er prøvde "
                "først, men det skal vurderast om KVP er det beste tilbodet.",
                "Naudsynt og føremålstenleg: Programmet skal bidra til å styrkje moglegheitene deltakaren har for "
                "å delta i arbeidslivet, jf. sosialtenestelova § 29.",
                "Vurderer rettleiar at KVP er rett tiltak? Etter rundskrivet skal vurderinga ta utgangspunkt i kva "
                "som gjev best høve til overgang til arbeid.",
                "Det følgjer av praksis at KVP er for personar som treng tettare og meir forpliktande oppfølging "
                "enn det andre tiltak kan gje.",
            ],
        },
        "negated": {
            "nb": [
                "Er programmet nødvendig og hensiktsmessig? Ikke vurdert ennå.",
                "Er andre tiltak vurdert eller prøvd?\nMå avklares. Vurderes i samarbeid med veileder etter "
                "oppstart.",
                "Spm. 4: Er programmet nødvendig og hensiktsmessig? <Svar mangler>",
                "Nødvendig og hensiktsmessig: Ikke tatt stilling til i denne saken.",
            ],
            "nn": [
                "Er programmet naudsynt og føremålstenleg? Ikkje vurdert enno.",
                "Er andre tiltak vurderte eller prøvde?\nMå avklarast. Vert vurdert saman med rettleiar etter "
                "oppstart.",
                "Spm. 4: Er programmet naudsynt og føremålstenleg? <Svar manglar>",
                "Naudsynt og føremålstenleg: Ikkje teke stilling til i denne saka.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Kan kommunen tilby et program tilpasset søkers behov? Ja. Programmet består av arbeidstrening i "
                "{praksis} tre dager i uken og {kurs} to dager i uken.",
                "Hva skal programmet inneholde?\nArbeidstrening i {praksis}, {hours} timer i uken samlet.\nDeltakelse i "
                "{kurs} de første {months} månedene.\nUkentlig samtale med veileder.",
                "Spm. 5: Er det utarbeidet en plan for programmet? Ja. Planen er laget sammen med søker {date} og "
                "inneholder {kurs} og praksis i {praksis}.",
                "Arbeidstrening i {praksis} fra oppstart. Ja, tilpasset program kan tilbys.",
                "Kan et tilpasset program tilbys?\nJa. Programmet er på {hours} timer i uken og starter med {kurs}. "
                "Deretter praksis i {praksis}.",
                "Hva skal programmet inneholde? Jobbsøkerkurs i {months} uker, deretter arbeidspraksis i {praksis}. "
                "Fysisk trening en dag i uken.",
                "Programmet ditt skal bestå av {kurs} og arbeidstrening i {praksis}. Til sammen blir det {hours} "
                "timer i uken, og planen følges opp av veilederen din.",
                "Kan kommunen tilby et program tilpasset søkers behov? Ja – {kurs}, praksis i {praksis} og samtaler "
                "hos veileder annenhver uke. Totalt {hours} t/uke.",
                "Programinnhold:\nKurs: {kurs} ({months} måneder)\nArbeidspraksis i {praksis}\nOppfølging fra veileder hver "
                "uke",
                "Er det utarbeidet en plan for programmet? Ja, plan datert {date}: helsefremmende aktiviteter to "
                "dager i uken og arbeidstrening i {praksis} tre dager. Opptrapping etter {months} måneder.",
                "Spm. 5: Hva skal programmet inneholde? Søker starter med {kurs}. Når kurset er ferdig, går "
                "søker over i praksis i {praksis}. Programmet er på {hours} timer i uken.",
                "Kan et tilpasset program tilbys? Ja. Vi har avtalt praksisplass i {praksis}, og søker skal i tillegg "
                "ta {kurs} på kveldstid.",
            ],
            "nn": [
                "Kan kommunen tilby eit program tilpassa behova til søkjar? Ja. Programmet er arbeidstrening i "
                "{praksis_nn} tre dagar i veka og {kurs_nn} to dagar i veka.",
                "Kva skal programmet innehalde?\nArbeidstrening i {praksis_nn}, {hours} timar i veka samla.\n"
                "Deltaking i {kurs_nn} dei første {months} månadene.\nSamtale med rettleiar kvar veke.",
                "Spm. 5: Er det laga ein plan for programmet? Ja. Planen er laga saman med søkjar {date} og "
                "inneheld {kurs_nn} og praksis i {praksis_nn}.",
                "Arbeidstrening i {praksis_nn} frå oppstart. Ja, tilpassa program kan tilbydast.",
                "Kan eit tilpassa program tilbydast?\nJa. Programmet er på {hours} timar i veka og startar med "
                "{kurs_nn}. Deretter praksis i {praksis_nn}.",
                "Kva skal programmet innehalde? Jobbsøkjarkurs i {months} veker, deretter arbeidspraksis i "
                "{praksis_nn}. Fysisk trening ein dag i veka.",
                "Programmet ditt skal vere {kurs_nn} og arbeidstrening i {praksis_nn}. Til saman blir det {hours} "
                "timar i veka, og rettleiaren din følgjer opp planen.",
                "Kan kommunen tilby eit program tilpassa behova til søkjar? Ja – {kurs_nn}, praksis i {praksis_nn} "
                "og samtalar hos rettleiar annakvar veke. Totalt {hours} t/veke.",
                "Programinnhald:\nKurs: {kurs_nn} ({months} månader)\nArbeidspraksis i {praksis_nn}\nOppfølging frå "
                "rettleiar kvar veke",
                "Er det laga ein plan for programmet? Ja, plan datert {date}: helsefremjande aktivitetar to dagar "
                "i veka og arbeidstrening i {praksis_nn} tre dagar. Opptrapping etter {months} månader.",
                "Spm. 5: Kva skal programmet innehalde? Søkjar startar med {kurs_nn}. Når kurset er ferdig, går "
                "søkjar over i praksis i {praksis_nn}. Programmet er på {hours} timar i veka.",
                "Kan eit tilpassa program tilbydast? Ja. Vi har avtalt praksisplass i {praksis_nn}, og søkjar skal "
                "i tillegg ta {kurs_nn} på kveldstid.",
            ],
        },
        "named": {
            "nb": [
                "Kan kommunen tilby et program tilpasset søkers behov? Ja.",
                "Kan kommunen tilby et program tilpasset søkers behov?\nJa, kommunen kan tilby et tilpasset "
                "program.",
                "Spm. 5: Er det utarbeidet en plan for programmet? Ja, se vedlagt plan.",
                "Tilpasset program: Oppfylt.",
                "Hva skal programmet inneholde? Se aktivitetsplanen.",
                "Vi kan tilby deg et program som er tilpasset dine behov.",
                "Er det utarbeidet en plan for programmet?\nJa, planen er utarbeidet og ligger i saken.",
            ],
            "nn": [
                "Kan kommunen tilby eit program tilpassa behova til søkjar? Ja.",
                "Kan kommunen tilby eit program tilpassa behova til søkjar?\nJa, kommunen kan tilby eit tilpassa "
                "program.",
                "Spm. 5: Er det laga ein plan for programmet? Ja, sjå vedlagd plan.",
                "Tilpassa program: Oppfylt.",
                "Kva skal programmet innehalde? Sjå aktivitetsplanen.",
                "Vi kan tilby deg eit program som er tilpassa behova dine.",
                "Er det laga ein plan for programmet?\nJa, planen er laga og ligg i saka.",
            ],
        },
        "quoted": {
            "nb": [
                "Kan kommunen tilby et program tilpasset søkers behov? Forskrift om kvalifiseringsprogram § 1: "
                "Programmet skal inneholde arbeidsrettede tiltak, opplæring og andre tiltak som kan støtte opp "
                "under overgang til arbeid.",
                "Hva skal programmet inneholde?\nEtter loven skal programmet være helårig og på full tid, og det "
                "skal tilpasses den enkeltes behov og forutsetninger.",
                "Spm. 5: Er det utarbeidet en plan for programmet? Det skal utarbeides en individuell plan for "
                "programmet, jf. sosialtjenesteloven § 30.",
                "Tilpasset program: Fra 2019 skal avslag fordi kommunen ikke kan tilby et tilpasset program bare "
                "skje i unntakstilfeller, jf. rundskrivet.",
                "Kan et tilpasset program tilbys? Programmet kan også inneholde helsemessig behandling og "
                "motiverende tiltak, jf. forskriften.",
                "Etter § 30 skal programmet ha et arbeidsrettet innhold og gi tett og koordinert oppfølging.",
            ],
            "nn": [
                "Kan kommunen tilby eit program tilpassa behova til søkjar? Forskrift om kvalifiseringsprogram § 1: "
                "Programmet skal innehalde arbeidsretta tiltak, opplæring og andre tiltak som kan støtte opp under "
                "overgang til arbeid.",
                "Kva skal programmet innehalde?\nEtter lova skal programmet vere heilårleg og på full tid, og det "
                "skal tilpassast behova og føresetnadene til den einskilde.",
                "Spm. 5: Er det laga ein plan for programmet? Det skal lagast ein individuell plan for programmet, "
                "jf. sosialtenestelova § 30.",
                "Tilpassa program: Frå 2019 skal avslag fordi kommunen ikkje kan tilby eit tilpassa program berre "
                "skje i unntakstilfelle, jf. rundskrivet.",
                "Kan eit tilpassa program tilbydast? Programmet kan òg innehalde helsemessig behandling og "
                "motiverande tiltak, jf. forskrifta.",
                "Etter § 30 skal programmet ha eit arbeidsretta innhald og gje tett og koordinert oppfølging.",
            ],
        },
        "negated": {
            "nb": [
                "Kan kommunen tilby et program tilpasset søkers behov? Ikke vurdert ennå.",
                "Hva skal programmet inneholde?\nProgrammet utarbeides i samarbeid med deg etter oppstart.",
                "Spm. 5: Er det utarbeidet en plan for programmet? Nei, plan er ikke laget ennå.",
                "Tilpasset program: [Beskriv programinnholdet]",
            ],
            "nn": [
                "Kan kommunen tilby eit program tilpassa behova til søkjar? Ikkje vurdert enno.",
                "Kva skal programmet innehalde?\nProgrammet vert utarbeidd saman med deg etter oppstart.",
                "Spm. 5: Er det laga ein plan for programmet? Nei, plan er ikkje laga enno.",
                "Tilpassa program: [Skildre programinnhaldet]",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Spørsmål 1 – Alder", "Alder", "Vilkår: yrkesaktiv alder"],
            "nn": ["Spørsmål 1 – Alder", "Alder", "Vilkår: yrkesaktiv alder"]},
    "work_ability": {"nb": ["Spørsmål 2 – Arbeids- og inntektsevne", "Arbeidsevne",
                            "Vilkår: vesentlig nedsatt arbeids- og inntektsevne"],
                     "nn": ["Spørsmål 2 – Arbeids- og inntektsevne", "Arbeidsevne",
                            "Vilkår: vesentleg nedsett arbeids- og inntektsevne"]},
    "benefits": {"nb": ["Spørsmål 3 – Ytelser til livsopphold", "Ytelser", "Vilkår: ingen eller svært begrensede ytelser"],
                 "nn": ["Spørsmål 3 – Ytingar til livsopphald", "Ytingar", "Vilkår: ingen eller svært avgrensa ytingar"]},
    "necessity": {"nb": ["Spørsmål 4 – Nødvendig og hensiktsmessig", "Behov for programmet",
                         "Vilkår: nødvendig og hensiktsmessig"],
                  "nn": ["Spørsmål 4 – Naudsynt og føremålstenleg", "Behov for programmet",
                         "Vilkår: naudsynt og føremålstenleg"]},
    "program": {"nb": ["Spørsmål 5 – Tilpasset program", "Programmet", "Vilkår: tilpasset program kan tilbys"],
                "nn": ["Spørsmål 5 – Tilpassa program", "Programmet", "Vilkår: tilpassa program kan tilbydast"]},
}

FRAME = {
    "nb": {
        "title": ["Vedtak om kvalifiseringsprogram (KVP)", "Vedtak – kvalifiseringsprogram etter sosialtjenesteloven § 29",
                  "Trondheim kommune – vedtak om kvalifiseringsprogram"],
        "intro": ["Vi viser til søknaden din om kvalifiseringsprogram, mottatt {date}.",
                  "Søknaden din om kvalifiseringsprogram kom inn {date}. Vurderingen nedenfor er gjort i det digitale "
                  "beslutningsstøtteverktøyet: spørsmålene er verktøyets, svarene er veilederens.",
                  "Vi har behandlet søknaden din om kvalifiseringsprogram av {date}."],
        "decision": ["NAV {office} har innvilget søknaden din om kvalifiseringsprogram fra {date}.",
                     "Vedtak: Du innvilges kvalifiseringsprogram i perioden {date} til {date2}.",
                     "Søknaden er innvilget. Programperioden er {date}–{date2}."],
        "general": ["Du oppfyller vilkårene i sosialtjenesteloven § 29.",
                    "Beslutningsstøtten stiller ett spørsmål per vilkår i sosialtjenesteloven § 29: alder, arbeids- og "
                    "inntektsevne, ytelser til livsopphold, om programmet er nødvendig og hensiktsmessig, og om "
                    "kommunen kan tilby et tilpasset program."],
        "reasons_heading": ["Begrunnelse", "Vurdering", "Veileders vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Du får kvalifiseringsstønad på {kvp_amount} kroner i året. Stønaden utbetales hver 14. dag og er "
                  "skattepliktig.",
                  "Kvalifiseringsstønaden er kr {kvp_amount} per år, jf. sosialtjenesteloven § 35."],
        "start": ["Programmet starter {date}.", "Første programdag er {date}. Møt opp hos NAV {office} kl. 09.00."],
        "evaluation": ["Programmet evalueres underveis i samarbeid med veilederen din.",
                       "Vi går gjennom planen sammen med deg minst hver tredje måned."],
        "appeal_heading": ["Klageadgang", "Hvis du vil klage"],
        "appeal": ["Du kan klage på vedtaket innen tre uker fra du mottok det. Send klagen til NAV {office}. Hvis vi "
                   "ikke gir deg medhold, sendes klagen til Statsforvalteren i Trøndelag.",
                   "Klagefristen er tre uker, jf. forvaltningsloven § 29. Klagen sendes til NAV {office}, som "
                   "vurderer saken på nytt før den eventuelt går til Statsforvalteren."],
        "closing": ["Med vennlig hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak om kvalifiseringsprogram (KVP)", "Vedtak – kvalifiseringsprogram etter sosialtenestelova § 29",
                  "Trondheim kommune – vedtak om kvalifiseringsprogram"],
        "intro": ["Vi viser til søknaden din om kvalifiseringsprogram, motteken {date}.",
                  "Søknaden din om kvalifiseringsprogram kom inn {date}. Vurderinga nedanfor er gjord i det digitale "
                  "avgjerdsstøtteverktøyet: spørsmåla er verktøyet sine, svara er rettleiaren sine.",
                  "Vi har handsama søknaden din om kvalifiseringsprogram av {date}."],
        "decision": ["NAV {office} har innvilga søknaden din om kvalifiseringsprogram frå {date}.",
                     "Vedtak: Du får innvilga kvalifiseringsprogram i perioden {date} til {date2}.",
                     "Søknaden er innvilga. Programperioden er {date}–{date2}."],
        "general": ["Du oppfyller vilkåra i sosialtenestelova § 29.",
                    "Avgjerdsstøtta stiller eitt spørsmål per vilkår i sosialtenestelova § 29: alder, arbeids- og "
                    "inntektsevne, ytingar til livsopphald, om programmet er naudsynt og føremålstenleg, og om "
                    "kommunen kan tilby eit tilpassa program."],
        "reasons_heading": ["Grunngjeving", "Vurdering", "Vurderinga til rettleiaren"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Du får kvalifiseringsstønad på {kvp_amount} kroner i året. Stønaden vert utbetalt kvar 14. dag og "
                  "er skattepliktig.",
                  "Kvalifiseringsstønaden er kr {kvp_amount} per år, jf. sosialtenestelova § 35."],
        "start": ["Programmet startar {date}.", "Første programdag er {date}. Møt opp hos NAV {office} kl. 09.00."],
        "evaluation": ["Programmet vert evaluert undervegs saman med rettleiaren din.",
                       "Vi går gjennom planen saman med deg minst kvar tredje månad."],
        "appeal_heading": ["Klagerett", "Om du vil klage"],
        "appeal": ["Du kan klage på vedtaket innan tre veker frå du fekk det. Send klaga til NAV {office}. Om vi ikkje "
                   "gjev deg medhald, vert klaga send til Statsforvaltaren i Trøndelag.",
                   "Klagefristen er tre veker, jf. forvaltningslova § 29. Klaga sender du til NAV {office}, som "
                   "vurderer saka på nytt før ho eventuelt går til Statsforvaltaren."],
        "closing": ["Med venleg helsing"],
    },
}
