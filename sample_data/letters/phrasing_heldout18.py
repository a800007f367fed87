"""Held-out phrasing bank ``heldout18`` (round 15, issue 19): data only.

Written by the bank18 lane without reading the rule (audit/grounds/), docs/grounds.md, the benchmark,
its tests, any other phrasing bank or the committed sample letters. What was read: the brief, COMMON.md,
sample_data/letters/__init__.py (the generator and its default FRAME) and tests/test_architecture.py.

Register: an inter-municipal NAV office in Trøndelag (Orkland, Melhus, Oppdal, Stjørdal, Verdal) whose
KVP letters are written by trained social workers in a person-centred, narrative style: what the person
told us in their own words, their goals and wishes, the network around them, a warm «vi»-voice. Bokmål
with the odd trøndersk slip (æ, ho, itj, mye), nynorsk letters from the same office (default weights).
The office has its own template (``FRAME``): «Vi har snakket sammen», a short decision, «Hvorfor vi har
sagt ja», money, start and follow-up, and the appeal.

Kinds and labels: ``grounds`` (the letter says why the criterion is met for this person: age or birth
year, the history of work and health, the income and benefits with amounts, the work ability assessment
and what it rests on, the content of the programme) → ``ja``; ``named`` (a warm but empty conclusion),
``quoted`` (the law or the rundskriv in legal or plain words), ``negated`` (not assessed, not documented,
left for later) and ``absent`` → ``nei``.
"""

BANK = "heldout18"
LANG_WEIGHTS = (0.75, 0.25)

FILLERS = {
    "kommune": ["Orkland", "Melhus", "Oppdal", "Stjørdal", "Verdal", "Skaun", "Midtre Gauldal"],
    "sted": ["Orkanger", "Melhus", "Oppdal", "Stjørdal", "Verdalsøra", "Støren", "Børsa", "Hommelvik"],
    "diagnose": ["angst og depresjon", "kroniske ryggsmerter", "ADHD", "en langvarig depresjon",
                 "tidligere rusproblemer", "PTSD etter en ulykke", "sosial angst"],
    "diagnose_nn": ["angst og depresjon", "kroniske ryggsmerter", "ADHD", "ein langvarig depresjon",
                    "tidlegare rusproblem", "PTSD etter ei ulukke", "sosial angst"],
    "jobb": ["butikkmedarbeider", "lagerarbeider", "assistent i barnehage", "renholder", "sjåfør",
             "kokk", "fiskeforedling på Hitra"],
    "jobb_nn": ["butikkmedarbeidar", "lagerarbeidar", "assistent i barnehage", "reinhaldar", "sjåfør",
                "kokk", "fiskeforedling på Hitra"],
    "nettverk": ["mora si", "søstera si", "en god venn fra skoletida", "onkelen på gården", "kjæresten",
                 "ei nabodame"],
    "nettverk_nn": ["mora si", "syster si", "ein god ven frå skuletida", "onkelen på garden", "kjærasten",
                    "ei nabokone"],
    "drom": ["jobbe med dyr", "få fast jobb i butikk", "ta fagbrev som kokk", "kjøre buss",
             "jobbe på lager igjen", "bli helsefagarbeider"],
    "drom_nn": ["arbeide med dyr", "få fast jobb i butikk", "ta fagbrev som kokk", "køyre buss",
                "arbeide på lager att", "bli helsefagarbeidar"],
    "kurs": ["norskopplæring", "arbeidstrening i Fretex", "kurs i arbeidsmetodikk", "truckførerkurs",
             "praksis i kommunens kantine", "Jobbklubb", "oppfølging fra IPS-jobbspesialist"],
    "kurs_nn": ["norskopplæring", "arbeidstrening i Fretex", "kurs i arbeidsmetodikk", "truckførarkurs",
                "praksis i kantina til kommunen", "Jobbklubb", "oppfølging frå IPS-jobbspesialist"],
    "ytelse": ["arbeidsavklaringspenger", "dagpenger", "sykepenger"],
    "ytelse_nn": ["arbeidsavklaringspengar", "dagpengar", "sjukepengar"],
    "behandler": ["fastlegen", "DPS Orkdal", "psykologen ved DPS Stjørdal", "kommunepsykologen",
                  "rustjenesten i kommunen"],
    "behandler_nn": ["fastlegen", "DPS Orkdal", "psykologen ved DPS Stjørdal", "kommunepsykologen",
                     "rustenesta i kommunen"],
    "veileder": ["Kari", "Ola", "Marit", "Jon Arne", "Ingrid"],
}

