"""Phrasing bank ``heldout33`` (round 22): chronological life-story decisions from a Rogaland office.

Written by an author independent of the rule: this author never opened ``audit/grounds/``, ``docs/grounds.md``,
``benchmarks/``, ``tests/test_grounds*``, ``tests/grounds_letters.py``, ``sample_data/letters/sample/`` or any other
phrasing bank, and never ran ``grounds`` or the grounds benchmark. Only the generator
(``sample_data/letters/__init__.py``), the legal background and the check catalogue were read.

Register: an office in Rogaland (Stavanger, Sandnes, Haugesund, Egersund) whose caseworkers write the assessment as
the person's story, told in time order within each criterion: time expressions open the sentences («I {year} …»,
«Etter at du flyttet hit …», «Siden våren {year} …», «Fram til {date} …», «Da …», «Senere …»), past-tense
narrative of what happened and what followed, and only at the end what the office makes of it. Headings vary: the
law's words, a question, a plain topic; prose and compact letters have none. Bokmål and nynorsk 6 to 4.

Kinds and labels:
- ``grounds`` (ja): tells at least one fact of the person's history for that criterion (age / health, education,
  language, work history, the arbeidsevnevurdering's findings / income, benefits, savings / innsatsbehov, why KVP,
  measures tried / the programme's activities, places, hours).
- ``named`` (nei): tells the history of the CASE (when the application came, meetings held, documents received, what
  the office concluded) without a fact about the person.
- ``quoted`` (nei): what the law, the regulation or the circular says, or how the rule came about (2007, 2019).
- ``negated`` (nei): what has not happened yet (not assessed, awaiting documents, to be assessed later) or a
  template field left unfilled.
A phrasing holds no fact of another criterion; the frame holds no fact about the person.
"""

BANK = "heldout33"
LANG_WEIGHTS = (6, 4)

