"""Phrasing bank ``heldout28`` (round 19): short simplified decisions («forenkla vedtak») from a small NAV office in
Sogn og Fjordane (now Vestland).

Written by an author independent of the rule, under round 19's rules for held-out banks: the author never opened
``audit/grounds/``, ``docs/grounds.md``, ``benchmarks/``, the grounds tests, ``tests/grounds_letters.py``, the
committed sample letters or any other phrasing bank, and never ran the grounds command or its benchmark; the author
read only the generator (``sample_data/letters/__init__.py``), the architecture test, the README and the legal
background.

Register: a busy caseworker writing short decisions, mostly in nynorsk (bokmål and nynorsk 4 to 6): dash and bullet
lists («–», «*»), abbreviations (AAP, AEV, AFT, KVP, NAV, SØS, jf., ca., bl.a.), numbers written as digits and in
words, references to attachments («sjå vedlegg 2»), sentences that start with the fact and end with the criterion,
terse lines without a verb. The office's own frame (no facts about the person) and its own offices (``office``).

Kinds and labels: ``grounds`` (label ja) gives at least one fact about the person for that criterion; ``named``
(nei) names the criterion or concludes it is met, perhaps pointing to an attachment without saying what it shows;
``quoted`` (nei) paraphrases the law, the circular or practice; ``negated`` (nei) says the criterion was not assessed
or documented, will be assessed later, or is a template field left unfilled. A phrasing holds no fact of another
criterion.
"""

BANK = "heldout28"
LANG_WEIGHTS = (4, 6)