_AGE_NB_G = [
    "Du er {age} år og er dermed i yrkesaktiv alder.",
    "Du er født i {birth_year}, og er i yrkesaktiv alder.",
    "Du fortalte at du fyller {age} år i {month}. Du er altså godt innenfor yrkesaktiv alder.",
    "Alder: {age} år (født {birth_year}).",
    "Søker er {age} år gammel og er i yrkesaktiv alder.",
    "Vedkommende er født {birth_year} og er {age} år, og oppfyller vilkåret om yrkesaktiv alder.",
    "Du er {age} år. Du sa sjøl at «æ e for ung til å gå hjemme», og du har mange arbeidsår foran deg.",
    "Han er {age} år og har mange år igjen i arbeidslivet.",
    "Hun er {age} år (f. {birth_year}). Alderskravet er oppfylt.",
    "Du er {age} år, og har lang tid igjen før pensjonsalder.",
    "Når det gjelder alder, er du født i {birth_year} og er nå {age} år.",
    "Yrkesaktiv alder: ja, {age} år.",
    "Du er {age} år gammel, og er verken under 18 eller over 67 år.",
    "Med dine {age} år er du i yrkesaktiv alder.",
    "Du er født {birth_year}. Du er derfor i yrkesaktiv alder slik loven krever.",
]
_AGE_NN_G = [
    "Du er {age} år og er difor i yrkesaktiv alder.",
    "Du er fødd i {birth_year} og er i yrkesaktiv alder.",
    "Alder: {age} år (fødd {birth_year}).",
    "Søkjar er {age} år gamal og er i yrkesaktiv alder.",
    "Du fortalde at du fyller {age} år i {month}, og du er såleis i yrkesaktiv alder.",
    "Ho er {age} år og har mange år att i arbeidslivet.",
    "Du er {age} år, og det er lenge til pensjonsalder.",
    "Med dine {age} år er du i yrkesaktiv alder.",
    "Du er fødd {birth_year}. Vilkåret om alder er difor oppfylt.",
    "Han er {age} år (f. {birth_year}), og alderskravet er oppfylt.",
]
_AGE_NB_N = [
    "Du er i yrkesaktiv alder.",
    "Vi har sett at du er i yrkesaktiv alder.",
    "Søker er i yrkesaktiv alder, og vilkåret er oppfylt.",
    "Alderskravet er oppfylt.",
    "Vilkåret om yrkesaktiv alder er oppfylt, jf. opplysningene i saken.",
]
_AGE_NN_N = [
    "Du er i yrkesaktiv alder.",
    "Vilkåret om alder er oppfylt.",
    "Søkjar er i yrkesaktiv alder, jf. opplysningane i saka.",
    "Alderskravet er oppfylt.",
]
_AGE_NB_Q = [
    "Kvalifiseringsprogram kan gis til personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29.",
    "Etter loven må man være i yrkesaktiv alder for å få kvalifiseringsprogram. I rundskrivet er dette forstått som "
    "mellom 18 og 67 år.",
    "Programmet er for dem som er i arbeidsfør alder, altså mellom 18 og 67 år.",
    "Det er et vilkår at søker er i yrkesaktiv alder (sosialtjenesteloven § 29 første ledd).",
]
_AGE_NN_Q = [
    "Kvalifiseringsprogram kan bli gitt til personar i yrkesaktiv alder, jf. sosialtenestelova § 29.",
    "Programmet er for dei som er mellom 18 og 67 år, det vil seie i yrkesaktiv alder.",
    "Etter lova må ein vere i yrkesaktiv alder for å få kvalifiseringsprogram.",
]
_AGE_NB_X = [
    "Alder er ikke vurdert særskilt i denne saken.",
    "Vi har ikke gått gjennom vilkåret om alder ennå.",
    "Alder: ikke vurdert.",
]
_AGE_NN_X = [
    "Alder er ikkje vurdert særskilt i denne saka.",
    "Vi har ikkje sett på vilkåret om alder enno.",
    "Alder: ikkje vurdert.",
]