FILLERS = {
    "office": ["Stavanger", "Sandnes", "Haugesund", "Egersund"],
    "diag_nb": ["angst og depresjon", "fibromyalgi", "posttraumatisk stresslidelse", "bipolar lidelse",
                "revmatoid artritt", "ME"],
    "diag_nn": ["angst og depresjon", "fibromyalgi", "posttraumatisk stressliding", "bipolar liding",
                "revmatoid artritt", "ME"],
    "job_nb": ["lagermedarbeider", "renholder", "sjåfør", "kokk", "butikkmedarbeider", "stillasbygger",
               "operatør i fiskeindustrien"],
    "job_nn": ["lagermedarbeidar", "reinhaldar", "sjåfør", "kokk", "butikkmedarbeidar", "stillasbyggjar",
               "operatør i fiskeindustrien"],
    "benefit_nb": ["arbeidsavklaringspenger", "dagpenger", "overgangsstønad"],
    "benefit_nn": ["arbeidsavklaringspengar", "dagpengar", "overgangsstønad"],
    "prior_nb": ["arbeidspraksis", "et avklaringstiltak", "en jobbklubb", "arbeidsforberedende trening"],
    "prior_nn": ["arbeidspraksis", "eit avklaringstiltak", "ein jobbklubb", "arbeidsførebuande trening"],
    "course_nb": ["truckførerkurs", "datakurs", "kurs i kundebehandling", "kurs i renhold", "bransjekurs for butikk"],
    "course_nn": ["truckførarkurs", "datakurs", "kurs i kundehandsaming", "kurs i reinhald", "bransjekurs for butikk"],
    "workplace_nb": ["i en matbutikk", "på et lager på Forus", "i et bruktvarehus", "i parkavdelingen i kommunen",
                     "i en kantine"],
    "workplace_nn": ["i ein matbutikk", "på eit lager på Forus", "i eit bruktvarehus", "i parkavdelinga i kommunen",
                     "i ein kantine"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du ble født i {birth_year}. Da du søkte om kvalifiseringsprogram, var du {age} år, og du er dermed i "
                "yrkesaktiv alder.",
                "I {birth_year} ble du født, og i år fyller du {age} år. Du er altså innenfor alderen programmet "
                "gjelder for.",
                "Da søknaden din kom inn, var du {age} år gammel. Du har passert 18 år og har ennå ikke nådd 67 år. "
                "Vi mener derfor at du er i yrkesaktiv alder.",
                "Ut fra fødselsåret ditt, {birth_year}, er du {age} år nå. Det ligger innenfor yrkesaktiv alder.",
                "Etter at vi fikk søknaden, sjekket vi folkeregisteret. Der står det at du er født i {birth_year}. Du "
                "er altså {age} år, og alderskravet er oppfylt.",
                "Slik har vi vurdert alderen din:\nDu er født i {birth_year}.\nDa du søkte, var du {age} år.\nDu er "
                "derfor i yrkesaktiv alder.",
                "Du var {age} år da du tok kontakt med oss om kvalifiseringsprogram. Det er en alder da de fleste er "
                "i arbeid, og vi ser deg som innenfor målgruppen.",
                "Fram til fylte 67 år regner vi en person som i yrkesaktiv alder. I dag er du {age} år, og vilkåret "
                "er oppfylt.",
                "Alderen din var det enkleste å ta stilling til: Du er født i {birth_year} og er nå {age} år. Vi "
                "legger til grunn at du er i yrkesaktiv alder.",
                "Du er født i {birth_year}. Når programmet starter, er du {age} år, og det er innenfor grensene på 18 "
                "og 67 år.",
                "Det året du søkte, fyller du {age} år. Vi er derfor ikke i tvil om at du er i yrkesaktiv alder.",
                "Da vi gikk gjennom søknaden, så vi at du er {age} år. Du er dermed verken for ung eller for gammel "
                "for programmet.",
            ],
            "nn": [
                "Du vart fødd i {birth_year}. Då du søkte om kvalifiseringsprogram, var du {age} år, og du er dermed i "
                "yrkesaktiv alder.",
                "I {birth_year} vart du fødd, og i år fyller du {age} år. Du er altså innanfor den alderen programmet "
                "gjeld for.",
                "Då søknaden din kom inn, var du {age} år gammal. Du har passert 18 år og har enno ikkje nådd 67 år. "
                "Vi meiner difor at du er i yrkesaktiv alder.",
                "Ut frå fødselsåret ditt, {birth_year}, er du {age} år no. Det ligg innanfor yrkesaktiv alder.",
                "Etter at vi fekk søknaden, sjekka vi folkeregisteret. Der står det at du er fødd i {birth_year}. Du "
                "er altså {age} år, og alderskravet er oppfylt.",
                "Slik har vi vurdert alderen din:\nDu er fødd i {birth_year}.\nDå du søkte, var du {age} år.\nDu er "
                "difor i yrkesaktiv alder.",
                "Du var {age} år då du tok kontakt med oss om kvalifiseringsprogram. Det er ein alder då dei fleste "
                "er i arbeid, og vi ser deg som innanfor målgruppa.",
                "Fram til fylte 67 år reknar vi ein person som i yrkesaktiv alder. I dag er du {age} år, og "
                "vilkåret er oppfylt.",
                "Alderen din var det enklaste å ta stilling til: Du er fødd i {birth_year} og er no {age} år. Vi "
                "legg til grunn at du er i yrkesaktiv alder.",
                "Du er fødd i {birth_year}. Når programmet startar, er du {age} år, og det er innanfor grensene på 18 "
                "og 67 år.",
                "Det året du søkte, fyller du {age} år. Vi er difor ikkje i tvil om at du er i yrkesaktiv alder.",
                "Då vi gjekk gjennom søknaden, såg vi at du er {age} år. Du er dermed verken for ung eller for gammal "
                "for programmet.",
            ],
        },
        "named": {
            "nb": [
                "Søknaden din kom inn {date}. Vi har sett på alderen din og kommet fram til at du er i yrkesaktiv "
                "alder.",
                "Da vi registrerte søknaden, hentet vi opplysninger fra folkeregisteret. Alderskravet er oppfylt.",
                "Vi gikk gjennom alderskravet i den første samtalen med deg i {month}. Du er i yrkesaktiv alder.",
                "Etter at søknaden ble registrert, kontrollerte vi fødselsdatoen din mot folkeregisteret. Det var "
                "ingenting der som tilsa at vilkåret ikke er oppfylt.",
                "Du er i yrkesaktiv alder, slik vi konkluderte allerede da søknaden kom inn.",
                "Vi har vurdert alderen din ut fra opplysningene i saken, og du fyller kravet.",
                "I vurderingen vår i {month} kom vi fram til at du er innenfor aldersgrensene for programmet.",
            ],
            "nn": [
                "Søknaden din kom inn {date}. Vi har sett på alderen din og kome fram til at du er i yrkesaktiv "
                "alder.",
                "Då vi registrerte søknaden, henta vi opplysningar frå folkeregisteret. Alderskravet er oppfylt.",
                "Vi gjekk gjennom alderskravet i den første samtalen med deg i {month}. Du er i yrkesaktiv alder.",
                "Etter at søknaden vart registrert, kontrollerte vi fødselsdatoen din mot folkeregisteret. Det var "
                "ingenting der som tilsa at vilkåret ikkje er oppfylt.",
                "Du er i yrkesaktiv alder, slik vi konkluderte alt då søknaden kom inn.",
                "Vi har vurdert alderen din ut frå opplysningane i saka, og du fyller kravet.",
                "I vurderinga vår i {month} kom vi fram til at du er innanfor aldersgrensene for programmet.",
            ],
        },
        "quoted": {
            "nb": [
                "Da kvalifiseringsprogrammet ble innført i 2007, var det ment for personer i yrkesaktiv alder. Fra "
                "1. januar 2019 ble den nedre aldersgrensen senket fra 19 til 18 år.",
                "Sosialtjenesteloven § 29 sier at programmet er for personer i yrkesaktiv alder. I praksis regnes "
                "det fra 18 år og fram til 67 år.",
                "Lovendringen som trådte i kraft 1. januar 2019, gjorde at også 18-åringer kan få "
                "kvalifiseringsprogram. Før det var grensen 19 år.",
                "Det første vilkåret i § 29 er at søkeren er i yrkesaktiv alder. Loven setter ingen øvre grense i "
                "tall, men i praksis regnes yrkesaktiv alder fram til 67 år.",
                "Alderskravet har stått i loven siden programmet kom, og det ble justert i 2019, da den nedre "
                "grensen ble satt ned til 18 år.",
                "Etter rundskrivet til sosialtjenesteloven skal kommunen se på om søkeren er i yrkesaktiv alder, det "
                "vil si mellom 18 og 67 år.",
            ],
            "nn": [
                "Då kvalifiseringsprogrammet vart innført i 2007, var det meint for personar i yrkesaktiv alder. Frå "
                "1. januar 2019 vart den nedre aldersgrensa senka frå 19 til 18 år.",
                "Sosialtenestelova § 29 seier at programmet er for personar i yrkesaktiv alder. I praksis blir det "
                "rekna frå 18 år og fram til 67 år.",
                "Lovendringa som tok til å gjelde 1. januar 2019, gjorde at også 18-åringar kan få "
                "kvalifiseringsprogram. Før det var grensa 19 år.",
                "Det første vilkåret i § 29 er at søkjaren er i yrkesaktiv alder. Lova set inga øvre grense i tal, "
                "men i praksis blir yrkesaktiv alder rekna fram til 67 år.",
                "Alderskravet har stått i lova sidan programmet kom, og det vart justert i 2019, då den nedre grensa "
                "vart sett ned til 18 år.",
                "Etter rundskrivet til sosialtenestelova skal kommunen sjå på om søkjaren er i yrkesaktiv alder, det "
                "vil seie mellom 18 og 67 år.",
            ],
        },
        "negated": {
            "nb": [
                "Alderen din er ikke vurdert ennå. Vi venter på bekreftede opplysninger fra folkeregisteret.",
                "Vi har ikke kommet så langt at alderskravet er vurdert. Det gjør vi før programmet starter.",
                "Du ble født i [årstall] og er nå [alder] år.",
                "Dette vilkåret blir vurdert senere, når vi har fått alle opplysningene vi trenger.",
            ],
            "nn": [
                "Alderen din er ikkje vurdert enno. Vi ventar på stadfesta opplysningar frå folkeregisteret.",
                "Vi har ikkje kome så langt at alderskravet er vurdert. Det gjer vi før programmet startar.",
                "Du vart fødd i [årstal] og er no [alder] år.",
                "Dette vilkåret blir vurdert seinare, når vi har fått alle opplysningane vi treng.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "I {year} fikk du diagnosen {diag_nb}. Fram til da hadde du jobbet som {job_nb}, men etter hvert "
                "klarte du ikke arbeidet lenger, og arbeidsforholdet ble avsluttet. Siden har du ikke vært i jobb. "
                "Vi mener derfor at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Etter at du flyttet hit, har du lært litt norsk, men du snakker og skriver fortsatt lite. Du har "
                "ingen utdanning som er godkjent i Norge, og du har ikke hatt lønnet arbeid her. Dette gjør at "
                "arbeids- og inntektsevnen din i dag er vesentlig nedsatt.",
                "Etter ungdomsskolen begynte du på videregående, men du fullførte ikke. Senere har du bare hatt "
                "korte jobber, og den siste tok slutt i {year}. Du mangler både utdanning og sammenhengende "
                "arbeidserfaring, og vi vurderer arbeidsevnen din som vesentlig nedsatt.",
                "Siden våren {year} har du strevd med {diag_nb}. Du måtte slutte som {job_nb}, og "
                "arbeidsevnevurderingen fra {month} viser at du i dag bare klarer korte arbeidsøkter.",
                "Fram til {year} jobbet du fulltid som {job_nb}. Da skadet du deg i en ulykke på jobben, og du har "
                "ikke klart å gå tilbake. Vi legger til grunn at arbeids- og inntektsevnen din er vesentlig "
                "redusert.",
                "Du har fortalt oss at du har hatt {diag_nb} siden du var ung. Skolen ble vanskelig, og du gikk ut "
                "uten vitnemål. Senere prøvde du deg flere ganger som {job_nb}, men det holdt ikke over tid. "
                "Arbeidsevnen din er etter vår vurdering vesentlig nedsatt.",
                "Historien din, slik vi har forstått den:\nI {year} mistet du jobben som {job_nb} da bedriften "
                "nedbemannet.\nDeretter fikk du {diag_nb}.\nI dag klarer du ikke å stå i ordinært arbeid.\nVi "
                "vurderer derfor at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Arbeidsevnevurderingen ble ferdig i {month}. Den viser at {diag_nb} og kort skolegang sammen gjør "
                "det vanskelig for deg å få og beholde en jobb. Vi er enige i den vurderingen.",
                "Da du kom til Norge i {year}, hadde du seks års skolegang fra hjemlandet. Du har ikke fått arbeid "
                "her, og du leser og skriver lite norsk. Dette gir etter vår vurdering en vesentlig nedsatt arbeids- "
                "og inntektsevne.",
                "Du arbeidet i mange år som {job_nb}. Senere fikk du {diag_nb}, og legen din skrev i {month} at du "
                "ikke kan gå tilbake til det arbeidet. Du har ingen annen utdanning. Arbeidsevnen din er dermed "
                "vesentlig nedsatt.",
                "I {year} var du innlagt på sykehus i flere måneder. Etter det har du ikke klart å komme tilbake i "
                "arbeid, og du blir fort sliten. Vi mener at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Etter at du ble sagt opp som {job_nb} i {year}, søkte du mange jobber uten å få napp. Du har ikke "
                "fagbrev, og du har fortalt at {diag_nb} gjør at du ikke tåler tungt arbeid. Samlet sett er "
                "arbeids- og inntektsevnen din vesentlig nedsatt.",
            ],
            "nn": [
                "I {year} fekk du diagnosen {diag_nn}. Fram til då hadde du jobba som {job_nn}, men etter kvart "
                "klarte du ikkje arbeidet lenger, og arbeidsforholdet vart avslutta. Sidan har du ikkje vore i jobb. "
                "Vi meiner difor at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Etter at du flytta hit, har du lært litt norsk, men du snakkar og skriv framleis lite. Du har inga "
                "utdanning som er godkjend i Noreg, og du har ikkje hatt lønt arbeid her. Dette gjer at arbeids- og "
                "inntektsevna di i dag er vesentleg nedsett.",
                "Etter ungdomsskulen byrja du på vidaregåande, men du fullførte ikkje. Seinare har du berre hatt "
                "korte jobbar, og den siste tok slutt i {year}. Du manglar både utdanning og samanhengande "
                "arbeidserfaring, og vi vurderer arbeidsevna di som vesentleg nedsett.",
                "Sidan våren {year} har du slite med {diag_nn}. Du måtte slutte som {job_nn}, og "
                "arbeidsevnevurderinga frå {month} viser at du i dag berre klarer korte arbeidsøkter.",
                "Fram til {year} jobba du fulltid som {job_nn}. Då skadde du deg i ei ulukke på jobben, og du har "
                "ikkje klart å gå tilbake. Vi legg til grunn at arbeids- og inntektsevna di er vesentleg redusert.",
                "Du har fortalt oss at du har hatt {diag_nn} sidan du var ung. Skulen vart vanskeleg, og du gjekk ut "
                "utan vitnemål. Seinare prøvde du deg fleire gonger som {job_nn}, men det heldt ikkje over tid. "
                "Arbeidsevna di er etter vår vurdering vesentleg nedsett.",
                "Historia di, slik vi har forstått ho:\nI {year} miste du jobben som {job_nn} då bedrifta "
                "nedbemanna.\nDeretter fekk du {diag_nn}.\nI dag klarer du ikkje å stå i ordinært arbeid.\nVi "
                "vurderer difor at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Arbeidsevnevurderinga vart ferdig i {month}. Ho viser at {diag_nn} og kort skulegang saman gjer det "
                "vanskeleg for deg å få og halde på ein jobb. Vi er einige i den vurderinga.",
                "Då du kom til Noreg i {year}, hadde du seks års skulegang frå heimlandet. Du har ikkje fått arbeid "
                "her, og du les og skriv lite norsk. Dette gir etter vår vurdering ei vesentleg nedsett arbeids- og "
                "inntektsevne.",
                "Du arbeidde i mange år som {job_nn}. Seinare fekk du {diag_nn}, og legen din skreiv i {month} at du "
                "ikkje kan gå tilbake til det arbeidet. Du har inga anna utdanning. Arbeidsevna di er dermed "
                "vesentleg nedsett.",
                "I {year} låg du på sjukehus i fleire månader. Etter det har du ikkje klart å kome tilbake i arbeid, "
                "og du blir fort sliten. Vi meiner at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Etter at du vart sagt opp som {job_nn} i {year}, søkte du mange jobbar utan å få napp. Du har ikkje "
                "fagbrev, og du har fortalt at {diag_nn} gjer at du ikkje toler tungt arbeid. Samla sett er arbeids- "
                "og inntektsevna di vesentleg nedsett.",
            ],
        },
        "named": {
            "nb": [
                "Søknaden kom inn {date}, og i {month} hadde vi den første samtalen med deg. Etter den gjorde vi en "
                "arbeidsevnevurdering. Konklusjonen er at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Vi har mottatt legeerklæring og arbeidsevnevurdering i saken. På bakgrunn av dokumentene har vi "
                "kommet fram til at vilkåret om vesentlig nedsatt arbeids- og inntektsevne er oppfylt.",
                "I møtet {date} gikk vi sammen gjennom arbeidsevnen din. Vi konkluderte med at vilkåret er oppfylt.",
                "Da vi behandlet saken, la vi vekt på arbeidsevnevurderingen som var gjort tidligere. Du har "
                "vesentlig nedsatt arbeids- og inntektsevne.",
                "Etter at vi fikk uttalelsen fra fastlegen din, vurderte vi arbeidsevnen din på nytt. Vilkåret er "
                "oppfylt, se vedlagt arbeidsevnevurdering.",
                "Saken ble drøftet i vårt interne fagmøte i {month}. Der ble det konkludert med at du har vesentlig "
                "nedsatt arbeids- og inntektsevne.",
                "Arbeids- og inntektsevnen din er vesentlig nedsatt. Det har vi lagt til grunn siden vi begynte å "
                "behandle søknaden.",
            ],
            "nn": [
                "Søknaden kom inn {date}, og i {month} hadde vi den første samtalen med deg. Etter den gjorde vi ei "
                "arbeidsevnevurdering. Konklusjonen er at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Vi har fått legeerklæring og arbeidsevnevurdering i saka. På grunnlag av dokumenta har vi kome fram "
                "til at vilkåret om vesentleg nedsett arbeids- og inntektsevne er oppfylt.",
                "I møtet {date} gjekk vi saman gjennom arbeidsevna di. Vi konkluderte med at vilkåret er oppfylt.",
                "Då vi handsama saka, la vi vekt på arbeidsevnevurderinga som var gjord tidlegare. Du har vesentleg "
                "nedsett arbeids- og inntektsevne.",
                "Etter at vi fekk fråsegna frå fastlegen din, vurderte vi arbeidsevna di på nytt. Vilkåret er "
                "oppfylt, sjå vedlagd arbeidsevnevurdering.",
                "Saka vart drøfta i det interne fagmøtet vårt i {month}. Der vart det konkludert med at du har "
                "vesentleg nedsett arbeids- og inntektsevne.",
                "Arbeids- og inntektsevna di er vesentleg nedsett. Det har vi lagt til grunn sidan vi byrja å "
                "handsame søknaden.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 29 må søkeren ha vesentlig nedsatt arbeids- og inntektsevne. Etter "
                "rundskrivet kan dette skyldes helse, manglende utdanning eller språk, eller sosiale forhold.",
                "Da ordningen kom i 2007, var målgruppen personer som står langt fra arbeidslivet og har vesentlig "
                "nedsatt arbeids- og inntektsevne. Vilkåret står fortsatt i § 29.",
                "Kravet om vesentlig nedsatt arbeids- og inntektsevne er ikke knyttet til en bestemt prosent. Etter "
                "rundskrivet skal det gjøres en helhetlig vurdering av den enkeltes situasjon.",
                "Loven bygger på at arbeidsevnen blir kartlagt i en arbeidsevnevurdering etter NAV-loven § 14 a.",
                "Vesentlig nedsatt arbeids- og inntektsevne er det andre vilkåret i § 29. Rundskrivet sier at "
                "programmet er ment for dem som trenger mer enn vanlig bistand for å komme i arbeid.",
                "Etter rundskrivet må nedsettelsen av arbeids- og inntektsevnen være vesentlig, men den trenger ikke "
                "å være varig.",
            ],
            "nn": [
                "Etter sosialtenestelova § 29 må søkjaren ha vesentleg nedsett arbeids- og inntektsevne. Etter "
                "rundskrivet kan dette kome av helse, manglande utdanning eller språk, eller sosiale forhold.",
                "Då ordninga kom i 2007, var målgruppa personar som står langt frå arbeidslivet og har vesentleg "
                "nedsett arbeids- og inntektsevne. Vilkåret står framleis i § 29.",
                "Kravet om vesentleg nedsett arbeids- og inntektsevne er ikkje knytt til ein bestemt prosent. Etter "
                "rundskrivet skal det gjerast ei heilskapleg vurdering av situasjonen til den enkelte.",
                "Lova byggjer på at arbeidsevna blir kartlagd i ei arbeidsevnevurdering etter NAV-lova § 14 a.",
                "Vesentleg nedsett arbeids- og inntektsevne er det andre vilkåret i § 29. Rundskrivet seier at "
                "programmet er meint for dei som treng meir enn vanleg bistand for å kome i arbeid.",
                "Etter rundskrivet må nedsetjinga av arbeids- og inntektsevna vere vesentleg, men ho treng ikkje "
                "vere varig.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevnevurderingen er ikke ferdig ennå. Vi kommer tilbake til dette vilkåret når den foreligger.",
                "Vi har ennå ikke fått legeerklæringen vi ba om i {month}, og vilkåret om nedsatt arbeidsevne er "
                "derfor ikke vurdert.",
                "Arbeids- og inntektsevnen din er vesentlig nedsatt fordi [beskriv helse, utdanning og "
                "arbeidserfaring].",
                "Vurderingen av arbeids- og inntektsevnen din blir gjort senere, når kartleggingen er fullført.",
            ],
            "nn": [
                "Arbeidsevnevurderinga er ikkje ferdig enno. Vi kjem tilbake til dette vilkåret når ho ligg føre.",
                "Vi har enno ikkje fått legeerklæringa vi bad om i {month}, og vilkåret om nedsett arbeidsevne er "
                "difor ikkje vurdert.",
                "Arbeids- og inntektsevna di er vesentleg nedsett fordi [skildre helse, utdanning og "
                "arbeidserfaring].",
                "Vurderinga av arbeids- og inntektsevna di blir gjord seinare, når kartlegginga er fullført.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Fram til {date} fikk du {benefit_nb}. Den retten er nå brukt opp, og du har ingen annen inntekt. "
                "Du har derfor ingen ytelser til livsopphold.",
                "I {year} søkte du om arbeidsavklaringspenger, men fikk avslag. Siden da har du levd av økonomisk "
                "sosialhjelp, og i {month} fikk du {amount}.",
                "Etter at du flyttet hit, har du ikke hatt arbeidsinntekt. Du har levd av sosialhjelp fra oss, og du "
                "har ingen oppsparte penger.",
                "Siden våren {year} har du fått økonomisk sosialhjelp hver måned. Du har ikke rett til dagpenger "
                "eller arbeidsavklaringspenger, og du har ingen formue.",
                "Dagpengene dine tok slutt i {month}. Etter det har du bare hatt en liten lønnsinntekt på rundt "
                "{amount} i måneden. Det er svært begrensede midler å leve av.",
                "I {year} fikk du avslag på søknaden om uføretrygd. Siden har du ikke hatt noen ytelse fra "
                "folketrygden.",
                "Slik har økonomien din vært det siste året:\nFram til {month} fikk du {benefit_nb}.\nDeretter har "
                "du fått økonomisk sosialhjelp.\nDu har ingen oppsparte penger.\nVi mener derfor at du har ingen "
                "eller svært begrensede ytelser til livsopphold.",
                "Da du søkte, hadde du {amount} på konto og ingen annen inntekt. Det er ikke nok å leve av, og "
                "vilkåret er oppfylt.",
                "Arbeidsavklaringspengene dine stanset i {year}, da den lengste perioden var brukt opp. Etter det har "
                "du levd av lån fra familien og av sosialhjelp.",
                "Tidligere hadde du {benefit_nb}, men retten falt bort i {month}. I dag har du ingen faste ytelser.",
                "Da vi gikk gjennom økonomien din i {month}, fant vi at du bare har barnetrygd og bostøtte. Du har "
                "ingen ytelser til livsopphold fra folketrygden.",
                "Overgangsstønaden din tok slutt i {year}. Senere har du bare hatt bostøtte, som i dag er på "
                "{amount} i måneden. Du har ingen andre ytelser til livsopphold.",
            ],
            "nn": [
                "Fram til {date} fekk du {benefit_nn}. Den retten er no brukt opp, og du har inga anna inntekt. Du "
                "har difor ingen ytingar til livsopphald.",
                "I {year} søkte du om arbeidsavklaringspengar, men fekk avslag. Sidan då har du levd av økonomisk "
                "sosialhjelp, og i {month} fekk du {amount}.",
                "Etter at du flytta hit, har du ikkje hatt arbeidsinntekt. Du har levd av sosialhjelp frå oss, og du "
                "har ingen oppsparte pengar.",
                "Sidan våren {year} har du fått økonomisk sosialhjelp kvar månad. Du har ikkje rett til dagpengar "
                "eller arbeidsavklaringspengar, og du har ingen formue.",
                "Dagpengane dine tok slutt i {month}. Etter det har du berre hatt ei lita lønsinntekt på rundt "
                "{amount} i månaden. Det er svært avgrensa midlar å leve av.",
                "I {year} fekk du avslag på søknaden om uføretrygd. Sidan har du ikkje hatt noka yting frå "
                "folketrygda.",
                "Slik har økonomien din vore det siste året:\nFram til {month} fekk du {benefit_nn}.\nDeretter har "
                "du fått økonomisk sosialhjelp.\nDu har ingen oppsparte pengar.\nVi meiner difor at du har ingen "
                "eller svært avgrensa ytingar til livsopphald.",
                "Då du søkte, hadde du {amount} på konto og inga anna inntekt. Det er ikkje nok å leve av, og "
                "vilkåret er oppfylt.",
                "Arbeidsavklaringspengane dine stansa i {year}, då den lengste perioden var brukt opp. Etter det har "
                "du levd av lån frå familien og av sosialhjelp.",
                "Tidlegare hadde du {benefit_nn}, men retten fall bort i {month}. I dag har du ingen faste ytingar.",
                "Då vi gjekk gjennom økonomien din i {month}, fann vi at du berre har barnetrygd og bustøtte. Du har "
                "ingen ytingar til livsopphald frå folketrygda.",
                "Overgangsstønaden din tok slutt i {year}. Seinare har du berre hatt bustøtte, som i dag er på "
                "{amount} i månaden. Du har ingen andre ytingar til livsopphald.",
            ],
        },
        "named": {
            "nb": [
                "Vi har hentet inn opplysninger om inntekt og skatt, og du har levert kontoutskrifter. Ut fra dette "
                "har vi kommet fram til at vilkåret om ytelser til livsopphold er oppfylt.",
                "I {month} ba vi deg om kontoutskrifter for de siste tre månedene. Vi fikk dem kort tid etter, og "
                "etter å ha gått gjennom dem fant vi at vilkåret er oppfylt.",
                "Økonomien din ble gjennomgått i samtalen vi hadde med deg etter at søknaden kom inn. Vilkåret er "
                "oppfylt.",
                "Vi har sjekket i våre systemer hvilke ytelser som er registrert på deg. Konklusjonen er at du har "
                "ingen eller svært begrensede ytelser til livsopphold.",
                "Da søknaden ble behandlet, så vi på de økonomiske opplysningene i saken. Du fyller kravet til "
                "ytelser i § 29.",
                "Se vedlagt oversikt over inntekt og ytelser. Vilkåret om ingen eller svært begrensede ytelser er "
                "oppfylt.",
                "Etter møtet med deg {date} konkluderte vi med at du oppfyller kravet til ytelser til livsopphold.",
            ],
            "nn": [
                "Vi har henta inn opplysningar om inntekt og skatt, og du har levert kontoutskrifter. Ut frå dette "
                "har vi kome fram til at vilkåret om ytingar til livsopphald er oppfylt.",
                "I {month} bad vi deg om kontoutskrifter for dei siste tre månadene. Vi fekk dei kort tid etter, og "
                "etter å ha gått gjennom dei fann vi at vilkåret er oppfylt.",
                "Økonomien din vart gjennomgått i samtalen vi hadde med deg etter at søknaden kom inn. Vilkåret er "
                "oppfylt.",
                "Vi har sjekka i systema våre kva ytingar som er registrerte på deg. Konklusjonen er at du har ingen "
                "eller svært avgrensa ytingar til livsopphald.",
                "Då søknaden vart handsama, såg vi på dei økonomiske opplysningane i saka. Du fyller kravet til "
                "ytingar i § 29.",
                "Sjå vedlagd oversikt over inntekt og ytingar. Vilkåret om ingen eller svært avgrensa ytingar er "
                "oppfylt.",
                "Etter møtet med deg {date} konkluderte vi med at du oppfyller kravet til ytingar til livsopphald.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 29 gjelder programmet personer som har ingen eller svært begrensede ytelser til livsopphold "
                "etter folketrygdloven eller arbeidsmarkedsloven.",
                "Da kvalifiseringsprogrammet ble innført, var tanken å gi et tilbud til dem som ellers ville vært "
                "avhengige av økonomisk sosialhjelp over lang tid. Derfor krever loven at søkeren har ingen eller "
                "svært begrensede ytelser.",
                "Etter rundskrivet er det ytelser som dekker livsoppholdet, som er avgjørende. Økonomisk sosialhjelp "
                "regnes ikke som en slik ytelse.",
                "Loven sier ikke noe beløp for hva som er svært begrensede ytelser. Det må vurderes konkret i hver "
                "sak.",
                "Dette vilkåret har stått i loven siden 2007. Lovendringen i 2019 gjaldt alder og varighet, ikke "
                "kravet til ytelser.",
                "Det tredje vilkåret i sosialtjenesteloven § 29 handler om ytelser til livsopphold: søkeren skal ha "
                "ingen eller svært begrensede ytelser etter folketrygdloven eller arbeidsmarkedsloven.",
            ],
            "nn": [
                "Etter § 29 gjeld programmet personar som har ingen eller svært avgrensa ytingar til livsopphald "
                "etter folketrygdlova eller arbeidsmarknadslova.",
                "Då kvalifiseringsprogrammet vart innført, var tanken å gi eit tilbod til dei som elles ville vore "
                "avhengige av økonomisk sosialhjelp over lang tid. Difor krev lova at søkjaren har ingen eller svært "
                "avgrensa ytingar.",
                "Etter rundskrivet er det ytingar som dekkjer livsopphaldet, som er avgjerande. Økonomisk "
                "sosialhjelp blir ikkje rekna som ei slik yting.",
                "Lova seier ikkje noko beløp for kva som er svært avgrensa ytingar. Det må vurderast konkret i kvar "
                "sak.",
                "Dette vilkåret har stått i lova sidan 2007. Lovendringa i 2019 galdt alder og varigheit, ikkje "
                "kravet til ytingar.",
                "Det tredje vilkåret i sosialtenestelova § 29 handlar om ytingar til livsopphald: søkjaren skal ha "
                "ingen eller svært avgrensa ytingar etter folketrygdlova eller arbeidsmarknadslova.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke fått kontoutskriftene vi ba om, så vilkåret om ytelser er ikke vurdert ennå.",
                "Opplysningene om økonomien din er ikke ferdig kontrollert. Vilkåret blir vurdert når vi har dem.",
                "Du har i dag [ytelse/inntekt] på kr [beløp] per måned.",
                "Vi tar stilling til ytelsene dine senere, etter at vi har fått svar fra Skatteetaten.",
            ],
            "nn": [
                "Vi har ikkje fått kontoutskriftene vi bad om, så vilkåret om ytingar er ikkje vurdert enno.",
                "Opplysningane om økonomien din er ikkje ferdig kontrollerte. Vilkåret blir vurdert når vi har dei.",
                "Du har i dag [yting/inntekt] på kr [beløp] per månad.",
                "Vi tek stilling til ytingane dine seinare, etter at vi har fått svar frå Skatteetaten.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "I {year} skulle du vært i arbeidspraksis i {months} måneder, men du falt ut etter kort tid. Senere "
                "fikk du oppfølging fra en jobbspesialist, uten at det førte til jobb. Vi mener at du nå trenger den "
                "tette og helhetlige oppfølgingen kvalifiseringsprogrammet gir.",
                "Etter at arbeidsevnevurderingen var ferdig i {month}, ble innsatsbehovet ditt satt til spesielt "
                "tilpasset innsats. Du trenger mer oppfølging enn ordinære tiltak kan gi.",
                "Fram til nå har du hatt jevnlige samtaler med veileder, men det har ikke ført deg nærmere arbeid. "
                "Vi tror at et forpliktende program med full dag og tett oppfølging er det som skal til.",
                "Da du deltok i {prior_nb} i {year}, så vi at du fungerte godt når dagen hadde faste rammer. Det "
                "ble likevel for lite oppfølging til at du kom videre. Derfor mener vi at kvalifiseringsprogram er "
                "nødvendig og hensiktsmessig for deg.",
                "Siden {year} har du vært med på flere korte tiltak, men ingen av dem har vart lenge nok til å gi "
                "varig effekt. Du trenger et program som varer over tid og samler oppfølgingen.",
                "Du har ikke vært i noe arbeidsrettet tiltak før. Vi har vurdert om et enkelttiltak kunne vært nok, "
                "men fordi du trenger tett oppfølging over lang tid, er kvalifiseringsprogram bedre egnet.",
                "I {month} gjorde vi en vurdering etter NAV-loven § 14 a, og konklusjonen var at du har behov for "
                "spesielt tilpasset innsats. Du har ikke behov for varig tilpasset innsats, og vi mener du kan komme "
                "i arbeid med riktig hjelp.",
                "Hvorfor kvalifiseringsprogram nå?\nDu deltok i {prior_nb} i {year}, men avsluttet etter kort "
                "tid.\nEtterpå har du hatt samtaler hos veileder uten å komme nærmere arbeid.\nVi mener du nå "
                "trenger et program med tett og helhetlig oppfølging.",
                "Etter at du flyttet hit, fullførte du introduksjonsprogrammet, men du kom ikke i jobb etterpå. "
                "Vanlig oppfølging har ikke vært nok, og vi mener at kvalifiseringsprogram er nødvendig for at du "
                "skal komme videre.",
                "Da vi drøftet andre muligheter med deg i {month}, kom vi fram til at arbeidsrettede tiltak alene "
                "ikke gir deg nok støtte, fordi du trenger oppfølging på flere områder samtidig. Derfor er "
                "programmet nødvendig og hensiktsmessig.",
                "Først prøvde vi oppfølging med en jobbspesialist i {year}. Senere var du på arbeidstrening i en "
                "lokal bedrift. Begge deler ble avsluttet uten at du fikk jobb, og vi vurderer at du trenger "
                "spesielt tilpasset innsats i form av kvalifiseringsprogram.",
                "Tidligere takket du nei til tilbud om praksisplass fordi du ikke følte deg klar. I {month} sa du "
                "selv at du ønsker et program med faste rammer. Vi mener at tidspunktet nå er riktig, og at du har "
                "behov for spesielt tilpasset innsats.",
            ],
            "nn": [
                "I {year} skulle du ha vore i arbeidspraksis i {months} månader, men du fall ut etter kort tid. "
                "Seinare fekk du oppfølging frå ein jobbspesialist, utan at det førte til jobb. Vi meiner at du no "
                "treng den tette og heilskaplege oppfølginga kvalifiseringsprogrammet gir.",
                "Etter at arbeidsevnevurderinga var ferdig i {month}, vart innsatsbehovet ditt sett til spesielt "
                "tilpassa innsats. Du treng meir oppfølging enn ordinære tiltak kan gi.",
                "Fram til no har du hatt jamlege samtalar med rettleiar, men det har ikkje ført deg nærare arbeid. "
                "Vi trur at eit forpliktande program med full dag og tett oppfølging er det som skal til.",
                "Då du deltok i {prior_nn} i {year}, såg vi at du fungerte godt når dagen hadde faste rammer. Det "
                "vart likevel for lite oppfølging til at du kom vidare. Difor meiner vi at kvalifiseringsprogram er "
                "naudsynt og føremålstenleg for deg.",
                "Sidan {year} har du vore med på fleire korte tiltak, men ingen av dei har vart lenge nok til å gi "
                "varig effekt. Du treng eit program som varer over tid og samlar oppfølginga.",
                "Du har ikkje vore i noko arbeidsretta tiltak før. Vi har vurdert om eit enkelttiltak kunne vore "
                "nok, men fordi du treng tett oppfølging over lang tid, er kvalifiseringsprogram betre eigna.",
                "I {month} gjorde vi ei vurdering etter NAV-lova § 14 a, og konklusjonen var at du har behov for "
                "spesielt tilpassa innsats. Du har ikkje behov for varig tilpassa innsats, og vi meiner du kan kome "
                "i arbeid med rett hjelp.",
                "Kvifor kvalifiseringsprogram no?\nDu deltok i {prior_nn} i {year}, men avslutta etter kort "
                "tid.\nEtterpå har du hatt samtalar hos rettleiar utan å kome nærare arbeid.\nVi meiner du no treng "
                "eit program med tett og heilskapleg oppfølging.",
                "Etter at du flytta hit, fullførte du introduksjonsprogrammet, men du kom ikkje i jobb etterpå. "
                "Vanleg oppfølging har ikkje vore nok, og vi meiner at kvalifiseringsprogram er naudsynt for at du "
                "skal kome vidare.",
                "Då vi drøfta andre moglegheiter med deg i {month}, kom vi fram til at arbeidsretta tiltak åleine "
                "ikkje gir deg nok støtte, fordi du treng oppfølging på fleire område samtidig. Difor er programmet "
                "naudsynt og føremålstenleg.",
                "Først prøvde vi oppfølging med ein jobbspesialist i {year}. Seinare var du på arbeidstrening i ei "
                "lokal bedrift. Begge delar vart avslutta utan at du fekk jobb, og vi vurderer at du treng spesielt "
                "tilpassa innsats i form av kvalifiseringsprogram.",
                "Tidlegare takka du nei til tilbod om praksisplass fordi du ikkje kjende deg klar. I {month} sa du "
                "sjølv at du ønskjer eit program med faste rammer. Vi meiner at tidspunktet no er rett, og at du har "
                "behov for spesielt tilpassa innsats.",
            ],
        },
        "named": {
            "nb": [
                "Vi har vurdert om kvalifiseringsprogram er nødvendig og hensiktsmessig for deg, og det er det.",
                "I {month} ble saken drøftet i et samarbeidsmøte med veilederen din. Vi kom fram til at vilkåret er "
                "oppfylt.",
                "Innsatsbehovet ditt er vurdert, se eget vedtak om oppfølging. Programmet er nødvendig og "
                "hensiktsmessig.",
                "Etter samtalen med deg {date} konkluderte vi med at kvalifiseringsprogram er riktig for deg.",
                "Vi har sett på hele saken og på opplysningene vi har fått siden du søkte. Samlet sett er programmet "
                "nødvendig og hensiktsmessig for å styrke mulighetene dine for arbeid.",
                "Behovet ditt for bistand ble vurdert da vi tok imot søknaden. Konklusjonen var at "
                "kvalifiseringsprogram er et egnet tiltak.",
                "Ut fra dokumentene i saken mener vi at kvalifiseringsprogram er nødvendig og hensiktsmessig i ditt "
                "tilfelle.",
            ],
            "nn": [
                "Vi har vurdert om kvalifiseringsprogram er naudsynt og føremålstenleg for deg, og det er det.",
                "I {month} vart saka drøfta i eit samarbeidsmøte med rettleiaren din. Vi kom fram til at vilkåret er "
                "oppfylt.",
                "Innsatsbehovet ditt er vurdert, sjå eige vedtak om oppfølging. Programmet er naudsynt og "
                "føremålstenleg.",
                "Etter samtalen med deg {date} konkluderte vi med at kvalifiseringsprogram er rett for deg.",
                "Vi har sett på heile saka og på opplysningane vi har fått sidan du søkte. Samla sett er programmet "
                "naudsynt og føremålstenleg for å styrkje moglegheitene dine for arbeid.",
                "Behovet ditt for bistand vart vurdert då vi tok imot søknaden. Konklusjonen var at "
                "kvalifiseringsprogram er eit eigna tiltak.",
                "Ut frå dokumenta i saka meiner vi at kvalifiseringsprogram er naudsynt og føremålstenleg i ditt "
                "tilfelle.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 29 skal programmet vurderes som nødvendig og hensiktsmessig for å styrke muligheten for å "
                "delta i arbeidslivet.",
                "Det er et vilkår at Nav har vurdert at søkeren har behov for spesielt tilpasset innsats. Den "
                "vurderingen gjøres etter NAV-loven § 14 a.",
                "Da programmet ble innført i 2007, var det ment for dem som trenger tettere og mer helhetlig "
                "oppfølging enn andre tiltak kan gi. Rundskrivet legger vekt på at programmet ikke skal brukes når "
                "andre tiltak er bedre egnet.",
                "Etter rundskrivet skal kommunen vurdere om andre tiltak kan gi like gode muligheter for arbeid. "
                "Kvalifiseringsprogram er for dem som ikke får et godt nok tilbud gjennom andre ordninger.",
                "Lovteksten krever at innsatsbehovet er vurdert som spesielt tilpasset innsats.",
                "Før lovendringen i 2019 var programmet en engangsrett. Nå kan det gis på nytt, men det må fortsatt "
                "være nødvendig og hensiktsmessig.",
            ],
            "nn": [
                "Etter § 29 skal programmet vurderast som naudsynt og føremålstenleg for å styrkje moglegheita for å "
                "delta i arbeidslivet.",
                "Det er eit vilkår at Nav har vurdert at søkjaren har behov for spesielt tilpassa innsats. Den "
                "vurderinga blir gjord etter NAV-lova § 14 a.",
                "Då programmet vart innført i 2007, var det meint for dei som treng tettare og meir heilskapleg "
                "oppfølging enn andre tiltak kan gi. Rundskrivet legg vekt på at programmet ikkje skal nyttast når "
                "andre tiltak er betre eigna.",
                "Etter rundskrivet skal kommunen vurdere om andre tiltak kan gi like gode moglegheiter for arbeid. "
                "Kvalifiseringsprogram er for dei som ikkje får eit godt nok tilbod gjennom andre ordningar.",
                "Lovteksten krev at innsatsbehovet er vurdert som spesielt tilpassa innsats.",
                "Før lovendringa i 2019 var programmet ein eingongsrett. No kan det givast på nytt, men det må "
                "framleis vere naudsynt og føremålstenleg.",
            ],
        },
        "negated": {
            "nb": [
                "Innsatsbehovet ditt er ikke vurdert ennå. Det blir gjort i en egen vurdering etter NAV-loven "
                "§ 14 a.",
                "Vi har ikke tatt stilling til om programmet er nødvendig og hensiktsmessig. Det vurderer vi når "
                "kartleggingen er ferdig.",
                "Programmet er nødvendig fordi [skriv hvorfor andre tiltak ikke er nok].",
                "Vi venter fortsatt på vurderingen av innsatsbehovet. Vilkåret blir vurdert senere.",
            ],
            "nn": [
                "Innsatsbehovet ditt er ikkje vurdert enno. Det blir gjort i ei eiga vurdering etter NAV-lova "
                "§ 14 a.",
                "Vi har ikkje teke stilling til om programmet er naudsynt og føremålstenleg. Det vurderer vi når "
                "kartlegginga er ferdig.",
                "Programmet er naudsynt fordi [skriv kvifor andre tiltak ikkje er nok].",
                "Vi ventar framleis på vurderinga av innsatsbehovet. Vilkåret blir vurdert seinare.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Fra oppstart skal du være på arbeidstrening {workplace_nb} tre dager i uka. De andre dagene går du "
                "på {course_nb}. Programmet er på {hours} timer i uka.",
                "Vi satte sammen planen med deg i {month}. Den første tiden skal du gå på {course_nb}, og senere "
                "skal du ut i praksis {workplace_nb}.",
                "Slik blir programmet ditt:\nDe første {months} ukene: {course_nb} og kartlegging.\nDeretter: "
                "arbeidstrening {workplace_nb}.\nHele tiden: samtaler med veilederen din og trening to ganger i uka.",
                "Etter oppstart {date} skal du delta på {course_nb}. Senere i programmet får du praksis "
                "{workplace_nb}, med mål om en fast jobb der.",
                "Da vi snakket om programmet, ønsket du å prøve deg i praktisk arbeid. Derfor har vi avtalt praksis "
                "{workplace_nb}, og du skal også gå på {course_nb}.",
                "Programmet ditt blir på {hours} timer i uka. Du skal være i praksis {workplace_nb} og gå på "
                "{course_nb} to ettermiddager.",
                "Fram til sommeren skal du gå på {course_nb}. Etter sommeren begynner du på arbeidstrening "
                "{workplace_nb}. Vi har også satt av tid til fysisk aktivitet hver uke.",
                "Siden programmet skal vare i ett år, har vi delt det i to: først {course_nb}, så arbeidspraksis "
                "{workplace_nb}.",
                "I planen står det at du skal ha arbeidstrening {workplace_nb} fra oppstart, og at du får "
                "oppfølging av en jobbspesialist hver uke.",
                "Den første måneden bruker vi på kartlegging og samtaler. Deretter begynner du på {course_nb} og "
                "praksis {workplace_nb}. NAV {office} kan tilby dette programmet.",
                "Når programmet starter, skal du møte {workplace_nb} hver formiddag. Ettermiddagene er satt av til "
                "{course_nb} og samtaler med veileder.",
                "Vi har avtalt at programmet ditt skal bestå av {course_nb}, arbeidstrening og oppfølging av "
                "veileder, til sammen {hours} timer i uka. Vi kan tilby deg et slikt tilpasset program.",
            ],
            "nn": [
                "Frå oppstart skal du vere på arbeidstrening {workplace_nn} tre dagar i veka. Dei andre dagane går "
                "du på {course_nn}. Programmet er på {hours} timar i veka.",
                "Vi sette saman planen med deg i {month}. Den første tida skal du gå på {course_nn}, og seinare "
                "skal du ut i praksis {workplace_nn}.",
                "Slik blir programmet ditt:\nDei første {months} vekene: {course_nn} og kartlegging.\nDeretter: "
                "arbeidstrening {workplace_nn}.\nHeile tida: samtalar med rettleiaren din og trening to gonger i "
                "veka.",
                "Etter oppstart {date} skal du delta på {course_nn}. Seinare i programmet får du praksis "
                "{workplace_nn}, med mål om ein fast jobb der.",
                "Då vi snakka om programmet, ønskte du å prøve deg i praktisk arbeid. Difor har vi avtalt praksis "
                "{workplace_nn}, og du skal også gå på {course_nn}.",
                "Programmet ditt blir på {hours} timar i veka. Du skal vere i praksis {workplace_nn} og gå på "
                "{course_nn} to ettermiddagar.",
                "Fram til sommaren skal du gå på {course_nn}. Etter sommaren byrjar du på arbeidstrening "
                "{workplace_nn}. Vi har også sett av tid til fysisk aktivitet kvar veke.",
                "Sidan programmet skal vare i eitt år, har vi delt det i to: først {course_nn}, så arbeidspraksis "
                "{workplace_nn}.",
                "I planen står det at du skal ha arbeidstrening {workplace_nn} frå oppstart, og at du får "
                "oppfølging av ein jobbspesialist kvar veke.",
                "Den første månaden bruker vi på kartlegging og samtalar. Deretter byrjar du på {course_nn} og "
                "praksis {workplace_nn}. NAV {office} kan tilby dette programmet.",
                "Når programmet startar, skal du møte {workplace_nn} kvar føremiddag. Ettermiddagane er sette av til "
                "{course_nn} og samtalar med rettleiar.",
                "Vi har avtalt at programmet ditt skal vere sett saman av {course_nn}, arbeidstrening og oppfølging "
                "av rettleiar, til saman {hours} timar i veka. Vi kan tilby deg eit slikt tilpassa program.",
            ],
        },
        "named": {
            "nb": [
                "Vi har laget en plan for programmet sammen med deg. Planen ligger ved dette vedtaket.",
                "I møtet {date} gikk vi gjennom hva programmet skal inneholde. Vi kan tilby deg et tilpasset "
                "program.",
                "Programmet er tilpasset deg, og kommunen kan tilby det.",
                "Etter at søknaden kom inn, har vi arbeidet med å finne et program som passer. Det har vi nå, se "
                "vedlagt plan.",
                "Innholdet i programmet ble avtalt i en samtale med veilederen din i {month}. Vilkåret om at vi kan "
                "tilby et tilpasset program, er oppfylt.",
                "Vi har vurdert hva NAV {office} kan tilby, og konklusjonen er at vi kan gi deg et tilpasset "
                "program.",
                "Planen for programmet ble underskrevet {date}. Vilkåret er oppfylt.",
            ],
            "nn": [
                "Vi har laga ein plan for programmet saman med deg. Planen ligg ved dette vedtaket.",
                "I møtet {date} gjekk vi gjennom kva programmet skal innehalde. Vi kan tilby deg eit tilpassa "
                "program.",
                "Programmet er tilpassa deg, og kommunen kan tilby det.",
                "Etter at søknaden kom inn, har vi arbeidd med å finne eit program som passar. Det har vi no, sjå "
                "vedlagd plan.",
                "Innhaldet i programmet vart avtalt i ein samtale med rettleiaren din i {month}. Vilkåret om at vi "
                "kan tilby eit tilpassa program, er oppfylt.",
                "Vi har vurdert kva NAV {office} kan tilby, og konklusjonen er at vi kan gi deg eit tilpassa "
                "program.",
                "Planen for programmet vart underskriven {date}. Vilkåret er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 30 skal programmet være arbeidsrettet, helårig og tilsvare full tid. "
                "Det skal inneholde arbeidsrettede tiltak og kan også inneholde opplæring og andre tiltak.",
                "Da programmet kom i 2007, ble det lagt vekt på at det skulle være helårig og på full tid, som en "
                "vanlig jobb. Slik er det fortsatt.",
                "Fra 2019 ble det presisert i loven at kommunen bare i unntakstilfeller kan avslå fordi den ikke har "
                "mulighet til å tilby program.",
                "Loven krever at kommunen kan tilby et tilpasset program. Forskrift om kvalifiseringsprogram gir "
                "nærmere regler om innholdet.",
                "Etter rundskrivet skal programmet utformes ut fra den enkeltes behov og forutsetninger, og "
                "deltakeren skal være med på å lage det.",
                "Etter lovendringen i 2019 kan program gis i inntil to år, og det kan unntaksvis forlenges med inntil "
                "ett år.",
            ],
            "nn": [
                "Etter sosialtenestelova § 30 skal programmet vere arbeidsretta, heilårleg og svare til full tid. "
                "Det skal innehalde arbeidsretta tiltak og kan også innehalde opplæring og andre tiltak.",
                "Då programmet kom i 2007, vart det lagt vekt på at det skulle vere heilårleg og på full tid, som ein "
                "vanleg jobb. Slik er det framleis.",
                "Frå 2019 vart det presisert i lova at kommunen berre i unntakstilfelle kan avslå fordi han ikkje "
                "har høve til å tilby program.",
                "Lova krev at kommunen kan tilby eit tilpassa program. Forskrift om kvalifiseringsprogram gir "
                "nærare reglar om innhaldet.",
                "Etter rundskrivet skal programmet utformast ut frå behova og føresetnadene til den enkelte, og "
                "deltakaren skal vere med på å lage det.",
                "Etter lovendringa i 2019 kan program givast i inntil to år, og det kan unntaksvis forlengast med "
                "inntil eitt år.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke bestemt ennå. Vi lager planen sammen med deg før oppstart.",
                "Vi har ennå ikke avklart hva programmet ditt skal inneholde. Det kommer i en egen plan senere.",
                "Programmet ditt består av: [aktivitet], [sted], [timer per uke].",
                "Vi vurderer senere om vi kan tilby deg et tilpasset program.",
            ],
            "nn": [
                "Innhaldet i programmet er ikkje bestemt enno. Vi lagar planen saman med deg før oppstart.",
                "Vi har enno ikkje avklart kva programmet ditt skal innehalde. Det kjem i ein eigen plan seinare.",
                "Programmet ditt består av: [aktivitet], [stad], [timar per veke].",
                "Vi vurderer seinare om vi kan tilby deg eit tilpassa program.",
            ],
        },
    },
}

