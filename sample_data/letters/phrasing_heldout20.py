"""Held-out phrasing bank ``heldout20`` (round 16): written by the bank20 lane, an independent author, without
reading the rule of ``nav-audit grounds`` (nothing under audit/grounds/, docs/grounds.md, benchmarks/, the grounds
tests, the other phrasing banks or the committed sample letters was opened).

What was read: the house rules and the lane's brief, ``sample_data/letters/__init__.py`` (the generator: what a
bank declares and how a letter is assembled), ``tests/test_architecture.py`` (to register this file) and the
generator's command line (``sample_data/letters/__main__.py``); README.md only searched for «bank»; legal knowledge
from the author's own reading of sosialtjenesteloven §§ 29–30 and its circular.

Register: a small NAV office in Nordland or Finnmark (Vefsn, Sortland, Alta, Sør-Varanger) where one or two
caseworkers write every KVP decision by hand in Word, with no template: narrative paragraphs that move between the
criteria, references to meetings («i samtale 12.03.», «samarbeidsmøte med fastlege og DPS»), to documents
(kartlegging, egenvurdering, legeerklæring) and to what the user said («du forteller at …»); sometimes terse,
sometimes warm, sometimes bureaucratic. Mostly bokmål, some nynorsk (``LANG_WEIGHTS``), and the office's own
``FRAME`` (title, intro, decision, money, start and appeal in its own words).

Kinds and labels, per criterion of sosialtjenesteloven § 29: ``grounds`` (label ``ja``) says why the criterion is
met for this person with at least one fact about them (age or birth year, diagnosis, work history, schooling,
income or benefits with a source, amount or date, what the arbeidsevnevurdering found and what it rests on, the
concrete programme content); ``named`` (``nei``) only names or concludes, ``quoted`` (``nei``) quotes or
paraphrases the law or the circular, ``negated`` (``nei``) says the criterion was not assessed, not documented or
left for later, or is left as template text; none of these three holds a fact about the person. ``absent`` has no
text. Data only.

Corrected by the bankfix lane (round 16, after the lead's review): the generator labels each criterion only by its
own kind, so no phrasing may hold a fact that would ground another criterion. A fact of another criterion was
removed, and replaced by a fact of the phrasing's own criterion where needed (age → age; health, diagnosis,
education, language, work history and why work ended → work_ability; income, wages and benefits received, refused or
used up → benefits; the innsatsbehov conclusion and measures tried → necessity; the programme's content → program);
the bankfix lane read only the banks heldout20 and heldout21 and the generator, not the rule.
"""

BANK = "heldout20"

LANG_WEIGHTS = (0.85, 0.15)