_WA_NB_G = [
    "Du fortalte oss at du har hatt {diagnose} i mange år, og at du ikke har klart å stå i jobb siden {year}. "
    "Du var {jobb}, men måtte slutte. Det er bekreftet av {behandler} at du har redusert funksjon. Vi vurderer derfor at "
    "arbeids- og inntektsevnen din er vesentlig nedsatt.",
    "Du har vært ute av arbeidslivet i {years} år. Du sa det sånn: «Æ har lyst, men kroppen vil itj.» Du har "
    "{diagnose}, og har ikke hatt inntekt fra arbeid siden {year}. Arbeidsevnen din er vesentlig nedsatt.",
    "I arbeidsevnevurderingen av {date} kom vi fram til at du har behov for spesielt tilpasset innsats. Du har "
    "{diagnose} og kort arbeidserfaring, bare noen måneder som {jobb}. Arbeids- og inntektsevnen er vesentlig nedsatt.",
    "Søker har ikke fullført videregående skole og har bare hatt korte vikariater som {jobb}. Han/hun har i tillegg "
    "{diagnose}. Vi mener dette til sammen gjør at arbeidsevnen er vesentlig nedsatt.",
    "Arbeidsevne:\n- Helse: {diagnose}, følges opp av {behandler}\n- Arbeidserfaring: {jobb}, sist i {year}\n"
    "- Utdanning: ungdomsskole\nVi vurderer at arbeids- og inntektsevnen er vesentlig nedsatt.",
    "Du har ikke vært i jobb siden {year}, da du sluttet som {jobb}. Etterpå har du slitt med {diagnose}. Du fortalte "
    "at du er redd for å møte folk, og at dagene blir lange. Dette gjør at du i dag har vesentlig nedsatt arbeids- "
    "og inntektsevne.",
    "Vi har snakket mye om hva som har skjedd de siste årene. Du mistet jobben som {jobb} i {year}, og har siden hatt "
    "{diagnose}. Du har søkt mange jobber uten å komme til intervju. Arbeidsevnen din er etter vår vurdering "
    "vesentlig nedsatt.",
    "I erklæring datert {date} skriver {behandler} at du har {diagnose} og ikke kan jobbe fullt nå. Sammen med at "
    "du har lite arbeidserfaring, mener vi at inntektsevnen din er vesentlig nedsatt.",
    "Hun har aldri hatt fast arbeid. Hun har korte perioder som {jobb}, og hun har {diagnose}. Vi har i "
    "arbeidsevnevurderingen {date} konkludert med vesentlig nedsatt arbeidsevne.",
    "Du har vært sykmeldt og deretter ute av arbeid siden {year}. Du sier sjøl at du ikke klarer mer enn noen "
    "timer om dagen på grunn av {diagnose}. Vi vurderer at arbeids- og inntektsevnen er vesentlig nedsatt.",
    "Du kom til Norge i {year} og har lite norsk og ingen arbeidserfaring her i landet. Du har i tillegg {diagnose}. "
    "Det gjør at du har vesentlig nedsatt arbeids- og inntektsevne.",
    "Arbeidsevnevurdering ({date}): Behov for spesielt tilpasset innsats. Grunnlag: {diagnose}, avbrutt skolegang, "
    "ingen inntekt fra arbeid de siste {years} år.",
    "Han sa at han har «prøvd og prøvd» å få jobb som {jobb}, men at han ikke har klart å holde på en jobb lenger enn "
    "noen uker siden {year}. Han har {diagnose}. Arbeidsevnen hans er vesentlig nedsat.",
    "Du har hatt et avbrudd fra arbeidslivet på {years} år, og du forteller om {diagnose}. Du har ingen "
    "utdanning utover grunnskolen. Vi mener derfor du har vesentlig nedsatt arbeids- og inntektsevne.",
    "Det er gjort en arbeidsevnevurdering {date}. Den viser at du har ressurser, blant annet erfaring som {jobb}, "
    "men at {diagnose} og lang tid utenfor arbeid siden {year} hindrer deg i å få jobb. Arbeidsevnen er vesentlig "
    "nedsatt.",
]
_WA_NN_G = [
    "Du fortalde at du har hatt {diagnose_nn} i mange år, og at du ikkje har klart å stå i jobb sidan {year}. Du var "
    "{jobb_nn}, men måtte slutte. Vi vurderer difor at arbeids- og inntektsevna di er vesentleg nedsett.",
    "I arbeidsevnevurderinga av {date} kom vi fram til at du treng spesielt tilpassa innsats. Du har {diagnose_nn} og "
    "kort arbeidserfaring. Arbeids- og inntektsevna er vesentleg nedsett.",
    "Du har vore ute av arbeidslivet i {years} år. Du sa: «Eg vil så gjerne, men det går ikkje.» Du har {diagnose_nn}. "
    "Arbeidsevna di er vesentleg nedsett.",
    "Arbeidsevne:\n- Helse: {diagnose_nn}, følgt opp av {behandler_nn}\n- Arbeidserfaring: {jobb_nn}, sist i {year}\n"
    "Vi vurderer at arbeids- og inntektsevna er vesentleg nedsett.",
    "I erklæring datert {date} skriv {behandler_nn} at du har {diagnose_nn} og ikkje kan arbeide fullt no. Saman med lite "
    "arbeidserfaring gjer dette at inntektsevna di er vesentleg nedsett.",
    "Ho har aldri hatt fast arbeid, berre korte periodar som {jobb_nn}, og ho har {diagnose_nn}. Arbeidsevna er vesentleg "
    "nedsett.",
    "Du har ikkje hatt inntekt frå arbeid sidan {year}. Du har {diagnose_nn} og inga utdanning etter grunnskulen. "
    "Difor meiner vi at arbeids- og inntektsevna di er vesentleg nedsett.",
    "Han kom til Noreg i {year}, har lite norsk og inga arbeidserfaring her. Han har òg {diagnose_nn}. Arbeidsevna hans "
    "er vesentleg nedsett.",
    "Arbeidsevnevurdering ({date}): Behov for spesielt tilpassa innsats. Grunnlag: {diagnose_nn}, ingen arbeid dei "
    "siste {years} åra.",
    "Du mista jobben som {jobb_nn} i {year}, og sidan har du hatt {diagnose_nn}. Arbeidsevna di er etter vår vurdering "
    "vesentleg nedsett.",
]
_WA_NB_N = [
    "Du har vesentlig nedsatt arbeids- og inntektsevne.",
    "Etter en samlet vurdering av opplysningene i saken mener vi at arbeidsevnen din er vesentlig nedsatt.",
    "Vi har vurdert arbeidsevnen din og kommet fram til at den er vesentlig nedsatt.",
    "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne er oppfylt.",
    "Vi kjenner deg godt etter mange samtaler, og vi er trygge på at du har vesentlig nedsatt arbeidsevne.",
]
_WA_NN_N = [
    "Du har vesentleg nedsett arbeids- og inntektsevne.",
    "Etter ei samla vurdering av opplysningane i saka meiner vi at arbeidsevna di er vesentleg nedsett.",
    "Vilkåret om vesentleg nedsett arbeids- og inntektsevne er oppfylt.",
    "Vi har vurdert arbeidsevna di, og ho er vesentleg nedsett.",
]
_WA_NB_Q = [
    "Det er et vilkår at søker har vesentlig nedsatt arbeids- og inntektsevne, jf. sosialtjenesteloven § 29.",
    "Etter rundskrivet skal nedsatt arbeidsevne forstås vidt. Både helse, sosiale forhold og manglende "
    "kvalifikasjoner kan gi nedsatt arbeidsevne.",
    "Loven sier at den som får program må ha mye lavere evne til å jobbe og tjene penger enn andre. Det skal "
    "vurderes i en arbeidsevnevurdering, jf. NAV-loven § 14 a.",
    "Kravet om vesentlig nedsatt arbeids- og inntektsevne innebærer at søker må ha særlige behov for bistand for å "
    "komme i arbeid.",
]
_WA_NN_Q = [
    "Det er eit vilkår at søkjar har vesentleg nedsett arbeids- og inntektsevne, jf. sosialtenestelova § 29.",
    "Etter rundskrivet skal nedsett arbeidsevne forståast vidt: helse, sosiale forhold og mangel på kvalifikasjonar "
    "kan alle spele inn.",
    "Lova krev at arbeidsevna skal vurderast etter NAV-lova § 14 a.",
]
_WA_NB_X = [
    "Det er ikke gjort en arbeidsevnevurdering ennå. Dette skal gjøres i løpet av de første ukene.",
    "Arbeidsevnen din er ikke vurdert. Vi kommer tilbake til dette.",
    "Vi har ikke fått dokumentasjon fra lege, så arbeidsevnen er foreløpig ikke vurdert.",
]
_WA_NN_X = [
    "Det er ikkje gjort ei arbeidsevnevurdering enno. Dette skal gjerast i løpet av dei første vekene.",
    "Arbeidsevna di er ikkje vurdert. Vi kjem tilbake til dette.",
    "Vi har ikkje fått dokumentasjon frå lege, så arbeidsevna er førebels ikkje vurdert.",
]

