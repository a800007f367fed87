"""Phrasing bank ``heldout31``: new decisions after a complaint from a Vestfold office (round 20's held-out bank).

Written by an independent author (the bank31 lane) under the rules of issue #19: the author never opened the
rule (``audit/grounds/``), its documentation, its benchmark or tests, the committed sample letters or any other
phrasing bank, and never ran ``grounds`` on anything. The labels rest on the author's reading of each phrasing
alone.

Register: a NAV office in Vestfold (Tønsberg, Sandefjord, Larvik, Horten, Holmestrand, Færder) that has looked at
a case again after the user complained about a refusal (omgjøring etter klage / ny behandling) and now grants
kvalifiseringsprogram. The letter says what the first decision said and what the office now finds, criterion by
criterion («I vedtaket av … la vi til grunn at …. Etter klagen har vi sett på saken på nytt.»), refers to the
complaint and to documents received after it («legeerklæring mottatt etter klagen»), contrasts then and now
(«Tidligere …, nå …»), and speaks as «vi» to «du». Bokmål and nynorsk 7 to 3.

Kinds and labels (each phrasing holds facts of its own criterion only):
- ``grounds`` (ja): a fact about the person for this criterion, often new since the first decision;
- ``named`` (nei): only that the criterion is (now) met, or a reference to documents without what they show;
- ``quoted`` (nei): the law, the regulation, the circular or general practice, no fact about the person;
- ``negated`` (nei): the criterion was not looked at again, is still not documented, will be assessed later,
  or a template field left unfilled.
The FRAME is the office's own after-complaint frame and holds no fact about the person.
"""

BANK = "heldout31"
LANG_WEIGHTS = (7, 3)

FILLERS = {
    "office": ["Tønsberg", "Sandefjord", "Larvik", "Horten", "Holmestrand", "Færder"],
    "first_nb": ["det opprinnelige vedtaket", "det første vedtaket", "avslaget", "vedtaket vårt", "det påklagede vedtaket"],
    "first_nn": ["det opphavlege vedtaket", "det første vedtaket", "avslaget", "vedtaket vårt", "det påklaga vedtaket"],
    "diag_nb": ["en alvorlig depresjon", "en angstlidelse", "kroniske smerter i rygg og nakke", "PTSD",
                "en rusavhengighet som nå er under behandling", "ADHD", "epilepsi"],
    "diag_nn": ["ein alvorleg depresjon", "ei angstliding", "kroniske smerter i rygg og nakke", "PTSD",
                "ei rusavhengnad som no er under behandling", "ADHD", "epilepsi"],
    "job_nb": ["på et lager", "i renhold", "i en butikk", "i en kantine", "på et verksted", "i et gartneri"],
    "job_nn": ["på eit lager", "i reinhald", "i ein butikk", "i ei kantine", "på ein verkstad", "i eit gartneri"],
}

