"""Round 12's second held-out phrasing bank («heldout13»): written by a second author, independent of
the decision rule and of round 12's first held-out bank (phrasing_heldout12.py).

The author read neither the rule (audit/grounds/, docs/grounds.md, its tests) nor phrasing_heldout12.py,
nor studied the development banks' phrasings: only the generator (sample_data/letters/__init__.py: the
frame, the slots, how a bank is registered), the data shape of one development bank (its docstring, its
keys and a few entries), the kvp.grounds.* checks and background articles about KVP decisions and the
Trondheim inspection. So a measurement on this bank, beside the one on heldout12, rests on a second
author's wording rather than one. It is measured once, at the end of round 12; it was never run through
the rule while it was written.

Same shape as the other banks: per criterion and kind ("grounds" = the letter says why the criterion is
met for this person, label ``ja``; "named" = only named or concluded; "quoted" = the law, the forskrift or
the rundskriv (Hovednr. 35) paraphrased without facts; "negated" = the letter says it was not assessed,
not obtained or put off; labels ``nei``), per language (nb, nn), templates with slots from the generator
and from FILLERS. A phrasing with line breaks is a paragraph followed by more (a lead-in and its list,
a timetable, the phases of a plan). Each phrasing speaks about its own criterion only.

Its angle, chosen to differ from the first author's: caseworkers in small rural municipalities and in
nynorsk-speaking western Norway, and a lawyer-trained caseworker writing with the county governor in mind:
long formal sentences («Ved vurderingen av om vilkåret er oppfylt, har vi lagt vekt på …», «Etter en
samlet vurdering …», «Sett hen til at …», «Under henvisning til …»), the applicant's situation told as a
story in the past tense, documents referred to (arbeidsevnevurdering etter nav-loven § 14 a,
legeerklæring, spesialisterklæring, uttalelse fra psykolog, kartleggingssamtale, CV, skattemelding,
kontoutskrift, vedtak fra Husbanken), amounts and periods, negative facts that still give grounds («du
har ikke hatt inntekt siden …», «uten fullført videregående»), the programme as a weekly timetable or a
plan in phases; and, for «nei», conclusions in the lawyer's register without facts («Vilkåret anses
oppfylt etter en konkret vurdering.», «Det er på det rene at …», «Vi legger til grunn at …»), the law
paraphrased in general terms, and assessments said to be missing or put off.
"""

