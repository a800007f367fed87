"""Held-out phrasing bank «heldout15» (round 13, second independent author) for the grounds benchmark.

Written without reading the decision rule, its vocabulary, its docs or tests, the benchmark, the
committed sample letters or any other phrasing bank. Its register: experienced caseworkers at mid-size
offices in Northern and Central Norway (Bodø, Tromsø, Mo i Rana, Namsos, Levanger) who write long
narrative paragraphs — the person's history told in order (school, jobs, illness, family events), many
subordinate clauses, hedges («det antas», «trolig», «slik vi forstår det»), NAV abbreviations (AAP, UT,
SØS, AEV, nav-loven § 14 a, IPS, KVP), a few typos and dialect words in bokmål and bokmål slips in
nynorsk. The «nei» side leans on warm, confident conclusions without facts, references to what the
applicant wrote without saying what, the rundskriv (Hovednr. 35) paraphrased, and assessments promised
for later. ``FRAME`` is another municipality's template («Vedtak», «Hjemmel», «Vurdering», «Klage»).

Kinds and labels: ``grounds`` → ja; ``named``, ``quoted``, ``negated`` (and ``absent``) → nei.
"""

BANK = "heldout15"

FILLERS = {
    "town": ["Bodø", "Tromsø", "Mo i Rana", "Namsos", "Levanger", "Harstad", "Narvik", "Mosjøen"],
    "diag": ["angst og depresjon", "langvarige rygg- og nakkesmerter", "ADHD og store søvnvansker",
             "PTSD etter det du opplevde i hjemlandet", "fibromyalgi", "sosial angst",
             "en rusavhengighet som du nå får behandling for i TSB"],
    "diag_nn": ["angst og depresjon", "langvarige rygg- og nakkesmerter", "ADHD og store søvnvanskar",
                "PTSD etter det du opplevde i heimlandet", "fibromyalgi", "sosial angst"],
    "job": ["butikkmedarbeider", "lagerarbeider", "renholder", "barnehageassistent", "pleieassistent på sykehjem",
            "sjåfør", "operatør i fiskeindustrien"],
    "job_nn": ["butikkmedarbeidar", "lagerarbeidar", "reinhaldar", "barnehageassistent", "pleieassistent på sjukeheim",
               "sjåfør"],
    "event": ["samlivsbruddet", "at faren din døde brått", "en vanskelig skilsmisse", "at du ble alene med to små barn",
              "brannen i leiligheten"],
    "event_nn": ["samlivsbrotet", "at far din døydde brått", "ei vanskeleg skilsmisse", "at du vart åleine med to små born"],
    "workplace": ["Fretex i Bodø", "en dagligvarebutikk på Stokmarknes", "kommunens driftsavdeling",
                  "et snekkerverksted i Levanger", "Mo Industripark", "bruktbutikken til Kirkens Bymisjon i Tromsø",
                  "et hotell i Namsos"],
    "workplace_nn": ["Fretex", "ein daglegvarebutikk i Namsos", "driftsavdelinga i kommunen",
                     "ein snikkarverkstad i Levanger", "ein gardsbutikk på Inderøy"],
    "activity": ["norskopplæring", "kurs i truckførerbevis", "datakurs (grunnleggende digitale ferdigheter)",
                 "studieforberedende fag på voksenopplæringen", "kurs i kundebehandling", "førerkortopplæring (klasse B)"],
    "activity_nn": ["norskopplæring", "kurs i truckførarbevis", "datakurs", "studieførebuande fag på vaksenopplæringa",
                    "kurs i kundehandsaming"],
    "measure": ["arbeidsrettet oppfølging etter § 14 a", "et AMO-kurs", "jobbklubb", "arbeidstrening gjennom NAV",
                "IPS", "en lønnstilskuddsplass"],
    "measure_nn": ["arbeidsretta oppfølging etter § 14 a", "eit AMO-kurs", "jobbklubb", "arbeidstrening gjennom NAV", "IPS"],
    "goal": ["fast jobb i butikk", "lærlingplass som industrimekaniker", "arbeid innen renhold", "jobb i reiselivet",
             "fagbrev i helsearbeiderfaget", "jobb som sjåfør"],
    "goal_nn": ["fast jobb i butikk", "lærlingplass som industrimekanikar", "arbeid innan reinhald", "jobb i reiselivet",
                "fagbrev i helsearbeidarfaget"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du er født i {birth_year} og er nå {age} år gammel. Du er dermed innenfor den aldersgruppen "
                "programmet er ment for, som etter lovendringen i 2019 begynner ved fylte 18 år.",
                "Du er {age} år.",
                "Slik det går fram av folkeregisteret er du {age} år, født {birth_year}, og du har etter det vi kan se "
                "fortsatt flere år igjen i yrkesaktiv alder.",
                "Da du søkte, var du {age} år gammel. Du er altså verken under 18 år eller i pensjonsalder, "
                "og det er ingenting ved alderen din som tilsier at du ikke kan delta.",
                "Du vokste opp i {town}, gikk grunnskolen der og er i dag {age} år, altså i det som regnes som "
                "yrkesaktiv alder.",
                "Født {birth_year}. Vilkåret om yrkesaktiv alder er dermed oppfylt.",
                "Vi legger til grunn opplysningene i folkeregisteret om at du er {age} år. Det betyr at du er i "
                "yrkesaktiv alder, og alder er ikke til hinder for programmet.",
                "Du er {age} år (født {birth_year}). Loven setter ingen annen aldersgrense enn at en må være i "
                "yrkesaktiv alder, og det er du.",
                "Du fyller {age} år i år, og alderen din ligger, slik vi forstår reglene, godt innenfor det som regnes som "
                "yrkesaktiv alder.",
                "Med {age} år er du over nedre aldersgrense på 18 år og under 67 år, og du er derfor i yrkesaktiv alder.",
                "Alder: {age} år, født {birth_year} – innenfor yrkesaktiv alder.",
                "I og med at du ble født i {birth_year}, er du i dag i yrkesaktiv alder, og vi ser ingen grunn til å vurdere "
                "dette nærmere.",
                "Du er {age} år gammel og har, som vi har forstått det, bodd i {town} det meste av livet; alderen din er "
                "innenfor det programmet er ment for.",
            ],
            "nn": [
                "Du er fødd i {birth_year} og er i dag {age} år. Du er såleis i yrkesaktiv alder.",
                "Du er {age} år gammal, og alderen din er ikke noko hinder for å delta i programmet.",
                "Etter folkeregisteret er du {age} år. Det ligg innanfor aldersgruppa programmet er meint for, frå "
                "fylte 18 år og fram til pensjonsalder.",
                "Fødd {birth_year}. Vilkåret om yrkesaktiv alder er dermed oppfylt.",
                "Du var {age} år då du søkte, og du har framleis fleire år framfor deg i arbeidslivet.",
                "Sidan du er {age} år og over den nedre grensa på 18 år, er du i yrkesaktiv alder.",
                "Du er fødd i {birth_year}, og me ser difor ingen grunn til å vurdere alderen nærmare; du er i yrkesaktiv alder.",
            ],
        },
        "named": {
            "nb": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om alder er oppfylt.",
                "Det er ingen tvil om at du er i målgruppen når det gjelder alder.",
                "Vi har sjekket alderen din opp mot vilkårene i loven, og vi er trygge på at du er innenfor.",
                "Som det går fram av søknaden din, fyller du kravet til alder, og dette har vi ikke funnet grunn til "
                "å gå nærmere inn på.",
                "Når det gjelder alder, anses dette vilkåret for å være oppfylt etter en samlet vurdering av "
                "opplysningene i saken.",
                "Alderskriteriet i § 29 er oppfylt i din sak, slik vi forstår opplysningene vi har fått.",
                "Vi har lagt til grunn at du er i yrkesaktiv alder, og det er ikke noe i saken som tyder på noe annet.",
                "Slik vi forstår regelverket, og etter å ha gått gjennom de opplysningene som ligger i saken din hos oss, "
                "herunder søknaden og det som kom fram i samtalen, er det ingenting som tilsier at alderen din er til "
                "hinder for at du kan delta i programmet.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om alder er oppfylt.",
                "Vi er trygge på at du fyller alderskravet, slik du sjølv har opplyst i søknaden.",
                "Når det gjeld alder, er vilkåret oppfylt etter ei samla vurdering.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 29 første ledd er kvalifiseringsprogrammet for personer i yrkesaktiv "
                "alder. Fra 1. januar 2019 ble nedre aldersgrense senket fra 19 til 18 år.",
                "Rundskrivet til loven (Hovednr. 35) sier at programmet retter seg mot personer i yrkesaktiv alder, "
                "det vil si fra fylte 18 år.",
                "Det følger av loven at deltakerne må være i yrkesaktiv alder. Dette er ett av flere vilkår som alle må "
                "være oppfylt før kvalifiseringsprogram kan innvilges.",
                "Aldersvilkåret i § 29 skal sikre at programmet gis til personer som etter alder kan forventes å stå i "
                "arbeid; det er ikke ment for dem som har nådd pensjonsalder.",
            ],
            "nn": [
                "Etter sosialtenestelova § 29 er programmet for personar i yrkesaktiv alder. Frå 2019 er den nedre "
                "aldersgrensa 18 år.",
                "Rundskrivet (Hovednr. 35) seier at kvalifiseringsprogrammet rettar seg mot personar i yrkesaktiv alder.",
                "Lova set som vilkår at den som søkjer, er i yrkesaktiv alder.",
            ],
        },
        "negated": {
            "nb": [
                "Alder er ikke nærmere vurdert i denne saken.",
                "Vi har ikke fått bekreftet alderen din ennå, og dette vilkåret blir vurdert når opplysningene er på plass.",
                "Vurderingen av aldersvilkåret ettersendes.",
                "Det er ikke gjort noen egen vurdering av om du er i yrkesaktiv alder, da opplysninger om dette "
                "manglet da saken ble behandlet.",
            ],
            "nn": [
                "Alder er ikkje vurdert særskilt i denne saka.",
                "Vurderinga av aldersvilkåret kjem i eit eige brev.",
                "Vi har ikkje fått stadfesta alderen din enno, og vilkåret er difor ikkje vurdert.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Slik vi forstår det, fullførte du ungdomsskolen i {town} og begynte på videregående, men sluttet etter "
                "første året. Du har senere jobbet i perioder som {job}, sist i {year}, før helsa sviktet. Du har "
                "{diag}, og fastlegen skriver i erklæringen av {date} at du i dag ikke tåler full belastning over tid. "
                "I arbeidsevnevurderingen etter nav-loven § 14 a kom vi fram til at du har behov for spesielt tilpasset "
                "innsats, og vi mener derfor at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Du har ikke vært i ordinært arbeid siden {year}. Før det jobbet du {years} år som {job}, men etter "
                "{event} fikk du store problemer med søvn og konsentrasjon, og du ble sykmeldt og har ikke kommet "
                "tilbake. Arbeidsevnevurderingen som ble gjort {date}, viser at du har {diag} og lite arbeidserfaring de "
                "siste årene, og at dette samlet gjør det vanskelig for deg å skaffe og beholde en jobb. Vi vurderer "
                "at arbeids- og inntektsevnen er vesentlig nedsatt.",
                "Du har {diag}, har aldri hatt fast arbeid og har bare fullført grunnskolen. Arbeidsevnen er vurdert "
                "som vesentlig nedsatt (AEV {date}, spesielt tilpasset innsats).",
                "Etter det du fortalte i kartleggingssamtalen, har du hatt {diag} siden ungdomsårene. Du begynte på "
                "videregående i {town}, men sluttet, og har siden bare hatt korte vikariater som {job}; det lengste "
                "arbeidsforholdet varte i {months} måneder. Det antas at helseplagene sammen med manglende utdanning er "
                "hovedgrunnen til at du ikke har kommet inn i arbeidslivet, og vi mener arbeids- og inntektsevnen din "
                "er vesentlig nedsatt.",
                "Du kom til Norge i {year} og har norskkunnskaper på et grunnleggende nivå (A2). Du har skolegang fra "
                "hjemlandet, men ingen utdanning eller arbeidserfaring som er godkjent her, og du har søkt mange jobber "
                "i {town} uten å lykkes. Etter vår vurdering er det særlig språket og mangelen på norsk arbeidserfaring "
                "som gjør at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Legen din har bekreftet at du fortsatt har {diag}. I en arbeidsutprøving i {month} klarte "
                "du i snitt to–tre timer om dagen før du ble utslitt, og du hadde mye fravær. Vi vurderer derfor at "
                "arbeidsevnen din er vesentlig nedsatt.",
                "Arbeidsevnevurdring ble gjort {date}. Den viser at du har ressurser – du er motivert og har erfaring "
                "som {job} – men at helseplagene ({diag}), at du har vært ute av arbeidslivet siden {year} og at du mangler "
                "fagbrev, "
                "til sammen gir store hindringer for å komme i jobb. Konklusjonen var spesielt tilpasset innsats.",
                "Du forteller at du slet på skolen og tidlig begynte å jobbe på fiskebruket heime. Etter en ulykke i "
                "{year} fikk du varige smerter i skulderen og har ikke klart tungt fysisk arbeid siden, og du har ingen "
                "utdanning som gir deg andre muligheter. Etter dette mener vi at både arbeidsevnen og inntektsevnen "
                "din er vesentlig redusert.",
                "Du har vært sykemeldt fra jobben som {job} i lengre perioder siden {year}, og arbeidsforholdet ble "
                "avsluttet i {month}. Behandleren din skriver at du har {diag} og trenger tid og tett "
                "oppfølging for å komme tilbake. Sammen med at du har vært borte fra arbeidslivet lenge, gjør dette at "
                "vi anser arbeidsevnen som vesentlig nedsatt.",
                "Du har i mange år hatt {diag}, trolig siden tenårene, og har aldri vært i arbeid mer enn noen måneder "
                "om gangen. Vi vurderer arbeids- og inntektsevnen din som vesentlig nedsatt.",
                "Arbeidsevnevurderingen (nav-loven § 14 a) ble sluttført {date}. Det viktigste fra den:\n"
                "– helse: {diag}, dokumentert av fastlegen\n"
                "– utdanning: grunnskole og ett år på videregående\n"
                "– arbeid: korte perioder som {job}, ikke i arbeid siden {year}\n"
                "Samlet gir dette en vesentlig nedsatt arbeids- og inntektsevne.",
                "Du flyttet til {town} i {year} etter {event}, og det var da problemene begynte: du mistet jobben som {job}, "
                "slet etter hvert med {diag} og har siden bare klart kortere perioder i arbeid. I AEV-en kom vi sammen med fastlegen fram til "
                "at du trenger spesielt tilpasset innsats, og vi legger derfor til grunn at arbeids- og inntektsevnen din er "
                "vesentlig nedsatt.",
                "Du har {diag} og har ikke vært i jobb siden {year}; arbeidsevnen er derfor vesentlig nedsatt.",
            ],
            "nn": [
                "Du har ikkje vore i arbeid sidan {year}. Før det arbeidde du som {job_nn} i {years} år, men etter "
                "{event_nn} fekk du store vanskar med søvn og konsentrasjon. Arbeidsevnevurderinga frå {date} viser at "
                "du har {diag_nn}, og at dette saman med lang tid utanfor arbeidslivet gjer at arbeids- og inntektsevna "
                "di er vesentleg nedsett.",
                "Du har {diag_nn} og har berre grunnskule. Du har aldri hatt fast arbeid. Arbeidsevna er vurdert som "
                "vesentleg nedsett (AEV {date}, spesielt tilpassa innsats).",
                "Du kom til Noreg i {year} og har framleis avgrensa norskkunnskapar. Utdanninga di frå heimlandet er "
                "ikkje godkjend her, og du har ikkje hatt lønt arbeid i Noreg. Vi meiner difor at arbeids- og "
                "inntektsevna di er vesentleg nedsett.",
                "Slik vi forstår det, slutta du på vidaregåande i {town} og har sidan berre hatt korte vikariat som "
                "{job_nn}. Legen din har stadfesta at du har {diag_nn}, og i arbeidstreninga i {month} klarte du om lag "
                "to timar om dagen. Vi vurderer arbeidsevna di som vesentleg nedsett.",
                "Etter ei ulukke i {year} fekk du varige smerter i ryggen og har ikkje klart fysisk arbeid sidan. Du har "
                "ikkje utdanning som gir deg andre moglegheiter. Arbeids- og inntektsevna di er difor vesentleg redusert.",
                "Du har vore sjukmeld frå jobben som {job_nn} i lengre periodar sidan {year}, og arbeidsforholdet blei "
                "avslutta i {month}. Behandlaren din skriv at du har {diag_nn} og treng tett oppfølging over tid. Vi ser difor "
                "arbeidsevna som vesentleg nedsett.",
                "Du flytta til {town} i {year} etter {event_nn}. Då mista du jobben som {job_nn}, og du har sidan slite "
                "med {diag_nn}. Arbeidsevnevurderinga syner behov for spesielt tilpassa innsats, og vi meiner arbeids- og "
                "inntektsevna di er vesentleg nedsett.",
            ],
        },
        "named": {
            "nb": [
                "Du har vesentlig nedsatt arbeids- og inntektsevne.",
                "Etter en helhetlig vurdering av saken, der vi har sett hen til det du selv har fortalt i samtalene og "
                "det som ellers ligger i mappen din, er vi kommet til at vilkåret om vesentlig nedsatt arbeids- og "
                "inntektsevne er oppfylt.",
                "Vi er trygge på at arbeidsevnen din er vesentlig nedsatt, slik du selv har beskrevet det i søknaden.",
                "Arbeidsevnen vurderes som vesentlig nedsatt, jf. arbeidsevnevurderingen som ligger i saken.",
                "Det er ingen tvil om at du har utfordringer som gjør det vanskelig for deg å komme i arbeid, og "
                "vilkåret anses derfor oppfylt.",
                "NAV {office} har vurdert arbeids- og inntektsevnen din og mener den er vesentlig nedsatt.",
                "Vi kjenner situasjonen din godt, og vi finner det klart at arbeidsevnen din er nedsatt i den grad "
                "loven krever.",
                "Slik vi vurderer det etter de mange samtalene vi har hatt med deg det siste året, er arbeidsevnen din så "
                "nedsatt at du hører inn under målgruppen.",
            ],
            "nn": [
                "Du har vesentleg nedsett arbeids- og inntektsevne.",
                "Etter ei heilskapleg vurdering er vi komne til at vilkåret om vesentleg nedsett arbeids- og "
                "inntektsevne er oppfylt.",
                "Vi er trygge på at arbeidsevna di er vesentleg nedsett, slik du sjølv har skildra det i søknaden.",
                "Arbeidsevna er vurdert som vesentlig nedsett, jf. arbeidsevnevurderinga i saka.",
                "Vi kjenner situasjonen din godt og meiner at arbeidsevna di er nedsett slik lova krev.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår etter sosialtjenesteloven § 29 at søkeren har vesentlig nedsatt arbeids- og "
                "inntektsevne. Før det tas stilling til dette, skal det gjøres en arbeidsevnevurdering etter "
                "nav-loven § 14 a.",
                "Rundskrivet (Hovednr. 35) sier at vurderingen av arbeids- og inntektsevnen skal bygge på en "
                "arbeidsevnevurdering, og at nedsettelsen kan skyldes helse, sosiale forhold, manglende utdanning "
                "eller lite arbeidserfaring, eller flere slike forhold sammen.",
                "Med vesentlig nedsatt arbeids- og inntektsevne menes etter forarbeidene at en person har så store "
                "hindringer at han eller hun trenger tett og samordnet bistand for å komme i arbeid.",
                "Loven krever ikke at den nedsatte arbeidsevnen skyldes sykdom; også sosiale forhold og lang tid "
                "utenfor arbeidslivet kan gi vesentlig nedsatt arbeids- og inntektsevne etter § 29.",
                "Vurderingen skal etter rundskrivet ta utgangspunkt i personens ressurser og hindringer, og det er den "
                "samlede arbeids- og inntektsevnen som skal vurderes, ikke bare helsen.",
            ],
            "nn": [
                "Det er eit vilkår etter sosialtenestelova § 29 at søkjaren har vesentleg nedsett arbeids- og "
                "inntektsevne, og det skal gjerast ei arbeidsevnevurdering etter nav-lova § 14 a.",
                "Etter rundskrivet kan nedsett arbeidsevne skuldast helse, sosiale forhold eller manglande utdanning "
                "og arbeidserfaring.",
                "Lova krev at arbeids- og inntektsevna er vesentleg nedsett.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnevurderingen er ikke ferdigstilt, og vurderingen av dette vilkåret ettersendes.",
                "Vi har ennå ikke mottatt legeerklæringen og har derfor ikke vurdert arbeids- og inntektsevnen din i "
                "denne omgang.",
                "Det er ikke gjort noen arbeidsevnevurdering etter nav-loven § 14 a i saken din. Den skal gjøres i "
                "løpet av de første {months} månedene i programmet.",
                "Arbeids- og inntektsevnen din er ikke nærmere vurdert i dette vedtaket; det kommer vi tilbake til.",
                "Arbeidsevnen er ennå ikke vurdert, men vi regner med at vurderingen blir klar i løpet av {month}.",
            ],
            "nn": [
                "Arbeidsevnevurderinga er ikkje ferdig, og vurderinga av dette vilkåret blir ettersend.",
                "Vi har ikkje fått legeerklæringa enno og har difor ikkje vurdert arbeidsevna di.",
                "Det er ikkje gjort arbeidsevnevurdering i saka di. Det kjem vi tilbake til.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Du har ingen inntekt og har levd av økonomisk sosialhjelp (SØS) fra NAV {office} siden {month} {year}. "
                "Du har ikke rett til dagpenger fordi du ikke har hatt arbeidsinntekt de siste årene, og søknaden om "
                "AAP ble avslått {date}.",
                "Du får i dag bare barnetrygd og bostøtte, om lag {amount} i måneden til sammen, og dette dekker ikke "
                "det du trenger for å leve. Du har ingen andre ytelser og ingen formue.",
                "AAP ble stanset {date} etter at maksperioden var brukt opp. Siden det har du bare hatt sosialhjelp.",
                "Du har jobbet litt ekstra i helgene som {job}, men inntekten har vært lav, i snitt {amount} i måneden "
                "det siste halvåret, og du har ikke hatt andre ytelser enn supplerende sosialhjelp.",
                "Etter opplysningene fra Aa-registeret og Skatteetaten hadde du nesten ingen inntekt i {year}, og du "
                "har ikke rett til verken dagpenger, AAP eller UT. Du er avhengig av sosialhjelp for å klare deg.",
                "Du fikk dagpenger fram til {date}, men dagpengeperioden er nå brukt opp, og du har ikke annen inntekt.",
                "Slik vi forstår det, har du bodd hos foreldrene dine i {town} og fått litt hjelp av dem, men du har "
                "ikke egen inntekt og har ikke tjent opp rett til noen ytelser fra folketrygden.",
                "Du mottar nå økonomisk stønad fra oss, i snitt {amount} per måned, og har ingen andre ytelser til "
                "livsopphold. Søknaden din om AAP ble avslått i {month}.",
                "Du lever av sosialhjelp og har ingen annen inntekt.",
                "Du har hatt sosialhjelp sammenhengende siden {year}, bortsett fra noen uker sommerjobb i {town}. Du har "
                "ikke rett på dagpenger eller andre ytelser fra folketrygden, og du har ingen sparepenger.",
                "Etter samlivsbruddet i {year} har du ikke hatt egen inntekt. Du får barnetrygd og barnebidrag for "
                "ungan, men selv har du levd av sosialhjelp, slik det framgår av utbetalingene våre.",
                "Du søkte om sosialhjelp første gang i {year}, etter at du ble sagt opp fra jobben som {job}. Du hadde ikke "
                "jobbet lenge nok til å få rett til dagpenger, og siden har du levd av SØS og bostøtte. Ut over dette har du "
                "ingen inntekt, og du har ikke penger i banken.",
                "Ektefellen din har ingen inntekt, og husstanden lever av sosialhjelp; selv har du ikke rett på noen "
                "ytelser fra folketrygden.",
            ],
            "nn": [
                "Du har inga inntekt og har levd av økonomisk sosialhjelp frå NAV {office} sidan {month} {year}. Du har "
                "ikkje rett på dagpengar, og søknaden om AAP blei avslegen {date}.",
                "Du får berre barnetrygd og bustøtte, om lag {amount} i månaden. Du har ingen andre ytingar og inga formue.",
                "AAP blei stansa {date}, og sidan har du berre hatt sosialhjelp.",
                "Du har hatt sosialhjelp samanhengande sidan {year}. Du har ikkje rett på dagpengar eller andre "
                "ytingar frå folketrygda.",
                "Du lever av sosialhjelp og har inga anna inntekt.",
                "Du har arbeidd litt i helgane, men inntekta har vore låg, i snitt {amount} i månaden, og du har ikke "
                "hatt andre ytingar enn supplerande sosialhjelp.",
                "Du søkte sosialhjelp første gong i {year}, etter at du vart sagd opp. Du hadde ikkje arbeidd lenge nok til "
                "å få dagpengar, og sidan har du levd av sosialhjelp og bustøtte.",
            ],
        },
        "named": {
            "nb": [
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Vilkåret om at du ikke har andre ytelser, eller bare har svært begrensede ytelser, anses oppfylt.",
                "Når det gjelder økonomien din, er vi trygge på at du ikke har ytelser som gjør at du faller utenfor "
                "programmet.",
                "Som du selv har beskrevet i søknaden, er den økonomiske situasjonen din slik at vilkåret om "
                "begrensede ytelser er oppfylt.",
                "Vi har gått gjennom den økonomiske situasjonen din, og etter en konkret vurdering finner vi at du "
                "fyller vilkåret om ingen eller svært begrensede ytelser til livsopphold.",
                "Det er ingen tvil om at du oppfyller kravet til ytelser i § 29.",
                "Inntektsforholdene dine er avklart, og dette vilkåret er i orden.",
                "Etter å ha sett på opplysningene du har gitt om økonomien din i søknaden og i vedleggene, og etter å "
                "ha drøftet saken i teamet, er vi kommet til at du ikke har ytelser av en slik størrelse at de står i "
                "veien for deltakelse i programmet.",
            ],
            "nn": [
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Vilkåret om avgrensa ytingar er oppfylt.",
                "Som du sjølv har skildra i søknaden, er økonomien din slik at vilkåret er oppfylt.",
                "Vi har gått gjennom økonomien din og mener at vilkåret om ingen eller svært avgrensa ytingar er oppfylt.",
                "Det er ingen tvil om at du fyller kravet til ytingar i § 29.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 29 kan kvalifiseringsprogram gis til personer som ikke har, eller bare har svært begrensede, "
                "ytelser til livsopphold etter folketrygdloven eller arbeidsledighetstrygd.",
                "Rundskrivet (Hovednr. 35) forklarer at programmet først og fremst er for personer som er, eller står i "
                "fare for å bli, langvarig avhengige av økonomisk sosialhjelp. Personer som har rett til "
                "arbeidsavklaringspenger, faller normalt utenfor.",
                "Formålet med vilkåret om ytelser er at programmet skal nå dem som ikke har annen inntektssikring, og "
                "som ellers ville vært avhengige av sosialhjelp over tid.",
                "Kvalifiseringsstønaden skal erstatte sosialhjelp; det er derfor et vilkår at søkeren ikke har, eller "
                "bare har svært begrensede, ytelser fra folketrygden.",
                "Hva som regnes som svært begrensede ytelser, beror etter rundskrivet på en konkret vurdering av ytelsens "
                "størrelse og varighet.",
            ],
            "nn": [
                "Etter § 29 kan programmet givast til personar som ikkje har eller berre har svært avgrensa ytingar "
                "etter folketrygdlova.",
                "Rundskrivet seier at programmet først og fremst er for personar som er eller står i fare for å bli "
                "langvarig avhengige av sosialhjelp.",
                "Vilkåret om ytingar skal sikre at programmet når dei som ikkje har anna inntektssikring.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke undersøkt om du har rett til andre ytelser fra folketrygden; det blir gjort etter oppstart.",
                "Opplysninger om inntekt og ytelser er ikke innhentet ennå, og vilkåret om ytelser vurderes senere.",
                "Den økonomiske situasjonen din er ikke kartlagt, og vurderingen av ytelser ettersendes.",
                "Økonomi er ikke vurdert i denne omgang.",
                "Dokumentasjon på inntekten din mangler, og vi har derfor ikke kunnet ta stilling til om du har andre ytelser.",
            ],
            "nn": [
                "Vi har ikkje undersøkt om du har rett til andre ytingar; det blir gjort seinare.",
                "Opplysningar om inntekt er ikkje henta inn enno, og vilkåret om ytingar blir vurdert seinare.",
                "Vurderinga av ytingar blir ettersend.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Du har prøvd {measure} tidligere, i {year}, men det ga ikke den effekten vi håpet på, og du falt ut "
                "etter noen uker. Vi tror det du trenger nå, er et helhetlig løp med tett oppfølging over tid, og at "
                "kvalifiseringsprogrammet, med fast struktur og en veileder som følger deg hele veien, gir deg den beste "
                "muligheten til å nå målet ditt om {goal}. Programmet vurderes derfor som nødvendig og hensiktsmessig.",
                "Du har vært ute av arbeidslivet siden {year} og har, slik vi forstår det, hatt lite struktur i "
                "hverdagen de siste årene. Enkeltstående tiltak har ikke ført fram. Vi mener du trenger den faste "
                "rammen og den tette oppfølgingen som programmet gir, og at {goal} er et realistisk mål innenfor "
                "programperioden.",
                "Ordinære tiltak ({measure}) har ikke hjulpet deg, og du trenger tett oppfølging for å nå målet om {goal}.",
                "Målet ditt er {goal}. For å komme dit trenger du hjelp på flere områder samtidig – språk, "
                "arbeidserfaring og helse – og enkelttiltak fra NAV hver for seg vil etter vår vurdering ikke være nok; "
                "du trenger ett samlet løp.",
                "Etter {event} for noen år siden har du trukket deg mye tilbake og hatt lite kontakt med andre enn "
                "familien. Du har sagt at du ønsker å komme i jobb, og på den første samtalen i {month} var du tydelig "
                "på at du vil ha noe å stå opp til. Vi tror at et program på full tid, der du får bygge deg opp gradvis "
                "med tett veiledning, er det som skal til for deg, og at det passer bedre enn {measure}, som du "
                "allerede har prøvd.",
                "Du har gått uten noen form for aktivitet siden {year}, og jobbsøkerkurset vi prøvde med deg i {month}, "
                "fullførte du ikke. Det er lite som tyder på at du kommer i arbeid uten en mer omfattende innsats. Gjennom programmet får du en fast veileder og én samlet "
                "plan å jobbe etter. Programmet er derfor både nødvendig og hensiktsmessig for deg.",
                "De korte tiltakene du har vært i siden {year}, har endt med avbrudd, og slik vi forstår det har du "
                "savnet noen som fulgte deg over tid. Vi mener et strukturert løp over tid, med arbeidstrening og "
                "oppfølging fra samme veileder, gir deg bedre sjanser enn nye kortere tiltak. Målet er {goal}.",
                "Vi har vurdert om andre tiltak kan være like godt egnet, for eksempel {measure} alene. Fordi du "
                "trenger hjelp på flere områder samtidig og har hatt mange avbrudd i tidligere tiltak, mener vi at det "
                "er programmet, med sin tette oppfølging og helhetlige plan, som gir deg en reell mulighet til å komme "
                "i arbeid.",
                "Hvorfor vi mener programmet er riktig for deg:\n"
                "– du har hatt flere korte tiltak siden {year} uten at du har kommet i jobb\n"
                "– du trenger noen som følger deg tett over tid, og det ønsker du selv\n"
                "– du har et konkret mål, {goal}, som du kan nå innenfor to år",
                "Det antas at du, med den oppfølgingen programmet gir, kan være klar for {goal} i løpet av "
                "programperioden. Du fikk tilbud om {measure} i {year}, men da var ikke tiden riktig for deg. Nå er du "
                "mer motivert, og vi ser at du trenger et forpliktende løp på full tid.",
                "Programmet er nødvendig fordi du trenger tett og samordnet oppfølging over tid, noe vanlige tiltak "
                "ikke har gitt deg, og hensiktsmessig fordi du selv er motivert og har et realistisk mål om {goal}.",
                "Du har prøvd deg på flere ting: en periode på {measure} og senere et kortere praksisopphold gjennom NAV, "
                "men begge deler stoppet opp. Vi tror det som har manglet, er kontinuitet og at noen har fulgt deg over tid, "
                "og det er nettopp det programmet kan gi. Målet ditt er {goal}, og det mener vi er innen rekkevidde på to år.",
                "Du har allerede vært i {measure} uten resultat og trenger nå et tettere og mer forpliktende løp.",
            ],
            "nn": [
                "Du har prøvd {measure_nn} før, i {year}, men fall ut etter nokre veker. Vi trur du no treng eit "
                "heilskapleg løp med tett oppfølging over tid, og at programmet gir deg den beste moglegheita til å nå "
                "målet om {goal_nn}.",
                "Du har vore ute av arbeidslivet sidan {year} og har hatt lite struktur i kvardagen. Einskilde tiltak "
                "har ikkje ført fram. Vi meiner du treng den faste ramma og den tette oppfølginga som programmet gir.",
                "Vanlege tiltak ({measure_nn}) har ikkje hjelpt deg, og du treng tett oppfølging for å nå målet om "
                "{goal_nn}.",
                "Målet ditt er {goal_nn}. For å kome dit treng du hjelp på fleire område samstundes – språk, "
                "arbeidserfaring og helse – og einskilde tiltak åleine vil ikkje vere nok.",
                "Vi har vurdert om {measure_nn} åleine kunne vore nok. Fordi du treng hjelp på fleire område samstundes "
                "og har hatt mange avbrot i tidlegare tiltak, meiner vi programmet er det som gir deg ein reell sjanse "
                "til arbeid.",
                "Programmet er naudsynt fordi du treng tett og samordna oppfølging over tid, noko vanlege tiltak ikkje "
                "har gitt deg, og føremålstenleg fordi du sjølv er motivert og har eit realistisk mål om {goal_nn}.",
                "Du har alt vore i {measure_nn} utan resultat og treng no eit tettare og meir forpliktande løp.",
            ],
        },
        "named": {
            "nb": [
                "Vi vurderer programmet som nødvendig og hensiktsmessig for deg.",
                "Det er ingen tvil om at du vil ha nytte av kvalifiseringprogrammet.",
                "Vi er trygge på at programmet er det rette tiltaket for deg nå, og at det vil styrke mulighetene dine "
                "for å komme i arbeid.",
                "Ut fra det du selv har beskrevet i søknaden og i samtalene med oss, mener vi at programmet er både "
                "nødvendig og hensiktsmessig.",
                "Etter en konkret og individuell vurdering er NAV {office} kommet til at det er nødvendig og "
                "hensiktsmessig at du får delta i programmet, og vi har stor tro på at dette blir bra for deg.",
                "Kvalifiseringsprogram anses som et hensiktmessig og nødvendig tiltak i din situasjon.",
                "Vi har sett på situasjonen din som helhet og mener at KVP er riktig tiltak.",
                "Vi mener programmet er et godt tilbud for deg, og at det er nettopp dette du trenger nå.",
            ],
            "nn": [
                "Vi vurderer programmet som naudsynt og føremålstenleg for deg.",
                "Det er ingen tvil om at du vil ha nytte av programmet.",
                "Ut frå det du sjølv har skildra i søknaden, meiner vi at programmet er både naudsynt og føremålstenleg.",
                "Vi er trygge på at KVP er rett tiltak for deg no.",
                "Etter ei konkret og individuell vurdering er programmet naudsynt og føremålstenleg for deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 29 må programmet være nødvendig og hensiktsmessig for å styrke søkerens muligheter for "
                "deltakelse i arbeidslivet, og vurderingen skal bygge på arbeidsevnevurderingen.",
                "Rundskrivet (Hovednr. 35) sier at det skal vurderes om andre tiltak fra NAV kan være like godt egnet, "
                "og at programmet er ment for dem som trenger tettere og mer forpliktende oppfølging enn andre tiltak gir.",
                "Vilkåret om at programmet skal være nødvendig og hensiktsmessig innebærer en vurdering av om "
                "programmet vil styrke mulighetene for arbeid, og om det er det tiltaket som passer best.",
                "Loven sier at programmet skal gis når det er nødvendig og hensiktsmessig for å bedre mulighetene for "
                "overgang til arbeid, jf. sosialtjenesteloven § 29.",
                "KVP skal ifølge forarbeidene være et tilbud til dem som trenger et mer helhetlig og tett oppfølgingsløp enn "
                "det ordinære tiltak kan gi.",
            ],
            "nn": [
                "Etter § 29 må programmet vere naudsynt og føremålstenleg for å styrkje moglegheitene for arbeid, og "
                "vurderinga skal byggje på arbeidsevnevurderinga.",
                "Rundskrivet seier at det skal vurderast om andre tiltak kan vere like godt eigna.",
                "Programmet skal givast når det er naudsynt og føremålstenleg for å betre moglegheitene for overgang "
                "til arbeid.",
            ],
        },
        "negated": {
            "nb": [
                "Om programmet er nødvendig og hensiktsmessig, vil bli vurdert nærmere ved første evaluering.",
                "Vurderingen av om programmet er nødvendig og hensiktsmessig er ikke gjort ennå og ettersendes.",
                "Vi har ikke vurdert om andre tiltak kunne vært bedre egnet for deg, siden saken hastet.",
                "Vi har ikke hatt anledning til en grundig vurdering av behovet ditt for programmet; dette tar vi opp i "
                "første oppfølgingssamtale.",
            ],
            "nn": [
                "Om programmet er naudsynt og føremålstenleg, vil bli vurdert ved første evaluering.",
                "Vurderinga av behovet for programmet er ikkje gjort enno og blir ettersend.",
                "Vi har ikkje vurdert om andre tiltak kunne vore betre eigna.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt vil bestå av arbeidstrening hos {workplace} tre dager i uka og {activity} to dager i "
                "uka, til sammen {hours} timer. I tillegg har du faste samtaler med veileder annenhver uke, og det er "
                "satt av tid til behandlingen din innenfor programtiden.",
                "Vi har sammen med deg laget en plan som starter med {activity} de første {months} månedene, før du går "
                "over i arbeidspraksis hos {workplace} med mål om {goal}. Planen er på full tid, {hours} timer i uka.",
                "Ukeplan for programmet:\n"
                "Mandag og tirsdag: arbeidstrening hos {workplace}\n"
                "Onsdag: {activity}\n"
                "Torsdag: veiledning og jobbsøking på NAV {office}\n"
                "Fredag: fysisk aktivitet og egenaktivitet\n"
                "Til sammen {hours} timer i uka.",
                "Programmet er delt i tre faser:\n"
                "Fase 1 ({months} måneder): {activity} og kartlegging i praksis\n"
                "Fase 2: arbeidspraksis hos {workplace}\n"
                "Fase 3: jobbsøking med støtte fra IPS-jobbspesialist, med mål om {goal}",
                "Vi har fått bekreftet fra {workplace} at de kan ta deg inn i praksis fra {date}, og voksenopplæringen "
                "har plass til deg på {activity}. Sammen gir dette et program på {hours} timer i uka som er tilpasset "
                "det du klarer nå.",
                "Du starter med {activity} og arbeidstrening hos {workplace}, {hours} timer i uka.",
                "Fordi du har små unger og ikke får barnehageplass før i {month}, starter programmet med færre timer, "
                "der treningen hos {workplace} legges til formiddagen, og trappes opp til {hours} timer når "
                "barnehageplassen er på plass.",
                "Innholdet i programmet ble avtalt med deg i møtet {date}: {activity}, arbeidspraksis hos {workplace} "
                "og oppfølging hos fastlegen. Vi har lagt vekt på ditt eget ønske om {goal}.",
                "Veilederen din har kontakt med {workplace}, som har erfaring med deltakere i KVP, og du får en fast "
                "kontaktperson der. Resten av uka følger du {activity}. Planen er satt opp slik at du kan fortsette "
                "behandlingen du allerede går i.",
                "Kommunen kan tilby deg et program med {activity} og praksis hos {workplace}, til "
                "sammen {hours} timer per uke, med oppstart {date}.",
                "Programmet er lagt opp etter det du har fortalt om at du fungerer best tidlig på dagen: du er i praksis "
                "hos {workplace} fra kl. 08 til 12 fire dager i uka, og på fredager har du {activity}.",
                "Første del av programmet blir en avklaring hos {workplace} i {months} uker, der du prøver deg i ulike "
                "oppgaver, og deretter {activity} tre dager i uka kombinert med praksis to dager. Til sammen {hours} timer i uka.",
                "Programmet inneholder:\n"
                "– arbeidspraksis hos {workplace}, tre dager i uka\n"
                "– {activity}, én dag i uka\n"
                "– samtaler med veileder og tid til behandling, én dag i uka",
            ],
            "nn": [
                "Programmet ditt vil vere arbeidstrening hos {workplace_nn} tre dagar i veka og {activity_nn} to dagar "
                "i veka, til saman {hours} timar. Du har òg faste samtalar med rettleiaren annakvar veke.",
                "Vi har saman med deg laga ein plan som startar med {activity_nn} dei første {months} månadene, før du "
                "går over i arbeidspraksis hos {workplace_nn}.",
                "Vekeplan:\n"
                "Måndag og tysdag: arbeidstrening hos {workplace_nn}\n"
                "Onsdag: {activity_nn}\n"
                "Torsdag: rettleiing og jobbsøking\n"
                "Fredag: fysisk aktivitet\n"
                "Til saman {hours} timar i veka.",
                "Du startar med {activity_nn} og arbeidstrening hos {workplace_nn}, {hours} timar i veka.",
                "Sidan du har små born og ikkje får barnehageplass før i {month}, startar programmet med færre timar, "
                "og treninga hos {workplace_nn} blir lagt til formiddagen. Timetalet blir trappa opp til {hours} når "
                "barnehageplassen er klar.",
                "Kommunen kan tilby deg eit program med {activity_nn} og praksis hos {workplace_nn}, til saman {hours} "
                "timar per veke, med oppstart {date}.",
                "Programmet inneheld:\n"
                "– arbeidspraksis hos {workplace_nn}, tre dagar i veka\n"
                "– {activity_nn}, éin dag i veka\n"
                "– samtalar med rettleiar, éin dag i veka",
            ],
        },
        "named": {
            "nb": [
                "NAV {office} kan tilby deg et tilpasset program.",
                "Vi har et program som passer for deg.",
                "Vi er trygge på at vi kan gi deg et godt og individuelt tilrettelagt program.",
                "Det er ingen tvil om at kommunen kan tilby et program som er tilpasset dine behov.",
                "Vilkåret om at det kan tilbys et tilpasset program er oppfylt.",
                "Vi har gode tiltak og samarbeidspartnere her i distriktet og kan tilby deg et program tilpasset "
                "behovene dine.",
                "Som du selv har ønsket i søknaden, får du et program som er tilpasset deg.",
                "Vi har laget et program som er tilpasset dine behov og forutsetninger.",
                "Når det gjelder selve programmet, vil det som vanlig hos oss være helårig og på full tid, og vi har, slik "
                "vi ser det, alle muligheter til å sette sammen et løp som passer for deg.",
            ],
            "nn": [
                "NAV {office} kan tilby deg eit tilpassa program.",
                "Vilkåret om at det kan tilbydast eit tilpassa program er oppfylt.",
                "Vi er trygge på at vi kan gi deg eit godt og individuelt tilrettelagt program.",
                "Vi har eit program som passar for deg.",
                "Det er ingen tvil om at kommunen kan tilby eit program som er tilpassa behova dine.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 30 skal programmet være helårig og på full tid, og det skal tilpasses den "
                "enkeltes behov og forutsetninger. Det kan inneholde arbeidsrettede tiltak, opplæring og tid til "
                "behandling.",
                "Rundskrivet (Hovednr. 35) sier at kommunen bare unntaksvis kan avslå en søknad fordi den ikke kan "
                "tilby et program.",
                "Programmet skal inneholde arbeidsrettede tiltak og kan i tillegg inneholde opplæring, "
                "motivasjonstrening og egenaktivitet, jf. forskrift om kvalifiseringsprogram.",
                "Det er et vilkår at NAV-kontoret kan tilby et program som er tilpasset søkerens behov, og programmet "
                "skal utarbeides i samarbeid med deltakeren.",
                "Etter forskriften skal programmet settes sammen av tiltak som kan styrke den enkeltes muligheter for arbeid, "
                "og det skal lages en plan for hvert program.",
            ],
            "nn": [
                "Etter sosialtenestelova § 30 skal programmet vere heilårleg og på full tid og tilpassa behova til den "
                "einskilde.",
                "Rundskrivet seier at kommunen berre unntaksvis kan avslå fordi ho ikkje kan tilby program.",
                "Programmet skal innehalde arbeidsretta tiltak og kan òg innehalde opplæring og tid til behandling.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke fastsatt ennå, og planen blir avtalt med veileder etter oppstart.",
                "Programplanen ettersendes.",
                "Vi har ikke avklart med tiltaksarrangørene hva vi kan tilby deg, og programmet er derfor ikke "
                "beskrevet i dette vedtaket.",
                "Programmet ditt skal utformes i samarbeid med deg i løpet av de første ukene; foreløpig er det ikke "
                "bestemt hva det skal inneholde.",
                "Hva programmet skal inneholde, er ikke avklart ennå; vurderingen ettersendes når vi har hatt møte med "
                "tiltaksarrangøren.",
            ],
            "nn": [
                "Innhaldet i programmet er ikkje fastsett enno og blir avtalt med rettleiar etter oppstart.",
                "Programplanen blir ettersend.",
                "Vi har ikkje avklart kva vi kan tilby deg, så programmet er ikkje skildra i dette vedtaket.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Vilkåret om yrkesaktiv alder", "Yrkesaktiv alder"],
            "nn": ["Alder", "Vilkåret om yrkesaktiv alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Vurdering av arbeidsevnen din",
                            "Vesentlig nedsatt arbeids- og inntektsevne"],
                     "nn": ["Arbeids- og inntektsevne", "Vurdering av arbeidsevna di"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Din økonomi og inntekt", "Inntekt og ytelser"],
                 "nn": ["Ytingar til livsopphald", "Økonomien din"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Behovet ditt for programmet", "Hvorfor KVP"],
                  "nn": ["Naudsynt og føremålstenleg", "Behovet ditt for programmet"]},
    "program": {"nb": ["Programmet", "Innholdet i programmet", "Tilbud om tilpasset program"],
                "nn": ["Programmet", "Innhaldet i programmet"]},
}

# Another municipality's template around the grounds («Vedtak», «Hjemmel», «Vurdering», «Klage»).
FRAME = {
    "nb": {
        "title": ["VEDTAK – kvalifiseringsprogram (KVP)", "Vedtak etter sosialtjenesteloven § 29 – kvalifiseringsprogram",
                  "Melding om vedtak – kvalifiseringsprogram"],
        "intro": ["Vi viser til søknad om kvalifiseringsprogram som kom inn til NAV {office} {date}, og til samtalene du "
                  "har hatt med veilederen din.",
                  "Søknaden din om KVP, datert {date}, er nå ferdig behandlet.",
                  "Det vises til søknad av {date} og til kartleggingen som er gjort i saken."],
        "decision": ["Vedtak: Du innvilges kvalifiseringsprogram fra {date} til {date2}.",
                     "NAV {office} har fattet følgende vedtak: Søknaden om kvalifiseringsprogram innvilges. "
                     "Programperioden er {date}–{date2}.",
                     "Du har fått innvilget KVP med oppstart {date}."],
        "general": ["Hjemmel for vedtaket er lov om sosiale tjenester i NAV (sosialtjenesteloven) §§ 29 og 30 og forskrift "
                    "om kvalifiseringsprogram og kvalifiseringsstønad.",
                    "Vedtaket er fattet etter sosialtjenesteloven § 29. Bestemmelsen setter vilkår om alder, arbeids- og "
                    "inntektsevne, ytelser til livsopphold og at programmet er nødvendig og hensiktsmessig.",
                    "Ut fra en samlet vurdering finner NAV {office} at du fyller inngangsvilkårene for programmet."],
        "reasons_heading": ["Vurdering", "NAVs vurdering", "Vurdering og konklusjon"],
        "money_heading": ["Kvalifiseringsstønad", "Økonomi i programperioden", "Stønad"],
        "money": ["Mens du deltar i programmet, får du kvalifiseringsstønad på kr {kvp_amount} per år før skatt. Stønaden "
                  "utbetales hver 14. dag etterskuddsvis på grunnlag av timelister.",
                  "Kvalifiseringsstønaden utgjør kr {kvp_amount} i året. Det trekkes skatt av stønaden, og fravær uten "
                  "gyldig grunn gir trekk."],
        "start": ["Første dag i programmet er {date}.", "Programmet starter {date}, og vedtaket gjelder til {date2}."],
        "evaluation": ["Det blir evalueringsmøte med veileder minst hver tredje måned.",
                       "Planen evalueres jevnlig, første gang etter tre måneder."],
        "appeal_heading": ["Klage", "Klagerett og innsyn", "Hvis du er uenig"],
        "appeal": ["Er du uenig i vedtaket, kan du klage. Fristen er tre uker fra du fikk dette brevet. Send klagen til "
                   "NAV {office}; gir vi deg ikke medhold, sender vi saken videre til Statsforvalteren.",
                   "Du kan klage innen tre uker, jf. forvaltningsloven §§ 28 og 29. Klagen må være skriftlig og "
                   "underskrevet. Du har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19."],
        "closing": ["Med hilsen", "Hilsen", "Med vennlig hilsen"],
    },
    "nn": {
        "title": ["VEDTAK – kvalifiseringsprogram (KVP)", "Vedtak etter sosialtenestelova § 29 – kvalifiseringsprogram"],
        "intro": ["Vi viser til søknad om kvalifiseringsprogram som kom inn til NAV {office} {date}, og til samtalane du "
                  "har hatt med rettleiaren din.",
                  "Søknaden din om KVP, datert {date}, er no ferdig handsama."],
        "decision": ["Vedtak: Du får innvilga kvalifiseringsprogram frå {date} til {date2}.",
                     "NAV {office} har gjort dette vedtaket: Søknaden om kvalifiseringsprogram blir innvilga. "
                     "Programperioden er {date}–{date2}."],
        "general": ["Heimel for vedtaket er lov om sosiale tenester i NAV (sosialtenestelova) §§ 29 og 30 og forskrift "
                    "om kvalifiseringsprogram og kvalifiseringsstønad.",
                    "Vedtaket er gjort etter sosialtenestelova § 29. Føresegna set vilkår om alder, arbeids- og "
                    "inntektsevne, ytingar til livsopphald og at programmet er naudsynt og føremålstenleg."],
        "reasons_heading": ["Vurdering", "NAV si vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Økonomi i programperioden"],
        "money": ["Medan du deltek i programmet, får du kvalifiseringsstønad på kr {kvp_amount} per år før skatt. "
                  "Stønaden blir utbetalt kvar 14. dag etterskotsvis etter timelister.",
                  "Kvalifiseringsstønaden er kr {kvp_amount} i året. Det blir trekt skatt av stønaden."],
        "start": ["Første dag i programmet er {date}.", "Programmet startar {date}, og vedtaket gjeld til {date2}."],
        "evaluation": ["Det blir evalueringsmøte med rettleiar minst kvar tredje månad."],
        "appeal_heading": ["Klage", "Klagerett og innsyn"],
        "appeal": ["Er du ueinig i vedtaket, kan du klage. Fristen er tre veker frå du fekk brevet. Send klaga til "
                   "NAV {office}; får du ikkje medhald, sender vi saka vidare til Statsforvaltaren.",
                   "Du kan klage innan tre veker, jf. forvaltningslova §§ 28 og 29. Du har rett til å sjå dokumenta i saka."],
        "closing": ["Med helsing", "Venleg helsing"],
    },
}