_BEN_NB_G = [
    "Du har i dag ingen inntekt og lever av økonomisk sosialhjelp. Du har ikke rett til {ytelse}, fordi du ikke har "
    "hatt inntekt de siste årene.",
    "Du fikk {ytelse} fram til {date}, og har ikke hatt noen annen ytelse etter det. Du har nå bare sosialhjelp å "
    "leve av.",
    "Du fortalte at du har {amount} i måneden i bostøtte, og at det er alt du har. Du har ikke rett til {ytelse}. "
    "Du har svært begrensede ytelser til livsopphold.",
    "Økonomi:\n- Inntekt: ingen\n- Bostøtte: {amount} per måned\n- Økonomisk sosialhjelp siden {year}\n"
    "Du har altså svært begrensede ytelser.",
    "Søker har vært avhengig av økonomisk sosialhjelp siden {year}. Han/hun har ikke opparbeidet rett til "
    "{ytelse} eller andre trygdeytelser.",
    "Du har brukt opp retten til {ytelse}, som du fikk til {date}. Du har ingen inntekt nå utover sosialhjelp.",
    "Du sa at «det e bare sosialen som hjælpe mæ nå». Det stemmer med det vi ser: du har ingen ytelser fra folketrygden "
    "og ingen arbeidsinntekt.",
    "Hun har ingen inntekt. Hun har fått avslag på søknad om {ytelse} {date}, og lever i dag av sosialhjelp fra "
    "NAV.",
    "Han har en liten deltidsjobb som gir rundt {amount} i måneden, og får sosialhjelp i tillegg. Han har ikke rett "
    "til {ytelse}. Dette er svært begrensede ytelser til livsopphold.",
    "Du har hatt sosialhjelp som hovdinntekt i {years} år. Du har ingen rett til {ytelse}, og ingen andre "
    "ytelser til livsopphold.",
    "Inntekt: Økonomisk sosialhjelp, om lag {amount} per måned. Ingen trygdeytelser. Vilkåret er oppfylt.",
    "Du fikk stans i {ytelse} {date} da maksimal periode var brukt opp. Etter det har du levd av sosialhjelp og litt hjelp "
    "fra {nettverk}.",
    "Du bor sammen med {nettverk} i {sted} og har ingen egen inntekt. Søknaden om {ytelse} ble avslått {date}, og du "
    "har fått sosialhjelp hver måned siden.",
    "Ytelser: ingen. Siste arbeidsinntekt var i {year}. Sosialhjelp til livsopphold fra NAV siden da.",
    "Han har hatt sosialhjelp i perioder siden {year}, nå sammenhengende i {months} måneder. Han har ikke rett til "
    "{ytelse} fordi han ikke har tjent nok de siste tre årene.",
]
_BEN_NN_G = [
    "Du har i dag inga inntekt og lever av økonomisk sosialhjelp. Du har ikkje rett til {ytelse_nn}, fordi du ikkje har "
    "hatt inntekt dei siste åra.",
    "Du fekk {ytelse_nn} fram til {date}, og har ikkje hatt noka anna yting etter det.",
    "Økonomi:\n- Inntekt: inga\n- Bustøtte: {amount} per månad\n- Økonomisk sosialhjelp sidan {year}\nDu har altså "
    "svært avgrensa ytingar.",
    "Søkjar har vore avhengig av økonomisk sosialhjelp sidan {year} og har ikkje rett til {ytelse_nn}.",
    "Ho har fått avslag på søknad om {ytelse_nn} {date}, og lever i dag av sosialhjelp.",
    "Du har hatt sosialhjelp som hovudinntekt i {years} år, og har ingen andre ytingar til livsopphald.",
    "Inntekt: Økonomisk sosialhjelp, om lag {amount} per månad. Ingen trygdeytingar.",
    "Du fekk stans i {ytelse_nn} {date} då makstida var brukt opp. Sidan har du levd av sosialhjelp.",
    "Han har hatt sosialhjelp i periodar sidan {year}, no samanhengande i {months} månader, og har ikkje rett til {ytelse_nn}.",
]
_BEN_NB_N = [
    "Du har ingen eller svært begrensede ytelser til livsopphold.",
    "Vi har sett på økonomien din, og vilkåret om begrensede ytelser er oppfylt.",
    "Ut fra opplysningene i saken har du svært begrensede ytelser.",
    "Vilkåret om ingen eller svært begrensede ytelser til livsopphold anses oppfylt.",
    "Søker har ikke andre ytelser som dekker livsopphold.",
]
_BEN_NN_N = [
    "Du har ingen eller svært avgrensa ytingar til livsopphald.",
    "Ut frå opplysningane i saka har du svært avgrensa ytingar.",
    "Vilkåret om ingen eller svært avgrensa ytingar er oppfylt.",
    "Vi har sett på økonomien din, og vilkåret er oppfylt.",
]
_BEN_NB_Q = [
    "For å få kvalifiseringsprogram må man ha ingen eller svært begrensede ytelser til livsopphold etter "
    "folketrygdloven eller arbeidsmarkedsloven.",
    "Etter rundskrivet er programmet ment for dem som ellers ville vært avhengige av økonomisk sosialhjelp over tid.",
    "Loven sier at du ikke kan ha andre ytelser som dekker det du trenger å leve av, jf. sosialtjenesteloven § 29.",
    "Ytelser fra folketrygden går foran kvalifiseringsstønad.",
]
_BEN_NN_Q = [
    "For å få kvalifiseringsprogram må ein ha ingen eller svært avgrensa ytingar til livsopphald etter folketrygdlova "
    "eller arbeidsmarknadslova.",
    "Etter rundskrivet er programmet meint for dei som elles ville vore avhengige av sosialhjelp over tid.",
    "Ytingar frå folketrygda går føre kvalifiseringsstønad.",
]
_BEN_NB_X = [
    "Vi har ikke fått oversikt over inntektene dine ennå, og dette vilkåret er derfor ikke vurdert.",
    "Det er ikke avklart om du har rett til andre ytelser. Det undersøker vi videre.",
    "Økonomi: ikke kartlagt.",
]
_BEN_NN_X = [
    "Vi har ikkje fått oversikt over inntektene dine enno, og vilkåret er difor ikkje vurdert.",
    "Det er ikkje avklart om du har rett til andre ytingar. Det undersøkjer vi vidare.",
    "Økonomi: ikkje kartlagt.",
]