BANK = "heldout13"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Du er født i {birth_year} og var {age} år da søknaden kom inn. Ved vurderingen av om vilkåret om "
                   "yrkesaktiv alder er oppfylt, har vi lagt opplysningene i folkeregisteret til grunn.",
                   "Sett hen til at du er {age} år gammel, er du godt innenfor det som regnes som yrkesaktiv alder.",
                   "Du fylte {age} år i {month}. Du har dermed flere år igjen i arbeidslivet, og aldersvilkåret er "
                   "oppfylt.",
                   "Det fremgår av søknaden at du er {age} år. Etter vår vurdering er du derfor i yrkesaktiv alder.",
                   "Søkeren er {age} år og har vært bosatt i {office} kommune siden {year}.",
                   "Alder: {age} år (født {birth_year}). Du er over 18 år og har ikke nådd pensjonsalder.",
                   "Under henvisning til folkeregisteropplysningene legger vi til grunn at du er født i {birth_year}, "
                   "og at du således er i yrkesaktiv alder.",
                   "Du er en {age} år gammel mann som vokste opp i {office} og har bodd i kommunen det meste av livet.",
                   "Ved vurderingen av alder har vi lagt vekt på at du ble født i {birth_year} og i dag er {age} år.",
                   "Opplysninger om søkeren:\nFødt: {birth_year}\nAlder ved søknadstidspunktet: {age} år\n"
                   "Bosted: {office}",
                   "Du er {age} år. Det er etter dette ingen tvil om at du er i yrkesaktiv alder.",
                   "Etter en samlet vurdering, og med vekt på at du er {age} år, finner vi at du er i yrkesaktiv alder.",
                   "Vilkåret om yrkesaktiv alder er oppfylt, da du er {age} år og altså har flere år igjen til du når "
                   "pensjonsalder.",
                   "Søknaden gjelder en kvinne på {age} år. Hun har opplyst om sin alder i søknaden, og opplysningen "
                   "stemmer med folkeregisteret."],
            "nn": ["Du er fødd i {birth_year} og var {age} år då søknaden kom inn til oss.",
                   "Ved vurderinga av om vilkåret er oppfylt, har vi lagt vekt på at du er {age} år gamal.",
                   "Sett hen til at du er {age} år, er du i yrkesaktiv alder.",
                   "Du har budd i {office} sidan {year} og er no {age} år.",
                   "Opplysningar om søkjaren:\nFødd: {birth_year}\nAlder: {age} år\nBustad: {office}",
                   "Etter folkeregisteret er du fødd i {birth_year}. Du er dermed godt innanfor yrkesaktiv alder.",
                   "Du fylte {age} år i {month}, og vilkåret om alder er difor oppfylt.",
                   "Du er ei {age} år gamal kvinne som vaks opp i {office} og flytta heim att i {year}.",
                   "Søknaden gjeld ein mann på {age} år, og alderen stemmer med folkeregisteret.",
                   "Du er {age} år og har dermed mange år att i arbeidslivet."],
        },
        "named": {
            "nb": ["Vilkåret om yrkesaktiv alder anses oppfylt etter en konkret vurdering.",
                   "Det er på det rene at du er i yrkesaktiv alder.",
                   "Vi legger til grunn at aldersvilkåret er oppfylt.",
                   "Alder: oppfylt.",
                   "Etter en samlet vurdering finner vi at du hører til den aldersgruppen programmet er ment for.",
                   "Under henvisning til opplysningene i saken finner NAV at vilkåret knyttet til alder er innfridd.",
                   "Aldersvilkåret byr ikke på tvil i din sak.",
                   "Vilkåret i sosialtjenesteloven § 29 om yrkesaktiv alder er vurdert og funnet oppfylt."],
            "nn": ["Vilkåret om yrkesaktiv alder er rekna som oppfylt etter ei konkret vurdering.",
                   "Det er på det reine at du er i yrkesaktiv alder.",
                   "Vi legg til grunn at aldersvilkåret er oppfylt.",
                   "Alder: oppfylt."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 29 første ledd er det et vilkår at søkeren er i yrkesaktiv alder.",
                   "Rundskriv Hovednr. 35 omtaler målgruppen for programmet som personer i yrkesaktiv alder. Etter "
                   "lovendringen som trådte i kraft 1. januar 2019, er den nedre grensen 18 år.",
                   "Loven stiller krav om at den som får kvalifiseringsprogram, er i yrkesaktiv alder. Kravet avgrenser "
                   "programmet mot personer som har nådd pensjonsalder.",
                   "Programmet er etter lovens ordlyd forbeholdt personer i yrkesaktiv alder, jf. sosialtjenesteloven "
                   "§ 29.",
                   "Av forarbeidene, Prop. 12 L (2018–2019), følger det at aldersgrensen for kvalifiseringsprogram "
                   "er 18 år.",
                   "Yrkesaktiv alder er ikke definert nærmere i loven. Rundskrivet legger til grunn at målgruppen er "
                   "personer mellom 18 år og pensjonsalder."],
            "nn": ["Etter sosialtenestelova § 29 fyrste ledd er det eit vilkår at søkjaren er i yrkesaktiv alder.",
                   "Lova krev at den som får kvalifiseringsprogram, er i yrkesaktiv alder.",
                   "Rundskriv Hovudnr. 35 skildrar målgruppa som personar i yrkesaktiv alder, frå fylte 18 år.",
                   "Programmet er etter ordlyden i lova avgrensa til personar i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Vi har ikke tatt stilling til aldersvilkåret i dette vedtaket.",
                   "Det er ikke innhentet opplysninger fra folkeregisteret, og alder er derfor ikke vurdert.",
                   "Vurderingen av vilkåret om yrkesaktiv alder er utsatt til saken er ferdig opplyst.",
                   "Alderen din er ikke nærmere vurdert.",
                   "Aldersvilkåret er ikke drøftet særskilt i denne saken.",
                   "Fødselsdato og alder er ikke kontrollert mot folkeregisteret."],
            "nn": ["Vi har ikkje teke stilling til aldersvilkåret i dette vedtaket.",
                   "Det er ikkje henta inn opplysningar om alderen din, og vilkåret er difor ikkje vurdert.",
                   "Vurderinga av vilkåret om yrkesaktiv alder er utsett.",
                   "Alderen din er ikkje nærare vurdert i saka."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Ved vurderingen av om vilkåret er oppfylt, har vi lagt vekt på legeerklæringen fra fastlegen din, "
                   "datert {date}. Den beskriver {diag}, som gjør at du ikke tåler fysisk krevende arbeid eller lange "
                   "arbeidsdager.",
                   "Du arbeidet i {rural_job} i mange år, men ble sykmeldt i {month} {year} og kom aldri tilbake i "
                   "jobb. Siden da har du vært helt ute av arbeidslivet.",
                   "Spesialisterklæringen fra {specialist} av {date} konkluderer med at {diag} gir deg betydelige "
                   "begrensninger i konsentrasjon og utholdenhet. Sett hen til dette, og til at du står uten fullført "
                   "videregående opplæring, anser vi arbeids- og inntektsevnen din som vesentlig nedsatt.",
                   "Du har {schooling} og har ikke hatt fast arbeid de siste {years} årene. Det du har av "
                   "arbeidserfaring, er korte sesongjobber i {rural_job}.",
                   "I kartleggingssamtalen {date} fortalte du at du sluttet på skolen etter ungdomsskolen, og at du "
                   "har slitt med {diag} siden tenårene. Uttalelsen fra psykolog bekrefter dette.",
                   "Arbeidsevnevurderingen etter nav-loven § 14 a viser at du har {diag}, lite formell kompetanse og "
                   "ingen arbeidserfaring fra Norge. Dette begrenser mulighetene dine på arbeidsmarkedet vesentlig.",
                   "Vi har særlig lagt vekt på disse opplysningene:\n– legeerklæring av {date}, som beskriver {diag}\n"
                   "– CV-en din, som viser korte arbeidsforhold i {rural_job} og lange perioder uten arbeid\n"
                   "– kartleggingssamtalen, der du opplyste at du ikke har fullført videregående",
                   "Etter en samlet vurdering finner vi at arbeidsevnen din er vesentlig nedsatt. Vi har da sett hen "
                   "til at du har {diag}, at du har vært borte fra arbeidslivet siden {year}, og at du ikke har "
                   "utdanning utover grunnskolen.",
                   "Du kom til Norge i {year} og har grunnskole fra hjemlandet. Du snakker og skriver lite norsk, og du "
                   "har ikke hatt lønnet arbeid her i landet.",
                   "Fra CV-en din går det frem at du har jobbet som {job_title} i til sammen {months} måneder, fordelt "
                   "på flere korte engasjementer. Du har ikke fagbrev, og du har opplyst at {diag} gjør det vanskelig "
                   "å stå i fulltidsarbeid.",
                   "Uttalelsen fra psykolog ved {specialist} beskriver at du har vansker med å møte til faste tider og "
                   "med å håndtere stress. Du forsøkte å jobbe i {rural_job}, men måtte slutte etter kort tid.",
                   "Du har vært helt ute av arbeid siden du mistet jobben i {rural_job} i {year}. Helseplagene dine "
                   "har økt siden da, og fastlegen beskriver {diag} som nå hindrer deg i å ta ordinært arbeid.",
                   "Sett hen til at du har lese- og skrivevansker, ikke har førerkort og bor i en del av kommunen uten "
                   "kollektivtilbud, er mulighetene dine for å få og beholde arbeid sterkt begrenset.",
                   "Etter at du gikk ut av ungdomsskolen i {office}, begynte du på yrkesfag, men avbrøt etter første "
                   "året. Du har siden hatt noen korte oppdrag som avløser i landbruket, men aldri fast arbeid.",
                   "Dersom du skulle søke ordinært arbeid i dag, ville manglende norskkunnskaper, og at du aldri har "
                   "hatt arbeid i Norge, etter vår vurdering stå i veien for ansettelse."],
            "nn": ["Ved vurderinga av om vilkåret er oppfylt, har vi lagt vekt på legeerklæringa frå fastlegen din av "
                   "{date}. Ho skildrar {diag_nn}, som gjer at du ikkje toler fysisk tungt arbeid.",
                   "Du arbeidde i {rural_job_nn} i fleire år, men vart sjukmeld i {month} {year} og har ikkje kome "
                   "tilbake i arbeid sidan.",
                   "Du har {schooling_nn} og har ikkje hatt fast arbeid dei siste {years} åra.",
                   "Spesialisterklæringa frå {specialist} konkluderer med at {diag_nn} gjev deg store avgrensingar i "
                   "uthald og konsentrasjon.",
                   "Vi har særleg lagt vekt på desse opplysningane:\n– legeerklæring av {date}, som skildrar {diag_nn}\n"
                   "– CV-en din, som viser korte arbeidsforhold og lange periodar utan arbeid\n"
                   "– kartleggingssamtalen, der du fortalde at du ikkje har fullført vidaregåande",
                   "Etter ei samla vurdering finn vi at arbeidsevna di er vesentleg nedsett. Vi har då sett hen til at "
                   "du har {diag_nn}, og at du har vore ute av arbeidslivet sidan {year}.",
                   "Du kom til Noreg i {year}, har grunnskule frå heimlandet og snakkar lite norsk. Du har ikkje hatt "
                   "løna arbeid her i landet.",
                   "I kartleggingssamtalen fortalde du at du slutta på skulen etter ungdomsskulen og har hatt "
                   "{diag_nn} sidan du var ung. Fråsegna frå psykologen stadfestar dette.",
                   "Etter ungdomsskulen byrja du på yrkesfag, men braut av etter første året. Sidan har du hatt nokre "
                   "korte oppdrag som avløysar i landbruket, men aldri fast arbeid.",
                   "Dersom du skulle søkje ordinært arbeid i dag, ville {diag_nn} og manglande arbeidserfaring etter vår "
                   "vurdering stå i vegen for tilsetjing."],
        },
        "named": {
            "nb": ["Etter en samlet vurdering anser vi at du har vesentlig nedsatt arbeids- og inntektsevne.",
                   "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne anses oppfylt etter en konkret vurdering.",
                   "Det er på det rene at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Sett hen til opplysningene i saken finner vi at vilkåret om nedsatt arbeidsevne er oppfylt.",
                   "Vi legger til grunn at du har vesentlig nedsatt arbeids- og inntektsevne.",
                   "Arbeids- og inntektsevne: vesentlig nedsatt. Vilkåret er oppfylt.",
                   "NAV har vurdert arbeidsevnen din og er kommet til at vilkåret er oppfylt.",
                   "Under henvisning til sakens dokumenter finner vi at arbeids- og inntektsevnen din er vesentlig "
                   "nedsatt."],
            "nn": ["Etter ei samla vurdering meiner vi at du har vesentleg nedsett arbeids- og inntektsevne.",
                   "Det er på det reine at arbeids- og inntektsevna di er vesentleg nedsett.",
                   "Vi legg til grunn at vilkåret om nedsett arbeidsevne er oppfylt.",
                   "Arbeids- og inntektsevne: vesentleg nedsett. Vilkåret er oppfylt.",
                   "Under tilvising til dokumenta i saka finn vi at arbeids- og inntektsevna di er vesentleg nedsett."],
        },
        "quoted": {
            "nb": ["Det er et vilkår etter sosialtjenesteloven § 29 at søkeren har vesentlig nedsatt arbeids- og "
                   "inntektsevne.",
                   "Etter rundskriv Hovednr. 35 må arbeids- og inntektsevnen være nedsatt i betydelig grad, og "
                   "nedsettelsen kan ha både helsemessige og sosiale årsaker.",
                   "Loven krever at arbeids- og inntektsevnen er vesentlig nedsatt. Det er ikke et krav at "
                   "nedsettelsen har en medisinsk årsak.",
                   "Arbeidsevnen skal vurderes i en arbeidsevnevurdering etter nav-loven § 14 a, og sosialtjenesteloven "
                   "§ 29 forutsetter at evnen til arbeid og inntekt er vesentlig nedsatt.",
                   "Målgruppen for programmet er personer med vesentlig nedsatt arbeids- og inntektsevne, jf. "
                   "forskrift om kvalifiseringsprogram og sosialtjenesteloven § 29.",
                   "Av rundskrivet følger det at vurderingen skal ta utgangspunkt i søkerens helse, kompetanse, "
                   "arbeidserfaring og sosiale situasjon."],
            "nn": ["Det er eit vilkår etter sosialtenestelova § 29 at søkjaren har vesentleg nedsett arbeids- og "
                   "inntektsevne.",
                   "Etter rundskriv Hovudnr. 35 må arbeids- og inntektsevna vere nedsett i monaleg grad, og årsaka kan "
                   "vere både helsemessig og sosial.",
                   "Lova krev at arbeids- og inntektsevna er vesentleg nedsett.",
                   "Målgruppa for programmet er personar med vesentleg nedsett arbeids- og inntektsevne, jf. "
                   "sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Det er ikke innhentet legeerklæring, og arbeidsevnen din er derfor ikke nærmere vurdert i dette "
                   "vedtaket.",
                   "Vurderingen av arbeids- og inntektsevnen din er utsatt til arbeidsevnevurderingen foreligger.",
                   "Vi har ikke vurdert om arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Arbeidsevnen din er ikke kartlagt, og vilkåret er ikke drøftet.",
                   "Spørsmålet om nedsatt arbeids- og inntektsevne er det ikke tatt stilling til.",
                   "Vi har ikke mottatt uttalelse fra psykolog eller spesialisterklæring, og vurderingen av arbeidsevnen "
                   "din er derfor ikke gjort."],
            "nn": ["Det er ikkje henta inn legeerklæring, og arbeidsevna di er difor ikkje nærare vurdert.",
                   "Vurderinga av arbeids- og inntektsevna di er utsett til arbeidsevnevurderinga ligg føre.",
                   "Vi har ikkje vurdert om arbeids- og inntektsevna di er vesentleg nedsett.",
                   "Arbeidsevna di er ikkje kartlagd, og vilkåret er ikkje drøfta.",
                   "Vi har ikkje fått fråsegn frå psykolog, og vurderinga av arbeidsevna di er difor ikkje gjord."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har ikke hatt inntekt siden høsten {year}. Skattemeldingen for {year} viser en samlet inntekt "
                   "på {amount}, og du har ingen formue.",
                   "Kontoutskriftene for de siste {months} månedene viser at du har levd av økonomisk sosialhjelp, i "
                   "snitt {amount} i måneden.",
                   "Du søkte om arbeidsavklaringspenger, men fikk avslag i {month} {year}. Du har heller ikke opptjent "
                   "rett til dagpenger, da du ikke har hatt arbeidsinntekt de siste årene.",
                   "Sett hen til at din eneste faste inntekt er bostøtte på {amount} i måneden, jf. vedtak fra "
                   "Husbanken av {date}, har du svært begrensede ytelser til livsopphold.",
                   "Du har ingen ytelser fra folketrygden. Siden {year} har du klart deg med hjelp fra familien og "
                   "med supplerende sosialhjelp.",
                   "Etter opplysningene i saken mottar du utvidet barnetrygd, men du har ingen inntekt som dekker dine "
                   "egne utgifter til livsopphold.",
                   "Ved vurderingen har vi lagt vekt på at sykepengene dine tok slutt i {month} {year}, og at du "
                   "siden da ikke har hatt noen inntekt.",
                   "Din økonomiske situasjon:\nArbeidsinntekt: ingen\nYtelser fra NAV: ingen\n"
                   "Bostøtte: {amount} per måned\nØkonomisk sosialhjelp: fra {month} {year}",
                   "Du driver et lite småbruk sammen med faren din, men gården gir ikke overskudd, og skattemeldingen "
                   "viser ingen næringsinntekt de siste {years} årene.",
                   "Under henvisning til kontoutskriften fra banken din legger vi til grunn at du har {amount} på konto "
                   "og ingen andre midler.",
                   "Den eneste hjelpen du har fått fra NAV, er økonomisk stønad etter sosialtjenesteloven § 18, som du "
                   "har mottatt jevnlig siden {year}.",
                   "Fram til {month} {year} hadde du sesongarbeid med en inntekt på rundt {amount} i måneden, men du "
                   "har ikke hatt inntekt etter at sesongen tok slutt.",
                   "Du har ikke rett til uføretrygd eller arbeidsavklaringspenger, og du har ingen egen inntekt. Du har "
                   "derfor ingen ytelser til livsopphold.",
                   "Dersom du ikke får kvalifiseringsstønad, vil du være helt avhengig av økonomisk sosialhjelp, da du "
                   "verken har arbeidsinntekt eller rett til ytelser fra folketrygden.",
                   "Ektefellen din har en inntekt på {amount} i måneden. Selv har du ingen inntekt og ingen ytelser."],
            "nn": ["Du har ikkje hatt inntekt sidan hausten {year}. Skattemeldinga for {year} viser ei samla inntekt "
                   "på {amount}.",
                   "Kontoutskriftene for dei siste {months} månadene viser at du har levd av økonomisk sosialhjelp.",
                   "Den einaste faste inntekta di er bustøtte på {amount} i månaden, jf. vedtak frå Husbanken av "
                   "{date}.",
                   "Du søkte om arbeidsavklaringspengar, men fekk avslag i {month} {year}. Du har heller ikkje rett "
                   "til dagpengar.",
                   "Du driv eit lite småbruk saman med far din, men garden gjev ikkje overskot, og skattemeldinga "
                   "viser inga næringsinntekt dei siste {years} åra.",
                   "Den økonomiske situasjonen din:\nArbeidsinntekt: inga\nYtingar frå NAV: ingen\n"
                   "Bustøtte: {amount} per månad",
                   "Sjukepengane dine tok slutt i {month} {year}, og du har ikkje hatt nokon inntekt sidan.",
                   "Sidan {year} har du klart deg med hjelp frå familien og supplerande sosialhjelp, og du har ingen "
                   "ytingar frå folketrygda.",
                   "Dersom du ikkje får kvalifiseringsstønad, vil du vere heilt avhengig av sosialhjelp, sidan du "
                   "verken har arbeidsinntekt eller rett til ytingar frå folketrygda.",
                   "Kontoutskrifta frå banken viser {amount} på konto, og du har ingen andre midlar."],
        },
        "named": {
            "nb": ["Vilkåret om ingen eller svært begrensede ytelser til livsopphold anses oppfylt etter en konkret "
                   "vurdering.",
                   "Vi legger til grunn at du ikke har ytelser som er til hinder for programmet.",
                   "Det er på det rene at vilkåret om begrensede ytelser er oppfylt.",
                   "Etter en samlet vurdering finner vi at de økonomiske vilkårene for programmet er oppfylt.",
                   "Ytelser til livsopphold: vilkåret er oppfylt.",
                   "Sett hen til opplysningene i saken anser vi vilkåret om ytelser til livsopphold for oppfylt.",
                   "Du fyller kravet om ingen eller svært begrensede ytelser.",
                   "NAV har gått gjennom økonomien din og finner at vilkåret er oppfylt."],
            "nn": ["Vilkåret om ingen eller svært avgrensa ytingar til livsopphald er rekna som oppfylt etter ei "
                   "konkret vurdering.",
                   "Vi legg til grunn at du ikkje har ytingar som er til hinder for programmet.",
                   "Det er på det reine at vilkåret om avgrensa ytingar er oppfylt.",
                   "Ytingar til livsopphald: vilkåret er oppfylt.",
                   "Vi har gått gjennom økonomien din og finn at vilkåret om ytingar er oppfylt."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 29 er det et vilkår at søkeren ikke har, eller bare har svært "
                   "begrensede, ytelser etter folketrygdloven eller arbeidsmarkedsloven.",
                   "Rundskriv Hovednr. 35 presiserer at den som mottar arbeidsavklaringspenger, som hovedregel ikke "
                   "hører til målgruppen for programmet.",
                   "Loven forutsetter at søkeren ikke har rett til ytelser til livsopphold, eller bare har svært "
                   "begrensede slike ytelser.",
                   "Programmet er et tilbud til personer som står uten tilstrekkelige ytelser til livsopphold, jf. "
                   "forskrift om kvalifiseringsprogram og sosialtjenesteloven § 29.",
                   "Det er i praksis lagt til grunn at økonomisk sosialhjelp ikke regnes som en ytelse som utelukker "
                   "deltakelse i programmet.",
                   "Ytelser som arbeidsavklaringspenger, dagpenger og uføretrygd vil etter rundskrivet normalt være til "
                   "hinder for deltakelse."],
            "nn": ["Etter sosialtenestelova § 29 er det eit vilkår at søkjaren ikkje har, eller berre har svært "
                   "avgrensa, ytingar etter folketrygdlova eller arbeidsmarknadslova.",
                   "Rundskriv Hovudnr. 35 presiserer at den som får arbeidsavklaringspengar, som hovudregel ikkje "
                   "høyrer til målgruppa.",
                   "Lova føreset at søkjaren ikkje har rett til ytingar til livsopphald, eller berre har svært "
                   "avgrensa ytingar.",
                   "Programmet er eit tilbod til personar utan tilstrekkelege ytingar til livsopphald, jf. "
                   "sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Det er ikke innhentet skattemelding eller kontoutskrift, og inntektene dine er derfor ikke "
                   "vurdert.",
                   "Vurderingen av om du har andre ytelser til livsopphold, er utsatt.",
                   "Vi har ikke undersøkt om du har rett til andre ytelser fra NAV.",
                   "Vilkåret om ytelser til livsopphold er ikke vurdert i dette vedtaket.",
                   "Den økonomiske situasjonen din er ikke kartlagt."],
            "nn": ["Det er ikkje henta inn skattemelding eller kontoutskrift, og inntektene dine er difor ikkje "
                   "vurderte.",
                   "Vurderinga av om du har andre ytingar til livsopphald, er utsett.",
                   "Vi har ikkje undersøkt om du har rett til andre ytingar frå NAV.",
                   "Vilkåret om ytingar til livsopphald er ikkje vurdert i dette vedtaket.",
                   "Den økonomiske situasjonen din er ikkje kartlagd."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Arbeidsevnevurderingen etter nav-loven § 14 a, ferdigstilt {date}, konkluderer med at du har "
                   "behov for spesielt tilpasset innsats. Du har tidligere deltatt i {measure} uten å komme nærmere "
                   "arbeid, og vi mener et helhetlig program med tett oppfølging er nødvendig for at du skal nå målet "
                   "om lønnet arbeid.",
                   "Sett hen til at du i løpet av de siste {years} årene har hatt flere enkeltstående tiltak, blant "
                   "annet {measure}, uten varig effekt, finner vi at du trenger et mer omfattende og forpliktende "
                   "opplegg. Kvalifiseringsprogrammet gir deg det.",
                   "Du har selv fortalt at du ønsker å bli {goal}. Med de begrensningene arbeidsevnevurderingen har "
                   "påvist, vil du ikke nå dette uten et strukturert løp over tid, og programmet er derfor både "
                   "nødvendig og hensiktsmessig for deg.",
                   "Ved vurderingen av om programmet er nødvendig og hensiktsmessig, har vi lagt vekt på at andre "
                   "tiltak i regi av NAV, som {measure}, ikke har ført deg nærmere arbeid, og at du i "
                   "kartleggingssamtalen viste stor motivasjon for et opplegg på full tid.",
                   "Det finnes ikke arbeidsrettede tilbud i {office} som alene kan gi deg den oppfølgingen du trenger. "
                   "Arbeidsevnevurderingen av {date} anbefaler et program med tett individuell oppfølging, og vi "
                   "slutter oss til den vurderingen.",
                   "Etter en samlet vurdering mener vi at programmet vil styrke mulighetene dine for å få arbeid i "
                   "{goal_sector}. Du står i dag langt fra arbeidsmarkedet, og du har ikke klart å nyttiggjøre deg de "
                   "kortere kursene du har deltatt på tidligere.",
                   "Vi har vurdert om programmet er nødvendig og hensiktsmessig for deg, og lagt vekt på dette:\n"
                   "– arbeidsevnevurderingen av {date} konkluderer med behov for spesielt tilpasset innsats\n"
                   "– {measure} har vært prøvd i {months} måneder uten resultat\n"
                   "– du har et realistisk mål om arbeid som {goal}",
                   "Under henvisning til arbeidsevnevurderingen, der det går fram at du trenger tett oppfølging over "
                   "tid, og til at du har vært i kontakt med NAV-kontoret i {years} år uten å komme i arbeid, finner vi "
                   "at et kvalifiseringsprogram er nødvendig.",
                   "Du gjennomførte {measure} i {year}, men tiltaket ble avsluttet fordi du trengte mer støtte enn det "
                   "kunne gi. Programmet gir deg en fast veileder og et opplegg på full tid, og det er nettopp dette du "
                   "har manglet.",
                   "Vi mener programmet er hensiktsmessig fordi det gir deg mulighet til å ta fagbrev som "
                   "praksiskandidat, noe som her i regionen gir gode utsikter til fast arbeid i {goal_sector}.",
                   "Sett hen til at arbeidsevnevurderingen viser at du kan komme i arbeid med riktig støtte, og at du "
                   "selv har ønsket et forpliktende opplegg, mener vi at du vil ha nytte av programmet.",
                   "Enkeltstående kurs og kortere praksisperioder har ikke endret situasjonen din siden {year}. Vi "
                   "vurderer at du trenger den helheten og forutsigbarheten programmet gir for å nå målet om å bli "
                   "{goal}.",
                   "Uten programmet ville du etter vår vurdering blitt stående utenfor arbeidslivet, slik du har gjort "
                   "siden {year}. Arbeidsevnevurderingen peker på at du trenger et løp med både opplæring og praksis."],
            "nn": ["Arbeidsevnevurderinga etter nav-lova § 14 a, ferdigstilt {date}, konkluderer med at du treng "
                   "spesielt tilpassa innsats. Du har tidlegare vore med i {measure_nn} utan å kome nærare arbeid, og "
                   "vi meiner eit heilskapleg program med tett oppfølging er naudsynt.",
                   "Sett hen til at du dei siste {years} åra har hatt fleire enkelttiltak utan varig verknad, finn vi "
                   "at du treng eit meir omfattande og forpliktande opplegg.",
                   "Du har sjølv fortalt at du vil bli {goal_nn}. Med dei avgrensingane arbeidsevnevurderinga har "
                   "synt, vil du ikkje nå dette utan eit strukturert løp over tid.",
                   "Det finst ikkje arbeidsretta tilbod i {office} som åleine kan gje deg den oppfølginga du treng. "
                   "Arbeidsevnevurderinga av {date} tilrår eit program med tett individuell oppfølging.",
                   "Vi har vurdert om programmet er naudsynt og føremålstenleg for deg, og lagt vekt på dette:\n"
                   "– arbeidsevnevurderinga av {date} konkluderer med behov for spesielt tilpassa innsats\n"
                   "– {measure_nn} har vore prøvd i {months} månader utan resultat\n"
                   "– du har eit realistisk mål om arbeid som {goal_nn}",
                   "Ved vurderinga av om programmet er naudsynt og føremålstenleg, har vi lagt vekt på at du synte stor "
                   "motivasjon i kartleggingssamtalen, og at kortare kurs ikkje har ført deg nærare arbeid.",
                   "Etter ei samla vurdering meiner vi at programmet vil gje deg høve til å ta fagbrev som "
                   "praksiskandidat, noko som gjev gode utsikter til fast arbeid i {goal_sector_nn} her i distriktet.",
                   "Du gjennomførte {measure_nn} i {year}, men tiltaket vart avslutta fordi du trong meir støtte enn "
                   "det kunne gje. Programmet gjev deg fast rettleiar og eit opplegg på full tid.",
                   "Utan programmet ville du etter vår vurdering blitt ståande utanfor arbeidslivet, slik du har gjort "
                   "sidan {year}. Arbeidsevnevurderinga peikar på at du treng eit løp med både opplæring og praksis."],
        },
        "named": {
            "nb": ["Programmet anses nødvendig og hensiktsmessig etter en konkret vurdering.",
                   "Vi legger til grunn at kvalifiseringsprogram er nødvendig og hensiktsmessig for å styrke dine "
                   "muligheter for arbeid.",
                   "Det er på det rene at vilkåret om at programmet er nødvendig og hensiktsmessig, er oppfylt.",
                   "Etter en samlet vurdering finner vi at programmet er nødvendig og hensiktsmessig.",
                   "Nødvendig og hensiktsmessig: oppfylt.",
                   "NAV har vurdert behovet ditt for program og er kommet til at vilkåret er oppfylt.",
                   "Sett hen til sakens opplysninger anser vi programmet som et egnet tiltak for deg."],
            "nn": ["Programmet er rekna som naudsynt og føremålstenleg etter ei konkret vurdering.",
                   "Det er på det reine at programmet er naudsynt og føremålstenleg for deg.",
                   "Etter ei samla vurdering finn vi at vilkåret om naudsynt og føremålstenleg er oppfylt.",
                   "Naudsynt og føremålstenleg: oppfylt.",
                   "Sett hen til opplysningane i saka meiner vi at programmet er eit eigna tiltak for deg."],
        },
        "quoted": {
            "nb": ["Programmet må etter sosialtjenesteloven § 29 være nødvendig og hensiktsmessig for å styrke "
                   "søkerens muligheter for arbeidsdeltakelse.",
                   "Det følger av rundskriv Hovednr. 35 at vurderingen av om programmet er nødvendig og "
                   "hensiktsmessig, skal bygge på en arbeidsevnevurdering etter nav-loven § 14 a.",
                   "Loven krever at kommunen vurderer om programmet er et nødvendig og hensiktsmessig tiltak, og om "
                   "andre tiltak er bedre egnet.",
                   "Etter lovens forarbeider skal programmet være et tilbud til dem som trenger tettere oppfølging enn "
                   "det ordinære tiltak kan gi.",
                   "Vilkåret om at programmet skal være nødvendig og hensiktsmessig, innebærer etter rundskrivet en "
                   "konkret vurdering av den enkeltes behov.",
                   "Etter rundskriv Hovednr. 35 skal det vurderes om programmet er et egnet virkemiddel for å bringe "
                   "søkeren nærmere arbeid, sett opp mot andre tiltak."],
            "nn": ["Programmet må etter sosialtenestelova § 29 vere naudsynt og føremålstenleg for å styrkje "
                   "søkjaren sine høve til arbeid.",
                   "Det følgjer av rundskriv Hovudnr. 35 at vurderinga skal byggje på ei arbeidsevnevurdering etter "
                   "nav-lova § 14 a.",
                   "Lova krev at kommunen vurderer om programmet er eit naudsynt og føremålstenleg tiltak.",
                   "Vilkåret om at programmet skal vere naudsynt og føremålstenleg, inneber ei konkret vurdering av "
                   "behovet til den enkelte."],
        },
        "negated": {
            "nb": ["Det er ikke gjennomført arbeidsevnevurdering, og vi har derfor ikke vurdert om programmet er "
                   "nødvendig og hensiktsmessig.",
                   "Vurderingen av om programmet er nødvendig og hensiktsmessig, er utsatt til kartleggingen er ferdig.",
                   "Vi har ikke tatt stilling til om programmet er det best egnede tiltaket for deg.",
                   "Behovet ditt for program er ikke nærmere vurdert i dette vedtaket.",
                   "Det er ikke vurdert om andre tiltak kunne vært like egnet.",
                   "Arbeidsevnevurdering etter nav-loven § 14 a er ikke gjennomført ennå. Om programmet er nødvendig og "
                   "hensiktsmessig, vil bli vurdert når den foreligger."],
            "nn": ["Det er ikkje gjennomført arbeidsevnevurdering, og vi har difor ikkje vurdert om programmet er "
                   "naudsynt og føremålstenleg.",
                   "Vurderinga av om programmet er naudsynt og føremålstenleg, er utsett.",
                   "Vi har ikkje teke stilling til om programmet er det best eigna tiltaket for deg.",
                   "Behovet ditt for program er ikkje nærare vurdert i dette vedtaket.",
                   "Arbeidsevnevurdering etter nav-lova § 14 a er ikkje gjennomført enno. Om programmet er naudsynt og "
                   "føremålstenleg, vil bli vurdert når ho ligg føre."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Programmet ditt har denne ukeplanen:\nMandag og tirsdag: arbeidspraksis hos {practice_place}, "
                   "kl. 08.00–14.00\nOnsdag: {course} ved voksenopplæringen\nTorsdag: praksis som mandag\n"
                   "Fredag: samtale med veilederen og jobbsøking",
                   "Programmet er delt i tre faser. I fase 1 skal du ha {course}. I fase 2 går du over i "
                   "arbeidspraksis hos {practice_place}. I fase 3 er målet en lønnet stilling, gjerne hos samme "
                   "arbeidsgiver.",
                   "Ved vurderingen av om det kan tilbys et tilpasset program, har vi lagt vekt på at "
                   "{practice_place} har sagt seg villig til å ta deg inn i praksis tre dager i uken, og at "
                   "{course} starter i {month}.",
                   "Planen er lagt opp til {hours} timer i uken: to dager praksis hos {practice_place}, én dag "
                   "{course} og to dager med trening på frisklivssentralen og oppfølging hos veilederen.",
                   "De første {months} månedene skal du delta på {course}. Deretter skal du ha arbeidstrening hos "
                   "{practice_place} med ukentlige samtaler med jobbspesialisten.",
                   "Innholdet i programmet ble avtalt med deg i samtalen {date}: {course} på formiddagene, praksis hos "
                   "{practice_place} på ettermiddagene og en fast samtale hver fredag.",
                   "Under henvisning til den individuelle planen som er vedlagt, består programmet av {course}, "
                   "arbeidspraksis hos {practice_place} og kurs i jobbsøking.",
                   "Programmet er lagt til rette for at du bor i {hamlet}, der bussen går to ganger om dagen: "
                   "praksisen hos {practice_place} starter kl. 09.30, og {course} tar du som nettkurs hjemmefra to "
                   "dager i uken.",
                   "Vi kan tilby deg et program som inneholder {course}, arbeidspraksis hos {practice_place} og "
                   "oppfølging fra veilederen din annenhver uke.",
                   "Planen for programmet:\nFase 1: kartlegging og {course}\nFase 2: arbeidspraksis hos "
                   "{practice_place}\nFase 3: jobbsøking med bistand fra jobbspesialisten",
                   "Programmet skal gi deg grunnlag for fagbrev i {trade} etter ordningen for praksiskandidater. Du "
                   "skal ha praksis hos {practice_place} fire dager i uken og teori én dag i uken.",
                   "I tillegg til praksis hos {practice_place} inneholder programmet {course} og én time trening med "
                   "fysioterapeut hver uke, slik du ønsket i kartleggingssamtalen.",
                   "Fra {date} skal du følge denne planen: tre dager i uken hos {practice_place}, én dag {course} og "
                   "én dag satt av til samtaler og trening, til sammen {hours} timer i uken."],
            "nn": ["Programmet ditt har denne vekeplanen:\nMåndag og tysdag: arbeidspraksis hos "
                   "{practice_place_nn}, kl. 08.00–14.00\nOnsdag: {course_nn} ved vaksenopplæringa\n"
                   "Torsdag: praksis som måndag\nFredag: samtale med rettleiaren og jobbsøking",
                   "Programmet er delt i tre fasar. I fase 1 skal du ha {course_nn}. I fase 2 går du over i "
                   "arbeidspraksis hos {practice_place_nn}. I fase 3 er målet ei løna stilling.",
                   "Ved vurderinga av om det kan tilbydast eit tilpassa program, har vi lagt vekt på at "
                   "{practice_place_nn} har sagt seg villig til å ta deg inn i praksis tre dagar i veka.",
                   "Planen er lagd opp til {hours} timar i veka: to dagar praksis hos {practice_place_nn}, ein dag "
                   "{course_nn} og oppfølging hos rettleiaren.",
                   "Dei første {months} månadene skal du ta {course_nn}. Deretter skal du ha arbeidstrening hos "
                   "{practice_place_nn} og samtale med jobbspesialisten kvar veke.",
                   "Programmet er lagt til rette for at du bur i {hamlet}, der bussen går to gonger om dagen: "
                   "praksisen hos {practice_place_nn} startar kl. 09.30, og {course_nn} går som nettkurs heimanfrå.",
                   "Planen for programmet:\nFase 1: kartlegging og {course_nn}\nFase 2: arbeidspraksis hos "
                   "{practice_place_nn}\nFase 3: jobbsøking med hjelp frå jobbspesialisten",
                   "Programmet skal gje deg grunnlag for fagbrev i {trade_nn} som praksiskandidat. Du skal ha praksis "
                   "hos {practice_place_nn} fire dagar i veka og teori ein dag i veka.",
                   "Frå {date} følgjer du denne planen: tre dagar i veka hos {practice_place_nn}, ein dag {course_nn} "
                   "og ein dag til samtalar og trening."],
        },
        "named": {
            "nb": ["Vi kan tilby deg et tilpasset program.",
                   "Det er på det rene at kommunen kan tilby et tilpasset program.",
                   "Vilkåret om at det kan tilbys et tilpasset program, anses oppfylt etter en konkret vurdering.",
                   "Vi legger til grunn at NAV {office} kan gi deg et program som er tilpasset dine behov.",
                   "Tilpasset program: kan tilbys.",
                   "Etter en samlet vurdering finner vi at det kan settes sammen et program som passer for deg.",
                   "Programmet vil bli tilpasset dine behov og forutsetninger."],
            "nn": ["Vi kan tilby deg eit tilpassa program.",
                   "Det er på det reine at kommunen kan tilby eit tilpassa program.",
                   "Vi legg til grunn at NAV {office} kan gje deg eit program tilpassa behova dine.",
                   "Tilpassa program: kan tilbydast.",
                   "Programmet vil bli tilpassa behova og føresetnadene dine."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 30 skal programmet inneholde arbeidsrettede tiltak, opplæringstiltak "
                   "og andre tiltak som kan støtte opp under og forberede overgang til arbeid.",
                   "Forskrift om kvalifiseringsprogram stiller krav om at programmet er helårig og på full tid.",
                   "Det er et vilkår at kommunen kan tilby et program som er tilpasset den enkelte, jf. "
                   "sosialtjenesteloven § 29.",
                   "Etter rundskriv Hovednr. 35 skal programmet være individuelt tilpasset, og et standardisert "
                   "tilbud er ikke tilstrekkelig.",
                   "Loven forutsetter at programmet er tilrettelagt for deltakeren og omfatter arbeidsrettede "
                   "aktiviteter.",
                   "Programmet kan etter loven inneholde arbeidstrening, arbeidspraksis, opplæring og motiverende "
                   "tiltak, og det skal være på full tid."],
            "nn": ["Etter sosialtenestelova § 30 skal programmet innehalde arbeidsretta tiltak, opplæringstiltak og "
                   "andre tiltak som kan førebu overgang til arbeid.",
                   "Det er eit vilkår at kommunen kan tilby eit program som er tilpassa den enkelte, jf. "
                   "sosialtenestelova § 29.",
                   "Etter rundskriv Hovudnr. 35 skal programmet vere individuelt tilpassa.",
                   "Forskrift om kvalifiseringsprogram krev at programmet er heilårleg og på full tid."],
        },
        "negated": {
            "nb": ["Innholdet i programmet er ikke fastsatt ennå og vil bli avtalt med deg senere.",
                   "Det er ikke utarbeidet noen plan for programmet.",
                   "Vi har ikke vurdert hvilke tiltak programmet skal inneholde.",
                   "Vurderingen av om det kan tilbys et tilpasset program, er utsatt.",
                   "Det er ikke tatt stilling til hvordan programmet skal tilpasses deg."],
            "nn": ["Innhaldet i programmet er ikkje fastsett enno og vil bli avtalt med deg seinare.",
                   "Det er ikkje utarbeidd nokon plan for programmet.",
                   "Vi har ikkje vurdert kva tiltak programmet skal innehalde.",
                   "Vurderinga av om det kan tilbydast eit tilpassa program, er utsett.",
                   "Det er ikkje teke stilling til korleis programmet skal tilpassast deg."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Vilkåret om yrkesaktiv alder"], "nn": ["Alder", "Vilkåret om yrkesaktiv alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Vurdering av arbeidsevnen"],
                     "nn": ["Arbeids- og inntektsevne", "Vurdering av arbeidsevna"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Økonomiske forhold"],
                 "nn": ["Ytingar til livsopphald", "Økonomiske tilhøve"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Behovet for program"],
                  "nn": ["Naudsynt og føremålstenleg", "Behovet for program"]},
    "program": {"nb": ["Programmets innhold", "Tilpasset program"],
                "nn": ["Innhaldet i programmet", "Tilpassa program"]},
}

FILLERS = {
    "diag": ["en moderat depressiv episode", "kroniske ryggsmerter etter en prolaps", "posttraumatisk stresslidelse",
             "sosial angst", "en ruslidelse i tidlig remisjon", "fibromyalgi"],
    "diag_nn": ["ein moderat depressiv episode", "kroniske ryggsmerter etter ein prolaps",
                "posttraumatisk stressliding", "ADHD", "sosial angst", "ei rusliding i tidleg remisjon"],
    "specialist": ["DPS Nordfjord", "DPS Sunnmøre", "Helse Førde", "Haukeland universitetssjukehus", "Volda sjukehus"],
    "rural_job": ["fiskeindustrien", "et sagbruk", "oppdrettsnæringen", "hjemmetjenesten", "reiselivet om sommeren",
                  "et verft"],
    "rural_job_nn": ["fiskeindustrien", "eit sagbruk", "oppdrettsnæringa", "heimetenesta", "reiselivet om sommaren",
                     "eit verft"],
    "job_title": ["fiskeindustriarbeider", "hjelpearbeider på et sagbruk", "røkter på et oppdrettsanlegg",
                  "ferjemannskap", "renholder på skolen"],
    "schooling": ["grunnskole og ett år på restaurant- og matfag", "grunnskole, men ikke fullført videregående",
                  "grunnskole fra hjemlandet", "bare ett år på videregående"],
    "schooling_nn": ["grunnskule og eitt år på restaurant- og matfag", "grunnskule, men ikkje fullført vidaregåande",
                     "grunnskule frå heimlandet"],
    "measure": ["arbeidsforberedende trening", "et avklaringstiltak", "individuell jobbstøtte (IPS)",
                "et jobbsøkerkurs i regi av NAV", "arbeidstrening i en vekstbedrift"],
    "measure_nn": ["arbeidsførebuande trening", "eit avklaringstiltak", "individuell jobbstøtte (IPS)",
                   "eit jobbsøkjarkurs"],
    "goal": ["fagarbeider i helsesektoren", "sjåfør", "butikkmedarbeider", "fagarbeider i fiskeindustrien",
             "barne- og ungdomsarbeider"],
    "goal_nn": ["fagarbeidar i helsesektoren", "sjåfør", "butikkmedarbeidar", "barne- og ungdomsarbeidar"],
    "goal_sector": ["reiselivet", "helse- og omsorgssektoren", "havbruksnæringen", "varehandelen"],
    "goal_sector_nn": ["reiselivet", "helse- og omsorgssektoren", "havbruksnæringa", "varehandelen"],
    "practice_place": ["Kiwi på Sandane", "driftsavdelingen i kommunen", "et lokalt bakeri", "Fretex",
                       "et gartneri", "Fjord Fisk AS"],
    "practice_place_nn": ["Kiwi på Nordfjordeid", "driftsavdelinga i kommunen", "eit lokalt bakeri", "eit gartneri",
                          "Sogn Fisk AS"],
    "course": ["norskopplæring på B1-nivå", "truckførerkurs", "kurs i digitale ferdigheter",
               "kurs i grunnleggende regning", "hygienekurs for næringsmiddelarbeidere"],
    "course_nn": ["norskopplæring på B1-nivå", "truckførarkurs", "kurs i digitale ferdigheiter",
                  "kurs i grunnleggjande rekning"],
    "trade": ["fiskeindustrifaget", "helsearbeiderfaget", "logistikkfaget", "institusjonskokkfaget"],
    "trade_nn": ["fiskeindustrifaget", "helsearbeidarfaget", "logistikkfaget"],
    "hamlet": ["Hyen", "Innvik", "Davik", "Olden", "Bremanger"],
}
