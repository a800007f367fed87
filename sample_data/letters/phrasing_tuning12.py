"""Round 12's first held-out phrasing bank («phrasing_heldout12.py» until round 13), now a development bank: the
first bank written by an independent author, not by the person who writes the decision rule. The author did not
open the rule (audit/grounds/), its documentation (docs/grounds.md) or its tests, did not read the commits about it,
and did not study the phrasings of the earlier banks (only the data shape of phrasing_heldout11.py, now
phrasing_tuning11.py); nobody looked at which of these letters the rule misjudges until round 13, when it moved into
development (it keeps the random stream of its held-out name: ``SEED_NAMES["tuning12"] == "heldout12"``).
Committed before the round-12 measurement; its phrasings are unchanged since.

Same shape as the earlier banks; a phrasing with line breaks is a paragraph followed by more paragraphs
(a lead-in line and its list items). ``python -m benchmarks.grounds --bank tuning12`` measures on letters
written with these phrasings and fillers. The phrasings aim at the registers of real KVP decisions
(vedtak om kvalifiseringsprogram) as caseworkers in different offices write them, in bokmål and nynorsk:
«Vi har lagt vekt på …», «Av saken går det fram at …», «Du har i samtale med veileder fortalt …»,
«Det framgår av legeerklæring …», the passive «Det er vurdert at …», documents from the file (legeerklæring,
arbeidsevnevurdering etter NAV-loven § 14 a, kartlegging, skattemelding, aktivitetsplan), telegraphic
notes («Alder: … – oppfylt»), dash and numbered lists, and facts stated with negations («du mottar ikke
dagpenger»). The «nei» kinds vary too: conclusions without facts in many forms («… anses oppfylt»,
«Det er ikke tvil om at …», «… er vurdert og funnet i orden», a date of a meeting but no reason), the law,
the forskrift, the preparatory works and rundskriv Hovednr. 35 quoted or paraphrased in general terms
(some naming health, benefits or programme activities in general, not about the person), and the office
saying it has not assessed or not obtained the information. Each phrasing is about its own criterion only.
"""