_F = "{first_nb}"
_G = "{first_nn}"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du er født i {birth_year} og er {age} år.",
                "I " + _F + " sto det ikke noe om alderen din. Du er {age} år, og alderskravet er derfor oppfylt.",
                "Tidligere var fødselsåret ditt registrert feil hos oss. Nå er dette rettet: du er født i {birth_year}.",
                "Etter klagen har vi kontrollert opplysningene i folkeregisteret. Du er {age} år gammel.",
                "Du fylte {age} år i år og er godt innenfor aldersgrensene for programmet.",
                "Vi har lagt til grunn at du er {age} år. Det har du ikke hatt innvendinger mot i klagen.",
                "Alder: {age} år (født {birth_year}).",
                "Med fødselsår {birth_year} er du i yrkesaktiv alder.",
                "Du var {age} år da du søkte, og du er fortsatt innenfor aldersgrensen.",
                "I " + _F + " la vi til grunn at du er i yrkesaktiv alder. Det står vi ved: du er {age} år.",
                "Som {age}-åring er du i den alderen programmet er ment for.",
                "Ettersom du er født i {birth_year}, oppfyller du vilkåret om alder.",
            ],
            "nn": [
                "Du er fødd i {birth_year} og er {age} år.",
                "I " + _G + " stod det ikkje noko om alderen din. Du er {age} år, og alderskravet er difor oppfylt.",
                "Tidlegare var fødselsåret ditt registrert feil hos oss. No er dette retta: du er fødd i {birth_year}.",
                "Etter klaga har vi kontrollert opplysningane i folkeregisteret. Du er {age} år gammal.",
                "Du fylte {age} år i år og er godt innanfor aldersgrensene for programmet.",
                "Vi har lagt til grunn at du er {age} år. Det har du ikkje hatt innvendingar mot i klaga.",
                "Alder: {age} år (fødd {birth_year}).",
                "Med fødselsår {birth_year} er du i yrkesaktiv alder.",
                "Du var {age} år då du søkte, og du er framleis innanfor aldersgrensa.",
                "I " + _G + " la vi til grunn at du er i yrkesaktiv alder. Det står vi ved: du er {age} år.",
                "Som {age}-åring er du i den alderen programmet er meint for.",
                "Sidan du er fødd i {birth_year}, oppfyller du vilkåret om alder.",
            ],
        },
        "named": {
            "nb": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om alder var oppfylt også i " + _F + ", og det er det fortsatt.",
                "Alderskravet er oppfylt, jf. opplysninger i folkeregisteret.",
                "Klagen gjaldt ikke alder. Vi finner, som tidligere, at vilkåret er oppfylt.",
                "Du er innenfor aldersgrensen for kvalifiseringsprogram.",
                "Alder: Oppfylt.",
                "Vi viser til folkeregisteret og legger til grunn at alderskravet er oppfylt.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om alder var oppfylt også i " + _G + ", og det er det framleis.",
                "Alderskravet er oppfylt, jf. opplysningar i folkeregisteret.",
                "Klaga galdt ikkje alder. Vi finn, som tidlegare, at vilkåret er oppfylt.",
                "Du er innanfor aldersgrensa for kvalifiseringsprogram.",
                "Alder: Oppfylt.",
                "Vi viser til folkeregisteret og legg til grunn at alderskravet er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Kvalifiseringsprogrammet er for personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første ledd.",
                "Etter en lovendring fra 1. januar 2019 er den nedre aldersgrensen 18 år.",
                "Det følger av sosialtjenesteloven § 29 at retten gjelder personer i yrkesaktiv alder.",
                "I rundskrivet til loven er yrkesaktiv alder forstått som alderen fra 18 år og fram til pensjonsalder.",
                "Loven krever at søkeren er i yrkesaktiv alder. Det er ingen fast øvre grense i lovteksten.",
                "Etter fast praksis regnes personer mellom 18 og 67 år som å være i yrkesaktiv alder.",
            ],
            "nn": [
                "Kvalifiseringsprogrammet er for personar i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd.",
                "Etter ei lovendring frå 1. januar 2019 er den nedre aldersgrensa 18 år.",
                "Det følgjer av sosialtenestelova § 29 at retten gjeld personar i yrkesaktiv alder.",
                "I rundskrivet til lova er yrkesaktiv alder forstått som alderen frå 18 år og fram til pensjonsalder.",
                "Lova krev at søkjaren er i yrkesaktiv alder. Det er inga fast øvre grense i lovteksten.",
                "Etter fast praksis blir personar mellom 18 og 67 år rekna for å vere i yrkesaktiv alder.",
            ],
        },
        "negated": {
            "nb": [
                "Klagen gjaldt ikke alder, og vi har ikke vurdert dette vilkåret på nytt.",
                "Alder er ikke kontrollert i forbindelse med den nye behandlingen.",
                "Alder: [fyll inn]",
                "Vilkåret om alder blir sjekket mot folkeregisteret før oppstart.",
            ],
            "nn": [
                "Klaga galdt ikkje alder, og vi har ikkje vurdert dette vilkåret på nytt.",
                "Alder er ikkje kontrollert i samband med den nye handsaminga.",
                "Alder: [fyll inn]",
                "Vilkåret om alder blir sjekka mot folkeregisteret før oppstart.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "I " + _F + " la vi til grunn at arbeidsevnen din bare var noe nedsatt. Etter klagen har vi mottatt en "
                "legeerklæring som viser at du har {diag_nb}. Vi finner nå at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Legeerklæringen mottatt etter klagen beskriver {diag_nb}, som gjør at du ikke klarer å stå i arbeid over tid.",
                "Du har ikke vært i ordinært arbeid siden {year}. Den siste jobben du hadde, {job_nb}, tok slutt fordi du "
                "ikke lenger klarte arbeidsoppgavene.",
                "Tidligere hadde vi bare opplysninger om arbeidshistorikken din. Nå har vi også uttalelsen fra psykologen, "
                "som bekrefter {diag_nb} og store vansker med å holde på struktur i hverdagen.",
                "Arbeidsevnevurderingen som ble gjort etter klagen, viser at du har lite arbeidserfaring, ikke har fullført "
                "videregående skole og har begrensede norskkunnskaper.",
                "Du har grunnskole som høyeste utdanning og har bare hatt korte vikariater {job_nb}. Etter klagen "
                "har vi lagt mer vekt på dette enn vi gjorde i " + _F + ".",
                "I klagen skriver du at du har {diag_nb}. Dette er nå bekreftet av fastlegen, og vi legger det til grunn.",
                "Du har vært borte fra arbeidslivet i {years} år, og du har ingen formell utdanning.",
                "Arbeidsevnevurderingen konkluderer med at du på grunn av {diag_nb} har store begrensninger i hva slags "
                "arbeid du kan utføre.",
                "Tidligere la vi vekt på at du hadde jobbet {job_nb}. Nå vet vi at du måtte slutte der i {year} etter "
                "gjentatte fravær, og at du ikke har klart å komme tilbake i jobb.",
                "Arbeids- og inntektsevnen din er vesentlig nedsatt:\nDu har {diag_nb}, bekreftet i legeerklæring mottatt "
                "etter klagen.\nDu har ikke fullført videregående opplæring.\nDu har ikke hatt lønnet arbeid siden {year}.",
                "Ny informasjon etter klagen: Du kom til Norge i {year}, har ingen utdanning som er godkjent her, og har "
                "store vansker med å lese og skrive norsk.",
            ],
            "nn": [
                "I " + _G + " la vi til grunn at arbeidsevna di berre var noko nedsett. Etter klaga har vi motteke ei "
                "legeerklæring som viser at du har {diag_nn}. Vi finn no at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Legeerklæringa som kom etter klaga, skildrar {diag_nn}, som gjer at du ikkje klarer å stå i arbeid over tid.",
                "Du har ikkje vore i ordinært arbeid sidan {year}. Den siste jobben du hadde, {job_nn}, tok slutt fordi du "
                "ikkje lenger klarte arbeidsoppgåvene.",
                "Tidlegare hadde vi berre opplysningar om arbeidshistorikken din. No har vi også fråsegna frå psykologen, "
                "som stadfestar {diag_nn} og store vanskar med å halde på struktur i kvardagen.",
                "Arbeidsevnevurderinga som vart gjord etter klaga, viser at du har lite arbeidserfaring, ikkje har fullført "
                "vidaregåande skule og har avgrensa norskkunnskapar.",
                "Du har grunnskule som høgaste utdanning og har berre hatt korte vikariat {job_nn}. Etter klaga "
                "har vi lagt meir vekt på dette enn vi gjorde i " + _G + ".",
                "I klaga skriv du at du har {diag_nn}. Dette er no stadfesta av fastlegen, og vi legg det til grunn.",
                "Du har vore borte frå arbeidslivet i {years} år, og du har inga formell utdanning.",
                "Arbeidsevnevurderinga konkluderer med at du på grunn av {diag_nn} har store avgrensingar i kva slags "
                "arbeid du kan utføre.",
                "Tidlegare la vi vekt på at du hadde jobba {job_nn}. No veit vi at du måtte slutte der i {year} etter "
                "gjentekne fråvær, og at du ikkje har klart å kome tilbake i jobb.",
                "Arbeids- og inntektsevna di er vesentleg nedsett:\nDu har {diag_nn}, stadfesta i legeerklæring motteken "
                "etter klaga.\nDu har ikkje fullført vidaregåande opplæring.\nDu har ikkje hatt lønt arbeid sidan {year}.",
                "Ny informasjon etter klaga: Du kom til Noreg i {year}, har inga utdanning som er godkjend her, og har "
                "store vanskar med å lese og skrive norsk.",
            ],
        },
        "named": {
            "nb": [
                "Etter klagen har vi sett på saken på nytt og finner nå at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Vi viser til legeerklæringen mottatt etter klagen. Vilkåret om vesentlig nedsatt arbeidsevne er etter dette oppfylt.",
                "I " + _F + " mente vi at arbeidsevnen din ikke var vesentlig nedsatt. Vi har kommet til et annet resultat nå.",
                "Arbeidsevnevurderingen er oppdatert etter klagen og ligger i saken.",
                "Arbeids- og inntektsevne: Vesentlig nedsatt, se vedlagte dokumentasjon.",
                "Vi har lest klagen og de nye opplysningene og mener nå at du fyller vilkåret om nedsatt arbeidsevne.",
                "Tidligere vurderte vi det annerledes, men nå legger vi til grunn at arbeidsevnen din er vesentlig redusert.",
            ],
            "nn": [
                "Etter klaga har vi sett på saka på nytt og finn no at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Vi viser til legeerklæringa motteken etter klaga. Vilkåret om vesentleg nedsett arbeidsevne er etter dette oppfylt.",
                "I " + _G + " meinte vi at arbeidsevna di ikkje var vesentleg nedsett. Vi har kome til eit anna resultat no.",
                "Arbeidsevnevurderinga er oppdatert etter klaga og ligg i saka.",
                "Arbeids- og inntektsevne: Vesentleg nedsett, sjå vedlagd dokumentasjon.",
                "Vi har lese klaga og dei nye opplysningane og meiner no at du fyller vilkåret om nedsett arbeidsevne.",
                "Tidlegare vurderte vi det annleis, men no legg vi til grunn at arbeidsevna di er vesentleg redusert.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår at arbeids- og inntektsevnen er vesentlig nedsatt, jf. sosialtjenesteloven § 29.",
                "Etter rundskrivet skal det være gjort en arbeidsevnevurdering etter NAV-loven § 14 a før det fattes vedtak.",
                "Arbeidsevnen regnes som vesentlig nedsatt når den enkelte har behov for omfattende bistand for å komme i arbeid.",
                "Vurderingen av arbeids- og inntektsevne skal bygge på en helhetlig vurdering av den enkeltes ressurser "
                "og begrensninger, ikke bare på helse.",
                "Etter praksis kan arbeidsevnen være vesentlig nedsatt også når årsaken er sosial, for eksempel lang tid "
                "utenfor arbeidslivet.",
                "Loven stiller ikke krav om at nedsatt arbeidsevne skyldes sykdom.",
            ],
            "nn": [
                "Det er eit vilkår at arbeids- og inntektsevna er vesentleg nedsett, jf. sosialtenestelova § 29.",
                "Etter rundskrivet skal det vere gjort ei arbeidsevnevurdering etter NAV-lova § 14 a før det blir gjort vedtak.",
                "Arbeidsevna blir rekna som vesentleg nedsett når den enkelte treng omfattande hjelp for å kome i arbeid.",
                "Vurderinga av arbeids- og inntektsevne skal byggje på ei heilskapleg vurdering av ressursane og "
                "avgrensingane til den enkelte, ikkje berre på helse.",
                "Etter praksis kan arbeidsevna vere vesentleg nedsett også når årsaka er sosial, til dømes lang tid "
                "utanfor arbeidslivet.",
                "Lova stiller ikkje krav om at nedsett arbeidsevne kjem av sjukdom.",
            ],
        },
        "negated": {
            "nb": [
                "Legeerklæringen som er varslet i klagen, har vi ennå ikke mottatt. Arbeidsevnen er derfor fortsatt ikke dokumentert.",
                "Vi har ikke gjort en ny vurdering av arbeidsevnen etter klagen.",
                "Arbeidsevnevurdering: [skriv her]",
                "Ny arbeidsevnevurdering blir gjort i løpet av de første ukene i programmet.",
            ],
            "nn": [
                "Legeerklæringa som er varsla i klaga, har vi enno ikkje fått. Arbeidsevna er difor framleis ikkje dokumentert.",
                "Vi har ikkje gjort ei ny vurdering av arbeidsevna etter klaga.",
                "Arbeidsevnevurdering: [skriv her]",
                "Ny arbeidsevnevurdering blir gjord i løpet av dei første vekene i programmet.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "I " + _F + " la vi til grunn at du hadde rett til arbeidsavklaringspenger. Etter klagen har vi fått "
                "bekreftet at AAP ble stanset i {month}, og at du nå bare har økonomisk sosialhjelp.",
                "Du har ikke egen inntekt og har levd av økonomisk sosialhjelp siden {year}.",
                "Tidligere mottok du dagpenger, nå er perioden brukt opp, og du har ingen annen ytelse.",
                "Kontoutskriftene du sendte med klagen, viser at du ikke har sparepenger, og at du får {amount} i "
                "sosialhjelp hver måned.",
                "Søknaden din om uføretrygd ble avslått i {month}. Du har ingen andre ytelser til livsopphold.",
                "Etter klagen har vi sjekket registrene på nytt: Du har ingen ytelser fra folketrygden, og lønnsinntekten "
                "din det siste året var under {amount}.",
                "Du har en liten deltidsinntekt på om lag {amount} i måneden, og det er ikke nok til å leve av.",
                "Vi la tidligere til grunn at du hadde lønnsinntekt. Lønnsslippene du sendte med klagen, viser at du ikke "
                "har fått lønn siden {month}.",
                "Ytelser:\nIngen arbeidsavklaringspenger (avslått i {year}).\nIngen dagpenger.\nØkonomisk sosialhjelp "
                "på {amount} i måneden.",
                "Du har bare barnetrygd og bostøtte, og ellers økonomisk sosialhjelp.",
                "Etter klagen har vi fått dokumentasjon på at du ikke har rett til dagpenger, fordi du ikke har hatt nok "
                "inntekt de siste årene.",
                "Du har ingen formue. Det eneste du har av inntekt, er sosialhjelp på {amount} per måned.",
            ],
            "nn": [
                "I " + _G + " la vi til grunn at du hadde rett til arbeidsavklaringspengar. Etter klaga har vi fått "
                "stadfesta at AAP vart stansa i {month}, og at du no berre har økonomisk sosialhjelp.",
                "Du har inga eiga inntekt og har levd av økonomisk sosialhjelp sidan {year}.",
                "Tidlegare fekk du dagpengar, no er perioden brukt opp, og du har inga anna yting.",
                "Kontoutskriftene du sende med klaga, viser at du ikkje har sparepengar, og at du får {amount} i "
                "sosialhjelp kvar månad.",
                "Søknaden din om uføretrygd vart avslått i {month}. Du har ingen andre ytingar til livsopphald.",
                "Etter klaga har vi sjekka registra på nytt: Du har ingen ytingar frå folketrygda, og lønnsinntekta "
                "di det siste året var under {amount}.",
                "Du har ei lita deltidsinntekt på om lag {amount} i månaden, og det er ikkje nok til å leve av.",
                "Vi la tidlegare til grunn at du hadde lønsinntekt. Lønsslippane du sende med klaga, viser at du ikkje "
                "har fått løn sidan {month}.",
                "Ytingar:\nIngen arbeidsavklaringspengar (avslått i {year}).\nIngen dagpengar.\nØkonomisk sosialhjelp "
                "på {amount} i månaden.",
                "Du har berre barnetrygd og bustøtte, og elles økonomisk sosialhjelp.",
                "Etter klaga har vi fått dokumentasjon på at du ikkje har rett til dagpengar, fordi du ikkje har hatt nok "
                "inntekt dei siste åra.",
                "Du har ingen formue. Det einaste du har av inntekt, er sosialhjelp på {amount} per månad.",
            ],
        },
        "named": {
            "nb": [
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Vi har sett på de økonomiske opplysningene på nytt etter klagen. Vilkåret om ytelser til livsopphold er oppfylt.",
                "Når det gjelder ytelser, viser vi til kontoutskriftene som kom inn etter klagen.",
                "I " + _F + " var vi i tvil om vilkåret om ytelser til livsopphold. Nå finner vi at det er oppfylt.",
                "Ytelser til livsopphold: Vilkåret er oppfylt, jf. opplysninger i saken.",
                "Dokumentasjonen om økonomien din som du la ved klagen, er gjennomgått, og vi legger den til grunn.",
                "Tidligere mente vi at du hadde tilstrekkelige ytelser, nå mener vi at du ikke har det.",
            ],
            "nn": [
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Vi har sett på dei økonomiske opplysningane på nytt etter klaga. Vilkåret om ytingar til livsopphald er oppfylt.",
                "Når det gjeld ytingar, viser vi til kontoutskriftene som kom inn etter klaga.",
                "I " + _G + " var vi i tvil om vilkåret om ytingar til livsopphald. No finn vi at det er oppfylt.",
                "Ytingar til livsopphald: Vilkåret er oppfylt, jf. opplysningar i saka.",
                "Dokumentasjonen om økonomien din som du la ved klaga, er gjennomgått, og vi legg han til grunn.",
                "Tidlegare meinte vi at du hadde tilstrekkelege ytingar, no meiner vi at du ikkje har det.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår at søkeren ikke har eller har svært begrensede ytelser til livsopphold etter "
                "folketrygdloven eller arbeidsmarkedsloven.",
                "Etter rundskrivet er kvalifiseringsprogram ment for personer som ellers ville vært avhengige av økonomisk sosialhjelp.",
                "Ytelser til livsopphold omfatter blant annet arbeidsavklaringspenger, dagpenger og uføretrygd, jf. "
                "sosialtjenesteloven § 29.",
                "Etter praksis kan den som har en lav ytelse fra folketrygden, likevel fylle vilkåret.",
                "Loven sier at programmet er for personer som har ingen eller svært begrensede ytelser til livsopphold.",
                "Den som har rett til arbeidsavklaringspenger, har som hovedregel ikke svært begrensede ytelser i lovens forstand.",
            ],
            "nn": [
                "Det er eit vilkår at søkjaren ikkje har eller har svært avgrensa ytingar til livsopphald etter "
                "folketrygdlova eller arbeidsmarknadslova.",
                "Etter rundskrivet er kvalifiseringsprogram meint for personar som elles ville vore avhengige av økonomisk sosialhjelp.",
                "Ytingar til livsopphald omfattar mellom anna arbeidsavklaringspengar, dagpengar og uføretrygd, jf. "
                "sosialtenestelova § 29.",
                "Etter praksis kan den som har ei låg yting frå folketrygda, likevel fylle vilkåret.",
                "Lova seier at programmet er for personar som har ingen eller svært avgrensa ytingar til livsopphald.",
                "Den som har rett til arbeidsavklaringspengar, har som hovudregel ikkje svært avgrensa ytingar slik lova meiner det.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke sett på ytelsene dine på nytt etter klagen.",
                "Opplysninger om inntekt og ytelser er fortsatt ikke dokumentert i saken.",
                "Ytelser til livsopphold: [fyll inn]",
                "Retten til andre ytelser blir avklart senere, før programmet starter.",
            ],
            "nn": [
                "Vi har ikkje sett på ytingane dine på nytt etter klaga.",
                "Opplysningar om inntekt og ytingar er framleis ikkje dokumenterte i saka.",
                "Ytingar til livsopphald: [fyll inn]",
                "Retten til andre ytingar blir avklart seinare, før programmet startar.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "I " + _F + " la vi til grunn at du kunne få den hjelpen du trengte gjennom ordinære tiltak. Etter klagen "
                "ser vi at du har vært på to arbeidsrettede tiltak siden {year} uten at det har ført deg nærmere arbeid.",
                "NAV har vurdert at du har behov for spesielt tilpasset innsats. Enkeltstående tiltak har ikke vært nok, "
                "og du trenger den tette oppfølgingen programmet gir.",
                "Du var på arbeidsforberedende trening i {months} måneder, men tiltaket ble avsluttet før tiden. Vi mener "
                "derfor at et helhetlig program er nødvendig.",
                "Tidligere mente vi at et kortere kurs ville være nok. Nå vet vi at du avbrøt det kurset etter få uker, "
                "og vi mener at du trenger et program med fast struktur og en fast veileder.",
                "Du har hatt oppfølging fra NAV i {years} år med ulike kurs og praksisplasser, uten varig effekt.",
                "Innsatsbehovet ditt er vurdert som spesielt tilpasset innsats. Et program med flere tiltak samtidig "
                "gir deg bedre muligheter enn ett og ett tiltak.",
                "Etter klagen har vi sett at du ikke har fått tilbud om noe annet tiltak som passer. Kvalifiseringsprogram "
                "er det tilbudet som gir deg tett nok oppfølging.",
                "Du har prøvd jobbsøkerkurs to ganger, sist i {year}. Ingen av gangene førte det til arbeid.",
                "Vi har lagt vekt på at du har vært helt uten tiltak de siste årene, og at vanlig oppfølging fra kontoret "
                "ikke har fått deg i gang.",
                "Tiltak som er prøvd før:\nArbeidspraksis i {months} måneder i {year}, avsluttet uten ansettelse.\n"
                "Jobbsøkerkurs, ikke fullført.",
                "Du sto på venteliste til et arbeidsmarkedstiltak i {months} måneder uten å få plass. Programmet gir deg et "
                "tilbud nå, og med tettere oppfølging.",
                "I klagen skriver du at oppfølgingen du har hatt, har vært for løs. Det er vi enige i: du har bare hatt "
                "samtaler med veileder et par ganger i året siden {year}.",
            ],
            "nn": [
                "I " + _G + " la vi til grunn at du kunne få den hjelpa du trong gjennom ordinære tiltak. Etter klaga "
                "ser vi at du har vore på to arbeidsretta tiltak sidan {year} utan at det har ført deg nærare arbeid.",
                "NAV har vurdert at du har behov for spesielt tilpassa innsats. Einskilde tiltak har ikkje vore nok, "
                "og du treng den tette oppfølginga programmet gir.",
                "Du var på arbeidsførebuande trening i {months} månader, men tiltaket vart avslutta før tida. Vi meiner "
                "difor at eit heilskapleg program er naudsynt.",
                "Tidlegare meinte vi at eit kortare kurs ville vere nok. No veit vi at du avbraut det kurset etter få veker, "
                "og vi meiner at du treng eit program med fast struktur og ein fast rettleiar.",
                "Du har hatt oppfølging frå NAV i {years} år med ulike kurs og praksisplassar, utan varig effekt.",
                "Innsatsbehovet ditt er vurdert som spesielt tilpassa innsats. Eit program med fleire tiltak samstundes "
                "gir deg betre høve enn eitt og eitt tiltak.",
                "Etter klaga har vi sett at du ikkje har fått tilbod om noko anna tiltak som passar. Kvalifiseringsprogram "
                "er det tilbodet som gir deg tett nok oppfølging.",
                "Du har prøvd jobbsøkjarkurs to gonger, sist i {year}. Ingen av gongene førte det til arbeid.",
                "Vi har lagt vekt på at du har vore heilt utan tiltak dei siste åra, og at vanleg oppfølging frå kontoret "
                "ikkje har fått deg i gang.",
                "Tiltak som er prøvde før:\nArbeidspraksis i {months} månader i {year}, avslutta utan tilsetjing.\n"
                "Jobbsøkjarkurs, ikkje fullført.",
                "Du stod på venteliste til eit arbeidsmarknadstiltak i {months} månader utan å få plass. Programmet gir deg eit "
                "tilbod no, og med tettare oppfølging.",
                "I klaga skriv du at oppfølginga du har hatt, har vore for laus. Det er vi samde i: du har berre hatt "
                "samtalar med rettleiar eit par gonger i året sidan {year}.",
            ],
        },
        "named": {
            "nb": [
                "Vi finner nå at programmet er nødvendig og hensiktsmessig for deg.",
                "I " + _F + " kom vi til at programmet ikke var nødvendig. Etter klagen har vi endret syn på dette.",
                "Vilkåret om at programmet skal være nødvendig og hensiktsmessig, er oppfylt.",
                "Om behovet for programmet viser vi til oppfølgingsvedtaket ditt, som ligger i saken.",
                "Etter en ny gjennomgang mener vi at kvalifiseringsprogram er riktig tiltak for deg.",
                "Nødvendig og hensiktsmessig: Ja.",
                "Klagen har fått oss til å se annerledes på behovet ditt, og vi anser nå programmet som nødvendig og hensiktsmessig for deg.",
            ],
            "nn": [
                "Vi finn no at programmet er naudsynt og føremålstenleg for deg.",
                "I " + _G + " kom vi til at programmet ikkje var naudsynt. Etter klaga har vi endra syn på dette.",
                "Vilkåret om at programmet skal vere naudsynt og føremålstenleg, er oppfylt.",
                "Om behovet for programmet viser vi til oppfølgingsvedtaket ditt, som ligg i saka.",
                "Etter ein ny gjennomgang meiner vi at kvalifiseringsprogram er rett tiltak for deg.",
                "Naudsynt og føremålstenleg: Ja.",
                "Klaga har fått oss til å sjå annleis på behovet ditt, og vi reknar no programmet som naudsynt og føremålstenleg for deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet skal være nødvendig og hensiktsmessig for å styrke mulighetene for deltakelse i arbeidslivet, "
                "jf. sosialtjenesteloven § 29.",
                "Etter rundskrivet er programmet ment for dem som trenger tettere og mer koordinert bistand enn andre tiltak gir.",
                "Det skal vurderes om andre tiltak kan være bedre egnet før det gis kvalifiseringsprogram.",
                "Etter praksis er det ikke et krav at alle andre tiltak er prøvd først.",
                "Loven krever at programmet etter en konkret vurdering er nødvendig og hensiktsmessig.",
                "Kvalifiseringsprogram er et tilbud til personer med behov for spesielt tilpasset innsats, etter "
                "forarbeidene til loven.",
            ],
            "nn": [
                "Programmet skal vere naudsynt og føremålstenleg for å styrkje moglegheitene for deltaking i arbeidslivet, "
                "jf. sosialtenestelova § 29.",
                "Etter rundskrivet er programmet meint for dei som treng tettare og meir koordinert hjelp enn andre tiltak gir.",
                "Det skal vurderast om andre tiltak kan vere betre eigna før det blir gitt kvalifiseringsprogram.",
                "Etter praksis er det ikkje eit krav at alle andre tiltak er prøvde først.",
                "Lova krev at programmet etter ei konkret vurdering er naudsynt og føremålstenleg.",
                "Kvalifiseringsprogram er eit tilbod til personar med behov for spesielt tilpassa innsats, etter "
                "førearbeida til lova.",
            ],
        },
        "negated": {
            "nb": [
                "Om programmet er nødvendig og hensiktsmessig, har vi ikke vurdert på nytt etter klagen.",
                "Behovet for andre tiltak er fortsatt ikke kartlagt.",
                "Nødvendig og hensiktsmessig: [begrunnelse]",
                "Vi kommer tilbake til om programmet er nødvendig og hensiktsmessig, når oppfølgingsvedtaket er fattet.",
            ],
            "nn": [
                "Om programmet er naudsynt og føremålstenleg, har vi ikkje vurdert på nytt etter klaga.",
                "Behovet for andre tiltak er framleis ikkje kartlagt.",
                "Naudsynt og føremålstenleg: [grunngjeving]",
                "Vi kjem tilbake til om programmet er naudsynt og føremålstenleg, når oppfølgingsvedtaket er gjort.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt blir på {hours} timer i uka og består av arbeidstrening {job_nb}, norskopplæring og "
                "samtaler med veilederen din.",
                "I " + _F + " var det ikke laget noe utkast til plan. Etter klagen har vi satt opp et program med "
                "arbeidspraksis tre dager i uka og kurs i data og jobbsøking to dager i uka.",
                "Planen for programmet:\nArbeidstrening {job_nb}, tre dager i uka.\nNorskkurs hos voksenopplæringen, "
                "to formiddager i uka.\nOppfølgingssamtale med veileder annenhver uke.",
                "Du skal starte med {months} måneder arbeidstrening {job_nb}. Deretter skal vi se på et kurs som gir "
                "formell kompetanse.",
                "Tidligere foreslo vi bare jobbsøkerkurs. Nå har vi tatt inn ønsket ditt fra klagen, og programmet "
                "inneholder også praksis {job_nb}.",
                "Programmet består av fysisk trening to ganger i uka, arbeidspraksis og et kurs i privatøkonomi, til "
                "sammen {hours} timer i uka.",
                "Du skal være i arbeidspraksis på et lager i kommunen fra kl. 8 til 14 tre dager i uka. Resten av tiden "
                "går til opplæring og oppfølging.",
                "Programmet er satt sammen av arbeidstrening {job_nb}, truckførerkurs og ukentlige møter med "
                "jobbspesialist.",
                "Etter klagen har vi lagt inn mer opplæring i planen: du får fag på videregående nivå gjennom "
                "voksenopplæringen ved siden av praksisen {job_nb}.",
                "Innholdet i programmet er avtalt med deg i møtet etter klagen: praksisplass {job_nb}, norskopplæring "
                "og trening, til sammen {hours} timer i uka.",
                "Du begynner med et kartleggingskurs i fire uker og går så over i arbeidspraksis {job_nb}.",
                "Aktiviteter i programmet:\nPraksis {job_nb} med tett oppfølging fra jobbspesialist.\nKurs i "
                "norsk og samfunnskunnskap.\nUkentlig gruppetrening.",
            ],
            "nn": [
                "Programmet ditt blir på {hours} timar i veka og består av arbeidstrening {job_nn}, norskopplæring og "
                "samtalar med rettleiaren din.",
                "I " + _G + " var det ikkje laga noko utkast til plan. Etter klaga har vi sett opp eit program med "
                "arbeidspraksis tre dagar i veka og kurs i data og jobbsøking to dagar i veka.",
                "Planen for programmet:\nArbeidstrening {job_nn}, tre dagar i veka.\nNorskkurs hos vaksenopplæringa, "
                "to formiddagar i veka.\nOppfølgingssamtale med rettleiar annakvar veke.",
                "Du skal starte med {months} månader arbeidstrening {job_nn}. Deretter skal vi sjå på eit kurs som gir "
                "formell kompetanse.",
                "Tidlegare føreslo vi berre jobbsøkjarkurs. No har vi teke inn ønsket ditt frå klaga, og programmet "
                "inneheld også praksis {job_nn}.",
                "Programmet består av fysisk trening to gonger i veka, arbeidspraksis og eit kurs i privatøkonomi, til "
                "saman {hours} timar i veka.",
                "Du skal vere i arbeidspraksis på eit lager i kommunen frå kl. 8 til 14 tre dagar i veka. Resten av tida "
                "går til opplæring og oppfølging.",
                "Programmet er sett saman av arbeidstrening {job_nn}, truckførarkurs og vekentlege møte med "
                "jobbspesialist.",
                "Etter klaga har vi lagt inn meir opplæring i planen: du får fag på vidaregåande nivå gjennom "
                "vaksenopplæringa ved sida av praksisen {job_nn}.",
                "Innhaldet i programmet er avtalt med deg i møtet etter klaga: praksisplass {job_nn}, norskopplæring "
                "og trening, til saman {hours} timar i veka.",
                "Du byrjar med eit kartleggingskurs i fire veker og går så over i arbeidspraksis {job_nn}.",
                "Aktivitetar i programmet:\nPraksis {job_nn} med tett oppfølging frå jobbspesialist.\nKurs i "
                "norsk og samfunnskunnskap.\nVekentleg gruppetrening.",
            ],
        },
        "named": {
            "nb": [
                "Vi kan tilby deg et program som er tilpasset behovene dine.",
                "Innholdet i programmet går fram av den vedlagte planen.",
                "I " + _F + " hadde vi ikke et program å tilby. Det har vi nå.",
                "Kontoret har et egnet program for deg, og vilkåret er oppfylt.",
                "Programmet er utarbeidet i samarbeid med deg, se vedlegg.",
                "Tilpasset program: Kan tilbys.",
                "Etter klagen har vi funnet et program som passer for deg.",
            ],
            "nn": [
                "Vi kan tilby deg eit program som er tilpassa behova dine.",
                "Innhaldet i programmet går fram av den vedlagde planen.",
                "I " + _G + " hadde vi ikkje eit program å tilby. Det har vi no.",
                "Kontoret har eit eigna program for deg, og vilkåret er oppfylt.",
                "Programmet er utarbeidd i samarbeid med deg, sjå vedlegg.",
                "Tilpassa program: Kan tilbydast.",
                "Etter klaga har vi funne eit program som passar for deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet skal være på full tid og inneholde arbeidsrettede tiltak, opplæring og tett oppfølging, jf. "
                "sosialtjenesteloven § 30.",
                "Etter forskriften skal det utarbeides en plan for programmet i samarbeid med deltakeren.",
                "Kommunen må kunne tilby et program som er tilpasset den enkeltes behov og forutsetninger.",
                "Etter rundskrivet kan programmet også inneholde aktiviteter som forbereder til arbeid, som trening og "
                "helserelaterte tiltak.",
                "Programmet gis for inntil ett år og kan forlenges med inntil ett år til, jf. loven.",
                "Etter praksis skal programmet ha et tydelig mål om overgang til arbeid.",
            ],
            "nn": [
                "Programmet skal vere på full tid og innehalde arbeidsretta tiltak, opplæring og tett oppfølging, jf. "
                "sosialtenestelova § 30.",
                "Etter forskrifta skal det utarbeidast ein plan for programmet i samarbeid med deltakaren.",
                "Kommunen må kunne tilby eit program som er tilpassa behova og føresetnadene til den enkelte.",
                "Etter rundskrivet kan programmet også innehalde aktivitetar som førebur til arbeid, som trening og "
                "helserelaterte tiltak.",
                "Programmet blir gitt for inntil eitt år og kan forlengjast med inntil eitt år til, jf. lova.",
                "Etter praksis skal programmet ha eit tydeleg mål om overgang til arbeid.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke klart ennå og blir avtalt med deg i et eget møte.",
                "Vi har ikke gått gjennom planen på nytt etter klagen.",
                "Programinnhold: [fyll inn aktiviteter]",
                "Hvilke tiltak programmet skal bestå av, blir vurdert senere sammen med veilederen din.",
            ],
            "nn": [
                "Innhaldet i programmet er ikkje klart enno og blir avtalt med deg i eit eige møte.",
                "Vi har ikkje gått gjennom planen på nytt etter klaga.",
                "Programinnhald: [fyll inn aktivitetar]",
                "Kva tiltak programmet skal bestå av, blir vurdert seinare saman med rettleiaren din.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Vilkåret om yrkesaktiv alder", "Alder – ny vurdering"],
            "nn": ["Alder", "Vilkåret om yrkesaktiv alder", "Alder – ny vurdering"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Vesentlig nedsatt arbeidsevne – ny vurdering etter klagen",
                            "Arbeidsevne"],
                     "nn": ["Arbeids- og inntektsevne", "Vesentleg nedsett arbeidsevne – ny vurdering etter klaga",
                            "Arbeidsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Inntekt og ytelser", "Ytelser – ny vurdering"],
                 "nn": ["Ytingar til livsopphald", "Inntekt og ytingar", "Ytingar – ny vurdering"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Behovet for kvalifiseringsprogram",
                         "Er programmet nødvendig? – ny vurdering"],
                  "nn": ["Naudsynt og føremålstenleg", "Behovet for kvalifiseringsprogram",
                         "Er programmet naudsynt? – ny vurdering"]},
    "program": {"nb": ["Tilpasset program", "Innholdet i programmet", "Programmet"],
                "nn": ["Tilpassa program", "Innhaldet i programmet", "Programmet"]},
}

