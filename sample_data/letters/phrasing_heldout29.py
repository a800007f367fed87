"""Phrasing bank ``heldout29`` (round 20, issue #19): long, formal decisions from an Oslo district office.

Written by round 20's bank29 author, an author independent of the rule: written without opening the grounds
reader (audit/grounds/, docs/grounds.md), its benchmark, its tests, the committed sample letters or any other
phrasing bank, and without running ``grounds`` or the benchmark on anything. Only the generator
(sample_data/letters/__init__.py), the architecture test, the README, the background articles, the legal review
and the check catalogue were read.

Register: the lawyers of an Oslo district office (bydel: Frogner, Gamle Oslo, Grünerløkka, Sagene, St. Hanshaugen,
Nordre Aker, Vestre Aker, Ullern, Østensjø, Nordstrand, Bjerke) write long, formal decisions in bokmål (nynorsk
two letters in ten). Each criterion is one paragraph of running prose that weaves the legal rule, the case's
documents and the facts about the person into the same long sentences («Etter en samlet vurdering av
opplysningene i saken, herunder …, finner NAV at …»), in the passive and nominal style («det legges til grunn
at», «det er på det rene at», «søkers helsemessige situasjon»), the person in the third person («søker»,
«vedkommende») mixed with «du», subordinate clauses and parentheses with the dates of documents; a few phrasings
set out the points weighed as a lead-in and a dash list. The «named» and «quoted» phrasings are as long and formal
as the «grounds» ones. The office has its own frame (formal «Vedtak» / «Klageadgang», the Statsforvalteren of
Østfold, Buskerud, Oslo og Akershus) and its own offices (the ``office`` filler).

Kinds and labels, per criterion and language (12 grounds, 7 named, 6 quoted, 4 negated):
- ``grounds`` (ja): why the criterion is met for this person, with at least one fact about them for that
  criterion (age: age or year of birth; work_ability: health, education, language, work history, why work ended,
  what the arbeidsevnevurdering found; benefits: income, benefits received, refused or used up, amounts,
  savings; necessity: the innsatsbehov conclusion, why KVP rather than other measures, measures tried before and
  how they went; program: the programme's activities, courses, work training, hours, places, plan).
- ``named`` (nei): names the criterion or concludes that it is met, or refers to documents without saying what
  they show; no fact about the person.
- ``quoted`` (nei): the law, the regulation, the circular, the preparatory works or practice, paraphrased or
  quoted; no fact about the person.
- ``negated`` (nei): the criterion was not assessed, is not documented, will be assessed later, or the template
  text was left unfilled.
A phrasing holds no fact of another criterion; the frame holds no fact about the person.
"""

BANK = "heldout29"
LANG_WEIGHTS = (8, 2)

FILLERS = {
    "office": ["Frogner", "Gamle Oslo", "Grünerløkka", "Sagene", "St. Hanshaugen", "Nordre Aker", "Vestre Aker",
               "Ullern", "Østensjø", "Nordstrand", "Bjerke"],
    # work_ability only: a former occupation and a health complaint
    "occupation_nb": ["renholder", "lagermedarbeider", "butikkmedarbeider", "sjåfør", "servitør",
                      "assistent i barnehage", "kokk"],
    "occupation_nn": ["reinhaldar", "lagermedarbeidar", "butikkmedarbeidar", "sjåfør", "servitør",
                      "assistent i barnehage", "kokk"],
    "health_nb": ["langvarige muskel- og skjelettplager", "angst og depressive plager av moderat grad",
                  "kroniske smerter i rygg og skuldre", "søvnvansker og nedsatt konsentrasjonsevne",
                  "følgene av en tidligere arbeidsulykke"],
    "health_nn": ["langvarige muskel- og skjelettplager", "angst og depressive plager av moderat grad",
                  "kroniske smerter i rygg og skuldrer", "søvnvanskar og nedsett konsentrasjonsevne",
                  "følgjene av ei tidlegare arbeidsulukke"],
    # necessity only: a measure tried before
    "measure_nb": ["arbeidsrettet kurs i regi av NAV", "arbeidspraksis i en ordinær virksomhet",
                   "jobbklubb med oppfølging fra jobbspesialist", "et oppfølgingstiltak hos ekstern tiltaksarrangør"],
    "measure_nn": ["arbeidsretta kurs i regi av NAV", "arbeidspraksis i ei ordinær verksemd",
                   "jobbklubb med oppfølging frå jobbspesialist", "eit oppfølgingstiltak hos ekstern tiltaksarrangør"],
    # program only: the programme's work training and course
    "activity_nb": ["arbeidstrening på et kommunalt arbeidssenter", "arbeidspraksis i en dagligvarebutikk i bydelen",
                    "arbeidstrening i en kantine drevet av en ideell organisasjon",
                    "praksis i bydelens vaktmestertjeneste"],
    "activity_nn": ["arbeidstrening på eit kommunalt arbeidssenter", "arbeidspraksis i ein daglegvarebutikk i bydelen",
                    "arbeidstrening i ei kantine driven av ein ideell organisasjon",
                    "praksis i vaktmeistertenesta i bydelen"],
    "course_nb": ["kurs i jobbsøking og CV-skriving", "datakurs på grunnleggende nivå", "truckførerkurs",
                  "kurs i kundebehandling og service"],
    "course_nn": ["kurs i jobbsøking og CV-skriving", "datakurs på grunnleggjande nivå", "truckførarkurs",
                  "kurs i kundehandsaming og service"],
}

FRAME = {
    "nb": {
        "title": ["Vedtak om kvalifiseringsprogram – sosialtjenesteloven § 29",
                  "Vedtak – søknad om deltakelse i kvalifiseringsprogram",
                  "Melding om vedtak: kvalifiseringsprogram med kvalifiseringsstønad"],
        "intro": ["Det vises til søknad om kvalifiseringsprogram, mottatt ved NAV {office} {date}, samt til de "
                  "samtaler som er gjennomført og de dokumenter som er innhentet under saksbehandlingen.",
                  "NAV {office} har behandlet søknaden om deltakelse i kvalifiseringsprogram som ble mottatt {date}. "
                  "Saken er behandlet etter sosialtjenesteloven §§ 29 flg. og forskrift om kvalifiseringsprogram og "
                  "kvalifiseringsstønad.",
                  "Vi viser til din søknad av {date} om kvalifiseringsprogram og til den etterfølgende dialogen med "
                  "kontoret."],
        "decision": ["NAV {office} har fattet følgende vedtak: Søknaden om kvalifiseringsprogram innvilges for "
                     "perioden {date} til {date2}, jf. sosialtjenesteloven § 29.",
                     "Vedtak: Du innvilges deltakelse i kvalifiseringsprogram med kvalifiseringsstønad i perioden "
                     "{date}–{date2}. Vedtaket er fattet med hjemmel i sosialtjenesteloven § 29, jf. § 30.",
                     "Søknaden innvilges. Du gis rett til kvalifiseringsprogram fra {date}, jf. sosialtjenesteloven "
                     "§ 29."],
        "general": ["Det følger av sosialtjenesteloven § 29 at personer i yrkesaktiv alder med vesentlig nedsatt "
                    "arbeids- og inntektsevne og ingen eller svært begrensede ytelser til livsopphold skal ha rett til "
                    "kvalifiseringsprogram når programmet anses nødvendig og hensiktsmessig for å styrke "
                    "vedkommendes muligheter for deltakelse i arbeidslivet, og kommunen kan tilby et tilpasset "
                    "program.",
                    "Etter en samlet vurdering finner NAV at vilkårene for rett til kvalifiseringsprogram etter "
                    "sosialtjenesteloven § 29 er oppfylt. Vurderingen av de enkelte vilkårene fremgår nedenfor."],
        "reasons_heading": ["Begrunnelse for vedtaket", "NAVs vurdering", "Vurdering av vilkårene"],
        "money_heading": ["Kvalifiseringsstønad", "Om kvalifiseringsstønaden"],
        "money": ["Som deltaker i programmet innvilges du kvalifiseringsstønad med kr {kvp_amount} på årsbasis. "
                  "Stønaden utbetales månedlig og er skattepliktig inntekt.",
                  "Kvalifiseringsstønaden er fastsatt til kr {kvp_amount} per år og utbetales med like store beløp "
                  "hver måned. Det gjøres trekk i stønaden ved fravær som ikke er godkjent, jf. forskriften."],
        "start": ["Programmet tar til {date}. Programperioden løper til {date2}, med mindre annet blir bestemt ved "
                  "nytt vedtak.",
                  "Oppstart i programmet er fastsatt til {date}."],
        "evaluation": ["Programmet vil bli evaluert fortløpende, og første evaluering skal etter planen gjennomføres "
                       "etter tre måneder, i samarbeid med din veileder.",
                       "Det vil bli avholdt jevnlige evalueringsmøter, der programmets innhold og progresjon vil bli "
                       "gjennomgått."],
        "appeal_heading": ["Klageadgang", "Orientering om klagerett"],
        "appeal": ["Vedtaket kan påklages innen tre uker fra det tidspunkt underretning om vedtaket er kommet frem, "
                   "jf. forvaltningsloven §§ 28 og 29. Klagen skal være skriftlig og sendes til NAV {office}. Dersom "
                   "kontoret ikke omgjør vedtaket, oversendes klagen til Statsforvalteren i Østfold, Buskerud, Oslo og "
                   "Akershus for endelig avgjørelse.",
                   "Du har rett til å klage på vedtaket. Klagefristen er tre uker fra du mottok dette brevet, jf. "
                   "forvaltningsloven § 29. Du har også rett til å se dokumentene i saken, jf. forvaltningsloven "
                   "§§ 18 og 19."],
        "closing": ["Med hilsen", "Med vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak om kvalifiseringsprogram – sosialtenestelova § 29",
                  "Vedtak – søknad om deltaking i kvalifiseringsprogram",
                  "Melding om vedtak: kvalifiseringsprogram med kvalifiseringsstønad"],
        "intro": ["Det vert vist til søknad om kvalifiseringsprogram, motteken ved NAV {office} {date}, og til dei "
                  "samtalane som er gjennomførte og dei dokumenta som er innhenta under sakshandsaminga.",
                  "NAV {office} har handsama søknaden om deltaking i kvalifiseringsprogram som vart motteken {date}. "
                  "Saka er handsama etter sosialtenestelova §§ 29 flg. og forskrift om kvalifiseringsprogram og "
                  "kvalifiseringsstønad."],
        "decision": ["NAV {office} har gjort dette vedtaket: Søknaden om kvalifiseringsprogram vert innvilga for "
                     "perioden {date} til {date2}, jf. sosialtenestelova § 29.",
                     "Vedtak: Du får innvilga deltaking i kvalifiseringsprogram med kvalifiseringsstønad i perioden "
                     "{date}–{date2}. Vedtaket har heimel i sosialtenestelova § 29, jf. § 30."],
        "general": ["Det følgjer av sosialtenestelova § 29 at personar i yrkesaktiv alder med vesentleg nedsett "
                    "arbeids- og inntektsevne og ingen eller svært avgrensa ytingar til livsopphald skal ha rett til "
                    "kvalifiseringsprogram når programmet vert rekna som naudsynt og føremålstenleg for å styrkje "
                    "moglegheitene vedkomande har for å delta i arbeidslivet, og kommunen kan tilby eit tilpassa "
                    "program.",
                    "Etter ei samla vurdering finn NAV at vilkåra for rett til kvalifiseringsprogram etter "
                    "sosialtenestelova § 29 er oppfylte. Vurderinga av dei einskilde vilkåra går fram nedanfor."],
        "reasons_heading": ["Grunngjeving for vedtaket", "Vurderinga til NAV", "Vurdering av vilkåra"],
        "money_heading": ["Kvalifiseringsstønad", "Om kvalifiseringsstønaden"],
        "money": ["Som deltakar i programmet får du innvilga kvalifiseringsstønad med kr {kvp_amount} per år. "
                  "Stønaden vert utbetalt kvar månad og er skattepliktig inntekt.",
                  "Kvalifiseringsstønaden er fastsett til kr {kvp_amount} per år og vert utbetalt med like store "
                  "beløp kvar månad. Det vert gjort trekk i stønaden ved fråvær som ikkje er godkjent, jf. "
                  "forskrifta."],
        "start": ["Programmet tek til {date}. Programperioden varer til {date2}, om ikkje anna vert avgjort ved nytt "
                  "vedtak.",
                  "Oppstart i programmet er fastsett til {date}."],
        "evaluation": ["Programmet vil verte evaluert fortløpande, og den første evalueringa skal etter planen "
                       "gjennomførast etter tre månader, i samarbeid med rettleiaren din."],
        "appeal_heading": ["Klagerett", "Orientering om klagerett"],
        "appeal": ["Vedtaket kan påklagast innan tre veker frå det tidspunktet underretninga om vedtaket er komen "
                   "fram, jf. forvaltningslova §§ 28 og 29. Klaga skal vere skriftleg og sendast til NAV {office}. "
                   "Dersom kontoret ikkje gjer om vedtaket, vert klaga send til Statsforvaltaren i Østfold, Buskerud, "
                   "Oslo og Akershus for endeleg avgjerd.",
                   "Du har rett til å klage på vedtaket. Klagefristen er tre veker frå du fekk dette brevet, jf. "
                   "forvaltningslova § 29. Du har òg rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og "
                   "19."],
        "closing": ["Med helsing", "Med venleg helsing"],
    },
}