BANK = "tuning12"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Du er født i {birth_year} og er dermed i yrkesaktiv alder.",
                "Av folkeregisteret går det fram at du er {age} år.",
                "Du fylte {age} år i {month}, og du er derfor innenfor aldersgrensen for kvalifiseringsprogram.",
                "Med dine {age} år har du mange år igjen i arbeidslivet, og vi regner deg som å være i yrkesaktiv alder.",
                "Alder: {age} år (født {birth_year}) – oppfylt.",
                "Vi har sett på fødselsåret ditt, {birth_year}, og konkluderer med at du er i yrkesaktiv alder.",
                "Siden du er {age} år, og altså verken er under 18 år eller har nådd pensjonsalder, hører du til "
                "målgruppen for programmet.",
                "Søker er {age} år.",
                "Det er lagt vekt på at du er {age} år gammel. Vilkåret om alder er derfor oppfylt.",
                "Ut fra opplysningene i søknaden er du født i {birth_year}, noe som betyr at du er i arbeidsfør alder.",
            ],
            "nn": [
                "Du er fødd i {birth_year} og er dermed i yrkesaktiv alder.",
                "Du er {age} år gammal, og vilkåret om alder er oppfylt.",
                "Av folkeregisteret går det fram at du fylte {age} år i {month}.",
                "Alder: {age} år (fødd {birth_year}).",
                "Sidan du er {age} år, er du innanfor aldersgrensa for kvalifiseringsprogram.",
                "Vi har lagt vekt på at du er {age} år og har mange år att i arbeidslivet.",
            ],
        },
        "named": {
            "nb": [
                "Vilkåret om yrkesaktiv alder anses oppfylt.",
                "Det er ikke tvil om at du er i yrkesaktiv alder.",
                "Alderskravet er kontrollert og funnet i orden.",
                "NAV legger til grunn at du er innenfor aldersgrensene for programmet.",
                "Når det gjelder alder, er vilkåret oppfylt i din sak.",
                "Som ved den forrige søknaden din i {year} er alderskravet oppfylt.",
            ],
            "nn": [
                "Vilkåret om yrkesaktiv alder er oppfylt.",
                "Det er ikkje tvil om at du er i yrkesaktiv alder.",
                "Alderskravet er sjekka og funne i orden.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 29 første ledd gjelder retten til kvalifiseringsprogram personer i "
                "yrkesaktiv alder.",
                "Det følger av rundskriv til lov om sosiale tjenester i NAV (Hovednr. 35) at målgruppen er personer "
                "i yrkesaktiv alder, det vil si fra fylte 18 år og fram til pensjonsalder.",
                "Fra 1. januar 2019 er den nedre aldersgrensen for kvalifiseringsprogram 18 år (før var den 19 år), "
                "jf. Prop. 12 L (2018–2019).",
                "Kvalifiseringsprogram kan gis til den som er i yrkesaktiv alder, jf. lovens § 29.",
            ],
            "nn": [
                "Etter sosialtenestelova § 29 gjeld retten til kvalifiseringsprogram personar i yrkesaktiv alder.",
                "Frå 1. januar 2019 er den nedre aldersgrensa for kvalifiseringsprogram 18 år.",
                "Rundskrivet (Hovudnr. 35) seier at målgruppa er personar i yrkesaktiv alder.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke vurdert vilkåret om alder særskilt.",
                "Alderen din er ikke kontrollert i denne saken.",
                "Opplysninger om alder har vi ikke gått nærmere inn på.",
                "Om du er i yrkesaktiv alder, er ikke tatt stilling til i dette vedtaket.",
            ],
            "nn": [
                "Vi har ikkje vurdert vilkåret om alder særskilt.",
                "Alderen din er ikkje nærare vurdert i dette vedtaket.",
                "Kva alder du har, har vi ikkje teke stilling til.",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Det framgår av legeerklæring datert {date} at du har {health}. Dette gjør at du i dag ikke klarer "
                "å stå i ordinært arbeid.",
                "Du har i samtale med veileder fortalt at du har hatt {health} i flere år, og at du måtte slutte i "
                "jobben med {job} i {year} på grunn av dette.",
                "Du har {schooling} og bare korte arbeidsforhold bak deg, sist med {job}. Vi vurderer derfor at "
                "arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Vi har lagt vekt på følgende når det gjelder arbeids- og inntektsevnen din:\n"
                "– Du har {health}.\n– Du har ikke hatt lønnet arbeid siden {year}.\n– Du har {norsk}.",
                "Kartleggingen som ble gjort i {month}, viser at du mangler formell kompetanse og har {norsk}. Sammen "
                "med at du har vært ute av arbeidslivet i {years} år, gir dette en vesentlig nedsatt evne til å "
                "skaffe deg inntekt.",
                "Arbeidsevnen din er vesentlig nedsatt fordi {health} begrenser hvor lenge du kan være i aktivitet, "
                "og fordi du ikke har arbeidserfaring fra Norge.",
                "Fastlegen din bekrefter at du har {health}. Du har selv opplyst at du ikke har klart å holde på en "
                "jobb lenger enn noen måneder av gangen.",
                "Arbeidsevne: redusert pga. {health} og lite arbeidserfaring (sist {job}, {year}).",
                "Du har vært ute av jobben med {job} siden {year} på grunn av {health}, og det har ikke vært mulig å "
                "tilrettelegge arbeidet for deg.",
                "Det er vurdert at du har vesentlig nedsatt arbeids- og inntektsevne. Vi har da sett hen til at du har "
                "{health}, at du har {schooling}, og at du ikke har vært i arbeid på {years} år.",
            ],
            "nn": [
                "Det går fram av legeerklæringa datert {date} at du har {health_nn}, og at du i dag ikkje klarer "
                "ordinært arbeid.",
                "Du har fortalt rettleiaren din at du slutta i jobben med {job_nn} i {year} på grunn av {health_nn}.",
                "Vi har lagt vekt på dette:\n– Du har {health_nn}.\n– Du har ikkje hatt lønt arbeid sidan {year}.\n"
                "– Du har {norsk_nn}.",
                "Kartlegginga viser at du har {schooling_nn} og lite arbeidserfaring. Arbeids- og inntektsevna di er "
                "difor vesentleg nedsett.",
                "Fastlegen stadfestar at du har {health_nn}, og du har sjølv opplyst at du ikkje har klart å halde på "
                "ein jobb over tid.",
                "Arbeidsevne: nedsett pga. {health_nn} og kort arbeidserfaring (sist {job_nn}, {year}).",
            ],
        },
        "named": {
            "nb": [
                "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne anses oppfylt.",
                "Det er ikke tvil om at arbeidsevnen din er redusert.",
                "NAV har kommet til at du tilhører målgruppen med nedsatt arbeidsevne.",
                "Du har en vesentlig nedsatt arbeids- og inntektsevne.",
                "Arbeids- og inntektsevnen din er vurdert i møte med veileder {date} og funnet vesentlig nedsatt.",
                "Vi er enige med deg i at evnen din til å skaffe deg inntekt er svekket.",
            ],
            "nn": [
                "Vilkåret om vesentleg nedsett arbeids- og inntektsevne er oppfylt.",
                "Det er ikkje tvil om at arbeidsevna di er redusert.",
                "Arbeidsevna er vurdert og funne vesentleg nedsett.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 29 skal deltakeren ha vesentlig nedsatt arbeids- og inntektsevne.",
                "I rundskrivet (Hovednr. 35) står det at arbeids- og inntektsevnen må være vesentlig nedsatt, og at "
                "dette skal vurderes konkret i den enkelte sak.",
                "Med vesentlig nedsatt arbeidsevne menes at evnen til å komme i arbeid er redusert på grunn av helse, "
                "sosiale forhold eller manglende kvalifikasjoner, jf. lovens forarbeider.",
                "Kvalifiseringsprogrammet er ment for personer med vesentlig nedsatt arbeids- og inntektsevne, jf. "
                "§ 29 første ledd.",
            ],
            "nn": [
                "Etter sosialtenestelova § 29 må deltakaren ha vesentleg nedsett arbeids- og inntektsevne.",
                "Rundskrivet (Hovudnr. 35) seier at arbeids- og inntektsevna må vere vesentleg nedsett, og at dette "
                "skal vurderast konkret.",
                "Med vesentleg nedsett arbeidsevne er meint at evna til å kome i arbeid er redusert på grunn av helse, "
                "sosiale tilhøve eller manglande kvalifikasjonar.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke innhentet legeopplysninger, og arbeidsevnen din er derfor ikke nærmere vurdert i dette "
                "vedtaket.",
                "Arbeids- og inntektsevnen din har vi ikke vurdert ennå.",
                "Vi har ikke hatt nok opplysninger til å ta stilling til om arbeids- og inntektsevnen din er nedsatt.",
                "Spørsmålet om nedsatt arbeidsevne er ikke drøftet her.",
            ],
            "nn": [
                "Vi har ikkje henta inn legeopplysningar, og arbeidsevna di er ikkje nærare vurdert.",
                "Arbeids- og inntektsevna di har vi ikkje vurdert enno.",
                "Om arbeidsevna di er nedsett, har vi ikkje teke stilling til.",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Du har ingen inntekt og har mottatt økonomisk sosialhjelp fra NAV {office} siden {year}.",
                "Retten din til {lost_benefit} tok slutt i {month}, og du har ikke andre ytelser å leve av.",
                "Av skattemeldingen for {year} går det fram at du ikke hadde arbeidsinntekt. I dag lever du av "
                "{small_income}.",
                "Din eneste faste inntekt er {small_income} på {amount} i måneden, og dette regnes som svært "
                "begrensede ytelser.",
                "Du har fått avslag på søknaden om arbeidsavklaringspenger, og du har ikke opparbeidet rett til "
                "dagpenger.",
                "Vi har sjekket NAVs registre: Du mottar ikke dagpenger, arbeidsavklaringspenger eller uføretrygd.",
                "Økonomi:\n– Ingen arbeidsinntekt siden {year}\n– Har brukt opp retten til {lost_benefit}\n"
                "– Får supplerende sosialhjelp til husleie",
                "Du forsørges i dag av {small_income} og av økonomisk stønad etter sosialtjenesteloven § 18.",
                "Introduksjonsstønaden din falt bort da du avsluttet introduksjonsprogrammet i {year}, og du har "
                "siden ikke hatt rett til noen statlig ytelse.",
                "Det er vurdert at du har svært begrensede ytelser: husstanden har bare {small_income}, og du har "
                "ingen oppsparte midler.",
            ],
            "nn": [
                "Du har inga inntekt og har fått økonomisk sosialhjelp sidan {year}.",
                "Retten din til {lost_benefit_nn} tok slutt i {month}, og du har ingen andre ytingar å leve av.",
                "Den einaste faste inntekta di er {small_income_nn} på {amount} i månaden.",
                "Du har fått avslag på arbeidsavklaringspengar, og du har ikkje rett til dagpengar.",
                "Økonomi:\n– Inga arbeidsinntekt sidan {year}\n– Har brukt opp retten til {lost_benefit_nn}\n"
                "– Får supplerande sosialhjelp til husleige",
                "Av skattemeldinga for {year} går det fram at du ikkje hadde arbeidsinntekt, og i dag lever du av "
                "sosialhjelp.",
            ],
        },
        "named": {
            "nb": [
                "Vilkåret om ingen eller svært begrensede ytelser til livsopphold anses oppfylt.",
                "Det er ikke tvil om at du fyller vilkåret om ytelser.",
                "Ytelsessituasjonen din er vurdert og funnet i orden.",
                "Din økonomiske situasjon oppfyller lovens krav.",
                "Inntektsvilkåret er oppfylt.",
                "Vi har sett på økonomien din per {date}, og vilkåret om ytelser er oppfylt.",
            ],
            "nn": [
                "Vilkåret om ingen eller svært avgrensa ytingar til livsopphald er oppfylt.",
                "Det er ikkje tvil om at du oppfyller vilkåret om ytingar.",
                "Inntektsvilkåret er vurdert og funne i orden.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 29 er det et vilkår at søkeren har ingen eller svært begrensede ytelser "
                "til livsopphold etter folketrygdloven eller arbeidsmarkedsloven.",
                "Personer som mottar arbeidsavklaringspenger eller uføretrygd, er som hovedregel ikke i målgruppen, "
                "jf. rundskriv Hovednr. 35.",
                "Ytelser som dagpenger og sykepenger kan etter loven utelukke rett til programmet, mens økonomisk "
                "sosialhjelp ikke gjør det.",
                "Forskrift om kvalifiseringsprogram gir nærmere regler om forholdet mellom kvalifiseringsstønad og "
                "andre ytelser.",
            ],
            "nn": [
                "Etter sosialtenestelova § 29 er det eit vilkår at søkjaren har ingen eller svært avgrensa ytingar "
                "til livsopphald.",
                "Personar som får arbeidsavklaringspengar eller uføretrygd, er som hovudregel ikkje i målgruppa, jf. "
                "rundskrivet (Hovudnr. 35).",
                "Ytingar etter folketrygdlova kan etter lova stengje for rett til programmet.",
            ],
        },
        "negated": {
            "nb": [
                "Vi har ikke innhentet opplysninger om inntekten din eller om du har rett til andre ytelser.",
                "Om du har rett til ytelser fra folketrygden, er ikke undersøkt.",
                "Inntektsforholdene dine er ikke vurdert i dette vedtaket.",
                "Vi har ennå ikke fått svar fra NAV Arbeid og ytelser om du har krav på andre ytelser, og vilkåret er "
                "derfor ikke vurdert.",
            ],
            "nn": [
                "Vi har ikkje henta inn opplysningar om inntekta di eller om du har rett til andre ytingar.",
                "Inntektstilhøva dine er ikkje vurderte i dette vedtaket.",
                "Om du har rett til ytingar frå folketrygda, er ikkje undersøkt.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Arbeidsevnevurderingen etter NAV-loven § 14 a, datert {date}, konkluderer med at du har behov for "
                "spesielt tilpasset innsats. Vi mener at et helhetlig program med tett oppfølging er det som best kan "
                "hjelpe deg nærmere arbeid.",
                "Du har tidligere deltatt på {measure} uten at det førte til jobb. Vi vurderer derfor at du trenger "
                "et mer omfattende og forpliktende løp, og at kvalifiseringsprogram er riktig tiltak for deg.",
                "Av saken går det fram at du selv ønsker å komme i arbeid, og at målet ditt er {goal}. Et program på "
                "fulltid gir deg struktur og den oppfølgingen du trenger for å nå dette målet.",
                "Vi har vurdert andre tiltak, men fordi du har behov for bistand på flere områder samtidig – "
                "{need} – mener vi at kvalifiseringsprogram er nødvendig og hensiktsmessig.",
                "Det er vurdert at programmet er hensiktsmessig for deg fordi du har god motivasjon, og fordi "
                "veilederen din mener at du med tett oppfølging kan nå {goal} innen programperioden.",
                "I arbeidsevnevurderingen fra {month} er det konkludert med at du trenger tett og langvarig "
                "oppfølging. Ordinære arbeidsrettede tiltak vil ikke være nok alene.",
                "Nødvendig og hensiktsmessig:\n– Arbeidsevnevurdering gjennomført {date}: behov for spesielt "
                "tilpasset innsats\n– Tidligere prøvd: {measure}\n– Mål: {goal}",
                "Etter samtaler med deg har vi kommet fram til at du ikke vil komme i arbeid uten tett oppfølging over "
                "tid. Du har tidligere fått {measure}, men trenger nå et helhetlig tilbud der aktivitetene ses i "
                "sammenheng.",
                "Vi mener kvalifiseringsprogram er det riktige for deg nå. Du har fortalt at du er motivert for "
                "{goal}, og arbeidsevnevurderingen viser at du har realistiske muligheter for å komme i arbeid med "
                "riktig støtte.",
                "Programmet er nødvendig fordi {measure} ikke var tilstrekkelig for deg, og hensiktsmessig fordi du i "
                "kartleggingen har vist at du har ressurser og motivasjon til å gjennomføre et fulltidsprogram.",
            ],
            "nn": [
                "Arbeidsevnevurderinga etter NAV-lova § 14 a frå {date} konkluderer med at du treng spesielt tilpassa "
                "innsats, og vi meiner eit heilskapleg program med tett oppfølging er det som best kan hjelpe deg.",
                "Du har tidlegare vore med på {measure_nn} utan at det førte til arbeid. Vi vurderer difor at du "
                "treng eit meir omfattande løp.",
                "Du har sjølv sagt at målet ditt er {goal_nn}, og vi meiner du treng den strukturen og oppfølginga "
                "programmet gir for å nå det.",
                "Naudsynt og føremålstenleg:\n– Arbeidsevnevurdering {date}: behov for spesielt tilpassa innsats\n"
                "– Tidlegare prøvd: {measure_nn}\n– Mål: {goal_nn}",
                "Vi har vurdert andre tiltak, men fordi du treng hjelp på fleire område samstundes – {need_nn} – "
                "meiner vi at kvalifiseringsprogram er naudsynt for deg.",
                "I arbeidsevnevurderinga frå {month} er det konkludert med at du treng tett og langvarig oppfølging, "
                "og at vanlege arbeidsretta tiltak ikkje er nok.",
            ],
        },
        "named": {
            "nb": [
                "Vi anser programmet som nødvendig og hensiktsmessig for deg.",
                "Det er ikke tvil om at kvalifiseringsprogram er riktig tiltak i din situasjon.",
                "Vilkåret om at programmet må være nødvendig og hensiktsmessig, er vurdert og funnet oppfylt.",
                "NAV {office} mener at du vil ha nytte av programmet.",
                "Kvalifiseringsprogram er etter vår vurdering et egnet tiltak.",
                "Programmet er vurdert som nødvendig og hensiktsmessig i samråd med deg {date}.",
            ],
            "nn": [
                "Vi ser programmet som naudsynt og føremålstenleg for deg.",
                "Det er ikkje tvil om at kvalifiseringsprogram er rett tiltak for deg.",
                "Vilkåret om at programmet skal vere naudsynt og føremålstenleg, er vurdert og funne oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Det er et vilkår etter sosialtjenesteloven § 29 at programmet anses nødvendig og hensiktsmessig for "
                "å styrke søkerens mulighet for deltakelse i arbeidslivet.",
                "Før det tas stilling til om kvalifiseringsprogram er aktuelt, skal det gjennomføres en "
                "arbeidsevnevurdering etter NAV-loven § 14 a.",
                "Etter rundskriv Hovednr. 35 skal det vurderes om andre tiltak kan være bedre egnet, og om programmet "
                "vil bidra til overgang til arbeid.",
                "Programmet skal etter loven bare gis når det er nødvendig og hensiktsmessig, og det skal ha som mål å "
                "få deltakeren over i arbeid.",
            ],
            "nn": [
                "Det er eit vilkår etter sosialtenestelova § 29 at programmet er naudsynt og føremålstenleg for å "
                "styrkje moglegheita for arbeid.",
                "Før ein tek stilling til kvalifiseringsprogram, skal det gjennomførast ei arbeidsevnevurdering etter "
                "NAV-lova § 14 a.",
                "Etter rundskrivet (Hovudnr. 35) skal det vurderast om andre tiltak kan vere betre eigna.",
            ],
        },
        "negated": {
            "nb": [
                "Det er ikke gjennomført arbeidsevnevurdering i saken, og vi har ikke tatt stilling til om programmet "
                "er nødvendig og hensiktsmessig.",
                "Om programmet er nødvendig og hensiktsmessig for deg, er ikke drøftet nærmere i dette vedtaket.",
                "Vi har ikke vurdert om andre tiltak kunne vært like godt egnet.",
                "Arbeidsevnevurderingen er ennå ikke ferdig, og behovet for programmet er derfor ikke vurdert.",
            ],
            "nn": [
                "Det er ikkje gjennomført arbeidsevnevurdering, og vi har ikkje teke stilling til om programmet er "
                "naudsynt.",
                "Om programmet er naudsynt og føremålstenleg for deg, er ikkje drøfta nærare her.",
                "Vi har ikkje vurdert om andre tiltak kunne vore betre eigna.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Programmet ditt vil bestå av {activity} og {activity2}. I tillegg har du faste samtaler med veileder "
                "hver uke.",
                "Vi har sammen med deg laget en aktivitetsplan. Planen er:\n– de første {months} månedene: "
                "{activity}\n– deretter: {activity2}\n– jobbsøking med støtte fra veileder den siste perioden",
                "NAV {office} kan tilby deg et program på {hours} timer i uka med {activity} og {activity2}.",
                "Du starter med {activity}. Når du er klar for det, skal du over i praksisplass hos {employer}.",
                "Innholdet i programmet er tilpasset deg: Vi har lagt inn {activity} fordi du ønsket det, og praksis "
                "hos {employer} for å gi deg arbeidserfaring.",
                "Programinnhold:\n1. {activity}\n2. {activity2}\n3. Arbeidspraksis hos {employer}",
                "Vi har avtalt at du skal ha praksisplass hos {employer} tre dager i uka, og at du de to andre dagene "
                "deltar på {activity2}.",
                "Programmet består av følgende tiltak: {activity}, {activity2} og oppfølging fra jobbspesialist.",
                "Det er laget et program der {activity} utgjør hoveddelen, kombinert med {activity2}. Programmet er "
                "satt sammen ut fra hva du trenger for å nå målet ditt.",
                "Du og veilederen din har blitt enige om at programmet skal inneholde {activity}, og at det ved "
                "evalueringen etter {months} måneder skal vurderes om du kan begynne på {activity2}.",
            ],
            "nn": [
                "Programmet ditt skal innehalde {activity_nn} og {activity2_nn}. I tillegg har du faste samtalar med "
                "rettleiaren kvar veke.",
                "Vi har laga ein aktivitetsplan saman med deg:\n– dei første {months} månadene: {activity_nn}\n"
                "– deretter: {activity2_nn}",
                "NAV {office} kan tilby deg eit program på {hours} timar i veka med {activity_nn} og praksis hos "
                "{employer_nn}.",
                "Programinnhald:\n1. {activity_nn}\n2. {activity2_nn}\n3. Arbeidspraksis hos {employer_nn}",
                "Du startar med {activity_nn}, og når du er klar for det, skal du over i praksisplass hos "
                "{employer_nn}.",
                "Vi har avtalt at du skal ha praksis hos {employer_nn} tre dagar i veka og delta på {activity2_nn} "
                "dei to andre dagane.",
            ],
        },
        "named": {
            "nb": [
                "Vi kan tilby deg et tilpasset program.",
                "NAV {office} har et program som passer for deg.",
                "Det er ikke tvil om at kommunen kan gi deg et egnet tilbud.",
                "Vilkåret om at det må kunne tilbys et tilpasset program, anses oppfylt.",
                "Innholdet i programmet vil bli tilpasset dine behov.",
                "Programmet er satt sammen individuelt og er vurdert som forsvarlig.",
            ],
            "nn": [
                "Vi kan tilby deg eit tilpassa program.",
                "NAV {office} har eit program som passar for deg.",
                "Vilkåret om at det må kunne tilbydast eit tilpassa program, er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Etter sosialtjenesteloven § 30 skal programmet være individuelt tilpasset og kan inneholde "
                "arbeidsrettede tiltak, opplæring og andre aktiviteter.",
                "Forskrift om kvalifiseringsprogram § 1 sier at programmet skal være på full tid og inneholde "
                "arbeidsrettede aktiviteter.",
                "Det følger av rundskriv Hovednr. 35 at kommunen bare unntaksvis kan avslå fordi den ikke kan tilby et "
                "tilpasset program.",
                "Et program kan etter loven bestå av arbeidstrening, praksis, kurs og opplæring, og i tillegg av "
                "aktiviteter som skal forberede overgang til arbeid.",
            ],
            "nn": [
                "Etter sosialtenestelova § 30 skal programmet vere individuelt tilpassa og kan innehalde arbeidsretta "
                "tiltak, opplæring og andre aktivitetar.",
                "Forskrifta om kvalifiseringsprogram seier at programmet skal vere på full tid.",
                "Etter rundskrivet (Hovudnr. 35) kan kommunen berre unntaksvis avslå fordi han ikkje kan tilby eit "
                "tilpassa program.",
            ],
        },
        "negated": {
            "nb": [
                "Innholdet i programmet er ikke fastsatt ennå, og det er ikke vurdert hvilke aktiviteter du skal ha.",
                "Vi har ikke tatt stilling til hvordan programmet ditt skal se ut.",
                "Hva programmet skal inneholde, vil bli avklart senere og er ikke vurdert i dette vedtaket.",
                "Det er ikke avklart om kommunen har et tilbud som passer for deg.",
            ],
            "nn": [
                "Innhaldet i programmet er ikkje fastsett enno, og vi har ikkje vurdert kva aktivitetar du skal ha.",
                "Vi har ikkje teke stilling til korleis programmet ditt skal sjå ut.",
                "Kva programmet skal innehalde, blir avklart seinare og er ikkje vurdert i dette vedtaket.",
            ],
        },
    },
}