_NEC_NB_G = [
    "Du sa til oss at du drømmer om å {drom}. Du har prøvd {kurs} tidligere, men det ble for lite oppfølging. Vi tror "
    "at tett oppfølging i et helt år er det som skal til, og at vanlige tiltak ikke er nok. Programmet er derfor "
    "nødvendig og hensiktsmessig for deg.",
    "Du har hatt flere korte tiltak siden {year} uten at du har kommet i jobb. Du har god støtte i {nettverk}, "
    "som vil hjelpe deg. Med et helhetlig program og fast veileder mener vi du har gode "
    "muligheter til å {drom}. Programmet er nødvendig og hensiktsmessig.",
    "Arbeidsevnevurderingen viser at du trenger tett og koordinert oppfølging. Målet ditt er å {drom}. Andre tiltak har "
    "vært prøvd uten resultat, og vi mener et kvalifiseringsprogram er riktig for å komme dit.",
    "Vi har snakket om hva som er viktig for deg. Du sa: «Æ vil ha en grunn til å stå opp om morran.» Du har "
    "motivasjon, og {behandler} mener du er klar for et program. Vi vurderer at programmet er nødvendig og "
    "hensiktsmessig for at du skal kunne {drom}.",
    "Hvorfor program og ikke andre tiltak:\n- Du har prøvd {kurs} alene uten å komme videre\n- Du trenger hjelp med "
    "både helse, bolig og arbeid samtidig\n- Du er motivert og har et tydelig mål: {drom}",
    "Søker har vært avhengig av sosialhjelp i {years} år, og tidligere tiltak har ikke ført fram. Han/hun har likevel "
    "ressurser og er motivert. Et program med tett oppfølging vurderes som nødvendig og hensiktsmessig.",
    "Hun har et godt nettverk rundt seg, særlig {nettverk}, og hun har selv sagt at hun vil {drom}. Vi ser at hun "
    "trenger mer enn vanlig oppfølging for å komme dit, og mener programmet er nødvendig og hensiktsmessig.",
    "Du fortalte at du har vært mye alene etter at du flyttet til {sted}. Du har {diagnose}, og trenger struktur i "
    "hverdagen. Et helårig program med faste aktiviteter vil gi deg det, og bedre mulighetene dine for arbeid.",
    "Vi har vurdert om andre tiltak kunne vært nok. Du var på {kurs} i {year}, men falt ut etter noen uker fordi du "
    "ikke hadde noen å snakke med underveis. Derfor mener vi at programmet med fast veileder er nødvendig.",
    "Han har lite arbeidserfaring og behov for både språkopplæring og arbeidstrening. Han ønsker å {drom}. Vi mener "
    "et program som kombinerer dette er nødvendig og hensiktsmessig, og at han kan nå målet innen programperioden.",
    "Du har mange ressurser: du er god med folk, og {nettverk} stiller opp for deg. Samtidig har du vært ute av jobb i "
    "{years} år. Vi tror et program kan bygge bro tilbake til arbeid, og vurderer det som nødvendig og hensiktsmessig.",
    "Vurdering: Ordinære arbeidsrettede tiltak har vært prøvd siden {year} uten at søker har kommet nærmere arbeid. "
    "Søker trenger tett og samordnet bistand. Programmet er nødvendig og hensiktsmessig.",
    "Du har vært i kontakt med NAV i mange år, mest for å få sosialhjelp. Nå sier du at du er «lei av å vente på at "
    "noe ska skje», og du har selv foreslått {kurs}. Vi mener programmet er riktig tiltak nå, fordi du trenger "
    "både struktur og en plan over tid for å nå målet om å {drom}.",
    "Du har {diagnose} og har hatt vansker med å møte opp på tiltak tidligere. Hos {behandler} mener de at fast "
    "struktur i hverdagen vil være bra for deg. Vi tror derfor programmet er det beste for deg nå.",
    "Han var på arbeidstrening i {year}, og det gikk bra så lenge han hadde tett oppfølging. Da oppfølgingen sluttet, "
    "falt han ut. Et kvalifiseringsprogram gir den tette oppfølgingen over et helt år, og er derfor nødvendig.",
]
_NEC_NN_G = [
    "Du sa til oss at du draumer om å {drom_nn}. Du har prøvd {kurs_nn} før, men det vart for lite oppfølging. Vi trur "
    "tett oppfølging i eit heilt år er det som skal til. Programmet er difor naudsynt og føremålstenleg.",
    "Du har hatt fleire korte tiltak sidan {year} utan å kome i arbeid. Du har god støtte i {nettverk_nn}. "
    "Med eit heilskapleg program og fast rettleiar meiner vi du kan {drom_nn}.",
    "Arbeidsevnevurderinga viser at du treng tett og samordna oppfølging. Målet ditt er å {drom_nn}. Andre tiltak har "
    "vore prøvde utan resultat, og programmet er difor naudsynt.",
    "Kvifor program og ikkje andre tiltak:\n- Du har prøvd {kurs_nn} åleine utan å kome vidare\n- Du treng hjelp med "
    "både helse, bustad og arbeid\n- Du er motivert og har eit tydeleg mål: {drom_nn}",
    "Ho har eit godt nettverk, særleg {nettverk_nn}, og ho har sjølv sagt at ho vil {drom_nn}. Ho treng meir enn vanleg "
    "oppfølging for å kome dit, og programmet er naudsynt og føremålstenleg.",
    "Du fortalde at du har vore mykje åleine sidan du flytta til {sted}. Du har {diagnose_nn}, og treng struktur i "
    "kvardagen. Eit heilårleg program vil gje deg det.",
    "Vurdering: Ordinære arbeidsretta tiltak har vore prøvde sidan {year} utan at søkjar har kome nærare arbeid. "
    "Programmet er naudsynt og føremålstenleg.",
    "Han har lite arbeidserfaring og treng både språkopplæring og arbeidstrening. Han ønskjer å {drom_nn}. Eit program "
    "som kombinerer dette er naudsynt og føremålstenleg.",
    "Han var på arbeidstrening i {year}, og det gjekk bra så lenge han hadde tett oppfølging. Då oppfølginga slutta, "
    "fall han ut. Programmet gjev slik oppfølging eit heilt år, og er difor naudsynt.",
]
_NEC_NB_N = [
    "Vi mener kvalifiseringsprogram er nødvendig og hensiktsmessig for deg.",
    "Programmet vurderes som nødvendig og hensiktsmessig for å styrke søkers muligheter for arbeid.",
    "Etter en helhetsvurdering er program det rette tiltaket.",
    "Vi har tro på deg, og mener programmet vil være til god hjelp på veien mot arbeid.",
    "Vi har lagt vekt på det du har fortalt oss, og vurderer at programmet er riktig for deg nå.",
    "Kvalifiseringsprogram er nødvendig og hensiktsmessig for å bedre dine muligheter for deltakelse i arbeidslivet.",
]
_NEC_NN_N = [
    "Vi meiner kvalifiseringsprogram er naudsynt og føremålstenleg for deg.",
    "Etter ei heilskapsvurdering er program det rette tiltaket.",
    "Vi har tru på deg, og meiner programmet vil vere til god hjelp på vegen mot arbeid.",
    "Programmet er naudsynt og føremålstenleg for å styrkje moglegheitene dine for arbeid.",
]
_NEC_NB_Q = [
    "Det er et vilkår at programmet er nødvendig og hensiktsmessig for å styrke søkerens muligheter for "
    "deltakelse i arbeidslivet, jf. sosialtjenesteloven § 29.",
    "Etter rundskrivet skal det vurderes om andre tiltak er bedre egnet, og om søker kan ha nytte av et program.",
    "Programmet skal bare gis når det trengs for å komme i arbeid, og når det er egnet til det. Dette avgjøres ut fra "
    "en arbeidsevnevurdering.",
    "Kommunen skal vurdere om kvalifiseringsprogram er nødvendig og hensiktsmessig.",
]
_NEC_NN_Q = [
    "Det er eit vilkår at programmet er naudsynt og føremålstenleg for å styrkje moglegheitene søkjaren har for "
    "deltaking i arbeidslivet, jf. sosialtenestelova § 29.",
    "Etter rundskrivet skal det vurderast om andre tiltak er betre eigna.",
    "Programmet skal berre bli gitt når det trengst for å kome i arbeid, og når det er eigna til det.",
]
_NEC_NB_X = [
    "Om programmet er nødvendig og hensiktsmessig, vil vi vurdere nærmere når arbeidsevnevurderingen er ferdig.",
    "Vi har ikke vurdert andre tiltak opp mot programmet.",
    "Nødvendig og hensiktsmessig: ikke vurdert på vedtakstidspunktet.",
]
_NEC_NN_X = [
    "Om programmet er naudsynt og føremålstenleg, vil vi vurdere nærare når arbeidsevnevurderinga er ferdig.",
    "Vi har ikkje vurdert andre tiltak opp mot programmet.",
    "Naudsynt og føremålstenleg: ikkje vurdert då vedtaket vart gjort.",
]