HEADINGS = {
    "age": {
        "nb": ["Alder", "Er du i yrkesaktiv alder?", "Yrkesaktiv alder", "Om alderen din"],
        "nn": ["Alder", "Er du i yrkesaktiv alder?", "Yrkesaktiv alder", "Om alderen din"],
    },
    "work_ability": {
        "nb": ["Vesentlig nedsatt arbeids- og inntektsevne", "Har du vesentlig nedsatt arbeidsevne?",
               "Helse, utdanning og arbeid", "Arbeids- og inntektsevne"],
        "nn": ["Vesentleg nedsett arbeids- og inntektsevne", "Har du vesentleg nedsett arbeidsevne?",
               "Helse, utdanning og arbeid", "Arbeids- og inntektsevne"],
    },
    "benefits": {
        "nb": ["Ingen eller svært begrensede ytelser til livsopphold", "Hva har du levd av?", "Inntekt og ytelser",
               "Økonomi"],
        "nn": ["Ingen eller svært avgrensa ytingar til livsopphald", "Kva har du levd av?", "Inntekt og ytingar",
               "Økonomi"],
    },
    "necessity": {
        "nb": ["Nødvendig og hensiktsmessig", "Er programmet riktig for deg?", "Behov for spesielt tilpasset innsats",
               "Innsatsbehov"],
        "nn": ["Naudsynt og føremålstenleg", "Er programmet rett for deg?", "Behov for spesielt tilpassa innsats",
               "Innsatsbehov"],
    },
    "program": {
        "nb": ["Tilpasset program", "Kan vi tilby deg et program som passer?", "Innholdet i programmet",
               "Programmet ditt"],
        "nn": ["Tilpassa program", "Kan vi tilby deg eit program som passar?", "Innhaldet i programmet",
               "Programmet ditt"],
    },
}

