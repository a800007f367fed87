"""Held-out phrasing bank ``heldout23`` (round 17, issue #19): case notes pasted into decision letters.

Written by an independent author (the bank23 lane of round 17) under the held-out rules: the author never
opened, searched or ran the grounds rule (``audit/grounds/``, ``docs/grounds.md``, ``benchmarks/``, the grounds
tests and their letters), the committed sample letters or any other phrasing bank, and wrote these phrasings
from the law, the brief's kinds and labels and knowledge of how caseworkers write. No one who changes the rule
may open this file.

Register: a NAV office in Møre og Romsdal (Ålesund, Molde, Volda, Kristiansund) whose caseworkers paste their
internal case note (journalnotat / saksnotat) into the decision letter. The person is written about in the third
person («søker», «bruker», «vedkommende», «søkeren», «hun»/«han»; nynorsk «søkjar», «brukar», «vedkomande»,
«ho»/«han»), often in the passive and the past tense («Det ble gjennomført en arbeidsevnevurdering …», «Søker har
opplyst at …»), with dates of meetings and documents and case-note shorthand («AEV», «KVP», «Innsatsbehov:»), and
then a line or two addressed to «du». Bokmål and nynorsk 6 to 4. The office's own frame (title, decision,
kvalifiseringsstønad, appeal to Statsforvalteren i Møre og Romsdal) holds no fact about the person; the bank sets
the ``office`` slot to the four Møre og Romsdal offices.

Kinds and labels, per criterion and language: 12 ``grounds`` (label ja: at least one fact about the person for
that criterion — age or year of birth; health, education, language, work history, what the arbeidsevnevurdering
found; income, benefits received, refused or used up, savings; the innsatsbehov, measures tried and why KVP rather
than other measures; the programme's activities, places, hours and plan), 7 ``named`` (nei: the criterion named
or concluded, or a document referred to without saying what it shows), 6 ``quoted`` (nei: the law, the
regulation, the circular, the preparatory works or the office's practice, no fact about the person) and
4 ``negated`` (nei: not assessed, not documented, to be assessed later, or a template field left unfilled).
No phrasing holds a fact of another criterion. Data only.
"""

BANK = "heldout23"
LANG_WEIGHTS = (0.6, 0.4)