_PRO_NB_G = [
    "Programmet ditt blir satt sammen av:\n- {kurs}, tre dager i uka\n- samtaler med {behandler} annenhver uke\n"
    "- jobbsøking med veileder på fredager\nTil sammen {hours} timer i uka.",
    "Vi har sammen laget en plan der du starter med {kurs} i {sted}. Etter hvert skal du ut i praksis som {jobb}. "
    "Programmet er på {hours} timer i uka.",
    "Vi kan tilby deg et program med {kurs} og arbeidspraksis hos en arbeidsgiver i {sted}. Dette er tilpasset "
    "at du vil {drom}, og tar hensyn til {diagnose}.",
    "Programmet: {kurs} de første {months} månedene, deretter arbeidspraksis. Oppfølging fra {behandler} inngår som "
    "en del av programmet.",
    "Du sa at du helst vil starte rolig. Derfor begynner vi med {kurs} noen timer i uka, og øker gradvis til {hours} "
    "timer. Veileder {veileder} følger deg opp hver uke.",
    "Innholdet i programmet er {kurs}, trening to ganger i uka og behandling hos {behandler}. Vi har fått tilbud om "
    "plass fra {date}.",
    "Tilpasset program: Ja. Innhold: {kurs} og praksis i {sted}. Omfang: {hours} timer per uke.",
    "Vi har plass til deg på {kurs} fra {date}. I tillegg får du hjelp fra en jobbspesialist til å finne praksisplass "
    "som {jobb}.",
    "Programmet er lagt opp slik at du kan fortsette hos {behandler}. Du skal også delta på {kurs}, og etter {months} "
    "måneder ser vi på praksisplass i {sted}.",
    "Planen for programmet er laget sammen med deg og {nettverk}: {kurs} i starten, så praksis i {sted} med mål om å "
    "{drom}.",
    "Hun skal delta på {kurs} og ha praksis i {sted}, til sammen {hours} timer i uka. Dette er avtalt med "
    "tiltaksarrangør.",
    "Aktiviteter i programmet:\n1. {kurs}\n2. Arbeidspraksis som {jobb}\n3. Samtaler med veileder {veileder} hver uke",
    "Du ønsket å være nær {nettverk}, så vi har funnet praksisplass i {sted}, der du bor. Programmet starter med "
    "{kurs} og har {hours} timer i uka.",
    "Programplan: uke 1–4 kartlegging og {kurs}; deretter praksis som {jobb}; fra måned {months} jobbsøking med "
    "veileder {veileder}.",
    "Han skal ha {kurs} på formiddagen og praksis som {jobb} på ettermiddagen. Vi har tatt hensyn til at han har "
    "{diagnose}, og starter med færre timer.",
]
_PRO_NN_G = [
    "Programmet ditt blir sett saman av:\n- {kurs_nn}, tre dagar i veka\n- samtalar med {behandler_nn} annakvar veke\n"
    "Til saman {hours} timar i veka.",
    "Vi har saman laga ein plan der du startar med {kurs_nn} i {sted}, og seinare praksis som {jobb_nn}. Programmet er "
    "på {hours} timar i veka.",
    "Vi kan tilby deg eit program med {kurs_nn} og arbeidspraksis i {sted}. Dette er tilpassa at du vil "
    "{drom_nn}.",
    "Programmet: {kurs_nn} dei første {months} månadene, deretter arbeidspraksis.",
    "Du sa at du helst vil starte roleg. Difor byrjar vi med {kurs_nn} nokre timar i veka og aukar til {hours} timar.",
    "Tilpassa program: Ja. Innhald: {kurs_nn} og praksis i {sted}. Omfang: {hours} timar per veke.",
    "Aktivitetar i programmet:\n1. {kurs_nn}\n2. Arbeidspraksis som {jobb_nn}\n3. Samtalar med rettleiar {veileder} "
    "kvar veke",
    "Vi har plass til deg på {kurs_nn} frå {date}. I tillegg får du hjelp til å finne praksisplass som {jobb_nn}.",
    "Programplan: veke 1–4 kartlegging og {kurs_nn}; deretter praksis som {jobb_nn}; frå månad {months} jobbsøking med "
    "rettleiar {veileder}.",
]
_PRO_NB_N = [
    "Vi kan tilby deg et tilpasset program.",
    "Vi har et tilpasset program til deg.",
    "Det er mulig å tilby et program som passer for deg.",
    "Vilkåret om at kommunen kan tilby et tilpasset program er oppfylt.",
    "Vi vil lage et program som er tilpasset dine behov og ønsker.",
    "Programmet blir satt sammen av aktiviteter som passer for deg, i samarbeid med deg.",
]
_PRO_NN_N = [
    "Vi kan tilby deg eit tilpassa program.",
    "Det er mogleg å tilby eit program som passar for deg.",
    "Vilkåret om at kommunen kan tilby eit tilpassa program er oppfylt.",
    "Vi vil lage eit program som er tilpassa dine behov og ønske.",
]
_PRO_NB_Q = [
    "Kommunen må kunne tilby et program som er tilpasset søkerens behov og forutsetninger, jf. sosialtjenesteloven "
    "§ 29 og § 30.",
    "Programmet skal være helårig og på full tid, og kan inneholde arbeidsrettede tiltak, opplæring og "
    "motivasjonstrening (sosialtjenesteloven § 30).",
    "Et program skal lages ut fra den enkeltes behov og mål, står det i rundskrivet.",
    "Det er et vilkår at det kan tilbys et tilpasset program.",
]
_PRO_NN_Q = [
    "Kommunen må kunne tilby eit program som er tilpassa behova og føresetnadene til søkjaren, jf. sosialtenestelova "
    "§ 29 og § 30.",
    "Programmet skal vere heilårleg og på full tid (sosialtenestelova § 30).",
    "Det er eit vilkår at det kan bli tilbode eit tilpassa program.",
]
_PRO_NB_X = [
    "Innholdet i programmet er ikke bestemt ennå. Det lager vi sammen etter oppstart.",
    "Vi har itj avklart hvilke tiltak som kan tilbys ennå. Plan kommer senere.",
    "Programinnhold: ikke fastsatt.",
]
_PRO_NN_X = [
    "Innhaldet i programmet er ikkje bestemt enno. Det lagar vi saman etter oppstart.",
    "Vi har ikkje avklart kva tiltak som kan bli tilbodne. Plan kjem seinare.",
    "Programinnhald: ikkje fastsett.",
]

