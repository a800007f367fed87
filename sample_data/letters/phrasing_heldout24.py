"""Held-out phrasing bank ``heldout24`` (round 18): letters built from an Oslo district office's phrase library.

Written by the bank24 lane as an author independent of the rule: under the brief of issue #19 the author did not
open ``audit/grounds/``, ``docs/grounds.md``, ``benchmarks/``, the grounds tests, the committed sample letters or any
other phrasing bank, and did not run ``grounds`` or its benchmark on anything. The labels are the author's own
reading of each phrasing.

Register: a NAV district office in Oslo (bydel Grorud, Stovner, Alna, Søndre Nordstrand) whose caseworkers build
letters from the office's phrase library (fraseverk): fixed standard paragraphs with the caseworker's insertions —
sometimes well filled in, sometimes a word or two in the gap, sometimes the standard text with a short free-text
sentence after it, sometimes a standard phrase that merely names the criterion. Many users have an immigrant
background (interpreter, introduction programme, Norwegian courses, education from abroad); these facts belong to
work ability (language, education) or necessity (measures tried before) as the partition says. Bokmål and nynorsk
95 to 5. The office's own frame (phrase-library style, no facts about the person); ``office`` is overridden by
this bank's FILLERS with the four districts.

Kinds: ``grounds`` (label ja: at least one fact about the person for that criterion), ``named`` (nei: the standard
phrase names the criterion or says it is met, or points to a document without saying what it shows), ``quoted``
(nei: the law, the regulation, the circular or practice), ``negated`` (nei: not assessed, not documented, to be
assessed later, or the library's gap left unfilled). No phrasing holds a fact of another criterion.
"""

BANK = "heldout24"
LANG_WEIGHTS = (0.95, 0.05)