FILLERS = {
    "diag_nb": ["angst og depresjon", "kroniske smerter i rygg og nakke", "ADHD", "PTSD",
                "en alvorlig depressiv episode", "en rusavhengighet som nå er i remisjon"],
    "diag_nn": ["angst og depresjon", "kroniske smerter i rygg og nakke", "ADHD", "PTSD",
                "ein alvorleg depressiv episode", "eit rusproblem som no er under kontroll"],
    "jobb_nb": ["på fiskemottak", "i renhold", "som lagermedarbeider", "i butikk",
                "som pleieassistent på sykehjemmet", "på anlegg"],
    "jobb_nn": ["på fiskemottak", "i reinhald", "som lagermedarbeidar", "i butikk",
                "som pleieassistent på sjukeheimen", "på anlegg"],
    "sted": ["Vefsn Produkter", "Sortland Arbeidssenter", "Alta Kompetansesenter", "Varanger Arbeid og Utvikling",
             "Fretex-butikken i Alta", "kantina på rådhuset"],
    "skole_nb": ["Alta voksenopplæring", "Mosjøen voksenopplæring", "Kirkenes voksenopplæring",
                 "Sortland voksenopplæring"],
    "skole_nn": ["Alta vaksenopplæring", "Mosjøen vaksenopplæring", "Kirkenes vaksenopplæring",
                 "Sortland vaksenopplæring"],
    "moete": ["12.03.", "4. april", "28.11.", "19.08.", "2. februar", "15.10."],
    "dps": ["DPS Mosjøen", "DPS Vesterålen", "DPS Alta", "Kirkenes DPS"],
    "skolegang_nb": ["bare grunnskole", "ett år på videregående", "to år på vg uten å fullføre",
                     "fagbrev som kokk fra 2009"],
    "skolegang_nn": ["berre grunnskule", "eitt år på vidaregåande", "to år på vg utan å fullføre",
                     "fagbrev som kokk frå 2009"],
    "land": ["Syria", "Eritrea", "Afghanistan", "Somalia", "Russland"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du er {age} år.",
                "Du er født i {birth_year} og er dermed i yrkesaktiv alder.",
                "Du er {age} år gammel og har mange år igjen i arbeidslivet, så alder er ikke noe hinder her.",
                "Alder: {age} år (f. {birth_year}).",
                "Du er {age} år, og vilkåret om yrkesaktiv alder er derfor oppfylt.",
                "Som {age}-åring er du godt innenfor yrkesaktiv alder.",
                "Du fyller {age} i år. Du er altså i yrkesaktiv alder, slik loven krever.",
                "Ut fra folkeregisteret er du født {birth_year}, og du er i yrkesaktiv alder.",
                "Du forteller at du lurte på om alderen din kunne være et hinder. Det er den ikke: du er {age} år og "
                "dermed i yrkesaktiv alder.",
                "Vi har lagt til grunn at du er {age} år og dermed i yrkesaktiv alder.",
                "Du er {age} år og har ikke nådd pensjonsalder ennå.",
                "Født {birth_year} – i yrkesaktiv alder.",
            ],
            "nn": [
                "Du er {age} år.",
                "Du er fødd i {birth_year} og er dermed i yrkesaktiv alder.",
                "Du er {age} år gammal og har mange år att i arbeidslivet, så alder er ikkje noko hinder her.",
                "Alder: {age} år (f. {birth_year}).",
                "Du er {age} år, og vilkåret om yrkesaktiv alder er difor oppfylt.",
                "Som {age}-åring er du godt innanfor yrkesaktiv alder.",
                "Du fyller {age} i år. Du er altså i yrkesaktiv alder, slik lova krev.",
                "Ut frå folkeregisteret er du fødd {birth_year}, og du er i yrkesaktiv alder.",
                "Du fortel at du lurte på om alderen din kunne vere eit hinder. Det er han ikkje: du er {age} år og "
                "dermed i yrkesaktiv alder.",
                "Vi har lagt til grunn at du er {age} år og dermed i yrkesaktiv alder.",
                "Du er {age} år og har ikkje nådd pensjonsalder enno.",
                "Fødd {birth_year} – i yrkesaktiv alder.",
            ],
        },
        "named": {
            "nb": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om alder er oppfylt.",
                "Alder: ok.",
                "Når det gjelder alder, er det ingen tvil om at du fyller vilkåret.",
                "Du er innenfor aldersgrensen for programmet.",
                "Alderskravet i § 29 er oppfylt i din sak.",
                "Vi har sjekket alderen din, og den er i orden.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om alder er oppfylt.",
                "Alder: ok.",
                "Når det gjeld alder, er det ingen tvil om at du fyller vilkåret.",
                "Du er innanfor aldersgrensa for programmet.",
                "Alderskravet i § 29 er oppfylt i saka di.",
                "Vi har sjekka alderen din, og han er i orden.",
            ],
        },
        "quoted": {
            "nb": [
                "Kvalifiseringsprogrammet er for personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første ledd.",
                "Etter loven må den som får program, være i yrkesaktiv alder.",
                "Med yrkesaktiv alder menes i praksis fra 18 år og fram til man kan ta ut alderspensjon.",
                "Rundskrivet sier at programmet retter seg mot personer i yrkesaktiv alder, og at det ikke er satt en "
                "fast nedre eller øvre grense i selve loven.",
                "Et av vilkårene er at søkeren er i alderen der folk vanligvis er i arbeid.",
                "«Kvalifiseringsprogram skal gis til personer i yrkesaktiv alder …» (sosialtjenesteloven § 29).",
            ],
            "nn": [
                "Kvalifiseringsprogrammet er for personar i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd.",
                "Etter lova må den som får program, vere i yrkesaktiv alder.",
                "Med yrkesaktiv alder er det i praksis meint frå 18 år og fram til ein kan ta ut alderspensjon.",
                "Rundskrivet seier at programmet rettar seg mot personar i yrkesaktiv alder, og at det ikkje er sett "
                "ei fast nedre eller øvre grense i sjølve lova.",
                "Eitt av vilkåra er at søkjaren er i den alderen der folk vanlegvis er i arbeid.",
                "«Kvalifiseringsprogram skal gis til personer i yrkesaktiv alder …» (sosialtenestelova § 29).",
            ],
        },
        "negated": {
            "nb": [
                "Alder er ikke kontrollert mot folkeregisteret ennå.",
                "Alder: [fylles inn]",
                "Vi har ikke gått gjennom alderskravet i denne saken; det tas opp ved første evaluering.",
                "Opplysninger om alder mangler i saken.",
            ],
            "nn": [
                "Alder er ikkje kontrollert mot folkeregisteret enno.",
                "Alder: [fyllast inn]",
                "Vi har ikkje gått gjennom alderskravet i denne saka; det blir teke opp ved første evaluering.",
                "Opplysningar om alder manglar i saka.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Du har {diag_nb}, og fastlegen skriver i legeerklæringen at du i dag ikke klarer et vanlig arbeid.",
                "Du har jobbet {jobb_nb}, men har ikke vært i arbeid siden {year}. Du forteller at du måtte slutte "
                "fordi du ikke klarte tempoet og de lange dagene.",
                "I samtale {moete} fortalte du om {diag_nb}, som gjør at du har vanskelig for å holde fast på en "
                "jobb. Dette bekreftes i legeerklæring fra fastlegen og i uttalelse fra {dps}.",
                "Arbeidsevnevurderingen viser at du har vesentlig nedsatt arbeidsevne. Den bygger på legeerklæringen, "
                "kartleggingen og din egen vurdering, der det kommer fram at du har {diag_nb} og {skolegang_nb}, og at "
                "du har stått utenfor arbeidslivet i {years} år.",
                "Du kom til Norge fra {land} i {year} og har ikke hatt fast arbeid her. Du har lite norsk og ingen "
                "utdanning som er godkjent i Norge.",
                "Helse: {diag_nb}. Arbeid: sporadisk {jobb_nb}, ikke i jobb siden {year}. Utdanning: {skolegang_nb}.",
                "Du sier selv i egenvurderingen at du ikke orker mer enn noen timer om dagen på grunn av {diag_nb}. "
                "Det stemmer med det fastlegen skriver.",
                "På samarbeidsmøtet med fastlege og {dps} {moete} ble det enighet om at {diag_nb} og lang tid uten "
                "arbeid gjør at arbeidsevnen din er vesentlig nedsatt.",
                "Du har {skolegang_nb} og lite arbeidserfaring, bare noen sommerjobber {jobb_nb}. Du har i tillegg "
                "{diag_nb}.",
                "Vi legger vekt på at du har vært borte fra jobb i lange perioder på grunn av {diag_nb}, "
                "og at du ikke har vært i jobb siden {year}.",
                "Du forteller at du mistet jobben {jobb_nb} i {year} og at det siden har gått nedover med helsa. "
                "Legeerklæringen beskriver {diag_nb}.\nDet vi har lagt vekt på:\n- lang tid utenfor arbeid\n"
                "- {diag_nb}\n- {skolegang_nb}",
                "Arbeidsevne: vesentlig nedsatt, jf. AEV datert {date} – {diag_nb}, ingen arbeidserfaring siste {years} år.",
            ],
            "nn": [
                "Du har {diag_nn}, og fastlegen skriv i legeerklæringa at du i dag ikkje klarer eit vanleg arbeid.",
                "Du har jobba {jobb_nn}, men har ikkje vore i arbeid sidan {year}. Du fortel at du måtte slutte fordi "
                "du ikkje klarte tempoet og dei lange dagane.",
                "I samtale {moete} fortalde du om {diag_nn}, som gjer at du har vanskeleg for å halde på ein jobb. "
                "Dette er stadfesta i legeerklæring frå fastlegen og i fråsegn frå {dps}.",
                "Arbeidsevnevurderinga viser at du har vesentleg nedsett arbeidsevne. Ho byggjer på legeerklæringa, "
                "kartlegginga og di eiga vurdering, der det kjem fram at du har {diag_nn} og {skolegang_nn}, og at du "
                "har stått utanfor arbeidslivet i {years} år.",
                "Du kom til Noreg frå {land} i {year} og har ikkje hatt fast arbeid her. Du har lite norsk og inga "
                "utdanning som er godkjend i Noreg.",
                "Helse: {diag_nn}. Arbeid: av og til {jobb_nn}, ikkje i jobb sidan {year}. Utdanning: {skolegang_nn}.",
                "Du seier sjølv i eigenvurderinga at du ikkje orkar meir enn nokre timar om dagen på grunn av "
                "{diag_nn}. Det stemmer med det fastlegen skriv.",
                "På samarbeidsmøtet med fastlege og {dps} {moete} vart vi samde om at {diag_nn} og lang tid utan "
                "arbeid gjer at arbeidsevna di er vesentleg nedsett.",
                "Du har {skolegang_nn} og lite arbeidserfaring, berre nokre sommarjobbar {jobb_nn}. Du har i tillegg "
                "{diag_nn}.",
                "Vi legg vekt på at du har vore borte frå jobb i lange periodar på grunn av {diag_nn}, "
                "og at du ikkje har vore i jobb sidan {year}.",
                "Du fortel at du miste jobben {jobb_nn} i {year} og at det sidan har gått nedover med helsa. "
                "Legeerklæringa skildrar {diag_nn}.\nDet vi har lagt vekt på:\n- lang tid utanfor arbeid\n"
                "- {diag_nn}\n- {skolegang_nn}",
                "Arbeidsevne: vesentleg nedsett, jf. AEV datert {date} – {diag_nn}, inga arbeidserfaring siste {years} år.",
            ],
        },
        "named": {
            "nb": [
                "Arbeidsevnen din er vesentlig nedsatt.",
                "Vi mener du har vesentlig nedsatt arbeids- og inntektsevne.",
                "Arbeidsevnevurderingen konkluderer med vesentlig nedsatt arbeidsevne.",
                "Etter en helhetsvurdering har vi kommet til at vilkåret om nedsatt arbeidsevne er oppfylt.",
                "Arbeidsevne: vesentlig nedsatt, se AEV.",
                "Vi gikk gjennom dette i samtale {moete}, og vi er enige om at arbeidsevnen din er vesentlig nedsatt.",
                "Det er ingen tvil om at du fyller kravet om nedsatt arbeids- og inntektsevne.",
            ],
            "nn": [
                "Arbeidsevna di er vesentleg nedsett.",
                "Vi meiner du har vesentleg nedsett arbeids- og inntektsevne.",
                "Arbeidsevnevurderinga konkluderer med vesentleg nedsett arbeidsevne.",
                "Etter ei heilskapsvurdering har vi kome til at vilkåret om nedsett arbeidsevne er oppfylt.",
                "Arbeidsevne: vesentleg nedsett, sjå AEV.",
                "Vi gjekk gjennom dette i samtale {moete}, og vi er samde om at arbeidsevna di er vesentleg nedsett.",
                "Det er ingen tvil om at du fyller kravet om nedsett arbeids- og inntektsevne.",
            ],
        },
        "quoted": {
            "nb": [
                "For å få kvalifiseringsprogram må arbeids- og inntektsevnen være vesentlig nedsatt, jf. "
                "sosialtjenesteloven § 29.",
                "Rundskrivet sier at nedsatt arbeidsevne ikke bare skyldes helse. Også sosiale forhold, lite "
                "utdanning eller lang tid utenfor arbeidslivet kan gjøre at arbeidsevnen er vesentlig nedsatt.",
                "Det kreves ikke at nedsettelsen er varig, men den må være betydelig.",
                "Loven krever at den som søker, har vesentlig nedsatt arbeids- og inntektsevne. Det betyr at man "
                "har store vansker med å skaffe seg eller beholde en jobb man kan leve av.",
                "Vesentlig nedsatt arbeidsevne kan skyldes både helseproblemer, rusproblemer og sosiale forhold; "
                "det er den samlede situasjonen som teller.",
                "Vilkåret om nedsatt arbeids- og inntektsevne vurderes ut fra arbeidsevnevurderingen etter "
                "NAV-loven § 14 a.",
            ],
            "nn": [
                "For å få kvalifiseringsprogram må arbeids- og inntektsevna vere vesentleg nedsett, jf. "
                "sosialtenestelova § 29.",
                "Rundskrivet seier at nedsett arbeidsevne ikkje berre kjem av helse. Også sosiale tilhøve, lite "
                "utdanning eller lang tid utanfor arbeidslivet kan gjere at arbeidsevna er vesentleg nedsett.",
                "Det er ikkje krav om at nedsetjinga er varig, men ho må vere monaleg.",
                "Lova krev at den som søkjer, har vesentleg nedsett arbeids- og inntektsevne. Det tyder at ein har "
                "store vanskar med å skaffe seg eller halde på ein jobb ein kan leve av.",
                "Vesentleg nedsett arbeidsevne kan kome av både helseproblem, rusproblem og sosiale tilhøve; det er "
                "den samla situasjonen som tel.",
                "Vilkåret om nedsett arbeids- og inntektsevne blir vurdert ut frå arbeidsevnevurderinga etter "
                "NAV-lova § 14 a.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnen din er ikke vurdert ennå. Det gjør vi i løpet av de første månedene i programmet.",
                "Vi har bedt om legeerklæring, men den er ikke kommet. Arbeidsevnen er derfor ikke vurdert.",
                "Arbeidsevne: ikke kartlagt.",
                "Vi har ikke hatt grunnlag for å ta stilling til arbeidsevnen din i denne saken.",
            ],
            "nn": [
                "Arbeidsevna di er ikkje vurdert enno. Det gjer vi i løpet av dei første månadene i programmet.",
                "Vi har bede om legeerklæring, men ho har ikkje kome. Arbeidsevna er difor ikkje vurdert.",
                "Arbeidsevne: ikkje kartlagd.",
                "Vi har ikkje hatt grunnlag for å ta stilling til arbeidsevna di i denne saka.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Du har levd av økonomisk sosialhjelp siden {year}.",
                "Arbeidsavklaringspengene dine stanset {date}, og du har ikke fått innvilget uføretrygd. Du har "
                "ingen annen inntekt.",
                "Du har i dag bare bostøtte på {amount} i måneden og sosialhjelp fra oss.",
                "Vi har sjekket a-ordningen og NAVs systemer: du har ikke hatt lønnsinntekt siden {year} og mottar "
                "ingen trygdeytelser. Du har klart deg med økonomisk sosialhjelp.",
                "Inntekt: ingen. Du får sosialhjelp til livsopphold, sist {amount} for {month}.",
                "Du forteller at du har bodd hos moren din og at hun har hjulpet deg med penger. Du har ikke egen "
                "inntekt, og du har ikke rett til dagpenger fordi inntekten din de siste årene har vært for lav.",
                "Du har brukt opp dagpengeperioden, og den siste utbetalingen var i {month} {year}. Siden da har du ikke hatt inntekt.",
                "Kontoutskriftene du leverte i samtale {moete} viser at du ikke har hatt andre penger inn enn "
                "sosialhjelpen.",
                "Du fikk avslag på arbeidsavklaringspenger {date}. Siden da har du levd av sosialhjelp.",
                "Du har et lite barnetillegg og bostøtte, til sammen {amount} i måneden. Det er ikke nok å leve av, "
                "og du har ellers ingen ytelser.",
                "Du hadde introduksjonsstønad fram til {year}. Etter det har du ikke hatt "
                "andre ytelser enn økonomisk sosialhjelp.",
                "Ytelser i dag:\n- økonomisk sosialhjelp\n- bostøtte {amount} per måned\nIngen lønn, ingen trygd.",
            ],
            "nn": [
                "Du har levd av økonomisk sosialhjelp sidan {year}.",
                "Arbeidsavklaringspengane dine stansa {date}, og du har ikkje fått innvilga uføretrygd. Du har inga "
                "anna inntekt.",
                "Du har i dag berre bustøtte på {amount} i månaden og sosialhjelp frå oss.",
                "Vi har sjekka a-ordninga og NAVs system: du har ikkje hatt lønsinntekt sidan {year} og får ingen "
                "trygdeytingar. Du har klart deg med økonomisk sosialhjelp.",
                "Inntekt: inga. Du får sosialhjelp til livsopphald, sist {amount} for {month}.",
                "Du fortel at du har budd hos mor di og at ho har hjelpt deg med pengar. Du har ikkje eiga inntekt, "
                "og du har ikkje rett til dagpengar fordi inntekta di dei siste åra har vore for låg.",
                "Du har brukt opp dagpengeperioden, og den siste utbetalinga var i {month} {year}. Sidan då har du ikkje hatt inntekt.",
                "Kontoutskriftene du leverte i samtale {moete} viser at du ikkje har hatt andre pengar inn enn "
                "sosialhjelpa.",
                "Du fekk avslag på arbeidsavklaringspengar {date}. Sidan då har du levd av sosialhjelp.",
                "Du har eit lite barnetillegg og bustøtte, til saman {amount} i månaden. Det er ikkje nok å leve av, "
                "og du har elles ingen ytingar.",
                "Du hadde introduksjonsstønad fram til {year}. Etter det har du ikkje hatt "
                "andre ytingar enn økonomisk sosialhjelp.",
                "Ytingar i dag:\n- økonomisk sosialhjelp\n- bustøtte {amount} per månad\nInga løn, inga trygd.",
            ],
        },
        "named": {
            "nb": [
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Vilkåret om ytelser er oppfylt.",
                "Økonomi: vilkåret er oppfylt, se saken.",
                "Vi har gått gjennom økonomien din, og du fyller kravet.",
                "Du har ikke rett til andre ytelser som kan dekke livsoppholdet ditt.",
                "Når det gjelder inntekt og ytelser, er vilkåret i § 29 oppfylt.",
                "Økonomien din er sjekket, og alt er i orden.",
            ],
            "nn": [
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Vilkåret om ytingar er oppfylt.",
                "Økonomi: vilkåret er oppfylt, sjå saka.",
                "Vi har gått gjennom økonomien din, og du fyller kravet.",
                "Du har ikkje rett til andre ytingar som kan dekkje livsopphaldet ditt.",
                "Når det gjeld inntekt og ytingar, er vilkåret i § 29 oppfylt.",
                "Økonomien din er sjekka, og alt er i orden.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet er for personer som har ingen eller svært begrensede ytelser etter folketrygdloven eller "
                "arbeidsmarkedsloven, jf. sosialtjenesteloven § 29.",
                "Etter rundskrivet er KVP ment for dem som ellers ville vært avhengige av økonomisk sosialhjelp over tid.",
                "Den som har rett til for eksempel arbeidsavklaringspenger eller dagpenger, fyller som hovedregel ikke "
                "vilkåret.",
                "Loven sier at man ikke skal ha, eller bare ha svært små, ytelser til livsopphold fra folketrygden.",
                "Personer med rett til andre statlige ytelser skal som utgangspunkt bruke disse før "
                "kvalifiseringsprogram.",
                "Et vilkår er at søkeren har «ingen eller svært begrensede ytelser til livsopphold».",
            ],
            "nn": [
                "Programmet er for personar som har ingen eller svært avgrensa ytingar etter folketrygdlova eller "
                "arbeidsmarknadslova, jf. sosialtenestelova § 29.",
                "Etter rundskrivet er KVP meint for dei som elles ville vore avhengige av økonomisk sosialhjelp over tid.",
                "Den som har rett til til dømes arbeidsavklaringspengar eller dagpengar, fyller som hovudregel ikkje "
                "vilkåret.",
                "Lova seier at ein ikkje skal ha, eller berre ha svært små, ytingar til livsopphald frå folketrygda.",
                "Personar med rett til andre statlege ytingar skal i utgangspunktet nytte desse før "
                "kvalifiseringsprogram.",
                "Eit vilkår er at søkjaren har «ingen eller svært avgrensa ytingar til livsopphald».",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke fått kontoutskrifter fra deg, så inntekten din er ikke dokumentert.",
                "Økonomi: ikke sjekket mot a-ordningen ennå.",
                "Om du har rett til andre ytelser, er ikke avklart. Dette må vi se på senere.",
                "Ytelser: [sett inn opplysninger om inntekt]",
            ],
            "nn": [
                "Vi har ikkje fått kontoutskrifter frå deg, så inntekta di er ikkje dokumentert.",
                "Økonomi: ikkje sjekka mot a-ordninga enno.",
                "Om du har rett til andre ytingar, er ikkje avklart. Dette må vi sjå på seinare.",
                "Ytingar: [set inn opplysningar om inntekt]",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Du har vært på arbeidstrening to ganger tidligere uten at det førte til jobb. Arbeidsevnevurderingen "
                "viser at du trenger tett og langvarig oppfølging, og det kan vi gi i KVP.",
                "I arbeidsevnevurderingen {date} kom det fram at du trenger både helsehjelp og arbeidsrettede tiltak "
                "samtidig, og at dette må samordnes. Et helhetlig program er derfor nødvendig og hensiktsmessig for deg.",
                "Du forteller at du har lyst til å jobbe, men at du ikke vet hvor du skal begynne, og at du har gitt "
                "opp flere ganger når du har prøvd på egen hånd. Vi tror et program med fast struktur hver dag er det "
                "som skal til.",
                "På samarbeidsmøtet {moete} med fastlegen og {dps} ble vi enige om at du nå er klar for å begynne i "
                "aktivitet, men at det må skje gradvis og med tett oppfølging. Enkelttiltak har ikke fungert for deg "
                "før.",
                "Arbeidsevnevurdering datert {date}: behov for spesielt tilpasset innsats. Vurderingen bygger på "
                "legeerklæringen, kartleggingen og egenvurderingen din, og den viser at du trenger både "
                "språkopplæring og arbeidspraksis over tid.",
                "Du har prøvd vanlige tiltak via NAV i {years} år, blant annet jobbklubb og et AMO-kurs, uten at det "
                "har ført fram. Vi mener derfor at KVP er nødvendig for at du skal komme videre.",
                "Du sier selv i egenvurderingen at du trenger noen som følger deg opp, og at du vil ha faste rammer. "
                "Det stemmer med det vi har sett: du har avbrutt to kurs fordi det ble for tungt å stå i det alene.",
                "Behov: du ønsker å bli kokk. Et kort norskkurs og en jobbklubb har ikke ført deg nærmere det, og "
                "du trenger et program over tid som kombinerer norsk og praksis.",
                "Vi har vurdert om andre tiltak kunne vært nok, for eksempel et kort kurs eller oppfølging fra "
                "veileder. Siden du trenger hjelp på flere områder samtidig – bolig, hverdagsrutiner og "
                "arbeid – tror vi ikke "
                "det er nok.",
                "AEV ({date}): behov for spesielt tilpasset innsats. Ressurser: motivert, god til å samarbeide, "
                "praktisk anlagt. Du har ikke klart å gjennomføre tiltak uten tett støtte. Konklusjon: behov for et "
                "helhetlig program.",
                "Du har søkt jobber på egen hånd i over ett år uten å få svar. I samtale {moete} sa du at du er redd "
                "for å bli gående hjemme. Vi tror faste dager og en fast kontaktperson er det som skal til.",
                "Kartleggingen {date} viser at du trenger både opplæring og praksis for å komme i jobb, og at du "
                "ønsker å ta fagbrev. Derfor er programmet hensiktsmessig.",
            ],
            "nn": [
                "Du har vore på arbeidstrening to gonger tidlegare utan at det førte til jobb. Arbeidsevnevurderinga "
                "viser at du treng tett og langvarig oppfølging, og det kan vi gi i KVP.",
                "I arbeidsevnevurderinga {date} kom det fram at du treng både helsehjelp og arbeidsretta tiltak "
                "samstundes, og at dette må samordnast. Eit heilskapleg program er difor naudsynt og føremålstenleg "
                "for deg.",
                "Du fortel at du har lyst til å jobbe, men at du ikkje veit kvar du skal byrje, og at du har gitt opp "
                "fleire gonger når du har prøvd på eiga hand. Vi trur eit program med fast struktur kvar dag er det "
                "som skal til.",
                "På samarbeidsmøtet {moete} med fastlegen og {dps} vart vi samde om at du no er klar for å byrje i "
                "aktivitet, men at det må skje gradvis og med tett oppfølging. Enkelttiltak har ikkje fungert for deg "
                "før.",
                "Arbeidsevnevurdering datert {date}: behov for spesielt tilpassa innsats. Vurderinga byggjer på "
                "legeerklæringa, kartlegginga og eigenvurderinga di, og ho viser at du treng både språkopplæring og "
                "arbeidspraksis over tid.",
                "Du har prøvd vanlege tiltak via NAV i {years} år, mellom anna jobbklubb og eit AMO-kurs, utan at det "
                "har ført fram. Vi meiner difor at KVP er naudsynt for at du skal kome vidare.",
                "Du seier sjølv i eigenvurderinga at du treng nokon som følgjer deg opp, og at du vil ha faste rammer. "
                "Det stemmer med det vi har sett: du har avbrote to kurs fordi det vart for tungt å stå i det åleine.",
                "Behov: du ønskjer å bli kokk. Eit kort norskkurs og ein jobbklubb har ikkje ført deg nærare det, og "
                "du treng eit program over tid som kombinerer norsk og praksis.",
                "Vi har vurdert om andre tiltak kunne vore nok, til dømes eit kort kurs eller oppfølging frå "
                "rettleiar. Sidan du treng hjelp på fleire område samstundes – bustad, kvardagsrutinar og "
                "arbeid – trur vi ikkje "
                "det er nok.",
                "AEV ({date}): behov for spesielt tilpassa innsats. Ressursar: motivert, god til å samarbeide, "
                "praktisk anlagd. Du har ikkje klart å gjennomføre tiltak utan tett støtte. Konklusjon: behov for eit "
                "heilskapleg program.",
                "Du har søkt jobbar på eiga hand i over eitt år utan å få svar. I samtale {moete} sa du at du er redd "
                "for å bli gåande heime. Vi trur faste dagar og ein fast kontaktperson er det som skal til.",
                "Kartlegginga {date} viser at du treng både opplæring og praksis for å kome i jobb, og at du ønskjer "
                "å ta fagbrev. Difor er programmet føremålstenleg.",
            ],
        },
        "named": {
            "nb": [
                "Vi vurderer at programmet er nødvendig og hensiktsmessig for deg.",
                "Arbeidsevnevurdering er gjennomført.",
                "KVP er riktig tiltak for deg nå.",
                "Etter en samlet vurdering mener vi at kvalifiseringsprogram er det beste for deg.",
                "Nødvendig og hensiktsmessig: ja, jf. arbeidsevnevurderingen.",
                "Vi snakket om dette i samtale {moete}, og både du og vi mener at programmet er det du trenger.",
                "Vilkåret om at programmet skal være nødvendig og hensiktsmessig, er oppfylt.",
            ],
            "nn": [
                "Vi vurderer at programmet er naudsynt og føremålstenleg for deg.",
                "Arbeidsevnevurdering er gjennomført.",
                "KVP er rett tiltak for deg no.",
                "Etter ei samla vurdering meiner vi at kvalifiseringsprogram er det beste for deg.",
                "Naudsynt og føremålstenleg: ja, jf. arbeidsevnevurderinga.",
                "Vi snakka om dette i samtale {moete}, og både du og vi meiner at programmet er det du treng.",
                "Vilkåret om at programmet skal vere naudsynt og føremålstenleg, er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet må være nødvendig og hensiktsmessig for å styrke mulighetene for å komme i arbeid, jf. "
                "sosialtjenesteloven § 29.",
                "Før vedtak skal det være gjort en arbeidsevnevurdering etter NAV-loven § 14 a.",
                "Rundskrivet sier at kvalifiseringsprogram skal brukes når andre tiltak ikke er nok eller ikke passer, "
                "og at programmet skal gi bedre muligheter for arbeid.",
                "Et vilkår er at programmet er nødvendig og hensiktsmessig. Det betyr at det må være grunn til å tro "
                "at du kommer nærmere arbeidslivet gjennom programmet.",
                "Kvalifiseringsprogram kan bare gis når det er nødvendig og hensiktsmessig, og når "
                "arbeidsevnevurdering er gjennomført.",
                "Loven krever at programmet er «nødvendig og hensiktsmessig for å styrke mulighetene for deltakelse "
                "i arbeidslivet».",
            ],
            "nn": [
                "Programmet må vere naudsynt og føremålstenleg for å styrkje moglegheitene for å kome i arbeid, jf. "
                "sosialtenestelova § 29.",
                "Før vedtak skal det vere gjort ei arbeidsevnevurdering etter NAV-lova § 14 a.",
                "Rundskrivet seier at kvalifiseringsprogram skal nyttast når andre tiltak ikkje er nok eller ikkje "
                "passar, og at programmet skal gi betre moglegheiter for arbeid.",
                "Eit vilkår er at programmet er naudsynt og føremålstenleg. Det tyder at det må vere grunn til å tru "
                "at du kjem nærare arbeidslivet gjennom programmet.",
                "Kvalifiseringsprogram kan berre givast når det er naudsynt og føremålstenleg, og når "
                "arbeidsevnevurdering er gjennomført.",
                "Lova krev at programmet er «nødvendig og hensiktsmessig for å styrke mulighetene for deltakelse i "
                "arbeidslivet».",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnevurderingen er ikke ferdig. Vi kommer tilbake til om programmet er nødvendig.",
                "Det er ikke gjort arbeidsevnevurdering i saken ennå.",
                "Nødvendighet: vurderes ved første evaluering.",
                "Vi har ikke hatt tid til å vurdere om andre tiltak kunne passet bedre. Det blir gjort senere.",
            ],
            "nn": [
                "Arbeidsevnevurderinga er ikkje ferdig. Vi kjem attende til om programmet er naudsynt.",
                "Det er ikkje gjort arbeidsevnevurdering i saka enno.",
                "Naudsyn: blir vurdert ved første evaluering.",
                "Vi har ikkje hatt tid til å vurdere om andre tiltak kunne passa betre. Det blir gjort seinare.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt starter med arbeidstrening på {sted} tre dager i uka og norskopplæring på {skole_nb} "
                "to dager i uka.",
                "Du skal være i arbeidspraksis på {sted}, og du fortsetter samtalene hos {dps} hver fjortende dag. "
                "Samtalene regnes som en del av programmet.",
                "Vi har laget programmet sammen med deg i samtale {moete}. Det inneholder:\n- arbeidstrening på {sted}, "
                "først 20 timer og så opp til {hours} timer i uka\n- kurs i jobbsøking\n- behandling hos {dps}",
                "Programmet er på {hours} timer i uka: praksis på {sted}, norsk på {skole_nb} og fast oppfølging fra "
                "veileder hver uke.",
                "Du ønsker å starte rolig, så vi begynner med to korte dager i uka på {sted} og trapper opp etter "
                "hvert. Behandlingen hos fastlegen er med i planen.",
                "Du har sagt at du vil jobbe med mennesker. Vi har derfor fått til praksis på sykehjemmet, og du tar "
                "samtidig fagbrevmodulene på {skole_nb}.",
                "Innhold: arbeidspraksis på {sted} (mandag–onsdag), norsk på {skole_nb} (torsdag), fysisk aktivitet "
                "med frisklivssentralen (fredag).",
                "Du begynner på {sted} {date}. Der får du en fast kontaktperson. I tillegg har du samtale med "
                "veilederen din på NAV hver uke.",
                "Programmet er tilpasset deg: du har barn i barnehagen, så dagene dine er fra 09 til 14, med "
                "arbeidstrening på {sted} og norsk på {skole_nb}.",
                "Du fullfører førerkortet (klasse B) som en del av programmet, siden det er nødvendig for jobb her "
                "i distriktet, og du er i praksis på {sted} resten av uka.",
                "Vi har avtalt at du skal ta fag på {skole_nb} fram mot fagbrev, og at du har praksis på "
                "{sted} i ferieperiodene.",
                "Programmet ditt er satt opp slik:\nUke 1–8: kartlegging og arbeidstrening på {sted}, 3 dager\n"
                "Uke 9–: utvidet praksis, norskkurs på {skole_nb}, oppfølging hos {dps}",
            ],
            "nn": [
                "Programmet ditt startar med arbeidstrening på {sted} tre dagar i veka og norskopplæring på {skole_nn} "
                "to dagar i veka.",
                "Du skal vere i arbeidspraksis på {sted}, og du held fram med samtalane hos {dps} kvar fjortande dag. "
                "Samtalane er ein del av programmet.",
                "Vi har laga programmet saman med deg i samtale {moete}. Det inneheld:\n- arbeidstrening på {sted}, "
                "først 20 timar og så opp til {hours} timar i veka\n- kurs i jobbsøking\n- behandling hos {dps}",
                "Programmet er på {hours} timar i veka: praksis på {sted}, norsk på {skole_nn} og fast oppfølging frå "
                "rettleiar kvar veke.",
                "Du ønskjer å starte roleg, så vi byrjar med to korte dagar i veka på {sted} og trappar opp etter "
                "kvart. Behandlinga hos fastlegen er med i planen.",
                "Du har sagt at du vil jobbe med menneske. Vi har difor fått til praksis på sjukeheimen, og du tek "
                "samstundes fagbrevmodulane på {skole_nn}.",
                "Innhald: arbeidspraksis på {sted} (måndag–onsdag), norsk på {skole_nn} (torsdag), fysisk aktivitet "
                "med frisklivssentralen (fredag).",
                "Du byrjar på {sted} {date}. Der får du ein fast kontaktperson. I tillegg har du samtale med "
                "rettleiaren din på NAV kvar veke.",
                "Programmet er tilpassa deg: du har born i barnehagen, så dagane dine er frå 09 til 14, med "
                "arbeidstrening på {sted} og norsk på {skole_nn}.",
                "Du fullfører førarkortet (klasse B) som ein del av programmet, sidan det er naudsynt for jobb her "
                "i distriktet, og du er i praksis på {sted} resten av veka.",
                "Vi har avtalt at du skal ta fag på {skole_nn} fram mot fagbrev, og at du har praksis på "
                "{sted} i feriane.",
                "Programmet ditt er sett opp slik:\nVeke 1–8: kartlegging og arbeidstrening på {sted}, 3 dagar\n"
                "Veke 9–: utvida praksis, norskkurs på {skole_nn}, oppfølging hos {dps}",
            ],
        },
        "named": {
            "nb": [
                "Vi kan tilby deg et tilpasset program.",
                "Programmet er tilpasset deg og dine behov.",
                "Innholdet i programmet står i den individuelle planen din.",
                "NAV {office} har et program som passer for deg.",
                "Tilpasset program: ja.",
                "Vi har avtalt innholdet med deg i samtale {moete}, se plan.",
                "Kommunen kan tilby deg et program som er tilpasset din situasjon.",
            ],
            "nn": [
                "Vi kan tilby deg eit tilpassa program.",
                "Programmet er tilpassa deg og behova dine.",
                "Innhaldet i programmet står i den individuelle planen din.",
                "NAV {office} har eit program som passar for deg.",
                "Tilpassa program: ja.",
                "Vi har avtalt innhaldet med deg i samtale {moete}, sjå plan.",
                "Kommunen kan tilby deg eit program som er tilpassa situasjonen din.",
            ],
        },
        "quoted": {
            "nb": [
                "Kommunen må kunne tilby et program som er tilpasset den enkelte, jf. sosialtjenesteloven § 29.",
                "Et program kan inneholde arbeidsrettede tiltak, opplæring og tiltak som forbereder til arbeid. Det "
                "kan i perioder også inneholde medisinsk behandling eller andre tiltak som gjør at man kommer i jobb.",
                "Etter § 30 skal programmet være på full tid og tilpasses den enkeltes behov og forutsetninger.",
                "Rundskrivet sier at programmet skal settes sammen ut fra den enkeltes behov, og at det skal være "
                "helårlig.",
                "Vilkåret er at kommunen kan tilby et tilpasset program. Programmet skal være arbeidsrettet og "
                "individuelt.",
                "Programmet skal inneholde arbeidsrettede tiltak, opplæring eller tiltak som forbereder til arbeid, "
                "jf. § 30.",
            ],
            "nn": [
                "Kommunen må kunne tilby eit program som er tilpassa den enkelte, jf. sosialtenestelova § 29.",
                "Eit program kan innehalde arbeidsretta tiltak, opplæring og tiltak som førebur til arbeid. Det kan "
                "i periodar også innehalde medisinsk behandling eller andre tiltak som gjer at ein kjem i jobb.",
                "Etter § 30 skal programmet vere på full tid og tilpassast behova og føresetnadene til den enkelte.",
                "Rundskrivet seier at programmet skal setjast saman ut frå behova til den enkelte, og at det skal "
                "vere heilårleg.",
                "Vilkåret er at kommunen kan tilby eit tilpassa program. Programmet skal vere arbeidsretta og "
                "individuelt.",
                "Programmet skal innehalde arbeidsretta tiltak, opplæring eller tiltak som førebur til arbeid, jf. § 30.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke bestemt ennå. Det lages en plan etter oppstart.",
                "Programinnhold: [fylles ut av veileder]",
                "Vi har ikke funnet en praksisplass til deg ennå, så programmet er ikke satt opp.",
                "Hva programmet skal inneholde, avklares i samtale etter at vedtaket er fattet.",
            ],
            "nn": [
                "Innhaldet i programmet er ikkje bestemt enno. Det blir laga ein plan etter oppstart.",
                "Programinnhald: [fyllast ut av rettleiar]",
                "Vi har ikkje funne ein praksisplass til deg enno, så programmet er ikkje sett opp.",
                "Kva programmet skal innehalde, blir avklart i samtale etter at vedtaket er gjort.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Om alderen din", "Yrkesaktiv alder"],
            "nn": ["Alder", "Om alderen din", "Yrkesaktiv alder"]},
    "work_ability": {"nb": ["Arbeidsevne", "Helse og arbeid", "Om arbeidsevnen din"],
                     "nn": ["Arbeidsevne", "Helse og arbeid", "Om arbeidsevna di"]},
    "benefits": {"nb": ["Økonomi", "Inntekt og ytelser", "Om økonomien din"],
                 "nn": ["Økonomi", "Inntekt og ytingar", "Om økonomien din"]},
    "necessity": {"nb": ["Hvorfor KVP?", "Behov for program", "Nødvendig og hensiktsmessig"],
                  "nn": ["Kvifor KVP?", "Behov for program", "Naudsynt og føremålstenleg"]},
    "program": {"nb": ["Programmet ditt", "Innhold i programmet", "Hva du skal gjøre"],
                "nn": ["Programmet ditt", "Innhald i programmet", "Kva du skal gjere"]},
}