CRITERIA = {
    "age": {"grounds": {"nb": _AGE_NB_G, "nn": _AGE_NN_G}, "named": {"nb": _AGE_NB_N, "nn": _AGE_NN_N},
            "quoted": {"nb": _AGE_NB_Q, "nn": _AGE_NN_Q}, "negated": {"nb": _AGE_NB_X, "nn": _AGE_NN_X}},
    "work_ability": {"grounds": {"nb": _WA_NB_G, "nn": _WA_NN_G}, "named": {"nb": _WA_NB_N, "nn": _WA_NN_N},
                     "quoted": {"nb": _WA_NB_Q, "nn": _WA_NN_Q}, "negated": {"nb": _WA_NB_X, "nn": _WA_NN_X}},
    "benefits": {"grounds": {"nb": _BEN_NB_G, "nn": _BEN_NN_G}, "named": {"nb": _BEN_NB_N, "nn": _BEN_NN_N},
                 "quoted": {"nb": _BEN_NB_Q, "nn": _BEN_NN_Q}, "negated": {"nb": _BEN_NB_X, "nn": _BEN_NN_X}},
    "necessity": {"grounds": {"nb": _NEC_NB_G, "nn": _NEC_NN_G}, "named": {"nb": _NEC_NB_N, "nn": _NEC_NN_N},
                  "quoted": {"nb": _NEC_NB_Q, "nn": _NEC_NN_Q}, "negated": {"nb": _NEC_NB_X, "nn": _NEC_NN_X}},
    "program": {"grounds": {"nb": _PRO_NB_G, "nn": _PRO_NN_G}, "named": {"nb": _PRO_NB_N, "nn": _PRO_NN_N},
                "quoted": {"nb": _PRO_NB_Q, "nn": _PRO_NN_Q}, "negated": {"nb": _PRO_NB_X, "nn": _PRO_NN_X}},
}