FILLERS = {
    "office": ["Grorud", "Stovner", "Alna", "Søndre Nordstrand"],
    "land": ["Somalia", "Eritrea", "Irak", "Afghanistan", "Syria", "Pakistan", "Polen", "Etiopia"],
    "diag_nb": ["ryggplager", "posttraumatisk stresslidelse", "diabetes og nervesmerter i føttene",
                "depresjon og søvnvansker", "kroniske smerter i skuldre og nakke", "angst"],
    "diag_nn": ["ryggplager", "posttraumatisk stressliding", "diabetes og nervesmerter i føtene",
                "depresjon og søvnvanskar", "kroniske smerter i skuldrer og nakke", "angst"],
    "job_nb": ["renholder", "lagermedarbeider", "kjøkkenassistent", "drosjesjåfør", "butikkmedarbeider"],
    "job_nn": ["reinhaldar", "lagermedarbeidar", "kjøkkenassistent", "drosjesjåfør", "butikkmedarbeidar"],
    "level": ["A1", "A2", "A2/B1"],
    "place_nb": ["Grorud arbeidssenter", "en kafé i bydelen", "et bemanningsbyrå på Furuset",
                 "en matbutikk på Stovner", "bydelens vaktmestertjeneste"],
    "place_nn": ["Grorud arbeidssenter", "ein kafé i bydelen", "eit bemanningsbyrå på Furuset",
                 "ein matbutikk på Stovner", "vaktmeistertenesta i bydelen"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du er i yrkesaktiv alder. Du er {age} år.",
                "Du er født i {birth_year} og er dermed i yrkesaktiv alder.",
                "Alder: {age} år. Vilkåret om yrkesaktiv alder er oppfylt.",
                "Du er {age} år gammel og har fortsatt år igjen før pensjonsalder.",
                "Ut fra fødselsåret ditt ({birth_year}) er du i yrkesaktiv alder.",
                "Du er i yrkesaktiv alder (født {birth_year}).",
                "Du fylte {age} år i år, og du er derfor i yrkesaktiv alder etter loven.",
                "Du er {age} år. Du er verken for ung eller har nådd pensjonsalder, og du er derfor i yrkesaktiv alder.",
                "Vi har sett på alderen din. Du er {age} år, og det er ingenting ved alderen din som hindrer deltakelse i program.",
                "Du er i yrkesaktiv alder. Du er født i {birth_year} og er over 18 og under 67 år.",
                "Yrkesaktiv alder: Ja, {age} år.",
                "Du er {age} år og har derfor rett alder for å delta i kvalifiseringsprogrammet.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder. Du er {age} år.",
                "Du er fødd i {birth_year} og er dermed i yrkesaktiv alder.",
                "Alder: {age} år. Vilkåret om yrkesaktiv alder er oppfylt.",
                "Du er {age} år gammal og har framleis år att før pensjonsalder.",
                "Ut frå fødselsåret ditt ({birth_year}) er du i yrkesaktiv alder.",
                "Du er i yrkesaktiv alder (fødd {birth_year}).",
                "Du fylte {age} år i år, og du er difor i yrkesaktiv alder etter lova.",
                "Du er {age} år. Du er verken for ung eller har nådd pensjonsalder, og du er difor i yrkesaktiv alder.",
                "Vi har sett på alderen din. Du er {age} år, og det er ingenting ved alderen din som hindrar deltaking i program.",
                "Du er i yrkesaktiv alder. Du er fødd i {birth_year} og er over 18 og under 67 år.",
                "Yrkesaktiv alder: Ja, {age} år.",
                "Du er {age} år og har difor rett alder for å delta i kvalifiseringsprogrammet.",
            ],
        },
        "named": {
            "nb": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om yrkesaktiv alder er oppfylt.",
                "Yrkesaktiv alder: Ja.",
                "Alderskravet er oppfylt, jf. opplysningene i søknaden.",
                "Du fyller vilkåret om alder.",
                "NAV har kontrollert alderen din mot Folkeregisteret. Vilkåret er oppfylt.",
                "Du er innenfor aldersgruppen som kan få kvalifiseringsprogram.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder.",
                "Vilkåret om yrkesaktiv alder er oppfylt.",
                "Yrkesaktiv alder: Ja.",
                "Alderskravet er oppfylt, jf. opplysningane i søknaden.",
                "Du fyller vilkåret om alder.",
                "NAV har kontrollert alderen din mot Folkeregisteret. Vilkåret er oppfylt.",
                "Du er innanfor aldersgruppa som kan få kvalifiseringsprogram.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet er for personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første ledd.",
                "Etter rundskrivet regnes yrkesaktiv alder som alderen fra 18 år og fram til 67 år.",
                "Det er et vilkår at søkeren er i yrkesaktiv alder.",
                "Personer i yrkesaktiv alder kan ha rett til kvalifiseringsprogram, jf. § 29.",
                "I praksis gis kvalifiseringsprogram ikke til personer som har rett til alderspensjon.",
                "Loven setter ingen fast aldersgrense. Det avgjørende er om søkeren er i en alder der det er naturlig å være i arbeid.",
            ],
            "nn": [
                "Programmet er for personar i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd.",
                "Etter rundskrivet vert yrkesaktiv alder rekna som alderen frå 18 år og fram til 67 år.",
                "Det er eit vilkår at søkjaren er i yrkesaktiv alder.",
                "Personar i yrkesaktiv alder kan ha rett til kvalifiseringsprogram, jf. § 29.",
                "I praksis vert kvalifiseringsprogram ikkje gitt til personar som har rett til alderspensjon.",
                "Lova set inga fast aldersgrense. Det avgjerande er om søkjaren er i ein alder der det er naturleg å vere i arbeid.",
            ],
        },
        "negated": {
            "nb": [
                "Alder: [sett inn alder]",
                "Du er ___ år og dermed i yrkesaktiv alder.",
                "Alderen din er ikke vurdert i dette vedtaket.",
                "Vi har ikke fått bekreftet alderen din ennå. Dette blir sjekket før oppstart.",
            ],
            "nn": [
                "Alder: [set inn alder]",
                "Du er ___ år og dermed i yrkesaktiv alder.",
                "Alderen din er ikkje vurdert i dette vedtaket.",
                "Vi har ikkje fått stadfesta alderen din enno. Dette vert sjekka før oppstart.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Du har vesentlig nedsatt arbeids- og inntektsevne. Du har {diag_nb}, og dette begrenser hva slags arbeid du kan gjøre.",
                "Du har vesentlig nedsatt arbeids- og inntektsevne fordi du har lite skolegang fra {land} og snakker lite norsk.",
                "Arbeidsevnevurderingen datert {date} viser at du har behov for bistand for å komme i arbeid. Du har ikke fullført grunnskole, og norsknivået ditt er {level}. Vi brukte tolk i samtalen.",
                "Du har vesentlig nedsatt arbeids- og inntektsevne.\nDette legger vi vekt på:\n– Du har {diag_nb}.\n– Du har ikke hatt fast arbeid i Norge.\n– Du har ingen utdanning som er godkjent i Norge.",
                "Du har vesentlig nedsatt arbeids- og inntektsevne. Du har jobbet som {job_nb}, men måtte slutte i {year} på grunn av {diag_nb}.",
                "Du har utdanning som lærer fra {land}, men utdanningen er ikke godkjent i Norge, og du har bare norsk på nivå {level}. Derfor er arbeidsevnen din vesentlig nedsatt.",
                "Arbeids- og inntektsevne: vesentlig nedsatt. Lite arbeidserfaring, har kun hatt korte vikariater som {job_nb}.",
                "Du har vesentlig nedsatt arbeids- og inntektsevne. Legen din skriver at du har {diag_nb} og ikke tåler tunge løft.",
                "Du kom til Norge i {year} og har aldri hatt lønnet arbeid her. Du leser og skriver lite, også på morsmålet ditt. Vi vurderer at arbeidsevnen din er vesentlig nedsatt.",
                "Du har vesentlig nedsatt arbeids- og inntektsevne. Du har vært ute av arbeidslivet i {years} år.",
                "I arbeidsevnevurderingen kom det fram at du har gode ressurser, men at språket og manglende arbeidserfaring i Norge er de største hindringene. Vi vurderer derfor arbeidsevnen din som vesentlig nedsatt.",
                "Du har vesentlig nedsatt arbeids- og inntektsevne fordi du har {diag_nb}. Du sier selv at du har dårlige og gode dager, og at det er vanskelig å møte til faste tider.",
            ],
            "nn": [
                "Du har vesentleg nedsett arbeids- og inntektsevne. Du har {diag_nn}, og dette avgrensar kva slags arbeid du kan gjere.",
                "Du har vesentleg nedsett arbeids- og inntektsevne fordi du har lite skulegang frå {land} og snakkar lite norsk.",
                "Arbeidsevnevurderinga datert {date} viser at du har behov for hjelp for å kome i arbeid. Du har ikkje fullført grunnskule, og norsknivået ditt er {level}. Vi nytta tolk i samtalen.",
                "Du har vesentleg nedsett arbeids- og inntektsevne.\nDette legg vi vekt på:\n– Du har {diag_nn}.\n– Du har ikkje hatt fast arbeid i Noreg.\n– Du har inga utdanning som er godkjend i Noreg.",
                "Du har vesentleg nedsett arbeids- og inntektsevne. Du har jobba som {job_nn}, men måtte slutte i {year} på grunn av {diag_nn}.",
                "Du har utdanning som lærar frå {land}, men utdanninga er ikkje godkjend i Noreg, og du har berre norsk på nivå {level}. Difor er arbeidsevna di vesentleg nedsett.",
                "Arbeids- og inntektsevne: vesentleg nedsett. Lite arbeidserfaring, har berre hatt korte vikariat som {job_nn}.",
                "Du har vesentleg nedsett arbeids- og inntektsevne. Legen din skriv at du har {diag_nn} og ikkje toler tunge løft.",
                "Du kom til Noreg i {year} og har aldri hatt løna arbeid her. Du les og skriv lite, også på morsmålet ditt. Vi vurderer at arbeidsevna di er vesentleg nedsett.",
                "Du har vesentleg nedsett arbeids- og inntektsevne. Du har vore ute av arbeidslivet i {years} år.",
                "I arbeidsevnevurderinga kom det fram at du har gode ressursar, men at språket og manglande arbeidserfaring i Noreg er dei største hindringane. Vi vurderer difor arbeidsevna di som vesentleg nedsett.",
                "Du har vesentleg nedsett arbeids- og inntektsevne fordi du har {diag_nn}. Du seier sjølv at du har dårlege og gode dagar, og at det er vanskeleg å møte til faste tider.",
            ],
        },
        "named": {
            "nb": [
                "Du har vesentlig nedsatt arbeids- og inntektsevne.",
                "Vi viser til arbeidsevnevurderingen datert {date}. Vilkåret om nedsatt arbeids- og inntektsevne er oppfylt.",
                "Arbeids- og inntektsevne: vesentlig nedsatt.",
                "NAV har vurdert arbeidsevnen din, og vi mener at du har vesentlig nedsatt arbeids- og inntektsevne.",
                "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne er oppfylt, jf. vedlagt arbeidsevnevurdering.",
                "Du fyller vilkåret om nedsatt arbeidsevne. Se også legeerklæringen vi har mottatt.",
                "Etter en samlet vurdering har du vesentlig nedsatt arbeids- og inntektsevne.",
            ],
            "nn": [
                "Du har vesentleg nedsett arbeids- og inntektsevne.",
                "Vi viser til arbeidsevnevurderinga datert {date}. Vilkåret om nedsett arbeids- og inntektsevne er oppfylt.",
                "Arbeids- og inntektsevne: vesentleg nedsett.",
                "NAV har vurdert arbeidsevna di, og vi meiner at du har vesentleg nedsett arbeids- og inntektsevne.",
                "Vilkåret om vesentleg nedsett arbeids- og inntektsevne er oppfylt, jf. vedlagd arbeidsevnevurdering.",
                "Du fyller vilkåret om nedsett arbeidsevne. Sjå også legeerklæringa vi har motteke.",
                "Etter ei samla vurdering har du vesentleg nedsett arbeids- og inntektsevne.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår at arbeids- og inntektsevnen er vesentlig nedsatt, jf. sosialtjenesteloven § 29.",
                "Etter rundskrivet skal arbeidsevnen vurderes ut fra helse, utdanning, arbeidserfaring, språk og sosiale forhold.",
                "Nedsatt arbeidsevne trenger ikke skyldes sykdom. Også manglende språk, utdanning eller arbeidserfaring kan gi nedsatt arbeidsevne.",
                "Kvalifiseringsprogrammet er for personer som har vesentlig nedsatt arbeids- og inntektsevne.",
                "Før det fattes vedtak, skal det gjøres en arbeidsevnevurdering, jf. NAV-loven § 14 a.",
                "I praksis legger NAV vekt på om søkeren har hatt kontakt med arbeidslivet og hva som hindrer overgang til arbeid.",
            ],
            "nn": [
                "Det er eit vilkår at arbeids- og inntektsevna er vesentleg nedsett, jf. sosialtenestelova § 29.",
                "Etter rundskrivet skal arbeidsevna vurderast ut frå helse, utdanning, arbeidserfaring, språk og sosiale forhold.",
                "Nedsett arbeidsevne treng ikkje kome av sjukdom. Også manglande språk, utdanning eller arbeidserfaring kan gi nedsett arbeidsevne.",
                "Kvalifiseringsprogrammet er for personar som har vesentleg nedsett arbeids- og inntektsevne.",
                "Før det vert gjort vedtak, skal det gjerast ei arbeidsevnevurdering, jf. NAV-lova § 14 a.",
                "I praksis legg NAV vekt på om søkjaren har hatt kontakt med arbeidslivet og kva som hindrar overgang til arbeid.",
            ],
        },
        "negated": {
            "nb": [
                "Du har vesentlig nedsatt arbeids- og inntektsevne fordi ……",
                "Arbeidsevnevurdering er ikke gjennomført. Den blir gjort i løpet av de første månedene i programmet.",
                "Arbeids- og inntektsevne: [fritekst]",
                "Vi har foreløpig ikke tatt stilling til arbeidsevnen din.",
            ],
            "nn": [
                "Du har vesentleg nedsett arbeids- og inntektsevne fordi ……",
                "Arbeidsevnevurdering er ikkje gjennomført. Ho vert gjord i løpet av dei første månadene i programmet.",
                "Arbeids- og inntektsevne: [fritekst]",
                "Vi har førebels ikkje teke stilling til arbeidsevna di.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Du har ingen eller svært begrensede ytelser til livsopphold. Du mottar økonomisk sosialhjelp.",
                "Du har ingen inntekt og har fått økonomisk sosialhjelp fra NAV {office} siden {year}.",
                "Kontantstøtten din falt bort i {month}, og du har ikke annen inntekt.",
                "Du har ingen eller svært begrensede ytelser til livsopphold.\nVi har sett på:\n– lønn: ingen\n– trygdeytelser: ingen\n– sosialhjelp: ca. {amount} per måned",
                "Du har ikke rett til dagpenger eller arbeidsavklaringspenger. Søknaden om arbeidsavklaringspenger ble avslått i {year}.",
                "Du har en liten deltidsinntekt på {amount} i måneden. Dette er ikke nok til å leve av.",
                "Ytelser til livsopphold: Sosialhjelp. Ingen andre ytelser.",
                "Du har brukt opp retten din til dagpenger, og du har ikke sparepenger.",
                "Du har ingen eller svært begrensede ytelser til livsopphold. Du lever av sosialhjelp og barnetrygd.",
                "Kontoutskriften du sendte oss viser at du har {amount} på konto og ingen faste inntekter.",
                "Du har ingen inntekt. Ektefellen din har heller ikke inntekt, og familien mottar supplerende sosialhjelp.",
                "Du mottar ingen statlige ytelser. Du har vært avhengig av sosialhjelp i {years} år.",
            ],
            "nn": [
                "Du har ingen eller svært avgrensa ytingar til livsopphald. Du får økonomisk sosialhjelp.",
                "Du har inga inntekt og har fått økonomisk sosialhjelp frå NAV {office} sidan {year}.",
                "Kontantstøtta di fall bort i {month}, og du har ikkje anna inntekt.",
                "Du har ingen eller svært avgrensa ytingar til livsopphald.\nVi har sett på:\n– løn: inga\n– trygdeytingar: ingen\n– sosialhjelp: ca. {amount} per månad",
                "Du har ikkje rett til dagpengar eller arbeidsavklaringspengar. Søknaden om arbeidsavklaringspengar vart avslått i {year}.",
                "Du har ei lita deltidsinntekt på {amount} i månaden. Dette er ikkje nok til å leve av.",
                "Ytingar til livsopphald: Sosialhjelp. Ingen andre ytingar.",
                "Du har brukt opp retten din til dagpengar, og du har ikkje sparepengar.",
                "Du har ingen eller svært avgrensa ytingar til livsopphald. Du lever av sosialhjelp og barnetrygd.",
                "Kontoutskrifta du sende oss viser at du har {amount} på konto og ingen faste inntekter.",
                "Du har inga inntekt. Ektefellen din har heller ikkje inntekt, og familien får supplerande sosialhjelp.",
                "Du får ingen statlege ytingar. Du har vore avhengig av sosialhjelp i {years} år.",
            ],
        },
        "named": {
            "nb": [
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Vilkåret om manglende ytelser er oppfylt.",
                "Ytelser til livsopphold: Vilkåret er oppfylt.",
                "Vi har kontrollert dine økonomiske forhold, jf. opplysninger fra Skatteetaten og NAVs egne systemer. Du fyller vilkåret.",
                "Du fyller vilkåret om svært begrensede ytelser til livsopphold.",
                "Vi har mottatt dokumentasjon på økonomien din, og vilkåret om ytelser er oppfylt.",
                "Økonomiske forhold er vurdert, og du oppfyller kravet.",
            ],
            "nn": [
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Vilkåret om manglande ytingar er oppfylt.",
                "Ytingar til livsopphald: Vilkåret er oppfylt.",
                "Vi har kontrollert dei økonomiske tilhøva dine, jf. opplysningar frå Skatteetaten og NAVs eigne system. Du fyller vilkåret.",
                "Du fyller vilkåret om svært avgrensa ytingar til livsopphald.",
                "Vi har motteke dokumentasjon på økonomien din, og vilkåret om ytingar er oppfylt.",
                "Økonomiske tilhøve er vurderte, og du oppfyller kravet.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår at søkeren har ingen eller svært begrensede ytelser til livsopphold etter folketrygdloven eller arbeidsmarkedsloven.",
                "Etter rundskrivet kan personer med rett til arbeidsavklaringspenger eller dagpenger som hovedregel ikke få kvalifiseringsprogram.",
                "Personer som mottar sosialhjelp, vil normalt fylle vilkåret om begrensede ytelser.",
                "Loven krever at søkeren ikke har rett til ytelser som gir et tilstrekkelig livsopphold, jf. § 29.",
                "Kvalifiseringsprogrammet er ment for personer som i hovedsak er avhengige av økonomisk sosialhjelp.",
                "Ytelser fra folketrygden skal vurderes før kvalifiseringsprogram, jf. rundskriv til sosialtjenesteloven.",
            ],
            "nn": [
                "Det er eit vilkår at søkjaren har ingen eller svært avgrensa ytingar til livsopphald etter folketrygdlova eller arbeidsmarknadslova.",
                "Etter rundskrivet kan personar med rett til arbeidsavklaringspengar eller dagpengar som hovudregel ikkje få kvalifiseringsprogram.",
                "Personar som får sosialhjelp, vil normalt fylle vilkåret om avgrensa ytingar.",
                "Lova krev at søkjaren ikkje har rett til ytingar som gir eit tilstrekkeleg livsopphald, jf. § 29.",
                "Kvalifiseringsprogrammet er meint for personar som i hovudsak er avhengige av økonomisk sosialhjelp.",
                "Ytingar frå folketrygda skal vurderast før kvalifiseringsprogram, jf. rundskriv til sosialtenestelova.",
            ],
        },
        "negated": {
            "nb": [
                "Du har ingen eller svært begrensede ytelser til livsopphold. [Beskriv inntekt og ytelser]",
                "Vi mangler fortsatt kontoutskrifter og kan derfor ikke vurdere økonomien din nå.",
                "Økonomiske forhold: Ikke vurdert.",
                "Retten din til andre ytelser blir vurdert senere.",
            ],
            "nn": [
                "Du har ingen eller svært avgrensa ytingar til livsopphald. [Skildre inntekt og ytingar]",
                "Vi manglar framleis kontoutskrifter og kan difor ikkje vurdere økonomien din no.",
                "Økonomiske tilhøve: Ikkje vurdert.",
                "Retten din til andre ytingar vert vurdert seinare.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Kvalifiseringsprogram er nødvendig og hensiktsmessig for deg. Du fullførte introduksjonsprogrammet i {year}, men kom ikke i arbeid etter det.",
                "Du har behov for spesielt tilpasset innsats. Du har deltatt på flere kortere arbeidsrettede tiltak uten at det har ført til jobb.",
                "Du har hatt arbeidspraksis gjennom NAV tidligere, men praksisen ble avbrutt etter {months} måneder. Vi mener derfor at du trenger et tettere og mer helhetlig program.",
                "Programmet er nødvendig og hensiktsmessig. Ordinære tiltak har ikke vært nok for deg: du har gått på jobbklubb og hatt lønnstilskudd uten å få varig arbeid.",
                "Du har fått vedtak om spesielt tilpasset innsats. Et vanlig arbeidsrettet tiltak alene vil ikke være nok, fordi du trenger oppfølging på flere områder samtidig.",
                "Vi mener kvalifiseringsprogram er riktig for deg fordi du etter introduksjonsprogrammet har vært uten arbeidsrettede tiltak i {years} år, og jobbsøking på egen hånd har ikke ført fram.",
                "Nødvendig og hensiktsmessig: Ja. Har tidligere fått oppfølging fra NAV med jobbsøkerkurs, uten resultat.",
                "Du har behov for spesielt tilpasset innsats.\nVi har lagt vekt på at:\n– introduksjonsprogrammet ga deg ikke jobb\n– du har prøvd arbeidstrening hos {place_nb} uten at det ga jobb\n– du trenger mer enn det NAVs ordinære tiltak kan gi",
                "Kvalifiseringsprogram er bedre egnet enn andre tiltak for deg. Du har vært med i Jobbsjansen i {months} måneder, men det ga ikke den framgangen vi håpet på.",
                "Du har behov for spesielt tilpasset innsats, og vi vurderer at et helhetlig program med stønad gir deg større mulighet for å komme i arbeid enn enkeltstående tiltak.",
                "Kvalifiseringsprogram er nødvendig og hensiktsmessig for deg. Du har selv sagt at du ønsker et fast opplegg med faste tider, og at det ikke fungerte da du søkte jobber på egen hånd.",
                "Du har tidligere hatt et oppfølgingstiltak i {months} måneder. Tiltaket ble avsluttet uten overgang til arbeid, og vi mener nå at du trenger et mer omfattende program.",
            ],
            "nn": [
                "Kvalifiseringsprogram er naudsynt og føremålstenleg for deg. Du fullførte introduksjonsprogrammet i {year}, men kom ikkje i arbeid etter det.",
                "Du har behov for spesielt tilpassa innsats. Du har delteke på fleire kortare arbeidsretta tiltak utan at det har ført til jobb.",
                "Du har hatt arbeidspraksis gjennom NAV tidlegare, men praksisen vart avbroten etter {months} månader. Vi meiner difor at du treng eit tettare og meir heilskapleg program.",
                "Programmet er naudsynt og føremålstenleg. Ordinære tiltak har ikkje vore nok for deg: du har gått på jobbklubb og hatt lønstilskot utan å få varig arbeid.",
                "Du har fått vedtak om spesielt tilpassa innsats. Eit vanleg arbeidsretta tiltak åleine vil ikkje vere nok, fordi du treng oppfølging på fleire område samstundes.",
                "Vi meiner kvalifiseringsprogram er rett for deg fordi du etter introduksjonsprogrammet har vore utan arbeidsretta tiltak i {years} år, og jobbsøking på eiga hand har ikkje ført fram.",
                "Naudsynt og føremålstenleg: Ja. Har tidlegare fått oppfølging frå NAV med jobbsøkjarkurs, utan resultat.",
                "Du har behov for spesielt tilpassa innsats.\nVi har lagt vekt på at:\n– introduksjonsprogrammet gav deg ikkje jobb\n– du har prøvd arbeidstrening hos {place_nn} utan at det gav jobb\n– du treng meir enn det NAVs ordinære tiltak kan gi",
                "Kvalifiseringsprogram er betre eigna enn andre tiltak for deg. Du har vore med i Jobbsjansen i {months} månader, men det gav ikkje den framgangen vi håpa på.",
                "Du har behov for spesielt tilpassa innsats, og vi vurderer at eit heilskapleg program med stønad gir deg større høve til å kome i arbeid enn einskilde tiltak.",
                "Kvalifiseringsprogram er naudsynt og føremålstenleg for deg. Du har sjølv sagt at du ønskjer eit fast opplegg med faste tider, og at det ikkje fungerte då du søkte jobbar på eiga hand.",
                "Du har tidlegare hatt eit oppfølgingstiltak i {months} månader. Tiltaket vart avslutta utan overgang til arbeid, og vi meiner no at du treng eit meir omfattande program.",
            ],
        },
        "named": {
            "nb": [
                "Kvalifiseringsprogram er nødvendig og hensiktsmessig for deg.",
                "Vilkåret om at programmet skal være nødvendig og hensiktsmessig, er oppfylt.",
                "Nødvendig og hensiktsmessig: Ja.",
                "Vi har vurdert andre tiltak, og vi mener kvalifiseringsprogram er riktig tiltak.",
                "Vi viser til vedtaket om innsatsbehov etter NAV-loven § 14 a datert {date}. Vilkåret er oppfylt.",
                "NAV {office} vurderer at programmet er nødvendig og hensiktsmessig for å styrke dine muligheter for arbeid.",
                "Vi viser til samtalen {date}. Vilkåret om nødvendighet er oppfylt.",
            ],
            "nn": [
                "Kvalifiseringsprogram er naudsynt og føremålstenleg for deg.",
                "Vilkåret om at programmet skal vere naudsynt og føremålstenleg, er oppfylt.",
                "Naudsynt og føremålstenleg: Ja.",
                "Vi har vurdert andre tiltak, og vi meiner kvalifiseringsprogram er rett tiltak.",
                "Vi viser til vedtaket om innsatsbehov etter NAV-lova § 14 a datert {date}. Vilkåret er oppfylt.",
                "NAV {office} vurderer at programmet er naudsynt og føremålstenleg for å styrkje moglegheitene dine for arbeid.",
                "Vi viser til samtalen {date}. Vilkåret om naudsyn er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Kvalifiseringsprogram kan bare gis når programmet vurderes som nødvendig og hensiktsmessig for å styrke søkerens muligheter for arbeid, jf. § 29.",
                "Etter rundskrivet skal det vurderes om andre tiltak er bedre egnet før kvalifiseringsprogram innvilges.",
                "Programmet er ment for personer som har behov for tettere og mer koordinert bistand enn det ordinære tiltak gir.",
                "Det skal være utsikter til at programmet kan føre til arbeid, jf. rundskrivet.",
                "Kvalifiseringsprogram kan være aktuelt etter introduksjonsprogrammet dersom personen fortsatt har behov for bistand, jf. rundskrivet.",
                "I praksis forutsetter programmet at søkeren har behov for spesielt tilpasset innsats.",
            ],
            "nn": [
                "Kvalifiseringsprogram kan berre givast når programmet vert vurdert som naudsynt og føremålstenleg for å styrkje moglegheitene søkjaren har for arbeid, jf. § 29.",
                "Etter rundskrivet skal det vurderast om andre tiltak er betre eigna før kvalifiseringsprogram vert innvilga.",
                "Programmet er meint for personar som har behov for tettare og meir samordna hjelp enn det ordinære tiltak gir.",
                "Det skal vere utsikter til at programmet kan føre til arbeid, jf. rundskrivet.",
                "Kvalifiseringsprogram kan vere aktuelt etter introduksjonsprogrammet dersom personen framleis har behov for hjelp, jf. rundskrivet.",
                "I praksis føreset programmet at søkjaren har behov for spesielt tilpassa innsats.",
            ],
        },
        "negated": {
            "nb": [
                "Kvalifiseringsprogram er nødvendig og hensiktsmessig fordi [sett inn begrunnelse].",
                "Vi har ikke vurdert om andre tiltak kan være bedre for deg.",
                "Behovet for programmet vil bli vurdert nærmere ved første evaluering.",
                "Nødvendig og hensiktsmessig: ____",
            ],
            "nn": [
                "Kvalifiseringsprogram er naudsynt og føremålstenleg fordi [set inn grunngjeving].",
                "Vi har ikkje vurdert om andre tiltak kan vere betre for deg.",
                "Behovet for programmet vil verte vurdert nærare ved første evaluering.",
                "Naudsynt og føremålstenleg: ____",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt består av norskopplæring tre dager i uken og arbeidstrening hos {place_nb} to dager i uken.",
                "Du skal ha et program på {hours} timer i uken. Programmet inneholder norskkurs, jobbsøkerkurs og praksis.",
                "Innhold i programmet ({hours} timer i uken):\n– Norsk med samfunnsfag\n– Arbeidspraksis hos {place_nb}\n– Samtaler med veileder hver andre uke",
                "Vi kan tilby deg et program tilpasset dine behov. Du starter med arbeidstrening hos {place_nb}, og etter {months} måneder vurderer vi ordinært arbeid med lønnstilskudd.",
                "Programmet: Kurs i data og norsk på voksenopplæringen, deretter praksis i butikk.",
                "Programmet er satt sammen slik at du får både språkopplæring og arbeidserfaring. Du skal være i praksis hos {place_nb} fra {date}.",
                "Plan: oppstart med kartlegging i {months} uker, deretter arbeidstrening og norsk. Totalt {hours} timer per uke.",
                "Programmet ditt er på fulltid ({hours} timer) og består av praksis, førerkortopplæring og norskundervisning.",
                "Du skal delta på et kurs i renhold med fagbrev som mål, i tillegg til praksis i bydelen.",
                "Vi kan tilby et tilpasset program. I samarbeid med deg har vi laget en plan med norskkurs om formiddagen og praksis hos {place_nb} om ettermiddagen.",
                "Programmet inneholder helsefremmende aktivitet to ganger i uken, norskopplæring og arbeidspraksis. Samlet tid er {hours} timer i uken.",
                "Aktiviteter i programmet: arbeidsforberedende trening hos {place_nb} og jobbsøking med veileder.",
            ],
            "nn": [
                "Programmet ditt består av norskopplæring tre dagar i veka og arbeidstrening hos {place_nn} to dagar i veka.",
                "Du skal ha eit program på {hours} timar i veka. Programmet inneheld norskkurs, jobbsøkjarkurs og praksis.",
                "Innhald i programmet ({hours} timar i veka):\n– Norsk med samfunnsfag\n– Arbeidspraksis hos {place_nn}\n– Samtalar med rettleiar kvar andre veke",
                "Vi kan tilby deg eit program tilpassa behova dine. Du startar med arbeidstrening hos {place_nn}, og etter {months} månader vurderer vi ordinært arbeid med lønstilskot.",
                "Programmet: Kurs i data og norsk på vaksenopplæringa, deretter praksis i butikk.",
                "Programmet er sett saman slik at du får både språkopplæring og arbeidserfaring. Du skal vere i praksis hos {place_nn} frå {date}.",
                "Plan: oppstart med kartlegging i {months} veker, deretter arbeidstrening og norsk. Totalt {hours} timar per veke.",
                "Programmet ditt er på fulltid ({hours} timar) og består av praksis, førarkortopplæring og norskundervisning.",
                "Du skal delta på eit kurs i reinhald med fagbrev som mål, i tillegg til praksis i bydelen.",
                "Vi kan tilby eit tilpassa program. Saman med deg har vi laga ein plan med norskkurs om føremiddagen og praksis hos {place_nn} om ettermiddagen.",
                "Programmet inneheld helsefremjande aktivitet to gonger i veka, norskopplæring og arbeidspraksis. Samla tid er {hours} timar i veka.",
                "Aktivitetar i programmet: arbeidsførebuande trening hos {place_nn} og jobbsøking med rettleiar.",
            ],
        },
        "named": {
            "nb": [
                "NAV {office} kan tilby deg et tilpasset program.",
                "Vilkåret om at kommunen kan tilby et tilpasset program, er oppfylt.",
                "Programinnhold: Se vedlagt plan.",
                "Programmet er utarbeidet i samarbeid med deg, jf. kvalifiseringsplanen datert {date}.",
                "Vi har et egnet program til deg.",
                "Tilpasset program: Ja.",
                "Du og veilederen din har sammen laget et program som passer for deg.",
            ],
            "nn": [
                "NAV {office} kan tilby deg eit tilpassa program.",
                "Vilkåret om at kommunen kan tilby eit tilpassa program, er oppfylt.",
                "Programinnhald: Sjå vedlagd plan.",
                "Programmet er utarbeidd saman med deg, jf. kvalifiseringsplanen datert {date}.",
                "Vi har eit eigna program til deg.",
                "Tilpassa program: Ja.",
                "Du og rettleiaren din har saman laga eit program som passar for deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Programmet skal være helårlig og på full tid, jf. sosialtjenesteloven § 30.",
                "Kvalifiseringsprogrammet kan inneholde arbeidsrettede tiltak, opplæring og motivasjons- og mestringsaktiviteter, jf. forskrift om kvalifiseringsprogram.",
                "Det er et vilkår at kommunen kan tilby et program som er tilpasset deltakerens behov og forutsetninger.",
                "Etter forskriften skal programmet utformes i samarbeid med deltakeren.",
                "Programmet kan vare i inntil ett år og kan forlenges med inntil ett år, jf. § 30.",
                "I praksis settes programmet sammen av flere aktiviteter som til sammen utgjør full tid.",
            ],
            "nn": [
                "Programmet skal vere heilårleg og på full tid, jf. sosialtenestelova § 30.",
                "Kvalifiseringsprogrammet kan innehalde arbeidsretta tiltak, opplæring og motivasjons- og meistringsaktivitetar, jf. forskrift om kvalifiseringsprogram.",
                "Det er eit vilkår at kommunen kan tilby eit program som er tilpassa behova og føresetnadene til deltakaren.",
                "Etter forskrifta skal programmet utformast saman med deltakaren.",
                "Programmet kan vare i inntil eitt år og kan forlengjast med inntil eitt år, jf. § 30.",
                "I praksis vert programmet sett saman av fleire aktivitetar som til saman utgjer full tid.",
            ],
        },
        "negated": {
            "nb": [
                "Programmet ditt inneholder: [aktiviteter]",
                "Innholdet i programmet er ikke bestemt ennå. Dette avtaler vi i første samtale.",
                "Programinnhold: Ikke utfylt.",
                "Vi har ikke laget kvalifiseringsplanen ennå, og innholdet blir fastsatt senere.",
            ],
            "nn": [
                "Programmet ditt inneheld: [aktivitetar]",
                "Innhaldet i programmet er ikkje bestemt enno. Dette avtaler vi i første samtale.",
                "Programinnhald: Ikkje utfylt.",
                "Vi har ikkje laga kvalifiseringsplanen enno, og innhaldet vert fastsett seinare.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Yrkesaktiv alder", "Vilkår 1: Alder"],
            "nn": ["Alder", "Yrkesaktiv alder", "Vilkår 1: Alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Vilkår 2: Nedsatt arbeids- og inntektsevne"],
                     "nn": ["Arbeids- og inntektsevne", "Vilkår 2: Nedsett arbeids- og inntektsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Vilkår 3: Ytelser", "Økonomi"],
                 "nn": ["Ytingar til livsopphald", "Vilkår 3: Ytingar", "Økonomi"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Vilkår 4: Behov for programmet"],
                  "nn": ["Naudsynt og føremålstenleg", "Vilkår 4: Behov for programmet"]},
    "program": {"nb": ["Programmets innhold", "Vilkår 5: Tilpasset program", "Kvalifiseringsplan"],
                "nn": ["Innhaldet i programmet", "Vilkår 5: Tilpassa program", "Kvalifiseringsplan"]},
}