FILLERS = {
    "office": ["Ålesund", "Molde", "Volda", "Kristiansund"],
    "note_date": ["14.09.2023", "02.10.2023", "19.10.2023", "07.11.2023", "23.11.2023", "05.12.2023", "12.12.2023"],
    "hun": ["hun", "han"],
    "ho": ["ho", "han"],
    "job_nb": ["i fiskeindustrien", "på et verft", "i møbelindustrien", "som renholder", "i dagligvarehandelen",
               "som pleieassistent"],
    "job_nn": ["i fiskeindustrien", "på eit verft", "i møbelindustrien", "som reinhaldar", "i daglegvarehandelen",
               "som pleieassistent"],
    "diag_nb": ["langvarige rygg- og nakkesmerter", "angst og depresjon", "ADHD", "en kronisk lungesykdom",
                "migrene og søvnvansker"],
    "diag_nn": ["langvarige rygg- og nakkesmerter", "angst og depresjon", "ADHD", "ein kronisk lungesjukdom",
                "migrene og søvnvanskar"],
    "tiltak_nb": ["arbeidsforberedende trening (AFT)", "et avklaringstiltak", "et IPS-løp med jobbspesialist",
                  "arbeidstrening i en vekstbedrift", "jobbklubb"],
    "tiltak_nn": ["arbeidsførebuande trening (AFT)", "eit avklaringstiltak", "eit IPS-løp med jobbspesialist",
                  "arbeidstrening i ei vekstbedrift", "jobbklubb"],
    "benefit_nb": ["dagpenger", "arbeidsavklaringspenger (AAP)"],
    "benefit_nn": ["dagpengar", "arbeidsavklaringspengar (AAP)"],
    "place_nb": ["en vekstbedrift i Ålesund", "kantina på et sykehjem i Molde", "et lager i Kristiansund",
                 "en bruktbutikk i Volda", "et gartneri på Sunnmøre"],
    "place_nn": ["ei vekstbedrift i Ålesund", "kantina på ein sjukeheim i Molde", "eit lager i Kristiansund",
                 "ein bruktbutikk i Volda", "eit gartneri på Sunnmøre"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Søker er {age} år (f. {birth_year}) og er innenfor aldersgrensen for kvalifiseringsprogram. Du fyller "
                "dermed vilkåret om alder.",
                "Iht. folkeregisteret er bruker født i {birth_year}. Du er {age} år og i yrkesaktiv alder.",
                "Alder: Bruker er {age} år. Vilkåret er oppfylt.",
                "Søker ble født i {birth_year} og var {age} år da søknaden ble registrert {date}.",
                "Det ble kontrollert i folkeregisteret at søkeren er {age} år gammel. Du er altså over 18 år og har "
                "mange år igjen til pensjonsalder.",
                "Vedkommende er {age} år. Det er ingen tvil om at du er i yrkesaktiv alder.",
                "Søker, f. {birth_year}, er i yrkesaktiv alder.",
                "Bruker fylte {age} år i {month}. Vi legger til grunn at du er i yrkesaktiv alder.",
                "Ifølge søknaden er søker {age} år. Du fyller aldersvilkåret i sosialtjenesteloven § 29.",
                "Fra journalnotat {note_date}: «Søker er {age} år, født {birth_year}.» Du er derfor innenfor "
                "målgruppen når det gjelder alder.",
                "Søkeren er {age} år gammel, og aldersvilkåret er dermed oppfylt for deg.",
                "Søker er født i {birth_year}. Med en alder på {age} år er du innenfor aldersgrensene som gjelder "
                "for programmet.",
            ],
            "nn": [
                "Søkjar er {age} år (f. {birth_year}) og er innanfor aldersgrensa for kvalifiseringsprogram. Du "
                "oppfyller dermed vilkåret om alder.",
                "Etter folkeregisteret er brukar fødd i {birth_year}. Du er {age} år og i yrkesaktiv alder.",
                "Alder: Brukar er {age} år. Vilkåret er oppfylt.",
                "Søkjar vart fødd i {birth_year} og var {age} år då søknaden vart registrert {date}.",
                "Det vart kontrollert i folkeregisteret at søkjaren er {age} år gammal. Du er altså over 18 år og har "
                "mange år att til pensjonsalder.",
                "Vedkomande er {age} år. Det er ingen tvil om at du er i yrkesaktiv alder.",
                "Søkjar, f. {birth_year}, er i yrkesaktiv alder.",
                "Brukar fylte {age} år i {month}. Vi legg til grunn at du er i yrkesaktiv alder.",
                "Etter søknaden er søkjar {age} år. Du oppfyller aldersvilkåret i sosialtenestelova § 29.",
                "Frå journalnotat {note_date}: «Søkjar er {age} år, fødd {birth_year}.» Du er difor innanfor "
                "målgruppa når det gjeld alder.",
                "Søkjaren er {age} år gammal, og aldersvilkåret er såleis oppfylt for deg.",
                "Søkjar er fødd i {birth_year}. Med ein alder på {age} år er du innanfor aldersgrensene som gjeld "
                "for programmet.",
            ],
        },
        "named": {
            "nb": [
                "Søker er i yrkesaktiv alder.",
                "Vilkåret om alder er oppfylt.",
                "Alder: OK – kontrollert mot folkeregisteret.",
                "Du er i yrkesaktiv alder og fyller dermed dette vilkåret.",
                "Det er ikke tvil om at bruker er i yrkesaktiv alder.",
                "Aldersvilkåret anses som oppfylt, jf. opplysningene fra folkeregisteret i saken.",
                "Bruker fyller kravet til alder.",
            ],
            "nn": [
                "Søkjar er i yrkesaktiv alder.",
                "Vilkåret om alder er oppfylt.",
                "Alder: OK – kontrollert mot folkeregisteret.",
                "Du er i yrkesaktiv alder og oppfyller dermed dette vilkåret.",
                "Det er ikkje tvil om at brukar er i yrkesaktiv alder.",
                "Aldersvilkåret blir rekna som oppfylt, jf. opplysningane frå folkeregisteret i saka.",
                "Brukar fyller kravet til alder.",
            ],
        },
        "quoted": {
            "nb": [
                "Kvalifiseringsprogram kan gis til personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første "
                "ledd.",
                "Fra 1. januar 2019 er den nedre aldersgrensen for programmet 18 år.",
                "Etter loven er programmet forbeholdt personer i yrkesaktiv alder. Nedre grense er 18 år.",
                "Det følger av rundskrivet at programmet retter seg mot personer i yrkesaktiv alder.",
                "Sosialtjenesteloven § 29 stiller krav om at deltakeren er i yrkesaktiv alder.",
                "Aldersgrensen for kvalifiseringsprogram ble senket fra 19 til 18 år ved lovendringen som trådte i "
                "kraft 1. januar 2019.",
            ],
            "nn": [
                "Kvalifiseringsprogram kan givast til personar i yrkesaktiv alder, jf. sosialtenestelova § 29 første "
                "ledd.",
                "Frå 1. januar 2019 er den nedre aldersgrensa for programmet 18 år.",
                "Etter lova er programmet for personar i yrkesaktiv alder. Nedre grense er 18 år.",
                "Det følgjer av rundskrivet at programmet rettar seg mot personar i yrkesaktiv alder.",
                "Sosialtenestelova § 29 stiller krav om at deltakaren er i yrkesaktiv alder.",
                "Aldersgrensa for kvalifiseringsprogram vart senka frå 19 til 18 år ved lovendringa som tok til å "
                "gjelde 1. januar 2019.",
            ],
        },
        "negated": {
            "nb": [
                "Alder er ikke kontrollert i saken.",
                "Alder: [fylles ut av saksbehandler]",
                "Aldersvilkåret er ikke vurdert i dette notatet og blir sjekket før oppstart.",
                "Opplysninger om søkers alder er ikke registrert i saken ennå.",
            ],
            "nn": [
                "Alder er ikkje kontrollert i saka.",
                "Alder: [fyllast ut av sakshandsamar]",
                "Aldersvilkåret er ikkje vurdert i dette notatet og blir sjekka før oppstart.",
                "Opplysningar om alderen til søkjar er ikkje registrerte i saka enno.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Det ble gjennomført en arbeidsevnevurdering {note_date}. Vurderingen viser at søker har {diag_nb}, "
                "noe som begrenser hvor mye og hva slags arbeid {hun} kan utføre. Du har etter vår vurdering "
                "vesentlig nedsatt arbeids- og inntektsevne.",
                "Søker har opplyst at {hun} ikke har fullført videregående skole og har lite arbeidserfaring utover "
                "kortere vikariater. Arbeidsevnen din vurderes derfor som vesentlig nedsatt.",
                "Bruker har tidligere arbeidet {job_nb}, men arbeidsforholdet ble avsluttet i {year} etter "
                "nedbemanning, og vedkommende har ikke vært i arbeid siden. Legeerklæring datert {note_date} "
                "beskriver {diag_nb}. Vi vurderer at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Fra journalnotat {note_date}:\nSøker har vært ute av arbeidslivet i {years} år.\nSøker har ingen "
                "formell utdanning ut over grunnskolen.\nNorskferdighetene er på nivå A2, og dette er en betydelig "
                "barriere mot arbeid.\nSamlet vurderes arbeidsevnen din som vesentlig nedsatt.",
                "Arbeidsevnevurderingen fra {note_date} konkluderer med at søker i dag ikke kan stå i ordinært arbeid "
                "på grunn av {diag_nb}. Du har fortalt at du har prøvd å jobbe deltid, men ikke har klart å stå i "
                "det over tid.",
                "Søker kom til Norge i {year} og har ingen utdanning fra hjemlandet som er godkjent her. Vedkommende "
                "har ikke hatt fast arbeid i Norge. Arbeids- og inntektsevnen din er derfor vesentlig nedsatt.",
                "Bruker var sykmeldt fra jobben {job_nb} i lang tid og mistet arbeidet i {year}. "
                "Fastlegen har bekreftet {diag_nb}. Du har etter dette svært begrenset evne til å skaffe deg inntekt "
                "gjennom arbeid.",
                "Det kom fram i samtale {note_date} at søker har store hull i CV-en og ingen arbeidserfaring de siste "
                "{years} årene, og at {hun} ikke har fullført noen utdanning etter grunnskolen. Vi mener derfor at du "
                "har vesentlig nedsatt arbeidsevne.",
                "I kartleggingssamtalen ble det avdekket at søker har lese- og skrivevansker og ikke har fullført "
                "videregående. Søker har bare hatt kortvarige jobber {job_nb}. Dette gjør det vanskelig for deg å "
                "konkurrere om ledige stillinger.",
                "AEV gjennomført {note_date}: bruker har {diag_nb} og har ikke vært i arbeid siden {year}. "
                "Arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Vedkommende arbeidet {job_nb} i mange år, men kan etter en skade i {year} ikke lenger utføre tungt "
                "fysisk arbeid. Søker har ingen annen utdanning eller yrkeserfaring å falle tilbake på, og du har "
                "dermed vesentlig nedsatt arbeids- og inntektsevne.",
                "Søker har grunnskole fra hjemlandet og begrensede norskkunnskaper. Arbeidsevnevurderingen av "
                "{note_date} viser at dette, sammen med manglende arbeidserfaring i Norge, gjør det vanskelig for "
                "deg å få arbeid.",
            ],
            "nn": [
                "Det vart gjennomført ei arbeidsevnevurdering {note_date}. Vurderinga viser at søkjar har {diag_nn}, "
                "noko som avgrensar kor mykje og kva slags arbeid {ho} kan utføre. Du har etter vår vurdering "
                "vesentleg nedsett arbeids- og inntektsevne.",
                "Søkjar har opplyst at {ho} ikkje har fullført vidaregåande skule og har lite arbeidserfaring utover "
                "kortare vikariat. Arbeidsevna di blir difor vurdert som vesentleg nedsett.",
                "Brukar har tidlegare arbeidd {job_nn}, men arbeidsforholdet vart avslutta i {year} etter "
                "nedbemanning, og vedkomande har ikkje vore i arbeid sidan. Legeerklæring datert {note_date} "
                "skildrar {diag_nn}. Vi vurderer at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Frå journalnotat {note_date}:\nSøkjar har vore ute av arbeidslivet i {years} år.\nSøkjar har inga "
                "formell utdanning ut over grunnskulen.\nNorskdugleiken er på nivå A2, og dette er ei stor hindring "
                "for arbeid.\nSamla blir arbeidsevna di vurdert som vesentleg nedsett.",
                "Arbeidsevnevurderinga frå {note_date} konkluderer med at søkjar i dag ikkje kan stå i ordinært "
                "arbeid på grunn av {diag_nn}. Du har fortalt at du har prøvd å jobbe deltid, men ikkje har klart å "
                "stå i det over tid.",
                "Søkjar kom til Noreg i {year} og har inga utdanning frå heimlandet som er godkjend her. Vedkomande "
                "har ikkje hatt fast arbeid i Noreg. Arbeids- og inntektsevna di er difor vesentleg nedsett.",
                "Brukar var sjukmeld frå jobben {job_nn} lenge og miste arbeidet i {year}. "
                "Fastlegen har stadfesta {diag_nn}. Du har etter dette svært avgrensa evne til å skaffe deg inntekt "
                "gjennom arbeid.",
                "Det kom fram i samtale {note_date} at søkjar har store hol i CV-en og inga arbeidserfaring dei siste "
                "{years} åra, og at {ho} ikkje har fullført noka utdanning etter grunnskulen. Vi meiner difor at du "
                "har vesentleg nedsett arbeidsevne.",
                "I kartleggingssamtalen vart det avdekt at søkjar har lese- og skrivevanskar og ikkje har fullført "
                "vidaregåande. Søkjar har berre hatt kortvarige jobbar {job_nn}. Dette gjer det vanskeleg for deg å "
                "konkurrere om ledige stillingar.",
                "AEV gjennomført {note_date}: brukar har {diag_nn} og har ikkje vore i arbeid sidan {year}. "
                "Arbeids- og inntektsevna di er vesentleg nedsett.",
                "Vedkomande arbeidde {job_nn} i mange år, men kan etter ein skade i {year} ikkje lenger utføre tungt "
                "fysisk arbeid. Søkjar har inga anna utdanning eller yrkeserfaring å falle tilbake på, og du har "
                "dermed vesentleg nedsett arbeids- og inntektsevne.",
                "Søkjar har grunnskule frå heimlandet og avgrensa norskkunnskapar. Arbeidsevnevurderinga av "
                "{note_date} viser at dette, saman med manglande arbeidserfaring i Noreg, gjer det vanskeleg for "
                "deg å få arbeid.",
            ],
        },
        "named": {
            "nb": [
                "Det er foretatt en arbeidsevnevurdering, jf. dokument datert {note_date}. Søker har vesentlig "
                "nedsatt arbeids- og inntektsevne.",
                "Arbeids- og inntektsevnen din vurderes som vesentlig nedsatt.",
                "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne anses oppfylt, se arbeidsevnevurderingen i "
                "saken.",
                "Bruker har nedsatt arbeidsevne. Vilkåret er oppfylt.",
                "AEV: gjennomført. Konklusjon: vesentlig nedsatt arbeidsevne.",
                "Det vises til arbeidsevnevurderingen og legeerklæringen som ligger i saken. NAV legger til grunn at "
                "du har vesentlig nedsatt arbeids- og inntektsevne.",
                "Etter en samlet vurdering har vi kommet til at arbeidsevnen til søker er vesentlig nedsatt.",
            ],
            "nn": [
                "Det er gjort ei arbeidsevnevurdering, jf. dokument datert {note_date}. Søkjar har vesentleg "
                "nedsett arbeids- og inntektsevne.",
                "Arbeids- og inntektsevna di blir vurdert som vesentleg nedsett.",
                "Vilkåret om vesentleg nedsett arbeids- og inntektsevne er rekna som oppfylt, sjå "
                "arbeidsevnevurderinga i saka.",
                "Brukar har nedsett arbeidsevne. Vilkåret er oppfylt.",
                "AEV: gjennomført. Konklusjon: vesentleg nedsett arbeidsevne.",
                "Det blir vist til arbeidsevnevurderinga og legeerklæringa som ligg i saka. NAV legg til grunn at du "
                "har vesentleg nedsett arbeids- og inntektsevne.",
                "Etter ei samla vurdering har vi kome til at arbeidsevna til søkjar er vesentleg nedsett.",
            ],
        },
        "quoted": {
            "nb": [
                "For å ha rett til kvalifiseringsprogram må arbeids- og inntektsevnen være vesentlig nedsatt, jf. "
                "sosialtjenesteloven § 29.",
                "Før det vurderes om kvalifiseringsprogram er aktuelt, skal det gjennomføres en "
                "arbeidsevnevurdering, jf. NAV-loven § 14 a.",
                "Etter rundskrivet skal det ved vurderingen av arbeids- og inntektsevne legges vekt på blant annet "
                "helse, utdanning, arbeidserfaring og sosiale forhold.",
                "Vesentlig nedsatt arbeids- og inntektsevne betyr at evnen til å skaffe seg inntekt gjennom arbeid "
                "er betydelig redusert. Årsaken trenger ikke være helsemessig.",
                "Det kreves ikke at den nedsatte arbeidsevnen skyldes sykdom; også manglende utdanning, språk eller "
                "lang tid utenfor arbeidslivet kan ha betydning, jf. forarbeidene.",
                "I praksis bygger kontoret vurderingen av arbeidsevne på arbeidsevnevurderingen etter NAV-loven "
                "§ 14 a, på opplysninger fra søker og på eventuelle legeerklæringer.",
            ],
            "nn": [
                "For å ha rett til kvalifiseringsprogram må arbeids- og inntektsevna vere vesentleg nedsett, jf. "
                "sosialtenestelova § 29.",
                "Før det blir vurdert om kvalifiseringsprogram er aktuelt, skal det gjennomførast ei "
                "arbeidsevnevurdering, jf. NAV-lova § 14 a.",
                "Etter rundskrivet skal det ved vurderinga av arbeids- og inntektsevne leggjast vekt på mellom anna "
                "helse, utdanning, arbeidserfaring og sosiale forhold.",
                "Vesentleg nedsett arbeids- og inntektsevne tyder at evna til å skaffe seg inntekt gjennom arbeid er "
                "monaleg redusert. Årsaka treng ikkje vere helsemessig.",
                "Det er ikkje krav om at den nedsette arbeidsevna kjem av sjukdom; også manglande utdanning, språk "
                "eller lang tid utanfor arbeidslivet kan ha betydning, jf. førearbeida.",
                "I praksis byggjer kontoret vurderinga av arbeidsevne på arbeidsevnevurderinga etter NAV-lova "
                "§ 14 a, på opplysningar frå søkjar og på eventuelle legeerklæringar.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnevurdering er ikke ferdigstilt. Vilkåret blir vurdert når den foreligger.",
                "Vurdering av arbeids- og inntektsevne: [skriv inn]",
                "Det er ikke innhentet legeerklæring eller andre opplysninger om arbeidsevnen din, og vilkåret er "
                "derfor ikke vurdert i dette vedtaket.",
                "Arbeidsevnen er ikke kartlagt ennå. Ny samtale er avtalt for å gjøre dette.",
            ],
            "nn": [
                "Arbeidsevnevurdering er ikkje ferdigstilt. Vilkåret blir vurdert når ho ligg føre.",
                "Vurdering av arbeids- og inntektsevne: [skriv inn]",
                "Det er ikkje henta inn legeerklæring eller andre opplysningar om arbeidsevna di, og vilkåret er "
                "difor ikkje vurdert i dette vedtaket.",
                "Arbeidsevna er ikkje kartlagd enno. Ny samtale er avtalt for å gjere dette.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Søker har mottatt økonomisk sosialhjelp til livsopphold siden {month} {year}. Du har ingen andre "
                "inntekter.",
                "Bruker har ikke rett til {benefit_nb}; søknaden ble avslått {note_date}. Vedkommende har ingen egen "
                "inntekt, og du har dermed svært begrensede ytelser til livsopphold.",
                "Retten til {benefit_nb} ble brukt opp i {month} {year}. Etter dette har søker levd av sosialhjelp, i "
                "snitt {amount} per måned.",
                "Kontoutskrifter for de siste tre månedene ble gjennomgått {note_date}. Søker har ingen oppsparte "
                "midler og ingen faste inntekter utover bostøtte.",
                "Søker har opplyst at {hun} ikke har hatt lønnsinntekt siden {year}, og skattemeldingen for fjoråret "
                "viser ingen inntekt. Du har derfor ingen inntekt å leve av.",
                "Bruker mottar i dag kun økonomisk stønad fra NAV-kontoret, {amount} per måned. Du har ikke rett til "
                "statlige ytelser.",
                "Fra saksnotat {note_date}:\nInntekt: ingen.\nYtelser: økonomisk sosialhjelp fra {month} {year}.\n"
                "Formue: ingen av betydning.",
                "Vedkommende har tidligere hatt {benefit_nb}, men stønadsperioden gikk ut i {year}. Siden da har du "
                "vært avhengig av sosialhjelp.",
                "Det ble sjekket i registrene {note_date}: søker har ingen lønnsinntekt og mottar ingen "
                "trygdeytelser. Du har altså ingen ytelser til livsopphold i dag.",
                "Lønnsslippene viser at søker tjener ca. {amount} i måneden. Dette dekker ikke "
                "livsoppholdet, og du har ingen andre ytelser.",
                "Bruker fikk avslag på søknad om {benefit_nb} {note_date} og har siden vært avhengig av økonomisk "
                "stønad etter sosialtjenesteloven.",
                "Søker har ingen formue og ingen inntekt. Husstanden lever i dag av barnetrygd og økonomisk "
                "sosialhjelp, til sammen rundt {amount} i måneden.",
            ],
            "nn": [
                "Søkjar har fått økonomisk sosialhjelp til livsopphald sidan {month} {year}. Du har ingen andre "
                "inntekter.",
                "Brukar har ikkje rett til {benefit_nn}; søknaden vart avslått {note_date}. Vedkomande har inga eiga "
                "inntekt, og du har dermed svært avgrensa ytingar til livsopphald.",
                "Retten til {benefit_nn} vart brukt opp i {month} {year}. Etter dette har søkjar levd av sosialhjelp, "
                "i snitt {amount} per månad.",
                "Kontoutskrifter for dei siste tre månadene vart gjennomgått {note_date}. Søkjar har ingen oppsparte "
                "midlar og ingen faste inntekter utover bustøtte.",
                "Søkjar har opplyst at {ho} ikkje har hatt lønsinntekt sidan {year}, og skattemeldinga for fjoråret "
                "viser inga inntekt. Du har difor inga inntekt å leve av.",
                "Brukar får i dag berre økonomisk stønad frå NAV-kontoret, {amount} per månad. Du har ikkje rett til "
                "statlege ytingar.",
                "Frå saksnotat {note_date}:\nInntekt: inga.\nYtingar: økonomisk sosialhjelp frå {month} {year}.\n"
                "Formue: inga av betydning.",
                "Vedkomande har tidlegare hatt {benefit_nn}, men stønadsperioden gjekk ut i {year}. Sidan då har du "
                "vore avhengig av sosialhjelp.",
                "Det vart sjekka i registera {note_date}: søkjar har inga lønsinntekt og får ingen trygdeytingar. Du "
                "har altså ingen ytingar til livsopphald i dag.",
                "Lønsslippane viser at søkjar tener ca. {amount} i månaden. Dette dekkjer "
                "ikkje livsopphaldet, og du har ingen andre ytingar.",
                "Brukar fekk avslag på søknad om {benefit_nn} {note_date} og har sidan vore avhengig av økonomisk "
                "stønad etter sosialtenestelova.",
                "Søkjar har ingen formue og inga inntekt. Hushaldet lever i dag av barnetrygd og økonomisk "
                "sosialhjelp, til saman rundt {amount} i månaden.",
            ],
        },
        "named": {
            "nb": [
                "Søker har ingen eller svært begrensede ytelser til livsopphold.",
                "Vilkåret om ytelser til livsopphold er oppfylt.",
                "Du har ikke ytelser som gjør at du faller utenfor programmet.",
                "Det vises til opplysningene om økonomi i søknaden. Vilkåret anses oppfylt.",
                "Økonomi: vilkåret er oppfylt, jf. kontoutskrifter i saken.",
                "Bruker fyller vilkåret om ingen eller svært begrensede ytelser etter folketrygdloven.",
                "Det er vurdert at vedkommende ikke har ytelser til livsopphold som er til hinder for program.",
            ],
            "nn": [
                "Søkjar har ingen eller svært avgrensa ytingar til livsopphald.",
                "Vilkåret om ytingar til livsopphald er oppfylt.",
                "Du har ikkje ytingar som gjer at du fell utanfor programmet.",
                "Det blir vist til opplysningane om økonomi i søknaden. Vilkåret er rekna som oppfylt.",
                "Økonomi: vilkåret er oppfylt, jf. kontoutskrifter i saka.",
                "Brukar oppfyller vilkåret om ingen eller svært avgrensa ytingar etter folketrygdlova.",
                "Det er vurdert at vedkomande ikkje har ytingar til livsopphald som er til hinder for program.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet er for personer som ikke har eller har svært begrensede ytelser etter folketrygdloven "
                "eller arbeidsmarkedsloven, jf. sosialtjenesteloven § 29.",
                "Etter rundskrivet vil personer som har rett til arbeidsavklaringspenger, som hovedregel falle "
                "utenfor målgruppen.",
                "Kvalifiseringsstønaden skal sikre inntekt til personer som ellers ville vært avhengige av "
                "økonomisk sosialhjelp.",
                "Det er et vilkår at søker ikke har ytelser til livsopphold, eller at ytelsene er svært begrensede.",
                "I praksis ser kontoret på om søkeren har rett til statlige ytelser som dagpenger, "
                "arbeidsavklaringspenger eller uføretrygd.",
                "Etter forarbeidene er målgruppen personer som er eller står i fare for å bli helt eller i vesentlig "
                "grad avhengige av økonomisk sosialhjelp.",
            ],
            "nn": [
                "Programmet er for personar som ikkje har eller har svært avgrensa ytingar etter folketrygdlova eller "
                "arbeidsmarknadslova, jf. sosialtenestelova § 29.",
                "Etter rundskrivet vil personar som har rett til arbeidsavklaringspengar, som hovudregel falle "
                "utanfor målgruppa.",
                "Kvalifiseringsstønaden skal sikre inntekt til personar som elles ville vore avhengige av økonomisk "
                "sosialhjelp.",
                "Det er eit vilkår at søkjar ikkje har ytingar til livsopphald, eller at ytingane er svært avgrensa.",
                "I praksis ser kontoret på om søkjaren har rett til statlege ytingar som dagpengar, "
                "arbeidsavklaringspengar eller uføretrygd.",
                "Etter førearbeida er målgruppa personar som er eller står i fare for å bli heilt eller i vesentleg "
                "grad avhengige av økonomisk sosialhjelp.",
            ],
        },
        "negated": {
            "nb": [
                "Søkers økonomi er ikke kartlagt ennå. Dokumentasjon er etterspurt.",
                "Inntekt/ytelser: [fyll inn]",
                "Det er ikke kontrollert om du har rett til andre ytelser. Dette blir vurdert senere.",
                "Opplysninger om inntekt og ytelser mangler i saken, og vilkåret er ikke vurdert.",
            ],
            "nn": [
                "Økonomien til søkjar er ikkje kartlagd enno. Dokumentasjon er etterspurd.",
                "Inntekt/ytingar: [fyll inn]",
                "Det er ikkje kontrollert om du har rett til andre ytingar. Dette blir vurdert seinare.",
                "Opplysningar om inntekt og ytingar manglar i saka, og vilkåret er ikkje vurdert.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Søker deltok i {tiltak_nb} i {year}, uten at dette førte til arbeid. Vi mener derfor at du trenger et "
                "mer helhetlig og tett oppfølgingsløp, og at kvalifiseringsprogram er nødvendig og hensiktsmessig.",
                "Ved vurdering av innsatsbehov {note_date} ble det konkludert med at bruker har behov for spesielt "
                "tilpasset innsats. Enkeltstående tiltak vurderes ikke å være nok for deg.",
                "Bruker har hatt {tiltak_nb} tidligere, men tiltaket ble avsluttet etter kort tid fordi oppfølgingen "
                "ikke var tett nok. Et strukturert program på full tid vurderes som riktig tiltak for deg nå.",
                "Søker har ikke fått tilbud om andre arbeidsrettede tiltak som kan dekke behovet for tett oppfølging "
                "over tid. KVP vurderes som nødvendig for at du skal komme nærmere arbeid.",
                "Det ble i samarbeidsmøte {note_date} vurdert om ordinære tiltak som {tiltak_nb} kunne være "
                "tilstrekkelig. Konklusjonen var at søker har behov for et helhetlig program med tett oppfølging, og "
                "at KVP er det mest hensiktsmessige tilbudet.",
                "Innsatsbehov: spesielt tilpasset innsats (vedtak {note_date}). Varig tilpasset innsats er ikke "
                "aktuelt, og vi vurderer at du med riktig oppfølging gjennom programmet kan komme i arbeid.",
                "Søker har vært i {tiltak_nb} to ganger, sist i {year}, begge gangene uten varig effekt. Vi vurderer "
                "at du nå har behov for et mer forpliktende og helhetlig løp.",
                "Vedkommende har ikke tidligere deltatt i arbeidsrettede tiltak. Et kortvarig tiltak vurderes ikke "
                "som tilstrekkelig, da søker trenger fast struktur i hverdagen og oppfølging over tid. KVP er derfor "
                "nødvendig og hensiktsmessig.",
                "Fra journalnotat {note_date}:\nTiltak prøvd: {tiltak_nb}, avbrutt.\nInnsatsbehov: spesielt "
                "tilpasset innsats.\nVurdering: KVP anbefales framfor et nytt enkelttiltak.",
                "Søker har hatt standard oppfølging fra NAV i over to år uten å komme i aktivitet. Vi mener at du nå "
                "trenger den tette oppfølgingen et kvalifiseringsprogram gir.",
                "Søker ønsker selv et program som kan føre til fast jobb, og har vært motivert i samtalene. "
                "Tidligere {tiltak_nb} ga ikke nok progresjon, og programmet vurderes som hensiktsmessig for deg.",
                "Jobbspesialist ble vurdert {note_date}, men er for lite omfattende for bruker, som har behov for "
                "bistand på flere områder samtidig. Vi har derfor kommet til at et kvalifiseringsprogram er det "
                "tiltaket som best kan hjelpe deg.",
            ],
            "nn": [
                "Søkjar deltok i {tiltak_nn} i {year}, utan at dette førte til arbeid. Vi meiner difor at du treng "
                "eit meir heilskapleg og tett oppfølgingsløp, og at kvalifiseringsprogram er naudsynt og "
                "føremålstenleg.",
                "Ved vurdering av innsatsbehov {note_date} vart det konkludert med at brukar har behov for spesielt "
                "tilpassa innsats. Einskilde tiltak blir ikkje vurderte som nok for deg.",
                "Brukar har hatt {tiltak_nn} tidlegare, men tiltaket vart avslutta etter kort tid fordi oppfølginga "
                "ikkje var tett nok. Eit strukturert program på full tid blir vurdert som rett tiltak for deg no.",
                "Søkjar har ikkje fått tilbod om andre arbeidsretta tiltak som kan dekkje behovet for tett oppfølging "
                "over tid. KVP blir vurdert som naudsynt for at du skal kome nærare arbeid.",
                "Det vart i samarbeidsmøte {note_date} vurdert om ordinære tiltak som {tiltak_nn} kunne vere nok. "
                "Konklusjonen var at søkjar har behov for eit heilskapleg program med tett oppfølging, og at KVP er "
                "det mest føremålstenlege tilbodet.",
                "Innsatsbehov: spesielt tilpassa innsats (vedtak {note_date}). Varig tilpassa innsats er ikkje "
                "aktuelt, og vi vurderer at du med rett oppfølging gjennom programmet kan kome i arbeid.",
                "Søkjar har vore i {tiltak_nn} to gonger, sist i {year}, begge gongene utan varig effekt. Vi vurderer "
                "at du no har behov for eit meir forpliktande og heilskapleg løp.",
                "Vedkomande har ikkje tidlegare delteke i arbeidsretta tiltak. Eit kortvarig tiltak blir ikkje "
                "vurdert som nok, sidan søkjar treng fast struktur i kvardagen og oppfølging over tid. KVP er difor "
                "naudsynt og føremålstenleg.",
                "Frå journalnotat {note_date}:\nTiltak prøvd: {tiltak_nn}, avbrote.\nInnsatsbehov: spesielt "
                "tilpassa innsats.\nVurdering: KVP blir tilrådd framfor eit nytt enkelttiltak.",
                "Søkjar har hatt standard oppfølging frå NAV i over to år utan å kome i aktivitet. Vi meiner at du no "
                "treng den tette oppfølginga eit kvalifiseringsprogram gir.",
                "Søkjar ønskjer sjølv eit program som kan føre til fast jobb, og har vore motivert i samtalane. "
                "Tidlegare {tiltak_nn} gav ikkje nok framgang, og programmet blir vurdert som føremålstenleg for deg.",
                "Jobbspesialist vart vurdert {note_date}, men er for lite omfattande for brukar, som har behov for "
                "hjelp på fleire område samstundes. Vi har difor kome til at eit kvalifiseringsprogram er det "
                "tiltaket som best kan hjelpe deg.",
            ],
        },
        "named": {
            "nb": [
                "Programmet vurderes som nødvendig og hensiktsmessig for søker.",
                "Vi har kommet til at kvalifiseringsprogram er et nødvendig og hensiktsmessig tiltak for deg.",
                "Vilkåret om at programmet skal være nødvendig og hensiktsmessig, er oppfylt.",
                "Det vises til vurderingen av innsatsbehov i saken. KVP anses som hensiktsmessig.",
                "Nødvendig og hensiktsmessig: ja.",
                "Etter en helhetsvurdering finner kontoret at bruker vil ha nytte av kvalifiseringsprogram.",
                "KVP er vurdert som rett tiltak, jf. samtale {note_date}.",
            ],
            "nn": [
                "Programmet blir vurdert som naudsynt og føremålstenleg for søkjar.",
                "Vi har kome til at kvalifiseringsprogram er eit naudsynt og føremålstenleg tiltak for deg.",
                "Vilkåret om at programmet skal vere naudsynt og føremålstenleg, er oppfylt.",
                "Det blir vist til vurderinga av innsatsbehov i saka. KVP er rekna som føremålstenleg.",
                "Naudsynt og føremålstenleg: ja.",
                "Etter ei heilskapsvurdering finn kontoret at brukar vil ha nytte av kvalifiseringsprogram.",
                "KVP er vurdert som rett tiltak, jf. samtale {note_date}.",
            ],
        },
        "quoted": {
            "nb": [
                "Kvalifiseringsprogram kan bare gis når programmet er nødvendig og hensiktsmessig for å styrke "
                "deltakerens muligheter for arbeidsdeltakelse, jf. sosialtjenesteloven § 29.",
                "Etter rundskrivet skal det vurderes om andre tiltak kan være mer hensiktsmessige før "
                "kvalifiseringsprogram innvilges.",
                "Programmet er ment for personer med behov for tett og helhetlig oppfølging over tid.",
                "Det er et vilkår at det er konkludert med behov for spesielt tilpasset innsats etter en "
                "arbeidsevnevurdering.",
                "I vurderingen av om programmet er nødvendig og hensiktsmessig, skal det legges vekt på om søkeren "
                "kan komme i arbeid gjennom andre tiltak og tjenester.",
                "Kontorets praksis er at kvalifiseringsprogram brukes når ordinære arbeidsrettede tiltak ikke anses "
                "tilstrekkelige.",
            ],
            "nn": [
                "Kvalifiseringsprogram kan berre givast når programmet er naudsynt og føremålstenleg for å styrkje "
                "moglegheitene deltakaren har for arbeidsdeltaking, jf. sosialtenestelova § 29.",
                "Etter rundskrivet skal det vurderast om andre tiltak kan vere meir føremålstenlege før "
                "kvalifiseringsprogram blir innvilga.",
                "Programmet er meint for personar med behov for tett og heilskapleg oppfølging over tid.",
                "Det er eit vilkår at det er konkludert med behov for spesielt tilpassa innsats etter ei "
                "arbeidsevnevurdering.",
                "I vurderinga av om programmet er naudsynt og føremålstenleg, skal det leggjast vekt på om søkjaren "
                "kan kome i arbeid gjennom andre tiltak og tenester.",
                "Praksis ved kontoret er at kvalifiseringsprogram blir brukt når ordinære arbeidsretta tiltak ikkje "
                "er rekna som tilstrekkelege.",
            ],
        },
        "negated": {
            "nb": [
                "Det er ikke vurdert om andre tiltak kan være aktuelle.",
                "Nødvendighet/hensiktsmessighet: [vurdering mangler]",
                "Vurderingen av om programmet er nødvendig og hensiktsmessig, blir gjort i første evalueringsmøte.",
                "Innsatsbehov er ikke fastsatt ennå, og vilkåret er derfor ikke vurdert.",
            ],
            "nn": [
                "Det er ikkje vurdert om andre tiltak kan vere aktuelle.",
                "Naudsynt/føremålstenleg: [vurdering manglar]",
                "Vurderinga av om programmet er naudsynt og føremålstenleg, blir gjord i første evalueringsmøte.",
                "Innsatsbehov er ikkje fastsett enno, og vilkåret er difor ikkje vurdert.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt skal bestå av arbeidstrening ved {place_nb} tre dager i uka og jobbsøkingskurs to "
                "dager i uka, til sammen {hours} timer.",
                "Det ble laget et utkast til plan sammen med søker i samtale på kontoret. Planen inneholder:\n- arbeidspraksis ved "
                "{place_nb}\n- kurs i jobbsøking og CV-skriving\n- samtale med veileder hver uke",
                "Bruker skal starte med arbeidstrening ved {place_nb}, med mål om praksis i ordinær virksomhet etter "
                "seks måneder. Du skal i tillegg ha oppfølgingssamtaler annenhver uke.",
                "I samtale på NAV-kontoret ble det avtalt at programmet skal inneholde truckførerkurs og praksis på et "
                "lager, {hours} timer per uke.",
                "Innhold i programmet: praksisplass ved {place_nb} (tre dager), datakurs ved voksenopplæringen (to "
                "dager). Samlet {hours} timer i uka.",
                "Søker skal ta fagbrev som helsefagarbeider som praksiskandidat, med praksis på et sykehjem i "
                "kommunen og teoriundervisning én dag i uka.",
                "Programmet er satt sammen av arbeidstrening ved {place_nb}, kurs i grunnleggende data og oppfølging "
                "fra jobbkonsulent. Du skal være i aktivitet {hours} timer i uka.",
                "Fra utkastet til aktivitetsplan:\nMandag–onsdag: arbeidstrening ved {place_nb}.\n"
                "Torsdag: kurs i jobbsøking.\nFredag: samtale med veileder og egenaktivitet.",
                "Vedkommende skal ha praksis i butikk de første {months} månedene; deretter er målet lønnet arbeid "
                "med lønnstilskudd. Du får fast veileder som følger deg opp gjennom hele programmet.",
                "Det er avtalt at du skal delta {hours} timer i uka, fordelt på arbeidspraksis i kantina på et "
                "sykehjem og et kurs i hygiene og matlaging.",
                "Søker skal gjennomføre HMS-kurs og deretter ha praksis på et verft i regionen. Nærmere timeplan "
                "avtales i oppstartsmøtet med deg.",
                "Programmet starter med fire ukers kartlegging av interesser og ferdigheter ved {place_nb}, deretter "
                "arbeidstrening i en ordinær bedrift. Du har selv ønsket å jobbe med kundebehandling, og vi vil "
                "finne praksisplass innen dette.",
            ],
            "nn": [
                "Programmet ditt skal innehalde arbeidstrening ved {place_nn} tre dagar i veka og jobbsøkjarkurs to "
                "dagar i veka, til saman {hours} timar.",
                "Det vart laga eit utkast til plan saman med søkjar i samtale på kontoret. Planen inneheld:\n- arbeidspraksis ved "
                "{place_nn}\n- kurs i jobbsøking og CV-skriving\n- samtale med rettleiar kvar veke",
                "Brukar skal starte med arbeidstrening ved {place_nn}, med mål om praksis i ordinær verksemd etter "
                "seks månader. Du skal i tillegg ha oppfølgingssamtalar annakvar veke.",
                "I samtale på NAV-kontoret vart det avtalt at programmet skal innehalde truckførarkurs og praksis på eit "
                "lager, {hours} timar per veke.",
                "Innhald i programmet: praksisplass ved {place_nn} (tre dagar), datakurs ved vaksenopplæringa (to "
                "dagar). Samla {hours} timar i veka.",
                "Søkjar skal ta fagbrev som helsefagarbeidar som praksiskandidat, med praksis på ein sjukeheim i "
                "kommunen og teoriundervisning éin dag i veka.",
                "Programmet er sett saman av arbeidstrening ved {place_nn}, kurs i grunnleggjande data og oppfølging "
                "frå jobbkonsulent. Du skal vere i aktivitet {hours} timar i veka.",
                "Frå utkastet til aktivitetsplan:\nMåndag–onsdag: arbeidstrening ved {place_nn}.\n"
                "Torsdag: kurs i jobbsøking.\nFredag: samtale med rettleiar og eigenaktivitet.",
                "Vedkomande skal ha praksis i butikk dei første {months} månadene; deretter er målet løna arbeid med "
                "lønstilskot. Du får fast rettleiar som følgjer deg opp gjennom heile programmet.",
                "Det er avtalt at du skal delta {hours} timar i veka, fordelt på arbeidspraksis i kantina på ein "
                "sjukeheim og eit kurs i hygiene og matlaging.",
                "Søkjar skal gjennomføre HMS-kurs og deretter ha praksis på eit verft i regionen. Nærare timeplan "
                "blir avtalt i oppstartsmøtet med deg.",
                "Programmet startar med fire veker kartlegging av interesser og ferdigheiter ved {place_nn}, deretter "
                "arbeidstrening i ei ordinær bedrift. Du har sjølv ønskt å jobbe med kundebehandling, og vi vil "
                "finne praksisplass innan dette.",
            ],
        },
        "named": {
            "nb": [
                "Det er utarbeidet et individuelt tilpasset program for søker.",
                "Kontoret kan tilby deg et program som er tilpasset ditt behov.",
                "Programmet er beskrevet i en egen plan, som du får tilsendt.",
                "Vi viser til programplanen som ble laget i samarbeid med deg.",
                "Et tilpasset program kan tilbys, jf. plan i saken.",
                "Innholdet i programmet følger av vedlagt plan.",
                "Kommunen kan tilby bruker et tilpasset program, og vilkåret er oppfylt.",
            ],
            "nn": [
                "Det er utarbeidd eit individuelt tilpassa program for søkjar.",
                "Kontoret kan tilby deg eit program som er tilpassa behovet ditt.",
                "Programmet er skildra i ein eigen plan, som du får tilsend.",
                "Vi viser til programplanen som vart laga i samarbeid med deg.",
                "Eit tilpassa program kan tilbydast, jf. plan i saka.",
                "Innhaldet i programmet følgjer av vedlagd plan.",
                "Kommunen kan tilby brukar eit tilpassa program, og vilkåret er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet skal være helårlig og på full tid, jf. sosialtjenesteloven § 30.",
                "Programmet kan inneholde arbeidsrettede tiltak, opplæring og andre aktiviteter som kan støtte "
                "overgang til arbeid, jf. forskriften om kvalifiseringsprogram.",
                "Programmet skal være individuelt tilpasset og utarbeides i samarbeid med deltakeren.",
                "Et kvalifiseringsprogram tilsvarer normalt 37,5 timer i uka, men kan også inneholde tid til "
                "behandling og egenaktivitet.",
                "Etter rundskrivet skal programmet bestå av arbeidsrettede aktiviteter, og opplæring kan inngå når "
                "dette er nødvendig for å komme i arbeid.",
                "Det er kontorets praksis at det lages en plan for programmet, og at programmet evalueres jevnlig "
                "sammen med deltakeren.",
            ],
            "nn": [
                "Programmet skal vere heilårleg og på full tid, jf. sosialtenestelova § 30.",
                "Programmet kan innehalde arbeidsretta tiltak, opplæring og andre aktivitetar som kan støtte "
                "overgang til arbeid, jf. forskrifta om kvalifiseringsprogram.",
                "Programmet skal vere individuelt tilpassa og utarbeidast i samarbeid med deltakaren.",
                "Eit kvalifiseringsprogram svarer normalt til 37,5 timar i veka, men kan også innehalde tid til "
                "behandling og eigenaktivitet.",
                "Etter rundskrivet skal programmet bestå av arbeidsretta aktivitetar, og opplæring kan inngå når "
                "dette er naudsynt for å kome i arbeid.",
                "Det er praksis ved kontoret at det blir laga ein plan for programmet, og at programmet blir evaluert "
                "jamleg saman med deltakaren.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke avklart ennå. Planen blir laget etter oppstart.",
                "Program/aktiviteter: [fylles ut etter oppstartsmøtet]",
                "Det er ikke bestemt hvilke aktiviteter programmet skal inneholde.",
                "Program er ikke utarbeidet per d.d.; vurderes i oppstartsmøtet.",
            ],
            "nn": [
                "Innhaldet i programmet er ikkje avklart enno. Planen blir laga etter oppstart.",
                "Program/aktivitetar: [fyllast ut etter oppstartsmøtet]",
                "Det er ikkje bestemt kva aktivitetar programmet skal innehalde.",
                "Program er ikkje utarbeidd per d.d.; blir vurdert i oppstartsmøtet.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Vilkåret om alder", "Yrkesaktiv alder"],
            "nn": ["Alder", "Vilkåret om alder", "Yrkesaktiv alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Vurdering av arbeidsevne", "Nedsatt arbeids- og inntektsevne"],
                     "nn": ["Arbeids- og inntektsevne", "Vurdering av arbeidsevne", "Nedsett arbeids- og inntektsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Inntekt og ytelser", "Økonomi"],
                 "nn": ["Ytingar til livsopphald", "Inntekt og ytingar", "Økonomi"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Behov for kvalifiseringsprogram", "Innsatsbehov og valg av tiltak"],
                  "nn": ["Naudsynt og føremålstenleg", "Behov for kvalifiseringsprogram", "Innsatsbehov og val av tiltak"]},
    "program": {"nb": ["Innhold i programmet", "Programplan", "Tilpasset program"],
                "nn": ["Innhald i programmet", "Programplan", "Tilpassa program"]},
}