FILLERS = {
    # the office's own NAV offices in Sogn og Fjordane (overrides the generator's office slot)
    "office": ["Sogndal", "Førde", "Kinn", "Sunnfjord", "Luster", "Årdal", "Høyanger", "Stad"],
    "place": ["Førde", "Sogndal", "Florø", "Årdalstangen", "Høyanger", "Nordfjordeid"],
    "attachment": ["2", "4"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Født {birth_year}, {age} år. Er innenfor yrkesaktiv alder.",
                "– Alder: {age} år (født {birth_year}) – vilkåret er oppfylt.",
                "Du er {age} år gammel og dermed i yrkesaktiv alder, jf. § 29.",
                "{age} år ved søknadstidspunktet – under 67. Alder ok.",
                "Søker er født i {birth_year} og er {age} år. Alderskravet er oppfylt.",
                "Alder: {age} år. Yrkesaktiv alder – ok.",
                "Fødselsår {birth_year}. Du er altså i yrkesaktiv alder.",
                "Alder:\n* {age} år (født {birth_year})\n* innenfor yrkesaktiv alder, jf. § 29",
                "Med dine {age} år er du i yrkesaktiv alder.",
                "Født {birth_year} – {age} år i dag. Vilkåret om alder er dermed oppfylt.",
                "Alderen din ({age} år) ligger innenfor yrkesaktiv alder etter § 29.",
                "{age} år, f. {birth_year} → yrkesaktiv alder.",
            ],
            "nn": [
                "Fødd {birth_year}, {age} år. Er innanfor yrkesaktiv alder.",
                "– Alder: {age} år (fødd {birth_year}) – vilkåret er oppfylt.",
                "Du er {age} år gamal og dermed i yrkesaktiv alder, jf. § 29.",
                "{age} år ved søknadstidspunktet – under 67. Alder ok.",
                "Søkjar er fødd i {birth_year} og er {age} år. Alderskravet er oppfylt.",
                "Alder: {age} år. Yrkesaktiv alder – ok.",
                "Fødselsår {birth_year}. Du er såleis i yrkesaktiv alder.",
                "Alder:\n* {age} år (fødd {birth_year})\n* innanfor yrkesaktiv alder, jf. § 29",
                "Med dine {age} år er du i yrkesaktiv alder.",
                "Fødd {birth_year} – {age} år i dag. Vilkåret om alder er dermed oppfylt.",
                "Alderen din ({age} år) ligg innanfor yrkesaktiv alder etter § 29.",
                "{age} år, f. {birth_year} → yrkesaktiv alder.",
            ],
        },
        "named": {
            "nb": [
                "Du er i yrkesaktiv alder.",
                "Alder: ok.",
                "Vilkåret om yrkesaktiv alder er oppfylt, se vedlegg 1.",
                "– Yrkesaktiv alder: oppfylt.",
                "Alderskravet er oppfylt, jf. opplysninger fra folkeregisteret.",
                "Alder er kontrollert. Vilkåret er oppfylt.",
                "Du fyller vilkåret om alder.",
            ],
            "nn": [
                "Du er i yrkesaktiv alder.",
                "Alder: ok.",
                "Vilkåret om yrkesaktiv alder er oppfylt, sjå vedlegg 1.",
                "– Yrkesaktiv alder: oppfylt.",
                "Alderskravet er oppfylt, jf. opplysningar frå folkeregisteret.",
                "Alder er kontrollert. Vilkåret er oppfylt.",
                "Du fyller vilkåret om alder.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 29 er KVP for personer i yrkesaktiv alder.",
                "Etter rundskrivet til loven regnes yrkesaktiv alder i praksis fra 18 til 67 år.",
                "Vilkår: yrkesaktiv alder (sosialtjenesteloven § 29 første ledd).",
                "Programmet gjelder personer i yrkesaktiv alder; loven setter ingen fast nedre grense, men praksis er 18 år.",
                "Etter loven må søkeren være i yrkesaktiv alder for å ha rett til KVP.",
                "Alder – jf. § 29: KVP gis til personer i yrkesaktiv alder.",
            ],
            "nn": [
                "Etter § 29 er KVP for personar i yrkesaktiv alder.",
                "Etter rundskrivet til lova vert yrkesaktiv alder i praksis rekna frå 18 til 67 år.",
                "Vilkår: yrkesaktiv alder (sosialtenestelova § 29 første ledd).",
                "Programmet gjeld personar i yrkesaktiv alder; lova set inga fast nedre grense, men praksis er 18 år.",
                "Etter lova må søkjaren vere i yrkesaktiv alder for å ha rett på KVP.",
                "Alder – jf. § 29: KVP vert gitt til personar i yrkesaktiv alder.",
            ],
        },
        "negated": {
            "nb": [
                "Alder: ikke kontrollert.",
                "Alder: [fyll inn]",
                "Alder er ikke vurdert i dette vedtaket.",
                "Vilkåret om alder blir sjekket mot folkeregisteret senere.",
            ],
            "nn": [
                "Alder: ikkje kontrollert.",
                "Alder: [fyll inn]",
                "Alder er ikkje vurdert i dette vedtaket.",
                "Vilkåret om alder blir sjekka mot folkeregisteret seinare.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Du har vært ute av arbeid siden {year} på grunn av ryggplager og har ikke fullført videregående. "
                "Arbeids- og inntektsevnen er derfor vesentlig nedsatt.",
                "Arbeidsevne:\n– sykmeldt fra fastlege siden {year} (angst/depresjon)\n– siste jobb i butikk, sluttet av "
                "helsegrunner\n– vesentlig nedsatt arbeidsevne",
                "AEV fra {month} (se vedlegg {attachment}): redusert arbeidsevne pga. muskel- og skjelettplager og "
                "manglende utdanning. Vilkåret er oppfylt.",
                "Kort arbeidserfaring (ca. {years} år som renholder), ikke fagbrev, svake norskkunnskaper – arbeidsevnen "
                "er vesentlig nedsatt.",
                "Helse: kroniske smerter, legeerklæring fra {month} (vedlegg {attachment}). Ikke fast arbeid de siste "
                "{years} årene. Nedsatt arbeidsevne – ja.",
                "Grunnskole som høyeste utdanning, lite arbeidserfaring og tidligere rusproblemer. Samlet sett vesentlig "
                "nedsatt arbeids- og inntektsevne.",
                "Du mistet jobben på fiskeforedlingsanlegget i {year} etter en arbeidsulykke og har hatt helseplager "
                "siden. Vi mener arbeidsevnen din er vesentlig nedsatt.",
                "Om arbeidsevnen:\n* ADHD, jf. erklæring fra spesialist\n* avbrutt videregående etter første år\n"
                "* ingen arbeidserfaring\nArbeidsevnen er vesentlig nedsatt.",
                "Kom til Norge i {year}, kort skolegang fra hjemlandet og lite norsk. Ikke vært i arbeid her. "
                "Arbeidsevnen er vesentlig nedsatt.",
                "Arbeidsevnevurderingen (AEV, vedlegg {attachment}) viser at helse og manglende utdanning begrenser hva "
                "slags arbeid du kan ta. Vilkåret er oppfylt.",
                "Sluttet som sjåfør i {year} etter nakkeskade; kan ikke gå tilbake til tidligere yrke → vesentlig "
                "nedsatt arbeidsevne.",
                "Psykiske vansker over tid, flere avbrutte arbeidsforhold, sist i {year}. Arbeidsevnen er derfor "
                "vesentlig redusert.",
            ],
            "nn": [
                "Du har vore ute av arbeid sidan {year} på grunn av ryggplager og har ikkje fullført vidaregåande. "
                "Arbeids- og inntektsevna er difor vesentleg nedsett.",
                "Arbeidsevne:\n– sjukmeld frå fastlege sidan {year} (angst/depresjon)\n– siste jobb i butikk, slutta av "
                "helsegrunnar\n– vesentleg nedsett arbeidsevne",
                "AEV frå {month} (sjå vedlegg {attachment}): redusert arbeidsevne pga. muskel- og skjelettplager og "
                "manglande utdanning. Vilkåret er oppfylt.",
                "Kort arbeidserfaring (ca. {years} år som reinhaldar), ikkje fagbrev, svake norskkunnskapar – arbeidsevna "
                "er vesentleg nedsett.",
                "Helse: kroniske smerter, legeerklæring frå {month} (vedlegg {attachment}). Ikkje fast arbeid dei siste "
                "{years} åra. Nedsett arbeidsevne – ja.",
                "Grunnskule som høgaste utdanning, lite arbeidserfaring og tidlegare rusproblem. Samla sett vesentleg "
                "nedsett arbeids- og inntektsevne.",
                "Du mista jobben på fiskeforedlingsanlegget i {year} etter ei arbeidsulukke og har hatt helseplager "
                "sidan. Vi meiner arbeidsevna di er vesentleg nedsett.",
                "Om arbeidsevna:\n* ADHD, jf. erklæring frå spesialist\n* avbrote vidaregåande etter første år\n"
                "* inga arbeidserfaring\nArbeidsevna er vesentleg nedsett.",
                "Kom til Noreg i {year}, kort skulegang frå heimlandet og lite norsk. Ikkje vore i arbeid her. "
                "Arbeidsevna er vesentleg nedsett.",
                "Arbeidsevnevurderinga (AEV, vedlegg {attachment}) syner at helse og manglande utdanning avgrensar kva "
                "arbeid du kan ta. Vilkåret er oppfylt.",
                "Slutta som sjåfør i {year} etter nakkeskade; kan ikkje gå tilbake til tidlegare yrke → vesentleg "
                "nedsett arbeidsevne.",
                "Psykiske vanskar over tid, fleire avbrotne arbeidsforhold, sist i {year}. Arbeidsevna er difor "
                "vesentleg redusert.",
            ],
        },
        "named": {
            "nb": [
                "Du har vesentlig nedsatt arbeids- og inntektsevne.",
                "Arbeidsevne: vesentlig nedsatt – se vedlegg {attachment}.",
                "Vilkåret om nedsatt arbeidsevne er oppfylt, jf. AEV.",
                "Arbeids- og inntektsevne: oppfylt.",
                "Vi har gått gjennom legeerklæringen og AEV. Arbeidsevnen din er vesentlig nedsatt.",
                "– Nedsatt arbeidsevne: ja.",
                "NAV vurderer at arbeids- og inntektsevnen din er vesentlig nedsatt, jf. vedlegg {attachment}.",
            ],
            "nn": [
                "Du har vesentleg nedsett arbeids- og inntektsevne.",
                "Arbeidsevne: vesentleg nedsett – sjå vedlegg {attachment}.",
                "Vilkåret om nedsett arbeidsevne er oppfylt, jf. AEV.",
                "Arbeids- og inntektsevne: oppfylt.",
                "Vi har gått gjennom legeerklæringa og AEV. Arbeidsevna di er vesentleg nedsett.",
                "– Nedsett arbeidsevne: ja.",
                "NAV vurderer at arbeids- og inntektsevna di er vesentleg nedsett, jf. vedlegg {attachment}.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 29 må arbeids- og inntektsevnen være vesentlig nedsatt.",
                "Etter rundskrivet skal det legges vekt på helse, utdanning, arbeidserfaring og sosiale forhold når "
                "arbeidsevnen vurderes.",
                "Vilkår: vesentlig nedsatt arbeids- og inntektsevne (§ 29 første ledd). Det kreves ikke diagnose.",
                "Nedsatt arbeidsevne kan ifølge rundskrivet skyldes bl.a. helse, rus, manglende språk eller lite "
                "arbeidserfaring.",
                "Loven krever at arbeids- og inntektsevnen er vesentlig nedsatt; det er ikke nok at den er noe redusert.",
                "Arbeidsevne – jf. § 29: evnen til arbeid og inntekt må være vesentlig nedsatt.",
            ],
            "nn": [
                "Etter § 29 må arbeids- og inntektsevna vere vesentleg nedsett.",
                "Etter rundskrivet skal det leggjast vekt på helse, utdanning, arbeidserfaring og sosiale forhold når "
                "arbeidsevna blir vurdert.",
                "Vilkår: vesentleg nedsett arbeids- og inntektsevne (§ 29 første ledd). Det er ikkje krav om diagnose.",
                "Nedsett arbeidsevne kan ifølgje rundskrivet kome av bl.a. helse, rus, manglande språk eller lite "
                "arbeidserfaring.",
                "Lova krev at arbeids- og inntektsevna er vesentleg nedsett; det er ikkje nok at ho er noko redusert.",
                "Arbeidsevne – jf. § 29: evna til arbeid og inntekt må vere vesentleg nedsett.",
            ],
        },
        "negated": {
            "nb": [
                "Arbeidsevne: AEV ikke ferdig – vurderes senere.",
                "Arbeidsevne: [fyll inn]",
                "Vi har ikke fått legeerklæring ennå, og arbeidsevnen er derfor ikke vurdert.",
                "Nedsatt arbeidsevne er ikke dokumentert i saken.",
            ],
            "nn": [
                "Arbeidsevne: AEV ikkje ferdig – blir vurdert seinare.",
                "Arbeidsevne: [fyll inn]",
                "Vi har ikkje fått legeerklæring enno, og arbeidsevna er difor ikkje vurdert.",
                "Nedsett arbeidsevne er ikkje dokumentert i saka.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Ingen inntekt. Du har fått økonomisk sosialhjelp (SØS) siden {month} {year}. Vilkåret er oppfylt.",
                "AAP stanset {date} – maksperioden er brukt opp. Ingen andre ytelser.",
                "Inntekt:\n– ingen lønn\n– bostøtte ca. {amount} per mnd.\n– ingen oppsparte midler\nSvært begrensede "
                "ytelser til livsopphold.",
                "Dagpengene tok slutt i {month} {year}, og du har siden levd av sosialhjelp.",
                "Søknad om uføretrygd ble avslått i {month}. Du har ingen ytelse i dag utenom økonomisk sosialhjelp.",
                "Eneste inntekt er barnetrygd, ca. {amount} i måneden. Ytelsene er svært begrensede.",
                "Du har ikke rett til dagpenger eller AAP og har ingen formue. Vilkåret er oppfylt.",
                "Se kontoutskrift (vedlegg {attachment}): saldo under {amount}, ingen faste innbetalinger. Ingen ytelser "
                "til livsopphold.",
                "Ca. {amount} i mnd. i sosialhjelp er din eneste inntekt – svært begrensede ytelser.",
                "AAP brukt opp i {year}. Ikke hatt lønn siden → ytelsesvilkåret oppfylt.",
                "Økonomi:\n* ingen lønn eller trygdeytelse\n* økonomisk sosialhjelp siden {year}\nVilkåret er oppfylt.",
                "Du har fått SØS i {months} måneder og har ingen egen inntekt.",
            ],
            "nn": [
                "Inga inntekt. Du har fått økonomisk sosialhjelp (SØS) sidan {month} {year}. Vilkåret er oppfylt.",
                "AAP stansa {date} – maksperioden er brukt opp. Ingen andre ytingar.",
                "Inntekt:\n– inga løn\n– bustøtte ca. {amount} per mnd.\n– ingen oppsparte midlar\nSvært avgrensa "
                "ytingar til livsopphald.",
                "Dagpengane tok slutt i {month} {year}, og du har sidan levd av sosialhjelp.",
                "Søknad om uføretrygd vart avslått i {month}. Du har inga yting i dag utanom økonomisk sosialhjelp.",
                "Einaste inntekt er barnetrygd, ca. {amount} i månaden. Ytingane er svært avgrensa.",
                "Du har ikkje rett på dagpengar eller AAP og har ingen formue. Vilkåret er oppfylt.",
                "Sjå kontoutskrift (vedlegg {attachment}): saldo under {amount}, ingen faste innbetalingar. Ingen ytingar "
                "til livsopphald.",
                "Ca. {amount} i mnd. i sosialhjelp er den einaste inntekta di – svært avgrensa ytingar.",
                "AAP brukt opp i {year}. Ikkje hatt løn sidan → ytingsvilkåret oppfylt.",
                "Økonomi:\n* inga løn eller trygdeyting\n* økonomisk sosialhjelp sidan {year}\nVilkåret er oppfylt.",
                "Du har fått SØS i {months} månader og har inga eiga inntekt.",
            ],
        },
        "named": {
            "nb": [
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Ytelser: oppfylt.",
                "Vilkåret om ytelser er oppfylt, se vedlegg {attachment}.",
                "Økonomien er kontrollert mot Aa-registeret og skattemeldingen. Vilkåret er oppfylt.",
                "– Ingen/svært begrensede ytelser: ja.",
                "Vi har vurdert økonomien din, og du fyller vilkåret.",
                "Vilkåret om svært begrensede ytelser til livsopphold er oppfylt.",
            ],
            "nn": [
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Ytingar: oppfylt.",
                "Vilkåret om ytingar er oppfylt, sjå vedlegg {attachment}.",
                "Økonomien er kontrollert mot Aa-registeret og skattemeldinga. Vilkåret er oppfylt.",
                "– Ingen/svært avgrensa ytingar: ja.",
                "Vi har vurdert økonomien din, og du fyller vilkåret.",
                "Vilkåret om svært avgrensa ytingar til livsopphald er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 29 gjelder KVP personer med ingen eller svært begrensede ytelser til livsopphold etter "
                "folketrygdloven eller arbeidsmarkedsloven.",
                "Etter rundskrivet skal ytelser fra folketrygden, f.eks. AAP eller dagpenger, brukes før KVP.",
                "Vilkår: ingen/svært begrensede ytelser (§ 29 første ledd).",
                "Kvalifiseringsstønad er ikke ment som et tillegg til full trygdeytelse; ytelsene må være svært "
                "begrensede.",
                "Loven krever at søkeren ikke har, eller har svært begrenset, rett til ytelser til livsopphold.",
                "Ytelser – jf. § 29: ingen eller svært begrensede ytelser til livsopphold.",
            ],
            "nn": [
                "Etter § 29 gjeld KVP personar med ingen eller svært avgrensa ytingar til livsopphald etter "
                "folketrygdlova eller arbeidsmarknadslova.",
                "Etter rundskrivet skal ytingar frå folketrygda, t.d. AAP eller dagpengar, nyttast før KVP.",
                "Vilkår: ingen/svært avgrensa ytingar (§ 29 første ledd).",
                "Kvalifiseringsstønad er ikkje meint som tillegg til full trygdeyting; ytingane må vere svært avgrensa.",
                "Lova krev at søkjaren ikkje har, eller har svært avgrensa, rett til ytingar til livsopphald.",
                "Ytingar – jf. § 29: ingen eller svært avgrensa ytingar til livsopphald.",
            ],
        },
        "negated": {
            "nb": [
                "Ytelser: ikke sjekket.",
                "Økonomi: [fyll inn]",
                "Ytelser er ikke dokumentert – vi venter på kontoutskrift.",
                "Retten til andre ytelser blir avklart senere.",
            ],
            "nn": [
                "Ytingar: ikkje sjekka.",
                "Økonomi: [fyll inn]",
                "Ytingar er ikkje dokumenterte – vi ventar på kontoutskrift.",
                "Retten til andre ytingar blir avklart seinare.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "AEV (sist oppdatert i {month}) konkluderer med behov for spesielt tilpasset innsats. KVP er derfor nødvendig og "
                "hensiktsmessig.",
                "Du har vært i arbeidspraksis i {months} måneder uten å komme i jobb. Andre tiltak har ikke vært nok, "
                "og KVP er nødvendig.",
                "Tiltak prøvd før:\n– jobbklubb {year}\n– arbeidstrening, avbrutt\nOrdinære tiltak har ikke ført fram – "
                "KVP er nødvendig og hensiktsmessig.",
                "Innsatsbehov: spesielt tilpasset innsats (vedtak {date}). Du trenger tettere oppfølging enn andre "
                "tiltak gir.",
                "Ordinær oppfølging fra NAV siden {year} uten framgang. Du trenger et helhetlig program med tett "
                "oppfølging, og KVP er derfor hensiktsmessig.",
                "Innsatsbehovet ditt er vurdert til spesielt tilpasset innsats. Med KVP får du tett og samordnet "
                "oppfølging – nødvendig og hensiktsmessig.",
                "Kurs i regi av NAV i {year} ble avbrutt etter få uker. Ett enkelttiltak er ikke nok; du trenger et "
                "samlet program.",
                "Nødvendighet:\n* innsatsbehov: spesielt tilpasset innsats\n* AFT prøvd i {year}, ingen overgang til "
                "arbeid\nKVP er nødvendig og hensiktsmessig.",
                "Arbeidspraksis og jobbsøkerkurs er prøvd uten resultat. KVP gjør det mulig å kombinere tiltak med tett "
                "oppfølging, og er derfor nødvendig.",
                "Du er ikke i målgruppen for varig tilpasset innsats, men trenger mer enn situasjonsbestemt innsats. "
                "KVP er derfor nødvendig.",
                "Siden {year} flere korte tiltak (praksis, kurs) uten varig effekt. Vi vurderer at KVP er nødvendig.",
                "Målet i aktivitetsplanen fra {year} er ikke nådd. KVP er mer hensiktsmessig enn å fortsette med samme "
                "opplegg.",
            ],
            "nn": [
                "AEV (sist oppdatert i {month}) konkluderer med behov for spesielt tilpassa innsats. KVP er difor naudsynt og "
                "føremålstenleg.",
                "Du har vore i arbeidspraksis i {months} månader utan å kome i jobb. Andre tiltak har ikkje vore nok, "
                "og KVP er naudsynt.",
                "Tiltak prøvd før:\n– jobbklubb {year}\n– arbeidstrening, avbroten\nOrdinære tiltak har ikkje ført fram – "
                "KVP er naudsynt og føremålstenleg.",
                "Innsatsbehov: spesielt tilpassa innsats (vedtak {date}). Du treng tettare oppfølging enn andre tiltak "
                "gir.",
                "Ordinær oppfølging frå NAV sidan {year} utan framgang. Du treng eit heilskapleg program med tett "
                "oppfølging, og KVP er difor føremålstenleg.",
                "Innsatsbehovet ditt er vurdert til spesielt tilpassa innsats. Med KVP får du tett og samordna "
                "oppfølging – naudsynt og føremålstenleg.",
                "Kurs i regi av NAV i {year} vart avbrote etter få veker. Eitt einskildtiltak er ikkje nok; du treng eit "
                "samla program.",
                "Naudsyn:\n* innsatsbehov: spesielt tilpassa innsats\n* AFT prøvd i {year}, ingen overgang til arbeid\n"
                "KVP er naudsynt og føremålstenleg.",
                "Arbeidspraksis og jobbsøkjarkurs er prøvde utan resultat. KVP gjer det mogleg å kombinere tiltak med "
                "tett oppfølging, og er difor naudsynt.",
                "Du er ikkje i målgruppa for varig tilpassa innsats, men treng meir enn situasjonsbestemt innsats. KVP "
                "er difor naudsynt.",
                "Sidan {year} fleire korte tiltak (praksis, kurs) utan varig effekt. Vi vurderer at KVP er naudsynt.",
                "Målet i aktivitetsplanen frå {year} er ikkje nådd. KVP er meir føremålstenleg enn å halde fram med "
                "same opplegg.",
            ],
        },
        "named": {
            "nb": [
                "KVP er nødvendig og hensiktsmessig for deg.",
                "Nødvendighet: oppfylt.",
                "Vi vurderer at programmet er nødvendig og hensiktsmessig, se vedlegg {attachment}.",
                "– Nødvendig og hensiktsmessig: ja.",
                "Vilkåret om at tiltaket er nødvendig og hensiktsmessig, er oppfylt.",
                "Etter en samlet vurdering er KVP et egnet tiltak for deg.",
                "Nødvendighet er vurdert, jf. oppfølgingsvedtaket. Vilkåret er oppfylt.",
            ],
            "nn": [
                "KVP er naudsynt og føremålstenleg for deg.",
                "Naudsyn: oppfylt.",
                "Vi vurderer at programmet er naudsynt og føremålstenleg, sjå vedlegg {attachment}.",
                "– Naudsynt og føremålstenleg: ja.",
                "Vilkåret om at tiltaket er naudsynt og føremålstenleg, er oppfylt.",
                "Etter ei samla vurdering er KVP eit høveleg tiltak for deg.",
                "Naudsyn er vurdert, jf. oppfølgingsvedtaket. Vilkåret er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 29 skal programmet være nødvendig og hensiktsmessig for å styrke mulighetene for arbeid.",
                "Etter rundskrivet skal det vurderes om andre tiltak kan gi like god hjelp før KVP innvilges.",
                "Vilkår: nødvendig og hensiktsmessig (§ 29). KVP er ment for personer som trenger tettere oppfølging "
                "enn andre tiltak gir.",
                "I praksis brukes KVP når ordinære arbeidsrettede tiltak ikke er tilstrekkelige.",
                "Loven setter som vilkår at KVP etter en konkret vurdering er nødvendig og hensiktsmessig.",
                "Nødvendighet – jf. § 29: programmet må styrke mulighetene for deltakelse i arbeidslivet.",
            ],
            "nn": [
                "Etter § 29 skal programmet vere naudsynt og føremålstenleg for å styrkje høva til arbeid.",
                "Etter rundskrivet skal det vurderast om andre tiltak kan gi like god hjelp før KVP blir innvilga.",
                "Vilkår: naudsynt og føremålstenleg (§ 29). KVP er meint for personar som treng tettare oppfølging enn "
                "andre tiltak gir.",
                "I praksis blir KVP nytta når ordinære arbeidsretta tiltak ikkje er tilstrekkelege.",
                "Lova set som vilkår at KVP etter ei konkret vurdering er naudsynt og føremålstenleg.",
                "Naudsyn – jf. § 29: programmet må styrkje høva til deltaking i arbeidslivet.",
            ],
        },
        "negated": {
            "nb": [
                "Nødvendighet: ikke vurdert.",
                "Innsatsbehov: [fyll inn]",
                "Innsatsbehovet er ikke avklart ennå og vurderes etter AEV.",
                "Om KVP er nødvendig, er ikke dokumentert i saken.",
            ],
            "nn": [
                "Naudsyn: ikkje vurdert.",
                "Innsatsbehov: [fyll inn]",
                "Innsatsbehovet er ikkje avklart enno og blir vurdert etter AEV.",
                "Om KVP er naudsynt, er ikkje dokumentert i saka.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet (se vedlegg 3):\n– arbeidstrening på lager i {place}, 3 dager/uke\n– jobbsøkerkurs, "
                "1 dag/uke\n– samtale med veileder annenhver uke\nTil sammen {hours} timer i uka.",
                "Du skal ha arbeidspraksis i en kommunal barnehage fire dager i uka og truckførerkurs én dag, {hours} t/uke.",
                "Innhold: arbeidstrening i dagligvarebutikk i {place}, HMS-kurs og tett oppfølging fra jobbspesialist. "
                "{hours} timer per uke.",
                "{hours} timer i uka: praksis i vaktmestertjenesten 60 %, resten kurs og trening.",
                "Plan:\n* uke 1–4: kartlegging og jobbsøkerkurs\n* fra uke 5: arbeidstrening hos lokal bedrift\n"
                "* fysisk aktivitet to ganger i uka\nFull tid, {hours} timer.",
                "Du starter med et kurs i renhold ({months} måneder) og går deretter over i arbeidstrening.",
                "Programmet består av arbeidspraksis på sykehjemmet, førerkortopplæring og oppfølging fra NAV, til "
                "sammen {hours} timer.",
                "Arbeidstrening på verksted i {place} tre dager, studieverksted to dager i uka.",
                "Aktiviteter: AMO-kurs i kontorarbeid ({months} måneder), deretter praksis i kommunen.",
                "Tre dager i uka på arbeidsmarkedsbedriften i {place}, to dager voksenopplæring i matematikk og data. "
                "{hours} t/uke.",
                "Du skal være i praksis på et lager ({hours} timer/uke) og ha samtale med veileder hver fjortende dag.",
                "Program:\n* praksis i byggvarehandel, fire dager i uka\n* truckførerkurs, én dag i uka\n* oppfølging hos "
                "veileder",
            ],
            "nn": [
                "Programmet (sjå vedlegg 3):\n– arbeidstrening på lager i {place}, 3 dagar/veke\n– "
                "jobbsøkjarkurs, 1 dag/veke\n– samtale med rettleiar annakvar veke\nTil saman {hours} timar i veka.",
                "Du skal ha arbeidspraksis i ein kommunal barnehage fire dagar i veka og truckførarkurs éin dag, "
                "{hours} t/veke.",
                "Innhald: arbeidstrening i daglegvarebutikk i {place}, HMS-kurs og tett oppfølging frå jobbspesialist. "
                "{hours} timar per veke.",
                "{hours} timar i veka: praksis i vaktmeistertenesta 60 %, resten kurs og trening.",
                "Plan:\n* veke 1–4: kartlegging og jobbsøkjarkurs\n* frå veke 5: arbeidstrening hjå lokal verksemd\n"
                "* fysisk aktivitet to gonger i veka\nFull tid, {hours} timar.",
                "Du startar med eit kurs i reinhald ({months} månader) og går deretter over i arbeidstrening.",
                "Programmet er sett saman av arbeidspraksis på sjukeheimen, førarkortopplæring og oppfølging frå NAV, "
                "til saman {hours} timar.",
                "Arbeidstrening på verkstad i {place} tre dagar, studieverkstad to dagar i veka.",
                "Aktivitetar: AMO-kurs i kontorarbeid ({months} månader), deretter praksis i kommunen.",
                "Tre dagar i veka på arbeidsmarknadsbedrifta i {place}, to dagar vaksenopplæring i matematikk og data. "
                "{hours} t/veke.",
                "Du skal vere i praksis på eit lager ({hours} timar/veke) og ha samtale med rettleiar kvar fjortande dag.",
                "Program:\n* praksis i byggvarehandel, fire dagar i veka\n* truckførarkurs, éin dag i veka\n* oppfølging "
                "hjå rettleiar",
            ],
        },
        "named": {
            "nb": [
                "Du får et program som er tilpasset deg.",
                "Program: utarbeidet, se vedlegg 3.",
                "Vi har laget et individuelt program sammen med deg.",
                "– Tilpasset program: ja.",
                "Kommunen kan tilby et tilpasset program. Vilkåret er oppfylt.",
                "Programplanen ligger ved (vedlegg 3).",
                "Programmet er avtalt med deg i samtale.",
            ],
            "nn": [
                "Du får eit program som er tilpassa deg.",
                "Program: utarbeidd, sjå vedlegg 3.",
                "Vi har laga eit individuelt program saman med deg.",
                "– Tilpassa program: ja.",
                "Kommunen kan tilby eit tilpassa program. Vilkåret er oppfylt.",
                "Programplanen ligg ved (vedlegg 3).",
                "Programmet er avtalt med deg i samtale.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter § 30 skal programmet være helårig og på full tid og inneholde arbeidsrettede tiltak, opplæring "
                "og andre tiltak.",
                "Etter rundskrivet skal programmet være individuelt tilpasset og arbeidsrettet.",
                "Vilkår: kommunen må kunne tilby et tilpasset program (§§ 29 og 30).",
                "Programmet kan inneholde bl.a. arbeidstrening, kurs og helsetiltak som støtter opp om arbeid.",
                "Loven krever at programmet utformes i samarbeid med deltakeren.",
                "Program – jf. § 30: programmet skal tilpasses den enkeltes behov og forutsetninger.",
            ],
            "nn": [
                "Etter § 30 skal programmet vere heilårleg og på full tid og innehalde arbeidsretta tiltak, opplæring "
                "og andre tiltak.",
                "Etter rundskrivet skal programmet vere individuelt tilpassa og arbeidsretta.",
                "Vilkår: kommunen må kunne tilby eit tilpassa program (§§ 29 og 30).",
                "Programmet kan innehalde bl.a. arbeidstrening, kurs og helsetiltak som støttar opp om arbeid.",
                "Lova krev at programmet blir utforma i samarbeid med deltakaren.",
                "Program – jf. § 30: programmet skal tilpassast behova og føresetnadene til den einskilde.",
            ],
        },
        "negated": {
            "nb": [
                "Program: [fyll inn]",
                "Innholdet i programmet er ikke fastsatt ennå.",
                "Planen lages i oppstartsmøtet – ikke klar.",
                "Program: ikke vurdert.",
            ],
            "nn": [
                "Program: [fyll inn]",
                "Innhaldet i programmet er ikkje fastsett enno.",
                "Planen blir laga i oppstartsmøtet – ikkje klar.",
                "Program: ikkje vurdert.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "– Alder", "Alder (§ 29)"], "nn": ["Alder", "– Alder", "Alder (§ 29)"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "– Arbeidsevne", "Nedsatt arbeidsevne"],
                     "nn": ["Arbeids- og inntektsevne", "– Arbeidsevne", "Nedsett arbeidsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "– Økonomi/ytelser", "Ytelser (§ 29)"],
                 "nn": ["Ytingar til livsopphald", "– Økonomi/ytingar", "Ytingar (§ 29)"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "– Innsatsbehov", "Nødvendighet"],
                  "nn": ["Naudsynt og føremålstenleg", "– Innsatsbehov", "Naudsyn"]},
    "program": {"nb": ["Program", "– Programinnhold", "Tilpasset program (§ 30)"],
                "nn": ["Program", "– Programinnhald", "Tilpassa program (§ 30)"]},
}

FRAME = {
    "nb": {
        "title": ["Forenklet vedtak – kvalifiseringsprogram (KVP)", "Vedtak om KVP (forenklet)"],
        "intro": ["Viser til søknad om KVP mottatt {date}.",
                  "Viser til søknaden din og samtale med veileder ved NAV {office}."],
        "decision": ["Innvilget: KVP fra {date} til {date2}, jf. sosialtjenesteloven §§ 29 og 30.",
                     "NAV {office} innvilger KVP fra {date}."],
        "general": ["Du fyller vilkårene i sosialtjenesteloven § 29, se punktene nedenfor.",
                    "Vilkår (§ 29): yrkesaktiv alder – vesentlig nedsatt arbeids- og inntektsevne – ingen/svært "
                    "begrensede ytelser – nødvendig og hensiktsmessig – tilpasset program."],
        "reasons_heading": ["Begrunnelse", "Vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Stønad: kr {kvp_amount} per år, utbetalt den 20. (tjuende) hver måned. Skattepliktig.",
                  "Kvalifiseringsstønad kr {kvp_amount}/år – se vedlegg 1 for utregning. Stønaden er skattepliktig."],
        "start": ["Oppstart: {date}. Varighet: inntil ett (1) år.", "Programmet starter {date}."],
        "evaluation": ["Plan og framdrift evalueres hver tredje måned, jf. vedlegg 3.",
                       "Evaluering med veileder ca. hver 3. måned."],
        "appeal_heading": ["Klage", "Klagerett"],
        "appeal": ["Klage: innen 3 (tre) uker, jf. fvl. § 29. Send klagen til NAV {office}; Statsforvalteren i "
                   "Vestland er klageinstans.",
                   "Du kan klage innen tre uker fra du fikk vedtaket. Klagen sendes til NAV {office}."],
        "closing": ["Med hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Forenkla vedtak – kvalifiseringsprogram (KVP)", "Vedtak om KVP (forenkla)"],
        "intro": ["Viser til søknad om KVP motteken {date}.",
                  "Viser til søknaden din og samtale med rettleiar ved NAV {office}."],
        "decision": ["Innvilga: KVP frå {date} til {date2}, jf. sosialtenestelova §§ 29 og 30.",
                     "NAV {office} innvilgar KVP frå {date}."],
        "general": ["Du fyller vilkåra i sosialtenestelova § 29, sjå punkta nedanfor.",
                    "Vilkår (§ 29): yrkesaktiv alder – vesentleg nedsett arbeids- og inntektsevne – ingen/svært "
                    "avgrensa ytingar – naudsynt og føremålstenleg – tilpassa program."],
        "reasons_heading": ["Grunngjeving", "Vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Stønad: kr {kvp_amount} per år, utbetalt den 20. (tjuande) kvar månad. Skattepliktig.",
                  "Kvalifiseringsstønad kr {kvp_amount}/år – sjå vedlegg 1 for utrekning. Stønaden er skattepliktig."],
        "start": ["Oppstart: {date}. Varigheit: inntil eitt (1) år.", "Programmet startar {date}."],
        "evaluation": ["Plan og framdrift blir evaluert kvar tredje månad, jf. vedlegg 3.",
                       "Evaluering med rettleiar ca. kvar 3. månad."],
        "appeal_heading": ["Klage", "Klagerett"],
        "appeal": ["Klage: innan 3 (tre) veker, jf. fvl. § 29. Send klaga til NAV {office}; Statsforvaltaren i "
                   "Vestland er klageinstans.",
                   "Du kan klage innan tre veker frå du fekk vedtaket. Klaga sender du til NAV {office}."],
        "closing": ["Med helsing", "Venleg helsing"],
    },
}