FRAME = {
    "nb": {
        "title": ["Nytt vedtak etter klage – kvalifiseringsprogram", "Vedtak om omgjøring – kvalifiseringsprogram",
                  "Ny behandling av søknaden din om kvalifiseringsprogram"],
        "intro": ["Vi viser til klagen din på vedtaket om avslag på kvalifiseringsprogram.",
                  "Du har klaget på avslaget på søknaden din om kvalifiseringsprogram. Etter klagen har vi sett på "
                  "saken på nytt.",
                  "Vi har behandlet saken din på nytt etter at du klaget på vedtaket vårt."],
        "decision": ["NAV {office} omgjør vedtaket og innvilger deg kvalifiseringsprogram fra {date}.",
                     "Klagen din tas til følge. Du får kvalifiseringsprogram i perioden {date} til {date2}.",
                     "Vi har kommet til et annet resultat enn i det første vedtaket, og innvilger søknaden din om "
                     "kvalifiseringsprogram fra {date}."],
        "general": ["Etter klagen har vi vurdert alle vilkårene i sosialtjenesteloven § 29 på nytt.",
                    "Nedenfor går vi gjennom vilkårene ett for ett og skriver hva vi la til grunn før, og hva vi legger "
                    "til grunn nå.",
                    "Vi har gått gjennom klagen din og dokumentene som kom inn etter at det første vedtaket ble fattet."],
        "reasons_heading": ["Vår nye vurdering", "Begrunnelse for det nye vedtaket", "Hvorfor vi endrer vedtaket"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad mens du er i programmet"],
        "money": ["Du får kvalifiseringsstønad på {kvp_amount} kroner i året. Stønaden er skattepliktig og betales ut "
                  "hver måned.",
                  "Kvalifiseringsstønaden er kr {kvp_amount} per år. Første utbetaling kommer etter at programmet har startet."],
        "start": ["Programmet starter {date}.", "Vi kaller deg inn til et oppstartsmøte før programmet starter {date}."],
        "evaluation": ["Vi evaluerer programmet sammen med deg minst hver tredje måned.",
                       "Planen blir gjennomgått med deg underveis og justert ved behov."],
        "appeal_heading": ["Klagerett", "Hvis du er uenig i det nye vedtaket"],
        "appeal": ["Dette er et nytt vedtak, og du kan klage på det innen tre uker fra du mottok det, jf. "
                   "forvaltningsloven § 29. Send klagen til NAV {office}.",
                   "Fordi vi har gitt deg medhold, sender vi ikke klagen din videre til Statsforvalteren i Vestfold og "
                   "Telemark. Er du uenig i det nye vedtaket, kan du klage innen tre uker."],
        "closing": ["Med vennlig hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Nytt vedtak etter klage – kvalifiseringsprogram", "Vedtak om omgjering – kvalifiseringsprogram",
                  "Ny handsaming av søknaden din om kvalifiseringsprogram"],
        "intro": ["Vi viser til klaga di på vedtaket om avslag på kvalifiseringsprogram.",
                  "Du har klaga på avslaget på søknaden din om kvalifiseringsprogram. Etter klaga har vi sett på "
                  "saka på nytt.",
                  "Vi har handsama saka di på nytt etter at du klaga på vedtaket vårt."],
        "decision": ["NAV {office} gjer om vedtaket og innvilgar deg kvalifiseringsprogram frå {date}.",
                     "Klaga di blir teken til følgje. Du får kvalifiseringsprogram i perioden {date} til {date2}.",
                     "Vi har kome til eit anna resultat enn i det første vedtaket, og innvilgar søknaden din om "
                     "kvalifiseringsprogram frå {date}."],
        "general": ["Etter klaga har vi vurdert alle vilkåra i sosialtenestelova § 29 på nytt.",
                    "Nedanfor går vi gjennom vilkåra eitt for eitt og skriv kva vi la til grunn før, og kva vi legg "
                    "til grunn no.",
                    "Vi har gått gjennom klaga di og dokumenta som kom inn etter at det første vedtaket vart gjort."],
        "reasons_heading": ["Den nye vurderinga vår", "Grunngjeving for det nye vedtaket", "Kvifor vi endrar vedtaket"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad medan du er i programmet"],
        "money": ["Du får kvalifiseringsstønad på {kvp_amount} kroner i året. Stønaden er skattepliktig og blir betalt ut "
                  "kvar månad.",
                  "Kvalifiseringsstønaden er kr {kvp_amount} per år. Første utbetaling kjem etter at programmet har starta."],
        "start": ["Programmet startar {date}.", "Vi kallar deg inn til eit oppstartsmøte før programmet startar {date}."],
        "evaluation": ["Vi evaluerer programmet saman med deg minst kvar tredje månad.",
                       "Planen blir gått gjennom med deg undervegs og justert ved behov."],
        "appeal_heading": ["Klagerett", "Om du er usamd i det nye vedtaket"],
        "appeal": ["Dette er eit nytt vedtak, og du kan klage på det innan tre veker frå du fekk det, jf. "
                   "forvaltningslova § 29. Send klaga til NAV {office}.",
                   "Sidan vi har gitt deg medhald, sender vi ikkje klaga di vidare til Statsforvaltaren i Vestfold og "
                   "Telemark. Er du usamd i det nye vedtaket, kan du klage innan tre veker."],
        "closing": ["Med venleg helsing"],
    },
}