FRAME = {
    "nb": {
        "title": ["Vedtak om kvalifiseringsprogram – innvilgelse", "VEDTAK – KVALIFISERINGSPROGRAM",
                  "Vedtak etter sosialtjenesteloven § 29 – kvalifiseringsprogram"],
        "intro": ["NAV {office} viser til din søknad om kvalifiseringsprogram mottatt {date}.",
                  "Vi viser til søknad om kvalifiseringsprogram datert {date} og til samtale med veileder.",
                  "Søknaden din om kvalifiseringsprogram kom inn til NAV {office} {date} og er nå ferdig behandlet."],
        "decision": ["Vedtak: Du innvilges kvalifiseringsprogram fra og med {date} til og med {date2}.",
                     "NAV {office} har innvilget søknaden din. Vedtaket gjelder for perioden {date}–{date2}.",
                     "Søknaden er innvilget, jf. sosialtjenesteloven §§ 29 og 30."],
        "general": ["Du oppfyller vilkårene for kvalifiseringsprogram, jf. sosialtjenesteloven § 29.",
                    "Hjemmel: Lov om sosiale tjenester i NAV §§ 29, 30 og 35 og forskrift om kvalifiseringsprogram.",
                    "For å få kvalifiseringsprogram må du være i yrkesaktiv alder, ha vesentlig nedsatt arbeids- og "
                    "inntektsevne og ingen eller svært begrensede ytelser til livsopphold. Programmet må være "
                    "nødvendig og hensiktsmessig, og kommunen må kunne tilby et tilpasset program."],
        "reasons_heading": ["Begrunnelse for vedtaket", "Vurdering", "Begrunnelse"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Kvalifiseringsstønaden utgjør kr {kvp_amount} per år og utbetales hver 14. dag. Stønaden er skattepliktig.",
                  "Du får kvalifiseringsstønad med kr {kvp_amount} i året, jf. sosialtjenesteloven § 35. Fravær uten "
                  "gyldig grunn gir trekk i stønaden."],
        "start": ["Programmet starter {date}.", "Oppstart: {date}. Sluttdato: {date2}."],
        "evaluation": ["Du og veilederen din skal evaluere programmet jevnlig, og minst hver tredje måned.",
                       "Kvalifiseringsplanen blir oppdatert ved hver evaluering."],
        "appeal_heading": ["Klagerett", "Du kan klage"],
        "appeal": ["Du kan klage på vedtaket. Fristen er tre uker fra du mottok dette brevet. Klagen sendes til "
                   "NAV {office}. Dersom vi ikke gir deg medhold, sender vi klagen til Statsforvalteren i Oslo og Viken.",
                   "Klagefrist: tre uker, jf. forvaltningsloven § 29. Du kan få hjelp av NAV {office} til å skrive klagen, "
                   "og du har rett til å se dokumentene i saken din."],
        "closing": ["Med vennlig hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak om kvalifiseringsprogram – innvilging", "VEDTAK – KVALIFISERINGSPROGRAM",
                  "Vedtak etter sosialtenestelova § 29 – kvalifiseringsprogram"],
        "intro": ["NAV {office} viser til søknaden din om kvalifiseringsprogram motteken {date}.",
                  "Vi viser til søknad om kvalifiseringsprogram datert {date} og til samtale med rettleiar.",
                  "Søknaden din om kvalifiseringsprogram kom inn til NAV {office} {date} og er no ferdig handsama."],
        "decision": ["Vedtak: Du får innvilga kvalifiseringsprogram frå og med {date} til og med {date2}.",
                     "NAV {office} har innvilga søknaden din. Vedtaket gjeld for perioden {date}–{date2}.",
                     "Søknaden er innvilga, jf. sosialtenestelova §§ 29 og 30."],
        "general": ["Du oppfyller vilkåra for kvalifiseringsprogram, jf. sosialtenestelova § 29.",
                    "Heimel: Lov om sosiale tenester i NAV §§ 29, 30 og 35 og forskrift om kvalifiseringsprogram.",
                    "For å få kvalifiseringsprogram må du vere i yrkesaktiv alder, ha vesentleg nedsett arbeids- og "
                    "inntektsevne og ingen eller svært avgrensa ytingar til livsopphald. Programmet må vere "
                    "naudsynt og føremålstenleg, og kommunen må kunne tilby eit tilpassa program."],
        "reasons_heading": ["Grunngjeving for vedtaket", "Vurdering", "Grunngjeving"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Kvalifiseringsstønaden utgjer kr {kvp_amount} per år og vert utbetalt kvar 14. dag. Stønaden er skattepliktig.",
                  "Du får kvalifiseringsstønad med kr {kvp_amount} i året, jf. sosialtenestelova § 35. Fråvær utan "
                  "gyldig grunn gir trekk i stønaden."],
        "start": ["Programmet startar {date}.", "Oppstart: {date}. Sluttdato: {date2}."],
        "evaluation": ["Du og rettleiaren din skal evaluere programmet jamleg, og minst kvar tredje månad.",
                       "Kvalifiseringsplanen vert oppdatert ved kvar evaluering."],
        "appeal_heading": ["Klagerett", "Du kan klage"],
        "appeal": ["Du kan klage på vedtaket. Fristen er tre veker frå du fekk dette brevet. Klaga sender du til "
                   "NAV {office}. Dersom vi ikkje gir deg medhald, sender vi klaga til Statsforvaltaren i Oslo og Viken.",
                   "Klagefrist: tre veker, jf. forvaltningslova § 29. Du kan få hjelp av NAV {office} til å skrive klaga, "
                   "og du har rett til å sjå dokumenta i saka di."],
        "closing": ["Med venleg helsing"],
    },
}