HEADINGS = {
    "age": {"nb": ["Alder", "Yrkesaktiv alder", "Om alder"], "nn": ["Alder", "Yrkesaktiv alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Din arbeidsevne", "Om helse og arbeid"],
                     "nn": ["Arbeids- og inntektsevne", "Arbeidsevna di"]},
    "benefits": {"nb": ["Økonomi", "Ytelser til livsopphold", "Om økonomien din"],
                 "nn": ["Økonomi", "Ytingar til livsopphald"]},
    "necessity": {"nb": ["Hvorfor kvalifiseringsprogram?", "Nødvendig og hensiktsmessig", "Mål og ønsker"],
                  "nn": ["Kvifor kvalifiseringsprogram?", "Naudsynt og føremålstenleg"]},
    "program": {"nb": ["Ditt program", "Innhold i programmet", "Tilpasset program"],
                "nn": ["Programmet ditt", "Innhald i programmet"]},
}

FRAME = {
    "nb": {
        "title": ["Vedtak – kvalifiseringsprogram", "Du får kvalifiseringsprogram"],
        "intro": ["Takk for samtalene vi har hatt i høst. Du søkte om kvalifiseringsprogram {date}.",
                  "Vi har snakket sammen flere ganger, og du søkte om kvalifiseringsprogram {date}.",
                  "Vi viser til søknaden din av {date} og samtalen vi hadde på kontoret i {sted}.",
                  "Du søkte {date} om kvalifiseringsprogram hos det interkommunale NAV-kontoret. {kommune} er din "
                  "bostedskommune."],
        "decision": ["Vi har gleden av å fortelle at NAV {office} har innvilget søknaden din.",
                     "Du får kvalifiseringsprogram fra {date} til {date2}.",
                     "Søknaden er innvilget."],
        "general": ["Vi mener at du oppfyller vilkårene i sosialtjenesteloven § 29.",
                    "For å få kvalifiseringsprogram må alle vilkårene i sosialtjenesteloven § 29 være oppfylt. "
                    "Det er de i din sak."],
        "reasons_heading": ["Hvorfor vi har sagt ja", "Vår vurdering"],
        "money_heading": ["Penger mens du er i program", "Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad på kr {kvp_amount} i året. Den betales ut hver måned, og det trekkes skatt.",
                  "Stønaden er {kvp_amount} kroner per år, utbetalt månedlig. Fravær uten gyldig grunn gir trekk."],
        "start": ["Du starter {date}. Vi setter opp et første møte med deg og veilederen din.",
                  "Oppstart er {date}, og programmet varer i ett år."],
        "evaluation": ["Vi går gjennom planen sammen hver tredje måned og justerer den om det trengs."],
        "appeal_heading": ["Hvis du er uenig", "Klage"],
        "appeal": ["Er du uenig i vedtaket, kan du klage innen tre uker fra du fikk brevet. Send klagen til oss, så "
                   "sender vi den videre til Statsforvalteren i Trøndelag hvis vi ikke gir deg medhold.",
                   "Du kan klage innen tre uker, jf. forvaltningsloven § 29. Ring oss gjerne hvis du trenger hjelp."],
        "closing": ["Vennlig hilsen", "Med hilsen"],
    },
    "nn": {
        "title": ["Vedtak – kvalifiseringsprogram", "Du får kvalifiseringsprogram"],
        "intro": ["Takk for samtalane vi har hatt i haust. Du søkte om kvalifiseringsprogram {date}.",
                  "Vi viser til søknaden din av {date} og samtalen vi hadde på kontoret i {sted}."],
        "decision": ["Vi har gleda av å fortelje at NAV {office} har innvilga søknaden din.",
                     "Du får kvalifiseringsprogram frå {date} til {date2}."],
        "general": ["Vi meiner at du oppfyller vilkåra i sosialtenestelova § 29.",
                    "For å få kvalifiseringsprogram må alle vilkåra i sosialtenestelova § 29 vere oppfylte. "
                    "Det er dei i di sak."],
        "reasons_heading": ["Kvifor vi har sagt ja", "Vurderinga vår"],
        "money_heading": ["Pengar medan du er i program", "Kvalifiseringsstønad"],
        "money": ["Du får kvalifiseringsstønad på kr {kvp_amount} i året. Han blir utbetalt kvar månad, og det blir "
                  "trekt skatt."],
        "start": ["Du startar {date}. Vi set opp eit første møte med deg og rettleiaren din.",
                  "Oppstart er {date}, og programmet varer i eitt år."],
        "evaluation": ["Vi går gjennom planen saman kvar tredje månad og justerer han om det trengst."],
        "appeal_heading": ["Om du er usamd", "Klage"],
        "appeal": ["Er du usamd i vedtaket, kan du klage innan tre veker frå du fekk brevet. Send klaga til oss, så "
                   "sender vi henne vidare til Statsforvaltaren i Trøndelag om vi ikkje gjev deg medhald."],
        "closing": ["Venleg helsing", "Med helsing"],
    },
}