# Headings of the «sections» letters: each criterion's own heading (no facts in them).
HEADINGS = {
    "age": {
        "nb": ["Alder", "Vilkåret om alder", "Yrkesaktiv alder", "Sosialtjenesteloven § 29 – alder"],
        "nn": ["Alder", "Yrkesaktiv alder", "Vilkåret om alder"],
    },
    "work_ability": {
        "nb": ["Arbeids- og inntektsevne", "Nedsatt arbeidsevne", "Din arbeidsevne",
               "Vurdering av arbeids- og inntektsevnen"],
        "nn": ["Arbeids- og inntektsevne", "Nedsett arbeidsevne", "Arbeidsevna di"],
    },
    "benefits": {
        "nb": ["Inntekt og ytelser", "Økonomi", "Ytelser til livsopphold", "Din økonomiske situasjon"],
        "nn": ["Inntekt og ytingar", "Økonomi", "Ytingar til livsopphald"],
    },
    "necessity": {
        "nb": ["Nødvendig og hensiktsmessig", "Behov for program", "Hvorfor kvalifiseringsprogram?",
               "Vår vurdering av behovet ditt"],
        "nn": ["Naudsynt og føremålstenleg", "Behov for program", "Kvifor kvalifiseringsprogram?"],
    },
    "program": {
        "nb": ["Innholdet i programmet", "Ditt program", "Tilpasset program", "Aktiviteter i programmet"],
        "nn": ["Innhaldet i programmet", "Programmet ditt", "Tilpassa program"],
    },
}