HEADINGS = {
    "age": {"nb": ["Yrkesaktiv alder", "Vilkåret om yrkesaktiv alder", "Alder"],
            "nn": ["Yrkesaktiv alder", "Vilkåret om yrkesaktiv alder", "Alder"]},
    "work_ability": {"nb": ["Vesentlig nedsatt arbeids- og inntektsevne", "Arbeids- og inntektsevne"],
                     "nn": ["Vesentleg nedsett arbeids- og inntektsevne", "Arbeids- og inntektsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Ingen eller svært begrensede ytelser til livsopphold"],
                 "nn": ["Ytingar til livsopphald", "Ingen eller svært avgrensa ytingar til livsopphald"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Behovet for kvalifiseringsprogram"],
                  "nn": ["Naudsynt og føremålstenleg", "Behovet for kvalifiseringsprogram"]},
    "program": {"nb": ["Tilpasset program", "Programmets innhold", "Kommunens mulighet til å tilby program"],
                "nn": ["Tilpassa program", "Innhaldet i programmet", "Høvet kommunen har til å tilby program"]},
}

AGE = {
    "grounds": {
        "nb": [
            "Etter sosialtjenesteloven § 29 første ledd er det et vilkår at søker er i yrkesaktiv alder. Det fremgår av folkeregisteropplysningene i saken at søker er født i {birth_year}, og vedkommende var dermed {age} år på vedtakstidspunktet, slik at vilkåret om yrkesaktiv alder etter NAVs vurdering er oppfylt.",
            "Det er på det rene at du, som etter opplysningene i saken er {age} år gammel, befinner deg innenfor den aldersgruppen som omfattes av ordningen, og det legges derfor til grunn at vilkåret om yrkesaktiv alder i sosialtjenesteloven § 29 er oppfylt.",
            "Etter en gjennomgang av de personopplysningene som er registrert i saken, herunder søknadsskjemaet mottatt {date}, legges det til grunn at søker er født i {birth_year}. Vedkommende har således passert den nedre aldersgrensen på 18 år uten å ha nådd pensjonsalder, og NAV finner at søker er i yrkesaktiv alder slik vilkåret er å forstå etter § 29.",
            "Søkers alder er ikke omtvistet, og det legges på bakgrunn av søknaden og opplysningene i Folkeregisteret til grunn at vedkommende er {age} år gammel, og det er ikke opplyst om forhold som tilsier at søker av aldersmessige grunner faller utenfor programmets målgruppe. Vilkåret anses etter dette oppfylt.",
            "Det fremgår av søknaden (mottatt {date}) at du er født i {birth_year}. Med en alder på {age} år er du etter NAVs vurdering i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første ledd, og dette vilkåret er dermed oppfylt.",
            "Når det gjelder vilkåret om yrkesaktiv alder, legges det til grunn at søker, som er {age} år, både har passert den nedre aldersgrensen på 18 år som har gjeldt siden lovendringen i 2019, og befinner seg under den alder der avgang fra arbeidslivet normalt blir aktuelt. Vilkåret er oppfylt.",
            "Søker er født i {birth_year} og var på tidspunktet for dette vedtaket {age} år gammel. Vedkommende er følgelig i yrkesaktiv alder, og det er etter en samlet vurdering på det rene at aldersvilkåret i § 29 ikke er til hinder for at søknaden innvilges.",
            "Av opplysningene i Folkeregisteret, som er kontrollert ved behandlingen av saken, fremgår det at du er {age} år. NAV legger etter dette til grunn at du er i yrkesaktiv alder, og at vilkåret i sosialtjenesteloven § 29 første ledd er oppfylt i din sak.",
            "Det er et grunnleggende vilkår for rett til kvalifiseringsprogram at søker er i yrkesaktiv alder, hvilket i praksis innebærer at vedkommende må ha fylt 18 år og ikke ha nådd pensjonsalder. Søker er i dette tilfellet {age} år gammel (født {birth_year}), og vilkåret er dermed oppfylt.",
            "Som det fremgår av søknaden datert {date}, er du født i {birth_year}. Det innebærer at du på vedtakstidspunktet er {age} år, og at du etter NAVs syn klart faller innenfor den personkretsen som lovgiver har ment å omfatte av ordningen med kvalifiseringsprogram.",
            "Etter en samlet vurdering av opplysningene i saken, herunder søknaden og de registrerte personopplysningene, finner NAV at søker, som er født i {birth_year}, er i yrkesaktiv alder, og at vilkåret i § 29 første ledd således er oppfylt.",
            "Vedkommendes alder ({age} år) er dokumentert gjennom opplysninger fra Folkeregisteret. Det legges etter dette til grunn at søker er i yrkesaktiv alder, og det anses ikke nødvendig med en nærmere drøftelse av dette vilkåret.",
        ],
        "nn": [
            "Etter sosialtenestelova § 29 første ledd er det eit vilkår at søkjaren er i yrkesaktiv alder. Det går fram av folkeregisteropplysingane i saka at søkjaren er fødd i {birth_year}, og vedkomande var dermed {age} år på vedtakstidspunktet, slik at vilkåret om yrkesaktiv alder etter vurderinga til NAV er oppfylt.",
            "Det er på det reine at du, som etter opplysingane i saka er {age} år gammal, høyrer til den aldersgruppa som er omfatta av ordninga, og det vert difor lagt til grunn at vilkåret om yrkesaktiv alder i sosialtenestelova § 29 er oppfylt.",
            "Etter ein gjennomgang av dei personopplysingane som er registrerte i saka, mellom anna søknadsskjemaet motteke {date}, vert det lagt til grunn at søkjaren er fødd i {birth_year}. Vedkomande har såleis passert den nedre aldersgrensa på 18 år utan å ha nått pensjonsalder, og NAV finn at søkjaren er i yrkesaktiv alder slik vilkåret skal forståast etter § 29.",
            "Alderen til søkjaren er ikkje omtvista. Vedkomande er {age} år, og det er ikkje opplyst om tilhøve som tilseier at søkjaren av aldersmessige grunnar fell utanfor målgruppa for programmet. Vilkåret vert etter dette rekna som oppfylt.",
            "Det går fram av søknaden (motteken {date}) at du er fødd i {birth_year}. Med ein alder på {age} år er du etter vurderinga til NAV i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd, og dette vilkåret er dermed oppfylt.",
            "Søkjaren er fødd i {birth_year} og var {age} år gammal då dette vedtaket vart gjort. Vedkomande er følgjeleg i yrkesaktiv alder, og det er etter ei samla vurdering på det reine at aldersvilkåret i § 29 ikkje er til hinder for at søknaden vert innvilga.",
            "Av opplysingane i Folkeregisteret, som er kontrollerte under handsaminga av saka, går det fram at du er {age} år. NAV legg etter dette til grunn at du er i yrkesaktiv alder, og at vilkåret i sosialtenestelova § 29 første ledd er oppfylt i saka di.",
            "Det er eit grunnleggjande vilkår for rett til kvalifiseringsprogram at søkjaren er i yrkesaktiv alder, noko som i praksis inneber at vedkomande må ha fylt 18 år og ikkje ha nått pensjonsalder. Søkjaren er i dette tilfellet {age} år gammal (fødd {birth_year}), og vilkåret er dermed oppfylt.",
            "Som det går fram av søknaden datert {date}, er du fødd i {birth_year}. Det inneber at du på vedtakstidspunktet er {age} år, og at du etter synet til NAV klart fell innanfor den personkrinsen som lovgivaren har meint å omfatte av ordninga med kvalifiseringsprogram.",
            "Etter ei samla vurdering av opplysingane i saka, mellom anna søknaden og dei registrerte personopplysingane, finn NAV at søkjaren, som er fødd i {birth_year}, er i yrkesaktiv alder, og at vilkåret i § 29 første ledd såleis er oppfylt.",
            "Alderen til vedkomande ({age} år) er dokumentert gjennom opplysingar frå Folkeregisteret. Det vert etter dette lagt til grunn at søkjaren er i yrkesaktiv alder, og det er ikkje naudsynt med ei nærare drøfting av dette vilkåret.",
            "Når det gjeld vilkåret om yrkesaktiv alder, vert det lagt til grunn at søkjaren, som er {age} år, både har passert den nedre aldersgrensa på 18 år som har gjolde sidan lovendringa i 2019, og er under den alderen der avgang frå arbeidslivet normalt vert aktuelt. Vilkåret er oppfylt.",
        ],
    },
    "named": {
        "nb": [
            "Etter en samlet vurdering av opplysningene i saken, herunder søknaden mottatt {date}, de personopplysningene som er registrert hos NAV og de opplysningene som for øvrig er fremkommet under saksbehandlingen, legges det til grunn at søker er i yrkesaktiv alder, og at vilkåret i sosialtjenesteloven § 29 første ledd dermed er oppfylt.",
            "Det er på det rene at du er i yrkesaktiv alder, slik dette vilkåret er å forstå etter sosialtjenesteloven § 29 første ledd og den praksis som har utviklet seg på området. NAV finner det etter dette ikke nødvendig å gå nærmere inn på vilkåret, som anses oppfylt i din sak.",
            "Vilkåret om at søker må være i yrkesaktiv alder, er vurdert på bakgrunn av opplysningene i Folkeregisteret, som er kontrollert i forbindelse med saksbehandlingen, og de opplysningene søker selv har gitt i søknadsskjemaet. Etter en gjennomgang av disse dokumentene legges det til grunn at vilkåret er oppfylt.",
            "Søker er i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første ledd. NAV har ved behandlingen av saken ikke mottatt opplysninger som gir grunn til å vurdere dette vilkåret annerledes, og det er heller ikke fra søkers side anført forhold som tilsier at vilkåret skal drøftes nærmere.",
            "Når det gjelder aldersvilkåret, vises det til søknaden mottatt {date} og til de opplysningene som er innhentet fra offentlige registre i forbindelse med saksbehandlingen, jf. forvaltningsloven § 17 om sakens opplysning. På grunnlag av disse opplysningene er NAV kommet til at vilkåret om yrkesaktiv alder er oppfylt.",
            "Det legges til grunn at vedkommende fyller lovens krav til alder, slik dette kravet er nærmere beskrevet i rundskrivet til sosialtjenesteloven og i forarbeidene til lovendringen i 2019, og vilkåret om yrkesaktiv alder anses således oppfylt uten at det etter NAVs vurdering er grunn til å drøfte det ytterligere i dette vedtaket.",
            "Etter NAVs vurdering, som bygger på de opplysningene som forelå da søknaden ble behandlet, er du i yrkesaktiv alder. Vilkåret i sosialtjenesteloven § 29 første ledd er følgelig oppfylt, og alder er etter dette ikke til hinder for at du kan innvilges deltakelse i kvalifiseringsprogram.",
        ],
        "nn": [
            "Etter ei samla vurdering av opplysingane i saka, mellom anna søknaden motteken {date}, dei personopplysingane som er registrerte hos NAV og dei opplysingane som elles har kome fram under sakshandsaminga, vert det lagt til grunn at søkjaren er i yrkesaktiv alder, og at vilkåret i sosialtenestelova § 29 første ledd dermed er oppfylt.",
            "Det er på det reine at du er i yrkesaktiv alder, slik dette vilkåret skal forståast etter sosialtenestelova § 29 første ledd og den praksisen som har utvikla seg på området. NAV finn det etter dette ikkje naudsynt å gå nærare inn på vilkåret, som vert rekna som oppfylt i saka di.",
            "Vilkåret om at søkjaren må vere i yrkesaktiv alder, er vurdert på grunnlag av opplysingane i Folkeregisteret, som er kontrollerte i samband med sakshandsaminga, og dei opplysingane søkjaren sjølv har gjeve i søknadsskjemaet. Etter ein gjennomgang av desse dokumenta vert det lagt til grunn at vilkåret er oppfylt.",
            "Søkjaren er i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd. NAV har under handsaminga av saka ikkje fått opplysingar som gjev grunn til å vurdere dette vilkåret annleis, og det er heller ikkje frå søkjaren si side gjort gjeldande tilhøve som tilseier at vilkåret skal drøftast nærare.",
            "Når det gjeld aldersvilkåret, vert det vist til søknaden motteken {date} og til dei opplysingane som er innhenta frå offentlege register i samband med sakshandsaminga, jf. forvaltningslova § 17 om utgreiing av saka. På grunnlag av desse opplysingane har NAV kome til at vilkåret om yrkesaktiv alder er oppfylt.",
            "Det vert lagt til grunn at vedkomande fyller krava lova set til alder, slik kravet er nærare omtala i rundskrivet til sosialtenestelova og i førearbeida til lovendringa i 2019, og vilkåret om yrkesaktiv alder vert såleis rekna som oppfylt utan at det etter vurderinga til NAV er grunn til å drøfte det vidare i dette vedtaket.",
            "Etter vurderinga til NAV, som byggjer på dei opplysingane som låg føre då søknaden vart handsama, er du i yrkesaktiv alder. Vilkåret i sosialtenestelova § 29 første ledd er følgjeleg oppfylt, og alderen er etter dette ikkje til hinder for at du kan få innvilga deltaking i kvalifiseringsprogram.",
        ],
    },
    "quoted": {
        "nb": [
            "Det følger av sosialtjenesteloven § 29 første ledd at rett til kvalifiseringsprogram forutsetter at søker er i yrkesaktiv alder. Ved lovendringen som trådte i kraft 1. januar 2019, ble den nedre aldersgrensen senket fra 19 til 18 år, slik at også personer som nettopp har blitt myndige, kan omfattes av ordningen.",
            "Begrepet «yrkesaktiv alder» er ikke nærmere definert i loven, men det fremgår av forarbeidene og rundskrivet (Hovednr. 35) at vilkåret i utgangspunktet omfatter personer fra fylte 18 år og frem til den alder der det normalt er aktuelt å gå ut av arbeidslivet. Det må likevel foretas en konkret vurdering i den enkelte sak, særlig for søkere som nærmer seg den øvre grensen.",
            "Etter sosialtjenesteloven § 29 er målgruppen for kvalifiseringsprogrammet personer i yrkesaktiv alder som har vesentlig nedsatt arbeids- og inntektsevne. Aldersvilkåret skal sikre at programmet retter seg mot personer som har en reell mulighet til å komme i arbeid, og det gjelder en nedre grense på 18 år.",
            "Av rundskrivet til sosialtjenesteloven fremgår det at det ikke er fastsatt noen absolutt øvre aldersgrense for deltakelse i kvalifiseringsprogram, men at programmet må ses i sammenheng med formålet om overgang til arbeid, og at det for eldre søkere må vurderes om et program fremstår som hensiktsmessig ut fra den gjenværende tiden i yrkesaktiv alder.",
            "Lovgiver har lagt til grunn at kvalifiseringsprogram skal kunne tilbys personer fra og med fylte 18 år, jf. Prop. 12 L (2018–2019), der det ble fremhevet at en tidlig innsats overfor unge med svak tilknytning til arbeidslivet kan forebygge langvarig utenforskap.",
            "Vilkåret om yrkesaktiv alder i § 29 første ledd er etter sin ordlyd et objektivt vilkår, som i alminnelighet ikke krever noen nærmere skjønnsmessig vurdering, og det er søkers alder på vedtakstidspunktet som etter praksis legges til grunn ved vurderingen.",
        ],
        "nn": [
            "Det følgjer av sosialtenestelova § 29 første ledd at rett til kvalifiseringsprogram føreset at søkjaren er i yrkesaktiv alder. Ved lovendringa som tok til å gjelde 1. januar 2019, vart den nedre aldersgrensa senka frå 19 til 18 år, slik at òg personar som nett har vorte myndige, kan vere omfatta av ordninga.",
            "Omgrepet «yrkesaktiv alder» er ikkje nærare definert i lova, men det går fram av førearbeida og rundskrivet (Hovednr. 35) at vilkåret i utgangspunktet omfattar personar frå fylte 18 år og fram til den alderen der det normalt er aktuelt å gå ut av arbeidslivet. Det må likevel gjerast ei konkret vurdering i kvar einskild sak, særleg for søkjarar som nærmar seg den øvre grensa.",
            "Etter sosialtenestelova § 29 er målgruppa for kvalifiseringsprogrammet personar i yrkesaktiv alder som har vesentleg nedsett arbeids- og inntektsevne. Aldersvilkåret skal sikre at programmet rettar seg mot personar som har ein reell moglegheit til å kome i arbeid, og det gjeld ei nedre grense på 18 år.",
            "Av rundskrivet til sosialtenestelova går det fram at det ikkje er fastsett noka absolutt øvre aldersgrense for deltaking i kvalifiseringsprogram, men at programmet må sjåast i samanheng med føremålet om overgang til arbeid, og at det for eldre søkjarar må vurderast om eit program er føremålstenleg ut frå kor lang tid som står att i yrkesaktiv alder.",
            "Lovgivaren har lagt til grunn at kvalifiseringsprogram skal kunne tilbydast personar frå og med fylte 18 år, jf. Prop. 12 L (2018–2019), der det vart framheva at tidleg innsats overfor unge med svak tilknyting til arbeidslivet kan førebyggje langvarig utanforskap.",
            "Vilkåret om yrkesaktiv alder i § 29 første ledd er etter ordlyden eit objektivt vilkår, som vanlegvis ikkje krev noka nærare skjønnsmessig vurdering, og det er alderen til søkjaren på vedtakstidspunktet som etter praksis vert lagd til grunn ved vurderinga.",
        ],
    },
    "negated": {
        "nb": [
            "Søker er født i ……… og er således ….. år gammel. [Saksbehandler fyller inn – vilkåret om yrkesaktiv alder, jf. § 29 første ledd]",
            "Vilkåret om yrkesaktiv alder er ikke nærmere vurdert i dette vedtaket, ettersom søkers personopplysninger ikke var tilgjengelige i fagsystemet på det tidspunktet saken ble behandlet. Det vil bli foretatt en kontroll av dette i etterkant.",
            "Det er ikke innhentet opplysninger fra Folkeregisteret i saken, og NAV har derfor ikke hatt grunnlag for å ta stilling til om aldersvilkåret i sosialtjenesteloven § 29 er oppfylt. Dette vil bli vurdert ved første evaluering av programmet.",
            "<<Vurdering av alder: søkers fødselsår og alder på vedtakstidspunktet settes inn her, jf. sosialtjenesteloven § 29 første ledd>>",
        ],
        "nn": [
            "Søkjaren er fødd i ……… og er såleis ….. år gammal. [Sakshandsamar fyller inn – vilkåret om yrkesaktiv alder, jf. § 29 første ledd]",
            "Vilkåret om yrkesaktiv alder er ikkje nærare vurdert i dette vedtaket, då personopplysingane til søkjaren ikkje var tilgjengelege i fagsystemet på det tidspunktet saka vart handsama. Dette vil verte kontrollert i etterkant.",
            "Det er ikkje innhenta opplysingar frå Folkeregisteret i saka, og NAV har difor ikkje hatt grunnlag for å ta stilling til om aldersvilkåret i sosialtenestelova § 29 er oppfylt. Dette vil verte vurdert ved den første evalueringa av programmet.",
            "<<Vurdering av alder: fødselsåret til søkjaren og alderen på vedtakstidspunktet vert sette inn her, jf. sosialtenestelova § 29 første ledd>>",
        ],
    },
}

WORK_ABILITY = {
    "grounds": {
        "nb": [
            "Det følger av sosialtjenesteloven § 29 at søker må ha vesentlig nedsatt arbeids- og inntektsevne. Etter en samlet vurdering av opplysningene i saken, herunder arbeidsevnevurderingen datert {date} og legeerklæring fra fastlege ({month} {year}), finner NAV at søkers arbeidsevne er vesentlig redusert som følge av {health_nb}, som etter det opplyste har vart over flere år og som begrenser vedkommendes mulighet til å stå i ordinært arbeid over tid.",
            "Det er på det rene at søker ikke har fullført videregående opplæring, og at vedkommende, bortsett fra kortere oppdrag som ekstrahjelp, ikke har hatt noen fast tilknytning til arbeidslivet. Sammenholdt med de helsemessige forholdene som er beskrevet i arbeidsevnevurderingen datert {date}, legges det til grunn at søkers arbeids- og inntektsevne er vesentlig nedsatt.",
            "Du arbeidet i om lag {years} år som {occupation_nb}, men måtte avslutte arbeidsforholdet i {year} fordi {health_nb} gjorde det umulig for deg å utføre arbeidsoppgavene. Etter NAVs vurdering, som bygger på arbeidsevnevurderingen og opplysningene fra din fastlege, har du etter dette vesentlig nedsatt arbeids- og inntektsevne, jf. § 29.",
            "Søkers helsemessige situasjon er nærmere beskrevet i spesialisterklæring fra distriktspsykiatrisk senter (datert {date}), hvor det fremgår at vedkommende har en diagnostisert angstlidelse med betydelige funksjonsutfall i hverdagen. Det legges til grunn at tilstanden, slik den er beskrevet, medfører at hennes arbeids- og inntektsevne er vesentlig nedsatt.",
            "Etter en samlet vurdering av opplysningene i saken, herunder kartleggingssamtaler ved kontoret og arbeidsevnevurderingen datert {date}, finner NAV at du har begrensede norskkunnskaper og ingen formell utdanning fra Norge eller hjemlandet, og at dette, sammen med svært kort arbeidserfaring, innebærer at din arbeids- og inntektsevne er vesentlig nedsatt.",
            "Det fremgår av arbeidsevnevurderingen datert {date} at søker har ressurser i form av god motivasjon og gode sosiale ferdigheter, men at vedkommende har betydelige begrensninger knyttet til {health_nb} og til manglende arbeidserfaring etter at skolegangen ble avbrutt i ungdomsårene. NAV legger etter dette til grunn at arbeidsevnen er vesentlig nedsatt.",
            "Søker har opplyst, og det er bekreftet i legeerklæring (datert {date}), at vedkommende i lange perioder de siste {years} årene ikke har vært i stand til å arbeide på grunn av {health_nb}, og at forsøk på å gjenoppta arbeidet som {occupation_nb} har strandet. Det er på det rene at arbeids- og inntektsevnen etter dette er vesentlig nedsatt.",
            "NAV har ved vurderingen av søkers arbeids- og inntektsevne særlig lagt vekt på følgende forhold, som fremgår av arbeidsevnevurderingen datert {date} og de medisinske opplysningene i saken:\n– vedkommende har {health_nb}, som gir redusert utholdenhet og hyppig fravær\n– vedkommende har grunnskole som høyeste fullførte utdanning\n– vedkommende har ikke vært i ordinært arbeid siden {year}\nEtter en samlet vurdering finner NAV at arbeids- og inntektsevnen er vesentlig nedsatt.",
            "Du har fortalt at du har lese- og skrivevansker som har fulgt deg siden skolealder, og dette er bekreftet av en eldre sakkyndig vurdering fra PP-tjenesten, som ligger i saken. Sammen med det forhold at du har avbrutt to forsøk på yrkesfaglig utdanning, legges det til grunn at din arbeids- og inntektsevne er vesentlig nedsatt.",
            "Vedkommende har etter det opplyste fullført en høyere utdanning i hjemlandet, men utdanningen er ikke godkjent i Norge, og søker har i de {years} årene vedkommende har bodd her, kun hatt kortvarige ufaglærte jobber. Sett i sammenheng med de språklige utfordringene som er påvist ved norsktest (datert {date}), finner NAV at arbeids- og inntektsevnen er vesentlig nedsatt.",
            "Etter NAVs vurdering er det godtgjort at søker har vesentlig nedsatt arbeids- og inntektsevne. Det vises særlig til uttalelse fra behandler datert {date}, der det fremgår at søker har {health_nb}, og at vedkommende i dag ikke vil kunne fungere i et ordinært arbeidsforhold på heltid.",
            "Arbeidsforholdet som {occupation_nb}, som søker hadde fra {year}, ble avsluttet etter en nedbemanning, og søker har etter dette ikke lykkes i å få nytt arbeid, blant annet fordi vedkommende mangler formell kompetanse og har {health_nb}. Det legges til grunn at dette samlet innebærer en vesentlig nedsatt arbeids- og inntektsevne.",
        ],
        "nn": [
            "Det følgjer av sosialtenestelova § 29 at søkjaren må ha vesentleg nedsett arbeids- og inntektsevne. Etter ei samla vurdering av opplysingane i saka, mellom anna arbeidsevnevurderinga datert {date} og legeerklæring frå fastlegen ({month} {year}), finn NAV at arbeidsevna til søkjaren er vesentleg redusert som følgje av {health_nn}, som etter det opplyste har vart over fleire år og som avgrensar moglegheita vedkomande har til å stå i ordinært arbeid over tid.",
            "Det er på det reine at søkjaren ikkje har fullført vidaregåande opplæring, og at vedkomande, bortsett frå kortare oppdrag som ekstrahjelp, ikkje har hatt noka fast tilknyting til arbeidslivet. Samanhalde med dei helsemessige tilhøva som er skildra i arbeidsevnevurderinga datert {date}, vert det lagt til grunn at arbeids- og inntektsevna til søkjaren er vesentleg nedsett.",
            "Du arbeidde i om lag {years} år som {occupation_nn}, men måtte avslutte arbeidsforholdet i {year} fordi {health_nn} gjorde det umogleg for deg å utføre arbeidsoppgåvene. Etter vurderinga til NAV, som byggjer på arbeidsevnevurderinga og opplysingane frå fastlegen din, har du etter dette vesentleg nedsett arbeids- og inntektsevne, jf. § 29.",
            "Den helsemessige situasjonen til søkjaren er nærare skildra i spesialisterklæring frå distriktspsykiatrisk senter (datert {date}), der det går fram at vedkomande har ei diagnostisert angstliding med monaleg funksjonsfall i kvardagen. Det vert lagt til grunn at tilstanden, slik han er skildra, fører til ei vesentleg nedsetjing av arbeids- og inntektsevna.",
            "Etter ei samla vurdering av opplysingane i saka, mellom anna kartleggingssamtalar ved kontoret og arbeidsevnevurderinga datert {date}, finn NAV at du har avgrensa norskkunnskapar og inga formell utdanning frå Noreg eller heimlandet, og at dette, saman med svært kort arbeidserfaring, inneber at arbeids- og inntektsevna di er vesentleg nedsett.",
            "Det går fram av arbeidsevnevurderinga datert {date} at søkjaren har ressursar i form av god motivasjon og gode sosiale dugleikar, men at vedkomande har store avgrensingar knytte til {health_nn} og til manglande arbeidserfaring etter at skulegangen vart avbroten i ungdomsåra. NAV legg etter dette til grunn at arbeidsevna er vesentleg nedsett.",
            "Søkjaren har opplyst, og det er stadfesta i legeerklæring (datert {date}), at vedkomande i lange periodar dei siste {years} åra ikkje har vore i stand til å arbeide på grunn av {health_nn}, og at forsøk på å ta opp att arbeidet som {occupation_nn} har stranda. Det er på det reine at arbeids- og inntektsevna etter dette er vesentleg nedsett.",
            "NAV har ved vurderinga av arbeids- og inntektsevna til søkjaren særleg lagt vekt på desse tilhøva, som går fram av arbeidsevnevurderinga datert {date} og dei medisinske opplysingane i saka:\n– vedkomande har {health_nn}, som gjev redusert uthald og hyppig fråvær\n– vedkomande har grunnskule som høgaste fullførte utdanning\n– vedkomande har ikkje vore i ordinært arbeid sidan {year}\nEtter ei samla vurdering finn NAV at arbeids- og inntektsevna er vesentleg nedsett.",
            "Du har fortalt at du har lese- og skrivevanskar som har følgt deg sidan skulealderen, og dette er stadfesta av ei eldre sakkunnig vurdering frå PP-tenesta, som ligg i saka. Saman med at du har avbrote to forsøk på yrkesfagleg utdanning, vert det lagt til grunn at arbeids- og inntektsevna di er vesentleg nedsett.",
            "Vedkomande har etter det opplyste fullført ei høgare utdanning i heimlandet, men utdanninga er ikkje godkjend i Noreg, og søkjaren har i dei {years} åra vedkomande har budd her, berre hatt kortvarige ufaglærte jobbar. Sett i samanheng med dei språklege utfordringane som er påviste ved norsktest (datert {date}), finn NAV at arbeids- og inntektsevna er vesentleg nedsett.",
            "Etter vurderinga til NAV er det godtgjort at søkjaren har vesentleg nedsett arbeids- og inntektsevne. Det vert særleg vist til fråsegn frå behandlar datert {date}, der det går fram at søkjaren har {health_nn}, og at vedkomande i dag ikkje vil kunne fungere i eit ordinært arbeidsforhold på heiltid.",
            "Arbeidsforholdet som {occupation_nn}, som søkjaren hadde frå {year}, vart avslutta etter ei nedbemanning, og søkjaren har etter dette ikkje lukkast med å få nytt arbeid, mellom anna fordi vedkomande manglar formell kompetanse og har {health_nn}. Det vert lagt til grunn at dette samla inneber ei vesentleg nedsett arbeids- og inntektsevne.",
        ],
    },
    "named": {
        "nb": [
            "Etter en samlet vurdering av opplysningene i saken, herunder arbeidsevnevurderingen datert {date}, de medisinske opplysningene som er innhentet og de samtalene som er gjennomført med søker, finner NAV at søker har vesentlig nedsatt arbeids- og inntektsevne, og at vilkåret i sosialtjenesteloven § 29 første ledd dermed er oppfylt.",
            "Det er gjennomført en arbeidsevnevurdering i saken, jf. NAV-loven § 14 a, og vurderingen er gjennomgått med deg. På bakgrunn av denne vurderingen, som ligger i saken og som det vises til i sin helhet, legges det til grunn at du har vesentlig nedsatt arbeids- og inntektsevne, slik dette vilkåret er å forstå etter sosialtjenesteloven § 29.",
            "Det vises til legeerklæring datert {date} og til arbeidsevnevurderingen, som begge ligger i saken og som er gjennomgått i forbindelse med saksbehandlingen. Etter NAVs vurdering gir denne dokumentasjonen, sammen med sakens øvrige opplysninger, tilstrekkelig grunnlag for å konkludere med at vilkåret om vesentlig nedsatt arbeids- og inntektsevne er oppfylt.",
            "Det er på det rene at søker har vesentlig nedsatt arbeids- og inntektsevne, jf. sosialtjenesteloven § 29 første ledd. NAV finner, i lys av de opplysningene som allerede foreligger i saken og som er kjent for søker, ikke grunn til å gå nærmere inn på dette vilkåret i vedtaket.",
            "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne anses oppfylt. Det vises i den forbindelse til de opplysningene som fremkom i kartleggingssamtalen ved kontoret {date}, til dokumentasjonen som er innhentet i etterkant, og til den vurderingen som er foretatt etter NAV-loven § 14 a.",
            "Søkers arbeids- og inntektsevne er vurdert i samsvar med de retningslinjene som gjelder for arbeidsevnevurdering, og i tråd med kravet i forvaltningsloven § 17 om at saken skal være så godt opplyst som mulig før vedtak treffes. NAV har etter dette kommet til at vedkommende fyller vilkåret om vesentlig nedsatt arbeids- og inntektsevne i sosialtjenesteloven § 29.",
            "Etter en helhetlig vurdering av sakens dokumenter, herunder uttalelser som er innhentet fra andre instanser, arbeidsevnevurderingen og de opplysningene du selv har gitt i søknaden og i samtaler med veileder, er NAV kommet til at din arbeids- og inntektsevne er vesentlig nedsatt. Vilkåret i sosialtjenesteloven § 29 er således oppfylt.",
        ],
        "nn": [
            "Etter ei samla vurdering av opplysingane i saka, mellom anna arbeidsevnevurderinga datert {date}, dei medisinske opplysingane som er innhenta og dei samtalane som er gjennomførte med søkjaren, finn NAV at søkjaren har vesentleg nedsett arbeids- og inntektsevne, og at vilkåret i sosialtenestelova § 29 første ledd dermed er oppfylt.",
            "Det er gjennomført ei arbeidsevnevurdering i saka, jf. NAV-lova § 14 a, og vurderinga er gjennomgått med deg. På grunnlag av denne vurderinga, som ligg i saka og som det vert vist til i si heilskap, vert det lagt til grunn at du har vesentleg nedsett arbeids- og inntektsevne, slik dette vilkåret skal forståast etter sosialtenestelova § 29.",
            "Det vert vist til legeerklæring datert {date} og til arbeidsevnevurderinga, som begge ligg i saka og som er gjennomgått i samband med sakshandsaminga. Etter vurderinga til NAV gjev denne dokumentasjonen, saman med dei andre opplysingane i saka, tilstrekkeleg grunnlag for å konkludere med at vilkåret om vesentleg nedsett arbeids- og inntektsevne er oppfylt.",
            "Det er på det reine at søkjaren har vesentleg nedsett arbeids- og inntektsevne, jf. sosialtenestelova § 29 første ledd. NAV finn, i lys av dei opplysingane som alt ligg føre i saka og som søkjaren kjenner til, ikkje grunn til å gå nærare inn på dette vilkåret i vedtaket.",
            "Vilkåret om vesentleg nedsett arbeids- og inntektsevne vert rekna som oppfylt. Det vert i den samanhengen vist til dei opplysingane som kom fram i kartleggingssamtalen ved kontoret {date}, til dokumentasjonen som er innhenta i etterkant, og til den vurderinga som er gjord etter NAV-lova § 14 a.",
            "Arbeids- og inntektsevna til søkjaren er vurdert i samsvar med retningslinjene som gjeld for arbeidsevnevurdering, og i tråd med kravet i forvaltningslova § 17 om at saka skal vere så godt opplyst som mogleg før vedtak vert gjort. NAV har etter dette kome til at vedkomande fyller vilkåret om vesentleg nedsett arbeids- og inntektsevne i sosialtenestelova § 29.",
            "Etter ei heilskapleg vurdering av dokumenta i saka, mellom anna fråsegner som er innhenta frå andre instansar, arbeidsevnevurderinga og dei opplysingane du sjølv har gjeve i søknaden og i samtalar med rettleiaren, har NAV kome til at arbeids- og inntektsevna di er vesentleg nedsett. Vilkåret i sosialtenestelova § 29 er såleis oppfylt.",
        ],
    },
    "quoted": {
        "nb": [
            "Etter sosialtjenesteloven § 29 første ledd er det et vilkår for rett til kvalifiseringsprogram at søker har vesentlig nedsatt arbeids- og inntektsevne. Det fremgår av rundskrivet (Hovednr. 35) at vurderingen skal bygge på en arbeidsevnevurdering etter NAV-loven § 14 a, og at det skal legges vekt på både helsemessige, sosiale og andre forhold som påvirker muligheten for å komme i arbeid.",
            "Med «arbeids- og inntektsevne» menes i denne sammenheng evnen til å skaffe seg og beholde et arbeid som gir en inntekt det er mulig å leve av. Nedsettelsen må etter forarbeidene være vesentlig, men den trenger ikke ha medisinske årsaker; også manglende utdanning, språkferdigheter eller arbeidserfaring kan etter en konkret vurdering tillegges vekt.",
            "Det er ikke et krav at den nedsatte arbeidsevnen skyldes sykdom eller skade. Av rundskrivet fremgår det at også sammensatte problemer av sosial karakter, langvarig passivitet og svak tilknytning til arbeidslivet kan gi grunnlag for å anse arbeids- og inntektsevnen som vesentlig nedsatt.",
            "Helsetilsynet har i sin oppsummering av landsomfattende tilsyn med kvalifiseringsprogrammet fremhevet at det skal gjennomføres en arbeidsevnevurdering før det vurderes om kvalifiseringsprogram er aktuelt. Arbeidsevnevurderingen skal dermed ligge til grunn for vurderingen av dette vilkåret, og den må være gjennomført på riktig tidspunkt.",
            "Vurderingen av om arbeids- og inntektsevnen er vesentlig nedsatt, skal etter fast praksis ta utgangspunkt i hva som kreves for å skaffe seg og beholde ordinært lønnet arbeid, og det må foretas en helhetlig vurdering der både søkers ressurser og begrensninger trekkes inn.",
            "Det følger av NAV-loven § 14 a at enhver som henvender seg til kontoret og ønsker eller trenger bistand for å komme i arbeid, har rett til å få en vurdering av sitt behov for bistand. Kvalifiseringsprogram forutsetter at denne vurderingen viser at vedkommende har vesentlig nedsatt arbeids- og inntektsevne, jf. sosialtjenesteloven § 29.",
        ],
        "nn": [
            "Etter sosialtenestelova § 29 første ledd er det eit vilkår for rett til kvalifiseringsprogram at søkjaren har vesentleg nedsett arbeids- og inntektsevne. Det går fram av rundskrivet (Hovednr. 35) at vurderinga skal byggje på ei arbeidsevnevurdering etter NAV-lova § 14 a, og at det skal leggjast vekt på både helsemessige, sosiale og andre tilhøve som påverkar moglegheita for å kome i arbeid.",
            "Med «arbeids- og inntektsevne» er det her meint evna til å skaffe seg og halde på eit arbeid som gjev ei inntekt det er mogleg å leve av. Nedsetjinga må etter førearbeida vere vesentleg, men ho treng ikkje ha medisinske årsaker; òg manglande utdanning, språkdugleik eller arbeidserfaring kan etter ei konkret vurdering tilleggjast vekt.",
            "Det er ikkje eit krav at den nedsette arbeidsevna kjem av sjukdom eller skade. Av rundskrivet går det fram at òg samansette problem av sosial karakter, langvarig passivitet og svak tilknyting til arbeidslivet kan gje grunnlag for å rekne arbeids- og inntektsevna som vesentleg nedsett.",
            "Helsetilsynet har i oppsummeringa av landsomfattande tilsyn med kvalifiseringsprogrammet framheva at det skal gjennomførast ei arbeidsevnevurdering før det vert vurdert om kvalifiseringsprogram er aktuelt. Arbeidsevnevurderinga skal dermed liggje til grunn for vurderinga av dette vilkåret, og ho må vere gjennomført på rett tidspunkt.",
            "Vurderinga av om arbeids- og inntektsevna er vesentleg nedsett, skal etter fast praksis ta utgangspunkt i kva som krevst for å skaffe seg og halde på ordinært lønt arbeid, og det må gjerast ei heilskapleg vurdering der både ressursane og avgrensingane til søkjaren vert trekte inn.",
            "Det følgjer av NAV-lova § 14 a at alle som vender seg til kontoret og ønskjer eller treng bistand for å kome i arbeid, har rett til ei vurdering av behovet sitt for bistand. Kvalifiseringsprogram føreset at denne vurderinga viser at vedkomande har vesentleg nedsett arbeids- og inntektsevne, jf. sosialtenestelova § 29.",
        ],
    },
    "negated": {
        "nb": [
            "Arbeidsevnevurdering var ikke gjennomført på vedtakstidspunktet. Vilkåret om vesentlig nedsatt arbeids- og inntektsevne vil bli vurdert når arbeidsevnevurderingen foreligger, og NAV tar forbehold om å vurdere vedtaket på nytt dersom vurderingen tilsier det.",
            "Det er bedt om legeerklæring fra søkers fastlege, men denne var ikke mottatt da saken ble behandlet. NAV har derfor ikke tatt endelig stilling til om søkers arbeids- og inntektsevne er vesentlig nedsatt.",
            "[Her skal saksbehandler beskrive søkers arbeids- og inntektsevne, med henvisning til arbeidsevnevurderingen og eventuell medisinsk dokumentasjon.]",
            "Vilkåret om vesentlig nedsatt arbeids- og inntektsevne er ikke drøftet nærmere i dette vedtaket, da vurderingen av søkers situasjon ikke var ferdigstilt ved utløpet av saksbehandlingsfristen. Det vil bli foretatt en ny vurdering innen {months} måneder.",
        ],
        "nn": [
            "Arbeidsevnevurdering var ikkje gjennomført på vedtakstidspunktet. Vilkåret om vesentleg nedsett arbeids- og inntektsevne vil verte vurdert når arbeidsevnevurderinga ligg føre, og NAV tek atterhald om å vurdere vedtaket på nytt dersom vurderinga tilseier det.",
            "Det er bede om legeerklæring frå fastlegen til søkjaren, men ho var ikkje motteken då saka vart handsama. NAV har difor ikkje teke endeleg stilling til om arbeids- og inntektsevna til søkjaren er vesentleg nedsett.",
            "[Her skal sakshandsamaren skildre arbeids- og inntektsevna til søkjaren, med tilvising til arbeidsevnevurderinga og eventuell medisinsk dokumentasjon.]",
            "Vilkåret om vesentleg nedsett arbeids- og inntektsevne er ikkje drøfta nærare i dette vedtaket, då vurderinga av situasjonen til søkjaren ikkje var ferdig ved utløpet av fristen for sakshandsaming. Det vil verte gjort ei ny vurdering innan {months} månader.",
        ],
    },
}

BENEFITS = {
    "grounds": {
        "nb": [
            "Det er et vilkår etter sosialtjenesteloven § 29 at søker ikke har eller har svært begrensede ytelser til livsopphold etter folketrygdloven eller arbeidsmarkedsloven. Det fremgår av kontoutskrifter og opplysninger i NAVs fagsystemer (kontrollert {date}) at søker ikke har arbeidsinntekt, og at vedkommende siden {month} {year} har mottatt økonomisk sosialhjelp til livsopphold med om lag {amount} per måned. Vilkåret er dermed oppfylt.",
            "Søker har i dag ingen inntekt av betydning. Vedkommendes søknad om arbeidsavklaringspenger ble avslått ved vedtak datert {date}, og søker har heller ikke rett til dagpenger. Det legges etter dette til grunn at vilkåret om ingen eller svært begrensede ytelser til livsopphold er oppfylt.",
            "Etter en samlet vurdering av opplysningene i saken, herunder det siste skatteoppgjøret og dine egne opplysninger i søknaden, finner NAV at du ikke har formue eller inntekt som gjør det mulig å forsørge deg selv, og at du i dag er avhengig av økonomisk stønad etter sosialtjenesteloven § 18.",
            "Det er på det rene at søkers rett til arbeidsavklaringspenger opphørte i {month} {year} etter at maksimal stønadsperiode var nådd, og at søker etter dette ikke har hatt andre ytelser til livsopphold enn økonomisk stønad fra bydelen. Søker har etter det opplyste heller ikke oppsparte midler.",
            "Du har opplyst, og det er bekreftet gjennom kontoutskrifter for de siste tre månedene, at du ikke har bankinnskudd av betydning, og at husstanden har levd av bostøtte og økonomisk stønad fra NAV. Du har således ingen eller svært begrensede ytelser til livsopphold, jf. § 29.",
            "Søkers eneste faste inntekt er bostøtte fra Husbanken, som utgjør om lag {amount} per måned, hvilket etter NAVs vurdering langt fra er tilstrekkelig til å sikre vedkommendes livsopphold. Det legges derfor til grunn at søker har svært begrensede ytelser til livsopphold i lovens forstand.",
            "Det fremgår av opplysninger innhentet fra A-ordningen (kontrollert {date}) at søker ikke har hatt registrert lønnsinntekt de siste {months} månedene, og søker har heller ikke løpende ytelser etter folketrygdloven. Vilkåret i § 29 om ingen eller svært begrensede ytelser til livsopphold anses dermed oppfylt.",
            "Ved vurderingen av søkers økonomiske situasjon er det lagt vekt på følgende opplysninger, som fremgår av kontoutskrifter og søknaden mottatt {date}:\n– søker har ingen arbeidsinntekt og ingen løpende trygdeytelser\n– søker har mottatt økonomisk sosialhjelp sammenhengende de siste {years} årene\n– søker har ingen formue eller oppsparte midler\nDet legges etter dette til grunn at vilkåret om ingen eller svært begrensede ytelser til livsopphold er oppfylt.",
            "Søkers dagpengeperiode ble avsluttet i {month} {year} etter at vedkommende hadde brukt opp retten til dagpenger, og søker har siden den gang ikke hatt annen inntekt enn økonomisk sosialhjelp. Etter NAVs vurdering har søker følgelig ingen eller svært begrensede ytelser til livsopphold.",
            "Det legges til grunn at du, etter at søknaden din om uføretrygd ble avslått (vedtak datert {date}), ikke har hatt andre midler til livsopphold enn økonomisk stønad fra NAV {office}, og at du etter det opplyste ikke eier bolig eller andre formuesgoder av betydning.",
            "Vedkommende mottar i dag økonomisk stønad etter sosialtjenesteloven § 18 med om lag {amount} per måned, og det er på det rene at søker verken har rett til arbeidsavklaringspenger, dagpenger eller andre ytelser etter folketrygdloven. Vilkåret anses på denne bakgrunn oppfylt.",
            "Etter en gjennomgang av søkers økonomi, herunder kontoutskrifter fremlagt {date} og opplysninger fra Skatteetaten, finner NAV at du har en samlet inntekt som ligger under de veiledende satsene for økonomisk stønad, og at du ikke har sparemidler som kan benyttes til livsopphold.",
        ],
        "nn": [
            "Det er eit vilkår etter sosialtenestelova § 29 at søkjaren ikkje har eller har svært avgrensa ytingar til livsopphald etter folketrygdlova eller arbeidsmarknadslova. Det går fram av kontoutskrifter og opplysingar i fagsystema til NAV (kontrollerte {date}) at søkjaren ikkje har arbeidsinntekt, og at vedkomande sidan {month} {year} har fått økonomisk sosialhjelp til livsopphald med om lag {amount} per månad. Vilkåret er dermed oppfylt.",
            "Søkjaren har i dag inga inntekt av betyding. Søknaden frå vedkomande om arbeidsavklaringspengar vart avslått ved vedtak datert {date}, og søkjaren har heller ikkje rett til dagpengar. Det vert etter dette lagt til grunn at vilkåret om ingen eller svært avgrensa ytingar til livsopphald er oppfylt.",
            "Etter ei samla vurdering av opplysingane i saka, mellom anna det siste skatteoppgjeret og dei opplysingane du sjølv har gjeve i søknaden, finn NAV at du ikkje har formue eller inntekt som gjer det mogleg å forsørgje deg sjølv, og at du i dag er avhengig av økonomisk stønad etter sosialtenestelova § 18.",
            "Det er på det reine at retten søkjaren hadde til arbeidsavklaringspengar, tok slutt i {month} {year} etter at den lengste stønadsperioden var nådd, og at søkjaren etter dette ikkje har hatt andre ytingar til livsopphald enn økonomisk stønad frå bydelen. Søkjaren har etter det opplyste heller ikkje sparepengar.",
            "Du har opplyst, og det er stadfesta gjennom kontoutskrifter for dei tre siste månadene, at du ikkje har bankinnskot av betyding, og at hushaldet har levd av bustøtte og økonomisk stønad frå NAV. Du har såleis ingen eller svært avgrensa ytingar til livsopphald, jf. § 29.",
            "Den einaste faste inntekta til søkjaren er bustøtte frå Husbanken, som utgjer om lag {amount} per månad, noko som etter vurderinga til NAV langt frå er nok til å sikre livsopphaldet til vedkomande. Det vert difor lagt til grunn at søkjaren har svært avgrensa ytingar til livsopphald slik lova forstår det.",
            "Det går fram av opplysingar innhenta frå A-ordninga (kontrollerte {date}) at søkjaren ikkje har hatt registrert lønsinntekt dei siste {months} månadene, og søkjaren har heller ikkje løpande ytingar etter folketrygdlova. Vilkåret i § 29 om ingen eller svært avgrensa ytingar til livsopphald vert dermed rekna som oppfylt.",
            "Ved vurderinga av den økonomiske situasjonen til søkjaren er det lagt vekt på desse opplysingane, som går fram av kontoutskrifter og søknaden motteken {date}:\n– søkjaren har inga arbeidsinntekt og ingen løpande trygdeytingar\n– søkjaren har fått økonomisk sosialhjelp samanhengande dei siste {years} åra\n– søkjaren har ingen formue eller sparepengar\nDet vert etter dette lagt til grunn at vilkåret om ingen eller svært avgrensa ytingar til livsopphald er oppfylt.",
            "Dagpengeperioden til søkjaren vart avslutta i {month} {year} etter at vedkomande hadde brukt opp retten til dagpengar, og søkjaren har sidan den gong ikkje hatt anna inntekt enn økonomisk sosialhjelp. Etter vurderinga til NAV har søkjaren følgjeleg ingen eller svært avgrensa ytingar til livsopphald.",
            "Det vert lagt til grunn at du, etter at søknaden din om uføretrygd vart avslått (vedtak datert {date}), ikkje har hatt andre midlar til livsopphald enn økonomisk stønad frå NAV {office}, og at du etter det opplyste ikkje eig bustad eller andre formuesgode av betyding.",
            "Vedkomande får i dag økonomisk stønad etter sosialtenestelova § 18 med om lag {amount} per månad, og det er på det reine at søkjaren verken har rett til arbeidsavklaringspengar, dagpengar eller andre ytingar etter folketrygdlova. Vilkåret vert på dette grunnlaget rekna som oppfylt.",
            "Etter ein gjennomgang av økonomien til søkjaren, mellom anna kontoutskrifter lagde fram {date} og opplysingar frå Skatteetaten, finn NAV at du har ei samla inntekt som ligg under dei rettleiande satsane for økonomisk stønad, og at du ikkje har sparemidlar som kan nyttast til livsopphald.",
        ],
    },
    "named": {
        "nb": [
            "Etter en samlet vurdering av opplysningene i saken, herunder kontoutskrifter, opplysninger innhentet fra offentlige registre og de opplysningene søker selv har gitt i søknaden mottatt {date}, legges det til grunn at søker har ingen eller svært begrensede ytelser til livsopphold, og at vilkåret i sosialtjenesteloven § 29 første ledd er oppfylt.",
            "Det er på det rene at vilkåret om ingen eller svært begrensede ytelser til livsopphold etter folketrygdloven eller arbeidsmarkedsloven er oppfylt i din sak. NAV finner, på bakgrunn av de opplysningene som allerede foreligger og som er kjent for deg, ikke grunn til å drøfte dette vilkåret nærmere i vedtaket.",
            "Søkers økonomiske situasjon er kartlagt i forbindelse med søknaden, i tråd med kravet i forvaltningsloven § 17 om at saken skal være så godt opplyst som mulig, og det vises til dokumentasjonen som ble fremlagt {date}. På grunnlag av denne dokumentasjonen anses vilkåret om ingen eller svært begrensede ytelser til livsopphold oppfylt.",
            "Vilkåret om at søker ikke kan ha ytelser til livsopphold av et slikt omfang at programmet fremstår som unødvendig, anses oppfylt etter en gjennomgang av sakens dokumenter, og det er verken under saksbehandlingen eller i samtaler med søker fremkommet opplysninger som tilsier en annen vurdering av dette vilkåret.",
            "NAV har vurdert dine inntekts- og formuesforhold i tråd med sosialtjenesteloven § 29 og de retningslinjene som følger av rundskrivet, og har etter en gjennomgang av den dokumentasjonen som er innhentet i saken, kommet til at du fyller vilkåret om ingen eller svært begrensede ytelser til livsopphold.",
            "Det vises til opplysningene om inntekt og ytelser som er innhentet fra A-ordningen og Skatteetaten i forbindelse med saksbehandlingen, og til de kontoutskriftene som er fremlagt. Etter NAVs vurdering gir disse dokumentene et tilstrekkelig grunnlag for å konkludere med at vilkåret om ingen eller svært begrensede ytelser til livsopphold er oppfylt.",
            "Vedkommende oppfyller vilkåret om ingen eller svært begrensede ytelser til livsopphold, jf. sosialtjenesteloven § 29 første ledd. Det foreligger ikke opplysninger i saken som gir grunn til å vurdere dette annerledes, og NAV legger derfor til grunn at vilkåret er oppfylt uten nærmere drøftelse.",
        ],
        "nn": [
            "Etter ei samla vurdering av opplysingane i saka, mellom anna kontoutskrifter, opplysingar innhenta frå offentlege register og dei opplysingane søkjaren sjølv har gjeve i søknaden motteken {date}, vert det lagt til grunn at søkjaren har ingen eller svært avgrensa ytingar til livsopphald, og at vilkåret i sosialtenestelova § 29 første ledd er oppfylt.",
            "Det er på det reine at vilkåret om ingen eller svært avgrensa ytingar til livsopphald etter folketrygdlova eller arbeidsmarknadslova er oppfylt i saka di. NAV finn, på grunnlag av dei opplysingane som alt ligg føre og som du kjenner til, ikkje grunn til å drøfte dette vilkåret nærare i vedtaket.",
            "Den økonomiske situasjonen til søkjaren er kartlagd i samband med søknaden, i tråd med kravet i forvaltningslova § 17 om at saka skal vere så godt opplyst som mogleg, og det vert vist til dokumentasjonen som vart lagd fram {date}. På grunnlag av denne dokumentasjonen vert vilkåret om ingen eller svært avgrensa ytingar til livsopphald rekna som oppfylt.",
            "Vilkåret om at søkjaren ikkje kan ha ytingar til livsopphald av eit slikt omfang at programmet er unødvendig, vert rekna som oppfylt etter ein gjennomgang av dokumenta i saka, og det har verken under sakshandsaminga eller i samtalar med søkjaren kome fram opplysingar som tilseier ei anna vurdering av dette vilkåret.",
            "NAV har vurdert inntekts- og formuestilhøva dine i samsvar med sosialtenestelova § 29 og retningslinjene i rundskrivet, og har etter ein gjennomgang av den dokumentasjonen som er innhenta i saka, kome til at du fyller vilkåret om ingen eller svært avgrensa ytingar til livsopphald.",
            "Det vert vist til opplysingane om inntekt og ytingar som er innhenta frå A-ordninga og Skatteetaten i samband med sakshandsaminga, og til dei kontoutskriftene som er lagde fram. Etter vurderinga til NAV gjev desse dokumenta tilstrekkeleg grunnlag for å konkludere med at vilkåret om ingen eller svært avgrensa ytingar til livsopphald er oppfylt.",
            "Vedkomande fyller vilkåret om ingen eller svært avgrensa ytingar til livsopphald, jf. sosialtenestelova § 29 første ledd. Det ligg ikkje føre opplysingar i saka som gjev grunn til å vurdere dette annleis, og NAV legg difor til grunn at vilkåret er oppfylt utan nærare drøfting.",
        ],
    },
    "quoted": {
        "nb": [
            "Det følger av sosialtjenesteloven § 29 første ledd at kvalifiseringsprogram kan gis til personer som ikke har eller har svært begrensede ytelser til livsopphold etter folketrygdloven eller arbeidsmarkedsloven. Formålet med vilkåret er å avgrense ordningen mot personer som allerede er sikret inntekt gjennom andre ordninger.",
            "Av rundskrivet til sosialtjenesteloven fremgår det at personer som mottar arbeidsavklaringspenger, i utgangspunktet ikke tilhører målgruppen, men at det kan gjøres unntak der ytelsen er svært lav, og at det i slike tilfeller må foretas en konkret vurdering av om ytelsen er «svært begrenset».",
            "Vilkåret om ingen eller svært begrensede ytelser innebærer etter forarbeidene at kvalifiseringsprogram i første rekke skal være et tilbud til personer som er avhengige av økonomisk sosialhjelp, eller som står i fare for å bli det, og som ikke har rett til statlige ytelser som sikrer inntekt under arbeidsrettet bistand.",
            "Det er i praksis lagt til grunn at også personer med enkelte mindre ytelser, for eksempel bostøtte eller andre supplerende stønader, kan fylle vilkåret, ettersom slike ytelser ikke er ment å sikre livsoppholdet fullt ut.",
            "Ved vurderingen av om vilkåret i § 29 er oppfylt, skal det ses hen til om søker har rett til ytelser etter folketrygdloven, herunder arbeidsavklaringspenger, dagpenger eller uføretrygd, og om slike ytelser er av et omfang som sikrer livsoppholdet.",
            "Kvalifiseringsstønaden er ment å erstatte økonomisk sosialhjelp som inntektssikring for personer i målgruppen, og det er en forutsetning etter loven at søker ikke allerede har en ytelse til livsopphold av et visst omfang fra folketrygden eller etter arbeidsmarkedsloven.",
        ],
        "nn": [
            "Det følgjer av sosialtenestelova § 29 første ledd at kvalifiseringsprogram kan givast til personar som ikkje har eller har svært avgrensa ytingar til livsopphald etter folketrygdlova eller arbeidsmarknadslova. Føremålet med vilkåret er å avgrense ordninga mot personar som alt har sikra inntekt gjennom andre ordningar.",
            "Av rundskrivet til sosialtenestelova går det fram at personar som får arbeidsavklaringspengar, i utgangspunktet ikkje høyrer til målgruppa, men at det kan gjerast unntak der ytinga er svært låg, og at det i slike tilfelle må gjerast ei konkret vurdering av om ytinga er «svært avgrensa».",
            "Vilkåret om ingen eller svært avgrensa ytingar inneber etter førearbeida at kvalifiseringsprogram i første rekkje skal vere eit tilbod til personar som er avhengige av økonomisk sosialhjelp, eller som står i fare for å verte det, og som ikkje har rett til statlege ytingar som sikrar inntekt under arbeidsretta bistand.",
            "Det er i praksis lagt til grunn at òg personar med einskilde mindre ytingar, til dømes bustøtte eller andre supplerande stønader, kan fylle vilkåret, sidan slike ytingar ikkje er meinte å sikre livsopphaldet fullt ut.",
            "Ved vurderinga av om vilkåret i § 29 er oppfylt, skal det sjåast til om søkjaren har rett til ytingar etter folketrygdlova, mellom anna arbeidsavklaringspengar, dagpengar eller uføretrygd, og om slike ytingar er av eit omfang som sikrar livsopphaldet.",
            "Kvalifiseringsstønaden er meint å erstatte økonomisk sosialhjelp som inntektssikring for personar i målgruppa, og det er ein føresetnad etter lova at søkjaren ikkje alt har ei yting til livsopphald av eit visst omfang frå folketrygda eller etter arbeidsmarknadslova.",
        ],
    },
    "negated": {
        "nb": [
            "Søkers inntekts- og formuesforhold er ikke dokumentert på vedtakstidspunktet, ettersom etterspurte kontoutskrifter ikke er mottatt. Vilkåret om ingen eller svært begrensede ytelser til livsopphold vil bli vurdert når dokumentasjonen foreligger.",
            "[Beskriv søkers inntekter og ytelser, og eventuell formue – jf. sosialtjenesteloven § 29 første ledd]",
            "Det er ikke foretatt en nærmere vurdering av søkers rett til andre ytelser etter folketrygdloven i denne saken. NAV vil komme tilbake til dette vilkåret ved første evaluering av programmet.",
            "Søker har per i dag kr ………… i inntekt/ytelser per måned. Vilkåret om svært begrensede ytelser til livsopphold anses ……………",
        ],
        "nn": [
            "Inntekts- og formuestilhøva til søkjaren er ikkje dokumenterte på vedtakstidspunktet, då kontoutskriftene det vart bede om, ikkje er mottekne. Vilkåret om ingen eller svært avgrensa ytingar til livsopphald vil verte vurdert når dokumentasjonen ligg føre.",
            "[Gjer greie for inntektene og ytingane til søkjaren, og eventuell formue – jf. sosialtenestelova § 29 første ledd]",
            "Det er ikkje gjort ei nærare vurdering av retten søkjaren har til andre ytingar etter folketrygdlova i denne saka. NAV vil kome attende til dette vilkåret ved den første evalueringa av programmet.",
            "Søkjaren har per i dag kr ………… i inntekt/ytingar per månad. Vilkåret om svært avgrensa ytingar til livsopphald vert rekna som ……………",
        ],
    },
}

NECESSITY = {
    "grounds": {
        "nb": [
            "Det er et vilkår etter § 29 at programmet anses nødvendig og hensiktsmessig for å styrke søkers muligheter for deltakelse i arbeidslivet. Det fremgår av § 14 a-vedtaket datert {date} at søker er vurdert å ha behov for spesielt tilpasset innsats, og søker har tidligere deltatt i {measure_nb} ({year}) uten at dette førte til overgang til arbeid. NAV finner etter dette at kvalifiseringsprogram er nødvendig og hensiktsmessig.",
            "Etter en samlet vurdering av opplysningene i saken, herunder sluttrapporten datert {date} etter søkers deltakelse i {measure_nb}, finner NAV at de ordinære arbeidsrettede tiltakene som hittil er prøvd, ikke har gitt søker den tette og koordinerte oppfølgingen vedkommende har behov for, og at et helhetlig program over tid fremstår som det mest hensiktsmessige virkemidlet.",
            "Du har i perioden fra {year} og frem til i dag deltatt i flere enkeltstående tiltak, blant annet {measure_nb}, men tiltakene har vært kortvarige og uten innbyrdes sammenheng, og du har ikke kommet nærmere arbeidslivet. Etter NAVs syn er det nødvendig med et mer helhetlig og forpliktende opplegg, og kvalifiseringsprogram anses derfor både nødvendig og hensiktsmessig i din situasjon.",
            "Det er på det rene at søker etter vedtak om innsatsbehov har behov for spesielt tilpasset innsats. NAV har vurdert om arbeidsrettet oppfølging alene kunne vært tilstrekkelig, men har funnet at dette ikke er tilfellet, ettersom søker ved to tidligere anledninger har falt ut av slik oppfølging etter kort tid.",
            "Søker deltok i {measure_nb} fra {month} {year}, men tiltaket ble avsluttet før planlagt tid fordi vedkommende ikke klarte å følge opp avtalene uten tettere støtte. Sammenholdt med innsatsbehovet som er fastsatt i vedtak etter NAV-loven § 14 a (spesielt tilpasset innsats), finner NAV at et kvalifiseringsprogram med tett oppfølging er nødvendig for å styrke søkers muligheter for arbeid.",
            "NAV har vurdert om søkers behov kan ivaretas gjennom andre arbeidsrettede tiltak, men har kommet til at det ikke finnes et alternativt tilbud som gir den kombinasjonen av tett oppfølging, koordinering og kvalifisering som søker etter kartleggingen har behov for. Søker har heller ikke tidligere deltatt i kvalifiseringsprogram eller andre langvarige tiltak, og programmet anses derfor nødvendig og hensiktsmessig.",
            "Det fremgår av vedtak om innsatsbehov datert {date} at du har behov for spesielt tilpasset innsats for å kunne komme i arbeid. Etter NAVs vurdering vil kvalifiseringsprogram, som gir et helhetlig og individuelt tilpasset opplegg over tid, være bedre egnet enn enkeltstående tiltak til å møte dette behovet, og programmet anses således nødvendig og hensiktsmessig.",
            "NAV har ved vurderingen av om programmet er nødvendig og hensiktsmessig, lagt vekt på følgende:\n– søker er i vedtak etter NAV-loven § 14 a (datert {date}) vurdert å ha behov for spesielt tilpasset innsats\n– tidligere deltakelse i {measure_nb} ({year}) ga ikke ønsket resultat, og søker falt fra etter kort tid\n– søker har behov for én fast kontaktperson og tett, koordinert oppfølging, noe ordinære tiltak ikke kan gi\nKvalifiseringsprogram anses etter dette nødvendig og hensiktsmessig.",
            "Søker har i en årrekke hatt kontakt med NAV uten at de tiltakene som er prøvd, herunder {measure_nb}, har ført til at han har fått varig tilknytning til arbeidslivet. Det er etter NAVs vurdering på det rene at vedkommende har behov for et mer omfattende og forpliktende opplegg enn ordinære tiltak kan gi, og at programmet derfor er nødvendig.",
            "Du har selv gitt uttrykk for et sterkt ønske om å komme i arbeid, og i samtale ved kontoret {date} kom det frem at du tidligere har opplevd at {measure_nb} ikke var tilpasset dine behov. NAV har på denne bakgrunn kommet til at kvalifiseringsprogram, med mulighet for tett og individuell oppfølging, er det tiltaket som best kan bidra til at du kommer i arbeid.",
            "Etter en samlet vurdering av opplysningene i saken finner NAV at søker har behov for spesielt tilpasset innsats, slik dette er fastsatt i vedtak datert {date}, og at det ikke er sannsynlig at vedkommende vil komme i arbeid gjennom ordinær oppfølging alene. Programmet anses derfor både nødvendig og hensiktsmessig.",
            "Søker har etter opplysningene i saken ikke tidligere mottatt arbeidsrettet bistand utover registrering som arbeidssøker, og NAV har vurdert om enklere tiltak bør prøves først. Ettersom § 14 a-vedtaket (datert {date}) konkluderer med behov for spesielt tilpasset innsats, og det er behov for et helhetlig løp der flere tiltak ses i sammenheng, er det likevel lagt til grunn at kvalifiseringsprogram er nødvendig og hensiktsmessig allerede nå.",
        ],
        "nn": [
            "Det er eit vilkår etter § 29 at programmet vert rekna som naudsynt og føremålstenleg for å styrkje moglegheitene søkjaren har for å delta i arbeidslivet. Det går fram av § 14 a-vedtaket datert {date} at søkjaren er vurdert å ha behov for spesielt tilpassa innsats, og søkjaren har tidlegare delteke i {measure_nn} ({year}) utan at dette førte til overgang til arbeid. NAV finn etter dette at kvalifiseringsprogram er naudsynt og føremålstenleg.",
            "Etter ei samla vurdering av opplysingane i saka, mellom anna sluttrapporten datert {date} etter at søkjaren deltok i {measure_nn}, finn NAV at dei ordinære arbeidsretta tiltaka som har vore prøvde så langt, ikkje har gjeve søkjaren den tette og samordna oppfølginga vedkomande treng, og at eit heilskapleg program over tid er det mest føremålstenlege verkemiddelet.",
            "Du har i perioden frå {year} og fram til i dag delteke i fleire einskilde tiltak, mellom anna {measure_nn}, men tiltaka har vore kortvarige og utan samanheng seg imellom, og du har ikkje kome nærare arbeidslivet. Etter synet til NAV er det naudsynt med eit meir heilskapleg og forpliktande opplegg, og kvalifiseringsprogram vert difor rekna som både naudsynt og føremålstenleg i situasjonen din.",
            "Det er på det reine at søkjaren etter vedtak om innsatsbehov treng spesielt tilpassa innsats. NAV har vurdert om arbeidsretta oppfølging åleine kunne vore tilstrekkeleg, men har funne at dette ikkje er tilfellet, sidan søkjaren ved to tidlegare høve har falle ut av slik oppfølging etter kort tid.",
            "Søkjaren deltok i {measure_nn} frå {month} {year}, men tiltaket vart avslutta før planlagd tid fordi vedkomande ikkje klarte å følgje opp avtalane utan tettare støtte. Samanhalde med innsatsbehovet som er fastsett i vedtak etter NAV-lova § 14 a (spesielt tilpassa innsats), finn NAV at eit kvalifiseringsprogram med tett oppfølging er naudsynt for å styrkje moglegheitene søkjaren har for arbeid.",
            "NAV har vurdert om behova til søkjaren kan takast vare på gjennom andre arbeidsretta tiltak, men har kome til at det ikkje finst eit alternativt tilbod som gjev den kombinasjonen av tett oppfølging, samordning og kvalifisering som søkjaren etter kartlegginga treng. Søkjaren har heller ikkje tidlegare delteke i kvalifiseringsprogram eller andre langvarige tiltak, og programmet vert difor rekna som naudsynt og føremålstenleg.",
            "Det går fram av vedtak om innsatsbehov datert {date} at du treng spesielt tilpassa innsats for å kunne kome i arbeid. Etter vurderinga til NAV vil kvalifiseringsprogram, som gjev eit heilskapleg og individuelt tilpassa opplegg over tid, vere betre eigna enn einskilde tiltak til å møte dette behovet, og programmet vert såleis rekna som naudsynt og føremålstenleg.",
            "NAV har ved vurderinga av om programmet er naudsynt og føremålstenleg, lagt vekt på dette:\n– søkjaren er i vedtak etter NAV-lova § 14 a (datert {date}) vurdert å ha behov for spesielt tilpassa innsats\n– tidlegare deltaking i {measure_nn} ({year}) gav ikkje ønskt resultat, og søkjaren fall frå etter kort tid\n– søkjaren treng éin fast kontaktperson og tett, samordna oppfølging, noko ordinære tiltak ikkje kan gje\nKvalifiseringsprogram vert etter dette rekna som naudsynt og føremålstenleg.",
            "Søkjaren har i mange år hatt kontakt med NAV utan at dei tiltaka som er prøvde, mellom anna {measure_nn}, har ført til varig tilknyting til arbeidslivet. Det er etter vurderinga til NAV på det reine at vedkomande treng eit meir omfattande og forpliktande opplegg enn ordinære tiltak kan gje, og at programmet difor er naudsynt.",
            "Du har sjølv gjeve uttrykk for at du sterkt ønskjer å kome i arbeid, og i samtale ved kontoret {date} kom det fram at du tidlegare har opplevd at {measure_nn} ikkje var tilpassa behova dine. NAV har på dette grunnlaget kome til at kvalifiseringsprogram, med høve til tett og individuell oppfølging, er det tiltaket som best kan bidra til at du kjem i arbeid.",
            "Etter ei samla vurdering av opplysingane i saka finn NAV at søkjaren treng spesielt tilpassa innsats, slik dette er fastsett i vedtak datert {date}, og at det ikkje er sannsynleg at vedkomande vil kome i arbeid gjennom ordinær oppfølging åleine. Programmet vert difor rekna som både naudsynt og føremålstenleg.",
            "Søkjaren har etter opplysingane i saka ikkje tidlegare fått arbeidsretta bistand utover registrering som arbeidssøkjar, og NAV har vurdert om enklare tiltak bør prøvast først. Sidan § 14 a-vedtaket (datert {date}) konkluderer med behov for spesielt tilpassa innsats, og det er behov for eit heilskapleg løp der fleire tiltak vert sett i samanheng, er det likevel lagt til grunn at kvalifiseringsprogram er naudsynt og føremålstenleg allereie no.",
        ],
    },
    "named": {
        "nb": [
            "Etter en samlet vurdering av opplysningene i saken, herunder vedtaket om innsatsbehov, de samtalene som er gjennomført med søker og de opplysningene som er innhentet fra samarbeidspartnere, finner NAV at kvalifiseringsprogram er nødvendig og hensiktsmessig for å styrke vedkommendes muligheter for deltakelse i arbeidslivet, jf. sosialtjenesteloven § 29.",
            "Det legges til grunn at programmet er nødvendig og hensiktsmessig, jf. sosialtjenesteloven § 29, slik dette vilkåret er nærmere beskrevet i rundskrivet til loven. NAV finner ikke grunn til å drøfte vilkåret nærmere, da det etter kontorets vurdering, og på bakgrunn av de opplysningene som foreligger i saken, klart er oppfylt.",
            "NAV har, med utgangspunkt i de opplysningene som er kommet frem under saksbehandlingen og i samtalene med deg, vurdert om kvalifiseringsprogram er det riktige tiltaket i din situasjon, og har kommet til at vilkåret om at programmet skal være nødvendig og hensiktsmessig for å styrke dine muligheter for arbeid, er oppfylt.",
            "Det vises til vedtak etter NAV-loven § 14 a datert {date}, som ligger i saken og som er gjennomgått med søker. På bakgrunn av dette vedtaket og de øvrige opplysningene som er innhentet under saksbehandlingen, anses vilkåret om at programmet er nødvendig og hensiktsmessig, oppfylt, og NAV finner ikke grunn til å gå nærmere inn på det.",
            "Det er på det rene at vilkåret om at kvalifiseringsprogram må være nødvendig og hensiktsmessig for å bedre søkers muligheter for deltakelse i arbeidslivet, er oppfylt i denne saken. Det er verken fra søkers side eller i sakens dokumenter fremkommet forhold som gir grunn til å vurdere dette annerledes.",
            "Vedkommendes behov for bistand er kartlagt i samsvar med kontorets rutiner og kravet i forvaltningsloven § 17 om at saken skal være så godt opplyst som mulig, og det er etter en helhetlig vurdering av de opplysningene som foreligger, konkludert med at programmet er et nødvendig og hensiktsmessig tiltak, jf. sosialtjenesteloven § 29.",
            "Etter NAVs syn vil deltakelse i kvalifiseringsprogram kunne bidra til å styrke dine muligheter for å komme i arbeid, og programmet anses, etter en samlet vurdering av sakens dokumenter og det som er kommet frem i samtalene med kontoret, både nødvendig og hensiktsmessig slik vilkåret i sosialtjenesteloven § 29 er å forstå.",
        ],
        "nn": [
            "Etter ei samla vurdering av opplysingane i saka, mellom anna vedtaket om innsatsbehov, dei samtalane som er gjennomførte med søkjaren og dei opplysingane som er innhenta frå samarbeidspartnarar, finn NAV at kvalifiseringsprogram er naudsynt og føremålstenleg for å styrkje moglegheitene vedkomande har for å delta i arbeidslivet, jf. sosialtenestelova § 29.",
            "Det vert lagt til grunn at programmet er naudsynt og føremålstenleg, jf. sosialtenestelova § 29, slik dette vilkåret er nærare omtala i rundskrivet til lova. NAV finn ikkje grunn til å drøfte vilkåret nærare, då det etter vurderinga til kontoret, og på grunnlag av dei opplysingane som ligg føre i saka, klart er oppfylt.",
            "NAV har, med utgangspunkt i dei opplysingane som har kome fram under sakshandsaminga og i samtalane med deg, vurdert om kvalifiseringsprogram er det rette tiltaket i situasjonen din, og har kome til at vilkåret om at programmet skal vere naudsynt og føremålstenleg for å styrkje moglegheitene dine for arbeid, er oppfylt.",
            "Det vert vist til vedtak etter NAV-lova § 14 a datert {date}, som ligg i saka og som er gjennomgått med søkjaren. På grunnlag av dette vedtaket og dei andre opplysingane som er innhenta under sakshandsaminga, vert vilkåret om at programmet er naudsynt og føremålstenleg, rekna som oppfylt, og NAV finn ikkje grunn til å gå nærare inn på det.",
            "Det er på det reine at vilkåret om at kvalifiseringsprogram må vere naudsynt og føremålstenleg for å betre moglegheitene søkjaren har for å delta i arbeidslivet, er oppfylt i denne saka. Det har verken frå søkjaren si side eller i dokumenta i saka kome fram tilhøve som gjev grunn til å vurdere dette annleis.",
            "Behovet vedkomande har for bistand er kartlagt i samsvar med rutinane til kontoret og kravet i forvaltningslova § 17 om at saka skal vere så godt opplyst som mogleg, og det er etter ei heilskapleg vurdering av dei opplysingane som ligg føre, konkludert med at programmet er eit naudsynt og føremålstenleg tiltak, jf. sosialtenestelova § 29.",
            "Etter synet til NAV vil deltaking i kvalifiseringsprogram kunne bidra til å styrkje moglegheitene dine for å kome i arbeid, og programmet vert, etter ei samla vurdering av dokumenta i saka og det som har kome fram i samtalane med kontoret, rekna som både naudsynt og føremålstenleg slik vilkåret i sosialtenestelova § 29 skal forståast.",
        ],
    },
    "quoted": {
        "nb": [
            "Det følger av sosialtjenesteloven § 29 at kvalifiseringsprogram skal gis når programmet anses nødvendig og hensiktsmessig for å styrke søkers muligheter for deltakelse i arbeidslivet, og NAV-kontoret etter en arbeidsevnevurdering har kommet til at det kan tilbys et program som er tilpasset vedkommendes behov og forutsetninger.",
            "Av rundskrivet (Hovednr. 35) fremgår det at målgruppen for kvalifiseringsprogrammet i hovedsak er personer som etter vedtak om innsatsbehov har behov for spesielt tilpasset innsats eller varig tilpasset innsats, og at programmet skal være et tilbud til personer som trenger tettere og mer helhetlig oppfølging enn andre tiltak kan gi.",
            "Vurderingen av om programmet er nødvendig og hensiktsmessig, er skjønnsmessig og skal ta utgangspunkt i søkers samlede situasjon. Det må blant annet vurderes om andre arbeidsrettede tiltak vil være bedre egnet, og om det er realistisk at et program vil styrke søkers muligheter for overgang til arbeid.",
            "Etter forarbeidene skal kvalifiseringsprogrammet ikke være et siste tilbud som først gis etter at alle andre tiltak er prøvd; det skal kunne tilbys så snart det er klart at søker har behov for et helhetlig og tett oppfølgingsløp.",
            "Det er i praksis lagt til grunn at vilkåret om nødvendighet ikke er oppfylt dersom søker kan nyttiggjøre seg ordinære arbeidsrettede tiltak, eller dersom søker står så langt fra arbeidslivet at et program ikke anses realistisk på det nåværende tidspunkt.",
            "Kravet om at programmet skal være nødvendig og hensiktsmessig, må ses i lys av formålet med ordningen, som etter forarbeidene til lovendringen i 2019 er å bidra til at flere personer med svak tilknytning til arbeidslivet kommer i arbeid, og at færre blir varig avhengige av økonomisk sosialhjelp.",
        ],
        "nn": [
            "Det følgjer av sosialtenestelova § 29 at kvalifiseringsprogram skal givast når programmet vert rekna som naudsynt og føremålstenleg for å styrkje moglegheitene søkjaren har for å delta i arbeidslivet, og NAV-kontoret etter ei arbeidsevnevurdering har kome til at det kan tilbydast eit program som er tilpassa behova og føresetnadene til vedkomande.",
            "Av rundskrivet (Hovednr. 35) går det fram at målgruppa for kvalifiseringsprogrammet i hovudsak er personar som etter vedtak om innsatsbehov treng spesielt tilpassa innsats eller varig tilpassa innsats, og at programmet skal vere eit tilbod til personar som treng tettare og meir heilskapleg oppfølging enn andre tiltak kan gje.",
            "Vurderinga av om programmet er naudsynt og føremålstenleg, er skjønsmessig og skal ta utgangspunkt i den samla situasjonen til søkjaren. Det må mellom anna vurderast om andre arbeidsretta tiltak vil vere betre eigna, og om det er realistisk at eit program vil styrkje moglegheitene søkjaren har for overgang til arbeid.",
            "Etter førearbeida skal kvalifiseringsprogrammet ikkje vere eit siste tilbod som fyrst vert gjeve etter at alle andre tiltak er prøvde; det skal kunne tilbydast så snart det er klart at søkjaren treng eit heilskapleg og tett oppfølgingsløp.",
            "Det er i praksis lagt til grunn at vilkåret om at programmet må vere naudsynt, ikkje er oppfylt dersom søkjaren kan nyttiggjere seg ordinære arbeidsretta tiltak, eller dersom søkjaren står så langt frå arbeidslivet at eit program ikkje er realistisk på noverande tidspunkt.",
            "Kravet om at programmet skal vere naudsynt og føremålstenleg, må sjåast i lys av føremålet med ordninga, som etter førearbeida til lovendringa i 2019 er å bidra til at fleire personar med svak tilknyting til arbeidslivet kjem i arbeid, og at færre vert varig avhengige av økonomisk sosialhjelp.",
        ],
    },
    "negated": {
        "nb": [
            "Vedtak om innsatsbehov etter NAV-loven § 14 a forelå ikke på vedtakstidspunktet. Det er derfor ikke tatt endelig stilling til om programmet er nødvendig og hensiktsmessig; dette vil bli vurdert når vedtaket om innsatsbehov er fattet.",
            "[Vurdering av om programmet er nødvendig og hensiktsmessig – beskriv innsatsbehov og tidligere tiltak]",
            "Det er ikke foretatt noen nærmere vurdering av alternative tiltak i denne saken. Spørsmålet om programmet er nødvendig og hensiktsmessig vil bli vurdert i forbindelse med den første evalueringen, som etter planen skal finne sted etter {months} måneder.",
            "Det foreligger ikke dokumentasjon i saken som belyser om programmet er nødvendig og hensiktsmessig, og vilkåret er derfor ikke vurdert i dette vedtaket. Opplysninger om eventuelle tidligere tiltak vil bli innhentet i løpet av programmets første fase.",
        ],
        "nn": [
            "Vedtak om innsatsbehov etter NAV-lova § 14 a låg ikkje føre på vedtakstidspunktet. Det er difor ikkje teke endeleg stilling til om programmet er naudsynt og føremålstenleg; dette vil verte vurdert når vedtaket om innsatsbehov er gjort.",
            "[Vurdering av om programmet er naudsynt og føremålstenleg – gjer greie for innsatsbehov og tidlegare tiltak]",
            "Det er ikkje gjort noka nærare vurdering av alternative tiltak i denne saka. Spørsmålet om programmet er naudsynt og føremålstenleg vil verte vurdert i samband med den første evalueringa, som etter planen skal skje etter {months} månader.",
            "Det ligg ikkje føre dokumentasjon i saka som kastar lys over om programmet er naudsynt og føremålstenleg, og vilkåret er difor ikkje vurdert i dette vedtaket. Opplysingar om eventuelle tidlegare tiltak vil verte innhenta i den første fasen av programmet.",
        ],
    },
}

PROGRAM = {
    "grounds": {
        "nb": [
            "Det er et vilkår at kommunen kan tilby et program som er tilpasset søkers behov og forutsetninger, jf. §§ 29 og 30. Det er i samarbeid med søker utarbeidet et program (program- og aktivitetsplan datert {date}) som i den første perioden består av {activity_nb} tre dager i uken og {course_nb} to dager i uken, til sammen {hours} timer per uke.",
            "Etter en samlet vurdering av opplysningene i saken, herunder den avtalte aktivitetsplanen, finner NAV at det kan tilbys et tilpasset program. Programmet vil innledningsvis omfatte {course_nb} og deretter {activity_nb}, med en ukentlig timeramme på {hours} timer og oppfølgingssamtaler med veileder annenhver uke.",
            "Programmet er utformet i samråd med deg og vil i første programperiode inneholde følgende aktiviteter:\n– {activity_nb}, mandag til onsdag\n– {course_nb} på torsdager\n– individuell jobbsøking med støtte fra veileder på fredager\nSamlet utgjør programmet {hours} timer per uke.",
            "Det legges til grunn at bydelen kan tilby et program som er tilpasset søkers behov. Vedkommende starter med {activity_nb}, der det er avtalt en gradvis opptrapping fra tre til fem dager i uken i løpet av de første {months} ukene, og programmet vil etter hvert bli supplert med {course_nb}.",
            "Programmet ditt, slik det fremgår av programplanen som ble signert {date}, består av {course_nb} hos en kursleverandør i bydelen og arbeidspraksis i en ordinær virksomhet innenfor varehandel, med sikte på at praksisen etter hvert kan gå over i et lønnet arbeidsforhold. Programmet er på full tid, {hours} timer per uke.",
            "Det er på det rene at NAV {office} har mulighet til å tilby søker et program med {activity_nb} som hovedaktivitet. Arbeidstreningen vil ha en varighet på inntil {months} måneder og skal gi vedkommende praktisk trening i faste arbeidsoppgaver og en referanse fra arbeidsstedet, og den vil bli kombinert med ukentlige samtaler med programveileder.",
            "Innholdet i programmet er fastsatt etter en gjennomgang av søkers mål og ønsker, og vil i hovedsak bestå av {course_nb} i løpet av de første månedene, etterfulgt av {activity_nb}. Det er avsatt tid til egenaktivitet og jobbsøking innenfor programtiden, slik at programmet samlet utgjør {hours} timer per uke.",
            "NAV har i samarbeid med søker og tiltaksarrangør utarbeidet et individuelt program som omfatter {activity_nb} fire dager i uken og en fast dag med oppfølging og kursing hos NAV {office}. Programmet er helårig og på full tid, og innholdet vil bli justert ved evalueringene.",
            "Programmet er delt inn i to faser:\n– Fase 1 ({months} måneder): {course_nb} og kartlegging av yrkesinteresser i samarbeid med jobbspesialist.\n– Fase 2: {activity_nb}, med sikte på overgang til ordinært arbeid.\nProgrammet utgjør {hours} timer i uken gjennom hele perioden.",
            "Søker vil i programmet få tilbud om {course_nb}, som gjennomføres i regi av en kursleverandør med avtale med bydelen, samt {activity_nb} i den resterende delen av uken. Det legges til grunn at dette innholdet samlet gir et helhetlig og tilpasset program i samsvar med sosialtjenesteloven § 30.",
            "Det vises til programplanen som ble gjennomgått med deg i møte ved kontoret {date}. Der ble det avtalt at du skal delta i {activity_nb}, og at du i tillegg skal ha jevnlige samtaler med programveileder om progresjonen, til sammen {hours} timer per uke.",
            "Kommunen kan etter NAVs vurdering tilby søker et tilpasset program. Vedkommende er tildelt plass i {activity_nb} fra programstart, og det er i tillegg reservert plass på {course_nb} med oppstart i {month}. Programmet vil bli justert underveis i lys av evalueringene.",
        ],
        "nn": [
            "Det er eit vilkår at kommunen kan tilby eit program som er tilpassa behova og føresetnadene til søkjaren, jf. §§ 29 og 30. Det er i samarbeid med søkjaren utarbeidd eit program (program- og aktivitetsplan datert {date}) som i den første perioden består av {activity_nn} tre dagar i veka og {course_nn} to dagar i veka, til saman {hours} timar per veke.",
            "Etter ei samla vurdering av opplysingane i saka, mellom anna den avtalte aktivitetsplanen, finn NAV at det kan tilbydast eit tilpassa program. Programmet vil i starten omfatte {course_nn} og deretter {activity_nn}, med ei vekentleg timeramme på {hours} timar og oppfølgingssamtalar med rettleiar annakvar veke.",
            "Programmet er utforma i samråd med deg og vil i den første programperioden innehalde desse aktivitetane:\n– {activity_nn}, måndag til onsdag\n– {course_nn} på torsdagar\n– individuell jobbsøking med støtte frå rettleiar på fredagar\nSamla utgjer programmet {hours} timar per veke.",
            "Det vert lagt til grunn at bydelen kan tilby eit program som er tilpassa behova til søkjaren. Vedkomande startar med {activity_nn}, der det er avtalt ei gradvis opptrapping frå tre til fem dagar i veka i løpet av dei første {months} vekene, og programmet vil etter kvart verte supplert med {course_nn}.",
            "Programmet ditt, slik det går fram av programplanen som vart signert {date}, består av {course_nn} hos ein kursleverandør i bydelen og arbeidspraksis i ei ordinær verksemd innanfor varehandel, med sikte på at praksisen etter kvart kan gå over i eit lønt arbeidsforhold. Programmet er på full tid, {hours} timar per veke.",
            "Det er på det reine at NAV {office} har høve til å tilby søkjaren eit program med {activity_nn} som hovudaktivitet. Arbeidstreninga vil vare i inntil {months} månader og skal gje vedkomande praktisk trening i faste arbeidsoppgåver og ein referanse frå arbeidsstaden, og ho vil verte kombinert med vekentlege samtalar med programrettleiar.",
            "Innhaldet i programmet er fastsett etter ein gjennomgang av måla og ønska til søkjaren, og vil i hovudsak vere {course_nn} dei første månadene, følgt av {activity_nn}. Det er sett av tid til eigenaktivitet og jobbsøking innanfor programtida, slik at programmet samla utgjer {hours} timar per veke.",
            "NAV har i samarbeid med søkjaren og tiltaksarrangøren utarbeidd eit individuelt program som omfattar {activity_nn} fire dagar i veka og ein fast dag med oppfølging og kurs hos NAV {office}. Programmet er heilårleg og på full tid, og innhaldet vil verte justert ved evalueringane.",
            "Programmet er delt inn i to fasar:\n– Fase 1 ({months} månader): {course_nn} og kartlegging av yrkesinteresser i samarbeid med jobbspesialist.\n– Fase 2: {activity_nn}, med sikte på overgang til ordinært arbeid.\nProgrammet utgjer {hours} timar i veka gjennom heile perioden.",
            "Søkjaren vil i programmet få tilbod om {course_nn}, som vert gjennomført i regi av ein kursleverandør med avtale med bydelen, og {activity_nn} resten av veka. Det vert lagt til grunn at dette innhaldet samla gjev eit heilskapleg og tilpassa program i samsvar med sosialtenestelova § 30.",
            "Det vert vist til programplanen som vart gjennomgått med deg i møte ved kontoret {date}. Der vart det avtalt at du skal delta i {activity_nn}, og at du i tillegg skal ha jamlege samtalar med programrettleiar om framgangen, til saman {hours} timar per veke.",
            "Kommunen kan etter vurderinga til NAV tilby søkjaren eit tilpassa program. Vedkomande har fått plass i {activity_nn} frå programstart, og det er i tillegg reservert plass på {course_nn} med oppstart i {month}. Programmet vil verte justert undervegs i lys av evalueringane.",
        ],
    },
    "named": {
        "nb": [
            "Etter en samlet vurdering av opplysningene i saken, herunder de samtalene som er gjennomført med søker og kontorets oversikt over tilgjengelige tiltak, finner NAV at kommunen kan tilby søker et program som er tilpasset vedkommendes behov og forutsetninger, og vilkåret i sosialtjenesteloven § 29 anses dermed oppfylt.",
            "Det er utarbeidet en programplan i samarbeid med deg, datert {date}, som er vedlagt dette vedtaket og som det vises til i sin helhet. NAV legger på denne bakgrunn til grunn at det kan tilbys et program som er tilpasset dine behov og forutsetninger, og at vilkåret i sosialtjenesteloven § 29 er oppfylt.",
            "Det er på det rene at NAV {office} har mulighet til å tilby et kvalifiseringsprogram som er tilpasset søkers behov, slik sosialtjenesteloven §§ 29 og 30 forutsetter. Det er etter NAVs vurdering ikke grunnlag for å avslå søknaden etter dette vilkåret, og vilkåret anses oppfylt uten nærmere drøftelse.",
            "Programmets nærmere innhold vil fremgå av den individuelle planen som utarbeides i samarbeid med deg og gjennomgås i oppstartsmøtet. NAV har likevel allerede nå vurdert at det kan tilbys et program som oppfyller lovens krav til et individuelt tilpasset program, og vilkåret i sosialtjenesteloven § 29 anses derfor oppfylt.",
            "Vilkåret om at kommunen må kunne tilby et tilpasset program, anses oppfylt, jf. sosialtjenesteloven §§ 29 og 30. Det er etter NAVs vurdering, og på bakgrunn av de opplysningene som er kommet frem under saksbehandlingen og i samtalene med søker, ikke forhold i saken som tilsier en annen konklusjon.",
            "Det vises til samtalen ved kontoret {date}, der programmet ble drøftet med deg, og til notatet som ble skrevet etter samtalen. På bakgrunn av denne samtalen og kontorets tilgjengelige tiltaksplasser er NAV kommet til at det kan gis et program tilpasset dine behov, og at vilkåret i § 29 er oppfylt.",
            "NAV finner etter en helhetlig vurdering av sakens dokumenter at det kan utformes et program som er individuelt tilpasset søkers behov og forutsetninger, og at programmet vil kunne gjennomføres i samsvar med de krav som følger av sosialtjenesteloven § 30 og forskrift om kvalifiseringsprogram og kvalifiseringsstønad.",
        ],
        "nn": [
            "Etter ei samla vurdering av opplysingane i saka, mellom anna dei samtalane som er gjennomførte med søkjaren og oversikta kontoret har over tilgjengelege tiltak, finn NAV at kommunen kan tilby søkjaren eit program som er tilpassa behova og føresetnadene til vedkomande, og vilkåret i sosialtenestelova § 29 vert dermed rekna som oppfylt.",
            "Det er utarbeidd ein programplan i samarbeid med deg, datert {date}, som er lagd ved dette vedtaket og som det vert vist til i si heilskap. NAV legg på dette grunnlaget til grunn at det kan tilbydast eit program som er tilpassa behova og føresetnadene dine, og at vilkåret i sosialtenestelova § 29 er oppfylt.",
            "Det er på det reine at NAV {office} har høve til å tilby eit kvalifiseringsprogram som er tilpassa behova til søkjaren, slik sosialtenestelova §§ 29 og 30 føreset. Det er etter vurderinga til NAV ikkje grunnlag for å avslå søknaden etter dette vilkåret, og vilkåret vert rekna som oppfylt utan nærare drøfting.",
            "Det nærare innhaldet i programmet vil gå fram av den individuelle planen som vert utarbeidd i samarbeid med deg og gjennomgått i oppstartsmøtet. NAV har likevel alt no vurdert at det kan tilbydast eit program som oppfyller krava lova set til eit individuelt tilpassa program, og vilkåret i sosialtenestelova § 29 vert difor rekna som oppfylt.",
            "Vilkåret om at kommunen må kunne tilby eit tilpassa program, vert rekna som oppfylt, jf. sosialtenestelova §§ 29 og 30. Det er etter vurderinga til NAV, og på grunnlag av dei opplysingane som har kome fram under sakshandsaminga og i samtalane med søkjaren, ikkje tilhøve i saka som tilseier ein annan konklusjon.",
            "Det vert vist til samtalen ved kontoret {date}, der programmet vart drøfta med deg, og til notatet som vart skrive etter samtalen. På grunnlag av denne samtalen og dei tiltaksplassane kontoret har tilgjengelege, har NAV kome til at det kan givast eit program tilpassa behova dine, og at vilkåret i § 29 er oppfylt.",
            "NAV finn etter ei heilskapleg vurdering av dokumenta i saka at det kan utformast eit program som er individuelt tilpassa behova og føresetnadene til søkjaren, og at programmet vil kunne gjennomførast i samsvar med dei krava som følgjer av sosialtenestelova § 30 og forskrift om kvalifiseringsprogram og kvalifiseringsstønad.",
        ],
    },
    "quoted": {
        "nb": [
            "Etter sosialtjenesteloven § 30 skal programmet inneholde arbeidsrettede tiltak, arbeidstrening og andre opplæringstiltak som kan bidra til å styrke deltakerens muligheter for arbeid, og det skal være helårlig og på full tid, det vil si som utgangspunkt 37,5 timer per uke.",
            "Det følger av § 30 at programmet kan inneholde ulike arbeidsrettede tiltak, arbeidstrening i ordinær virksomhet, opplæringstiltak og motiverende eller støttende tiltak, og at det innenfor programtiden kan avsettes tid til medisinsk behandling, opptrening og egenaktivitet.",
            "Etter lovendringen i 2019 kan kommunen bare unntaksvis avslå en søknad om kvalifiseringsprogram med den begrunnelse at det ikke er mulig å tilby et program. Dette følger av sosialtjenesteloven § 29 og forarbeidene i Prop. 12 L (2018–2019), der det understrekes at adgangen kun er ment for unntakstilfeller.",
            "Av rundskrivet fremgår det at programmet skal utarbeides i samarbeid med deltakeren og være individuelt tilpasset, slik at innholdet bygger på deltakerens behov, ressurser og mål, og ikke består av standardiserte tilbud som gis til alle deltakere.",
            "Forskrift om kvalifiseringsprogram og kvalifiseringsstønad forutsetter at det utarbeides en plan for programmet, og at tidspunkt for evaluering planlegges før oppstart. Helsetilsynet har i sine tilsyn understreket at programmene i mange kommuner ikke har vært tilstrekkelig individuelt tilpasset.",
            "Etter sosialtjenesteloven § 31 gis programmet så lenge deltakeren oppfyller inngangsvilkårene, men likevel ikke lenger enn to år, og det kan unntaksvis forlenges med inntil ett år når særlige grunner tilsier det. Innholdet i programmet skal vurderes jevnlig gjennom hele perioden.",
        ],
        "nn": [
            "Etter sosialtenestelova § 30 skal programmet innehalde arbeidsretta tiltak, arbeidstrening og andre opplæringstiltak som kan bidra til å styrkje moglegheitene deltakaren har for arbeid, og det skal vere heilårleg og på full tid, det vil seie som utgangspunkt 37,5 timar per veke.",
            "Det følgjer av § 30 at programmet kan innehalde ulike arbeidsretta tiltak, arbeidstrening i ordinær verksemd, opplæringstiltak og motiverande eller støttande tiltak, og at det innanfor programtida kan setjast av tid til medisinsk behandling, opptrening og eigenaktivitet.",
            "Etter lovendringa i 2019 kan kommunen berre unntaksvis avslå ein søknad om kvalifiseringsprogram med den grunngjevinga at det ikkje er mogleg å tilby eit program. Dette følgjer av sosialtenestelova § 29 og førearbeida i Prop. 12 L (2018–2019), der det vert understreka at høvet berre er meint for unntakstilfelle.",
            "Av rundskrivet går det fram at programmet skal utarbeidast i samarbeid med deltakaren og vere individuelt tilpassa, slik at innhaldet byggjer på behova, ressursane og måla til deltakaren, og ikkje består av standardiserte tilbod som vert gjevne til alle deltakarar.",
            "Forskrift om kvalifiseringsprogram og kvalifiseringsstønad føreset at det vert utarbeidd ein plan for programmet, og at tidspunkt for evaluering vert planlagt før oppstart. Helsetilsynet har i tilsyna sine understreka at programma i mange kommunar ikkje har vore tilstrekkeleg individuelt tilpassa.",
            "Etter sosialtenestelova § 31 vert programmet gjeve så lenge deltakaren oppfyller inngangsvilkåra, men likevel ikkje lenger enn to år, og det kan unntaksvis forlengjast med inntil eitt år når særlege grunnar tilseier det. Innhaldet i programmet skal vurderast jamleg gjennom heile perioden.",
        ],
    },
    "negated": {
        "nb": [
            "Programmets innhold er ikke endelig fastsatt på vedtakstidspunktet. En individuell plan vil bli utarbeidet i samarbeid med deg i løpet av de første ukene etter oppstart, og det vil da bli tatt stilling til hvilke aktiviteter programmet skal bestå av.",
            "[Programinnhold: aktiviteter, timer per uke og sted – fylles ut av saksbehandler]",
            "Det er ikke vurdert nærmere om kommunen kan tilby et tilpasset program, ettersom bydelens tiltaksoversikt for kommende halvår ikke forelå da saken ble behandlet. Dette vil bli avklart i oppstartsmøtet.",
            "Programmet vil bestå av: …………………………………… (….. timer per uke). Sted: ……………………",
        ],
        "nn": [
            "Innhaldet i programmet er ikkje endeleg fastsett på vedtakstidspunktet. Ein individuell plan vil verte utarbeidd i samarbeid med deg i løpet av dei første vekene etter oppstart, og det vil då verte teke stilling til kva aktivitetar programmet skal innehalde.",
            "[Programinnhald: aktivitetar, timar per veke og stad – vert fylt ut av sakshandsamar]",
            "Det er ikkje vurdert nærare om kommunen kan tilby eit tilpassa program, då tiltaksoversikta til bydelen for det komande halvåret ikkje låg føre då saka vart handsama. Dette vil verte avklart i oppstartsmøtet.",
            "Programmet vil bestå av: …………………………………… (….. timar per veke). Stad: ……………………",
        ],
    },
}

CRITERIA = {"age": AGE, "work_ability": WORK_ABILITY, "benefits": BENEFITS, "necessity": NECESSITY,
            "program": PROGRAM}