FRAME = {
    "nb": {
        "title": ["Vedtak om kvalifiseringsprogram", "Vedtak – kvalifiseringsprogram (KVP)",
                  "Søknaden din om kvalifiseringsprogram er innvilget"],
        "intro": ["Vi fikk søknaden din om kvalifiseringsprogram {date}.",
                  "Den {date} søkte du om kvalifiseringsprogram hos NAV {office}.",
                  "Du søkte om å delta i kvalifiseringsprogram {date}. Siden da har vi behandlet saken din."],
        "decision": ["Vi har nå innvilget søknaden, og du får kvalifiseringsprogram fra {date}.",
                     "NAV {office} innvilger deg kvalifiseringsprogram i perioden {date} til {date2}.",
                     "Søknaden er innvilget."],
        "general": ["Vi har kommet fram til at du oppfyller vilkårene i sosialtjenesteloven § 29.",
                    "For å få kvalifiseringsprogram må du oppfylle vilkårene i sosialtjenesteloven § 29. Nedenfor "
                    "forteller vi hvordan vi har vurdert hvert av dem."],
        "reasons_heading": ["Hvordan vi har vurdert saken din", "Begrunnelse", "Vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad mens du er i programmet"],
        "money": ["Mens du deltar i programmet, får du kvalifiseringsstønad på {kvp_amount} kroner i året. Stønaden "
                  "blir utbetalt hver fjortende dag og er skattepliktig.",
                  "Kvalifiseringsstønaden din er kr {kvp_amount} per år."],
        "start": ["Programmet starter {date}.", "Første dag i programmet er {date}. Programmet varer fram til {date2}."],
        "evaluation": ["Vi går gjennom programmet sammen med deg minst hver tredje måned.",
                       "Underveis har du og veilederen din jevnlige samtaler om hvordan det går."],
        "appeal_heading": ["Hvis du er uenig", "Du kan klage"],
        "appeal": ["Du kan klage på vedtaket. Fristen er tre uker fra du fikk dette brevet, jf. forvaltningsloven "
                   "§ 29. Send klagen til NAV {office}. Gir vi deg ikke medhold, sender vi saken til Statsforvalteren "
                   "i Rogaland.",
                   "Klagefristen er tre uker. Klagen sendes til NAV {office}."],
        "closing": ["Med vennlig hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak om kvalifiseringsprogram", "Vedtak – kvalifiseringsprogram (KVP)",
                  "Søknaden din om kvalifiseringsprogram er innvilga"],
        "intro": ["Vi fekk søknaden din om kvalifiseringsprogram {date}.",
                  "Den {date} søkte du om kvalifiseringsprogram hos NAV {office}.",
                  "Du søkte om å delta i kvalifiseringsprogram {date}. Sidan då har vi handsama saka di."],
        "decision": ["Vi har no innvilga søknaden, og du får kvalifiseringsprogram frå {date}.",
                     "NAV {office} innvilgar deg kvalifiseringsprogram i perioden {date} til {date2}.",
                     "Søknaden er innvilga."],
        "general": ["Vi har kome fram til at du oppfyller vilkåra i sosialtenestelova § 29.",
                    "For å få kvalifiseringsprogram må du oppfylle vilkåra i sosialtenestelova § 29. Nedanfor "
                    "fortel vi korleis vi har vurdert kvart av dei."],
        "reasons_heading": ["Korleis vi har vurdert saka di", "Grunngjeving", "Vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad medan du er i programmet"],
        "money": ["Medan du deltek i programmet, får du kvalifiseringsstønad på {kvp_amount} kroner i året. Stønaden "
                  "blir utbetalt kvar fjortande dag og er skattepliktig.",
                  "Kvalifiseringsstønaden din er kr {kvp_amount} per år."],
        "start": ["Programmet startar {date}.", "Første dag i programmet er {date}. Programmet varer fram til {date2}."],
        "evaluation": ["Vi går gjennom programmet saman med deg minst kvar tredje månad.",
                       "Undervegs har du og rettleiaren din jamlege samtalar om korleis det går."],
        "appeal_heading": ["Om du er usamd", "Du kan klage"],
        "appeal": ["Du kan klage på vedtaket. Fristen er tre veker frå du fekk dette brevet, jf. forvaltningslova "
                   "§ 29. Send klaga til NAV {office}. Får du ikkje medhald hos oss, sender vi saka til "
                   "Statsforvaltaren i Rogaland.",
                   "Klagefristen er tre veker. Klaga sender du til NAV {office}."],
        "closing": ["Med venleg helsing"],
    },
}