FRAME = {
    "nb": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM", "Vedtak om deltakelse i kvalifiseringsprogrammet (KVP)",
                  "Kvalifiseringsprogram – vedtak"],
        "intro": ["Vi viser til søknaden din {date} og til samtalene vi har hatt med deg etter det.",
                  "Takk for søknaden om kvalifiseringsprogram som vi fikk {date}.",
                  "Søknad om KVP mottatt {date}."],
        "decision": ["Du får plass i kvalifiseringsprogrammet ved NAV {office} fra {date}.",
                     "Søknaden er innvilget. Programperioden er {date}–{date2}.",
                     "NAV {office} har bestemt at du får kvalifiseringsprogram fra {date}."],
        "general": ["Vi har vurdert søknaden din etter sosialtjenesteloven §§ 29 og 30, og du fyller vilkårene.",
                    "Etter sosialtjenesteloven § 29 har du rett til kvalifiseringsprogram når vilkårene i loven er "
                    "oppfylt. Under forklarer vi hvordan vi har vurdert saken din."],
        "reasons_heading": ["Vurdering", "Hvorfor vi har kommet til dette", "Begrunnelse"],
        "money_heading": ["Stønad", "Penger mens du er i programmet"],
        "money": ["Mens du er i programmet, får du kvalifiseringsstønad. Den er på kr {kvp_amount} i året før skatt, "
                  "og du får den utbetalt hver måned.",
                  "Kvalifiseringsstønad: kr {kvp_amount} per år (skattepliktig). Fravær uten gyldig grunn gir trekk."],
        "start": ["Du begynner {date}. Veilederen din ringer deg før oppstart.",
                  "Første dag i programmet er {date}."],
        "evaluation": ["Vi går gjennom programmet sammen med deg minst hver tredje måned.",
                       "Planen evalueres jevnlig, og den kan endres underveis."],
        "appeal_heading": ["Hvis du er uenig", "Klage"],
        "appeal": ["Du kan klage innen tre uker fra du fikk dette brevet. Send klagen til oss, så ser vi på saken "
                   "igjen. Blir vi ikke enige, sender vi den til Statsforvalteren i Nordland eller Troms og Finnmark.",
                   "Klagefrist: 3 uker, jf. forvaltningsloven § 29. Klagen sendes NAV {office}. Ta gjerne kontakt "
                   "om du trenger hjelp til å skrive den."],
        "closing": ["Hilsen", "Med vennlig hilsen", "Vennlig hilsen fra oss på NAV-kontoret"],
    },
    "nn": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM", "Vedtak om deltaking i kvalifiseringsprogrammet (KVP)",
                  "Kvalifiseringsprogram – vedtak"],
        "intro": ["Vi viser til søknaden din {date} og til samtalane vi har hatt med deg etter det.",
                  "Takk for søknaden om kvalifiseringsprogram som vi fekk {date}.",
                  "Søknad om KVP motteken {date}."],
        "decision": ["Du får plass i kvalifiseringsprogrammet ved NAV {office} frå {date}.",
                     "Søknaden er innvilga. Programperioden er {date}–{date2}.",
                     "NAV {office} har bestemt at du får kvalifiseringsprogram frå {date}."],
        "general": ["Vi har vurdert søknaden din etter sosialtenestelova §§ 29 og 30, og du fyller vilkåra.",
                    "Etter sosialtenestelova § 29 har du rett til kvalifiseringsprogram når vilkåra i lova er "
                    "oppfylte. Under forklarer vi korleis vi har vurdert saka di."],
        "reasons_heading": ["Vurdering", "Kvifor vi har kome til dette", "Grunngjeving"],
        "money_heading": ["Stønad", "Pengar medan du er i programmet"],
        "money": ["Medan du er i programmet, får du kvalifiseringsstønad. Han er på kr {kvp_amount} i året før skatt, "
                  "og du får han utbetalt kvar månad.",
                  "Kvalifiseringsstønad: kr {kvp_amount} per år (skattepliktig). Fråvær utan gyldig grunn gir trekk."],
        "start": ["Du byrjar {date}. Rettleiaren din ringjer deg før oppstart.",
                  "Første dag i programmet er {date}."],
        "evaluation": ["Vi går gjennom programmet saman med deg minst kvar tredje månad.",
                       "Planen blir evaluert jamleg, og han kan endrast undervegs."],
        "appeal_heading": ["Om du er usamd", "Klage"],
        "appeal": ["Du kan klage innan tre veker frå du fekk dette brevet. Send klaga til oss, så ser vi på saka "
                   "på nytt. Blir vi ikkje samde, sender vi ho til Statsforvaltaren i Nordland eller Troms og Finnmark.",
                   "Klagefrist: 3 veker, jf. forvaltningslova § 29. Klaga blir send til NAV {office}. Ta gjerne "
                   "kontakt om du treng hjelp til å skrive ho."],
        "closing": ["Helsing", "Med venleg helsing", "Venleg helsing frå oss på NAV-kontoret"],
    },
}