# Fillers drawn once per letter (besides the generator's own slots: age, birth_year, year, years, date,
# date2, month, months, amount, hours, kvp_amount, office).
FILLERS = {
    # health: fits «du har {health}», «på grunn av {health}», «{health} begrenser …»
    "health": ["langvarige ryggsmerter", "en diagnostisert depresjon", "en angstlidelse", "kols",
               "leddgikt", "posttraumatisk stresslidelse", "ADHD", "store søvnvansker",
               "migrene flere dager i uka", "senskader etter en trafikkulykke",
               "diabetes som er vanskelig å regulere", "kroniske smerter i nakke og skuldre",
               "epilepsi", "fibromyalgi", "en bipolar lidelse", "nedsatt hørsel"],
    "health_nn": ["langvarige ryggsmerter", "ein diagnostisert depresjon", "ei angstliding", "kols", "leddgikt",
                  "posttraumatisk stressliding", "ADHD", "store søvnvanskar", "migrene fleire dagar i veka",
                  "seinskadar etter ei trafikkulukke", "kroniske smerter i nakke og skuldrer", "epilepsi",
                  "fibromyalgi"],
    # schooling: fits «du har {schooling}»
    "schooling": ["grunnskole fra hjemlandet", "to år på videregående uten vitnemål", "ingen formell utdanning",
                  "et påbegynt fagbrev som helsefagarbeider", "fem års skolegang fra hjemlandet",
                  "kun grunnskole", "et avbrutt løp på yrkesfag"],
    "schooling_nn": ["grunnskule frå heimlandet", "to år på vidaregåande utan vitnemål", "inga formell utdanning",
                     "eit påbyrja fagbrev som helsefagarbeidar", "berre grunnskule"],
    # norsk: fits «du har {norsk}»
    "norsk": ["norskkunnskaper på A2-nivå", "muntlig norsk på nivå A1", "svake lese- og skriveferdigheter",
              "begrensede norskkunnskaper", "lite erfaring med digitale verktøy"],
    "norsk_nn": ["norskkunnskapar på A2-nivå", "munnleg norsk på nivå A1", "svake lese- og skriveferdigheiter",
                 "avgrensa norskkunnskapar"],
    # job: fits «jobben med {job}», «sist med {job}»
    "job": ["renhold", "lagerarbeid", "kassearbeid i butikk", "oppvask og matlaging på en kafé", "bilvask",
            "pleie og omsorg som ufaglært", "varelevering", "snekring i byggebransjen", "sesongarbeid i landbruket"],
    "job_nn": ["reinhald", "lagerarbeid", "kassearbeid i butikk", "oppvask på ein kafé", "varelevering",
               "pleie og omsorg som ufaglært", "sesongarbeid på ein gard"],
    # lost_benefit: fits «retten din til {lost_benefit}»
    "lost_benefit": ["dagpenger", "arbeidsavklaringspenger", "sykepenger", "introduksjonsstønad"],
    "lost_benefit_nn": ["dagpengar", "arbeidsavklaringspengar", "sjukepengar", "introduksjonsstønad"],
    # small_income: fits «du lever av {small_income}», «din eneste faste inntekt er {small_income}»
    "small_income": ["bostøtte fra Husbanken", "barnetrygd", "kontantstøtte", "en liten helgejobb",
                     "barnebidrag"],
    "small_income_nn": ["bustøtte frå Husbanken", "barnetrygd", "kontantstøtte", "ein liten helgejobb",
                        "barnebidrag"],
    # measure: earlier measures, fits «du har tidligere deltatt på / fått {measure}»
    "measure": ["et arbeidsrettet kurs", "arbeidstrening i en vekstbedrift", "jobbklubb", "et avklaringstiltak",
                "oppfølging fra jobbspesialist", "et lavterskeltilbud i kommunen", "et kortvarig norskkurs"],
    "measure_nn": ["eit arbeidsretta kurs", "arbeidstrening i ei vekstbedrift", "jobbklubb", "eit avklaringstiltak",
                   "oppfølging frå jobbspesialist"],
    # goal: fits «målet ditt er {goal}», «motivert for {goal}», «kan nå {goal}»
    "goal": ["fast jobb i renholdsbransjen", "fagbrev som barne- og ungdomsarbeider", "læreplass som kokk",
             "jobb som sjåfør med førerkort klasse C", "en fast stilling i varehandelen", "arbeid i omsorgssektoren",
             "jobb på lager med truckførerbevis"],
    "goal_nn": ["fast jobb i reinhaldsbransjen", "fagbrev som barne- og ungdomsarbeidar", "læreplass som kokk",
                "jobb som sjåfør", "fast stilling i varehandelen"],
    # need: a short list after a dash
    "need": ["språk, arbeidstrening og jobbsøking", "struktur i hverdagen, arbeidstrening og kvalifisering",
             "norskopplæring, praksis og tett oppfølging", "opplæring, arbeidserfaring og hjelp til å søke jobb"],
    "need_nn": ["språk, arbeidstrening og jobbsøking", "norskopplæring, praksis og tett oppfølging",
                "opplæring, arbeidserfaring og hjelp til å søkje jobb"],
    # activity / activity2: programme contents, fit «består av {activity}», «deltar på {activity2}»
    "activity": ["norskopplæring ved voksenopplæringen", "arbeidstrening i kantinen på rådhuset",
                 "et kurs i jobbsøking og CV-skriving", "en treningsgruppe med fysioterapeut",
                 "et mestringskurs for angst og stress", "opplæring til truckførerbevis",
                 "grunnskoleopplæring for voksne", "et bransjekurs i renhold", "et kurs i personlig økonomi",
                 "digital grunnopplæring"],
    "activity2": ["arbeidspraksis i en dagligvarebutikk", "språkpraksis i en barnehage", "praksis på et sykehjem",
                  "hospitering i et bilverksted", "et forkurs til fagbrev", "arbeidstrening på et bruktvarehus",
                  "kurs i bransjenorsk", "praksis på lageret til en byggevarekjede"],
    "activity_nn": ["norskopplæring ved vaksenopplæringa", "arbeidstrening i kantina på rådhuset",
                    "eit kurs i jobbsøking og CV-skriving", "ei treningsgruppe med fysioterapeut",
                    "eit meistringskurs for angst og stress", "grunnskuleopplæring for vaksne"],
    "activity2_nn": ["arbeidspraksis i ein daglegvarebutikk", "språkpraksis i ein barnehage",
                     "praksis på ein sjukeheim", "hospitering i ein bilverkstad", "eit førebuande kurs til fagbrev",
                     "arbeidstrening på eit bruktvarehus"],
    # employer: fits «praksisplass hos {employer}»
    "employer": ["en matbutikk i nærmiljøet", "et bakeri i sentrum", "kommunens driftsavdeling", "et bruktvarehus",
                 "et sykehjem i bydelen", "en barnehage", "en lagerbedrift i industriområdet",
                 "en bilpleiebedrift"],
    "employer_nn": ["ein matbutikk i nærmiljøet", "eit bakeri i sentrum", "driftsavdelinga i kommunen",
                    "eit bruktvarehus", "ein sjukeheim i bydelen", "ein barnehage"],
}