FRAME = {
    "nb": {
        "title": ["Vedtak – kvalifiseringsprogram (KVP)", "Vedtak om kvalifiseringsprogram etter sosialtjenesteloven § 29",
                  "Melding om vedtak – kvalifiseringsprogram"],
        "intro": ["Vi viser til søknaden din om kvalifiseringsprogram, registrert hos NAV {office} {date}, og til "
                  "samtalene vi har hatt med deg.",
                  "Søknad om kvalifiseringsprogram ble mottatt {date}. Nedenfor følger vedtaket og utdrag fra "
                  "saksbehandlers notat i saken.",
                  "Saken gjelder søknaden din om kvalifiseringsprogram, datert {date}."],
        "decision": ["Søknaden er innvilget. Du får kvalifiseringsprogram fra {date} til {date2}.",
                     "NAV {office} har innvilget kvalifiseringsprogram for perioden {date}–{date2}.",
                     "Vedtak: Innvilget kvalifiseringsprogram, jf. sosialtjenesteloven § 29. Periode: {date} til {date2}."],
        "general": ["Vilkårene for kvalifiseringsprogram følger av sosialtjenesteloven § 29. Vi har vurdert at du "
                    "oppfyller dem.",
                    "For å få kvalifiseringsprogram må du være i yrkesaktiv alder, ha vesentlig nedsatt arbeids- og "
                    "inntektsevne og ingen eller svært begrensede ytelser til livsopphold. Programmet må være "
                    "nødvendig og hensiktsmessig, og kontoret må kunne tilby et tilpasset program."],
        "reasons_heading": ["Begrunnelse", "Saksopplysninger og vurdering", "Utdrag fra journalnotat"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad under programmet"],
        "money": ["Du får kvalifiseringsstønad på kr {kvp_amount} per år. Stønaden utbetales hver 14. dag og er "
                  "skattepliktig.",
                  "Stønaden er kr {kvp_amount} i året og blir utbetalt etterskuddsvis hver 14. dag. Fravær uten "
                  "gyldig grunn gir trekk i stønaden."],
        "start": ["Programmet starter {date}.",
                  "Første dag i programmet er {date}. Du møter på NAV {office} kl. 09.00."],
        "evaluation": ["Programmet skal evalueres første gang etter tre måneder.",
                       "Vi evaluerer programmet sammen med deg jevnlig, første gang innen tre måneder etter oppstart."],
        "appeal_heading": ["Klagerett", "Du kan klage"],
        "appeal": ["Du kan klage på vedtaket. Fristen er tre uker fra du mottok vedtaket, jf. forvaltningsloven § 29. "
                   "Send klagen til NAV {office}. Hvis vi ikke endrer vedtaket, sender vi klagen til Statsforvalteren "
                   "i Møre og Romsdal.",
                   "Klagefristen er tre uker. Klagen sendes NAV {office}, og Statsforvalteren i Møre og Romsdal er "
                   "klageinstans. Du har rett til å se dokumentene i saken din, jf. forvaltningsloven §§ 18 og 19."],
        "closing": ["Med vennlig hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak – kvalifiseringsprogram (KVP)", "Vedtak om kvalifiseringsprogram etter sosialtenestelova § 29",
                  "Melding om vedtak – kvalifiseringsprogram"],
        "intro": ["Vi viser til søknaden din om kvalifiseringsprogram, registrert hos NAV {office} {date}, og til "
                  "samtalane vi har hatt med deg.",
                  "Søknad om kvalifiseringsprogram kom inn {date}. Nedanfor følgjer vedtaket og utdrag frå notatet "
                  "til sakshandsamaren i saka.",
                  "Saka gjeld søknaden din om kvalifiseringsprogram, datert {date}."],
        "decision": ["Søknaden er innvilga. Du får kvalifiseringsprogram frå {date} til {date2}.",
                     "NAV {office} har innvilga kvalifiseringsprogram for perioden {date}–{date2}.",
                     "Vedtak: Innvilga kvalifiseringsprogram, jf. sosialtenestelova § 29. Periode: {date} til {date2}."],
        "general": ["Vilkåra for kvalifiseringsprogram følgjer av sosialtenestelova § 29. Vi har vurdert at du "
                    "oppfyller dei.",
                    "For å få kvalifiseringsprogram må du vere i yrkesaktiv alder, ha vesentleg nedsett arbeids- og "
                    "inntektsevne og ingen eller svært avgrensa ytingar til livsopphald. Programmet må vere naudsynt "
                    "og føremålstenleg, og kontoret må kunne tilby eit tilpassa program."],
        "reasons_heading": ["Grunngjeving", "Saksopplysningar og vurdering", "Utdrag frå journalnotat"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad under programmet"],
        "money": ["Du får kvalifiseringsstønad på kr {kvp_amount} per år. Stønaden blir utbetalt kvar 14. dag og er "
                  "skattepliktig.",
                  "Stønaden er kr {kvp_amount} i året og blir utbetalt etterskotsvis kvar 14. dag. Fråvær utan gyldig "
                  "grunn gir trekk i stønaden."],
        "start": ["Programmet startar {date}.",
                  "Første dag i programmet er {date}. Du møter på NAV {office} kl. 09.00."],
        "evaluation": ["Programmet skal evaluerast første gong etter tre månader.",
                       "Vi evaluerer programmet saman med deg jamleg, første gong innan tre månader etter oppstart."],
        "appeal_heading": ["Klagerett", "Du kan klage"],
        "appeal": ["Du kan klage på vedtaket. Fristen er tre veker frå du fekk vedtaket, jf. forvaltningslova § 29. "
                   "Send klaga til NAV {office}. Dersom vi ikkje endrar vedtaket, sender vi klaga til "
                   "Statsforvaltaren i Møre og Romsdal.",
                   "Klagefristen er tre veker. Klaga skal sendast til NAV {office}, og Statsforvaltaren i Møre og "
                   "Romsdal er klageinstans. Du har rett til å sjå dokumenta i saka di, jf. forvaltningslova §§ 18 "
                   "og 19."],
        "closing": ["Med venleg helsing", "Venleg helsing"],
    },
}
