"""Development bank since round 9 (``tuning8``; until then ``phrasing_heldout.py``, round 8's held-out bank,
measured once with the rule frozen at e7d90f9, figures in docs/grounds.md). Held-out bank (round 8): written and committed after round 7 was measured and moved into
development (``phrasing_tuning7``), before the decision rule changed, without reading round 7's
misjudged letters; never used to develop the rule.

Same shape as phrasing_dev.py; a phrasing with line breaks is a paragraph followed by
more paragraphs (a lead-in line and its list items: dashes, numbers, weekdays).
``python -m benchmarks.grounds --bank tuning8`` measures on letters written
with these phrasings and fillers. It mixes registers: a label with its value («Alder: 41 år.»),
a year of birth, a doctor's statement with a date and a percentage, a history narrative
(«Du deltok på … i 2019, men avsluttet etter seks måneder»), a household's economy as a list,
a weekly plan by weekday, a full-time programme in hours, the reasons as a numbered list,
law quoted with its § and in words, and negations without the usual words («ikke fått
bekreftet», «ikke avklart»). The same person wrote the rule and this bank, so it is not an
independent test: wording from real letters is the test that counts (docs/grounds.md).
Earlier held-out banks, each measured once and then used for development, are
phrasing_tuning.py … phrasing_tuning7.py.
"""

BANK = "tuning8"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Du er født i {birth_year} og er dermed i yrkesaktiv alder.",
                   "Alder: {age} år.",
                   "Da du søkte, var du {age} år. Du er derfor innenfor aldersgruppen programmet gjelder for.",
                   "Med en alder på {age} år fyller du aldersvilkåret.",
                   "Søkeren er {age} år og har mange år igjen i arbeidslivet."],
            "nn": ["Du er fødd i {birth_year}, og er såleis i yrkesaktiv alder.",
                   "Alder: {age} år.",
                   "Med ein alder på {age} år fyller du aldersvilkåret."],
        },
        "named": {
            "nb": ["Du er i yrkesaktiv alder.", "Alderskravet er oppfylt.", "Alder: oppfylt."],
            "nn": ["Alderskravet er oppfylt.", "Alder: oppfylt."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 29 må søkeren være i yrkesaktiv alder.",
                   "Programmet er for personer i alderen 18 til 67 år."],
            "nn": ["Etter sosialtenestelova § 29 må søkjaren vere i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Vi har ikke fått bekreftet alderen din."],
            "nn": ["Vi har ikkje fått stadfesta alderen din."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Dette har vi vektlagt ved vurderingen av arbeidsevnen din:\n1. {health}, som legen din bekrefter\n"
                   "2. {skill}\n3. du har vært borte fra arbeidslivet siden {year}",
                   "Du har {health}, og legen din skriver i erklæringen av {date} at du i dag ikke kan arbeide mer enn "
                   "50 prosent. Vi vurderer at arbeidsevnen din er vesentlig nedsatt.",
                   "Inntektsevnen din er svekket. Du har jobbet som {job} i noen år, men måtte gi deg i {year} på grunn "
                   "av {health}.",
                   "Etter arbeidsevnevurderingen vi gjorde {date}, har du vesentlig nedsatt arbeidsevne. Hovedårsakene "
                   "er {health} og {skill}.",
                   "Du forteller at du ikke har klart å holde på en jobb lenger enn noen måneder av gangen. Sammen med "
                   "{skill} gjør dette at arbeidsevnen din er sterkt svekket."],
            "nn": ["Du har {health_nn}, og legen din skriv i erklæringa av {date} at du i dag ikkje kan arbeide meir "
                   "enn 50 prosent. Vi vurderer at arbeidsevna di er vesentleg nedsett.",
                   "Inntektsevna di er svekt. Du har jobba som {job_nn} i nokre år, men måtte gi deg i {year} på grunn "
                   "av {health_nn}.",
                   "Etter arbeidsevnevurderinga vi gjorde {date}, har du vesentleg nedsett arbeidsevne. Hovudårsakene "
                   "er {health_nn} og {skill_nn}."],
        },
        "named": {
            "nb": ["Arbeidsevnen din er vurdert som vesentlig nedsatt.",
                   "Vilkåret om nedsatt arbeids- og inntektsevne er oppfylt.",
                   "Arbeidsevne: vesentlig nedsatt."],
            "nn": ["Arbeidsevna di er vurdert som vesentleg nedsett.",
                   "Vilkåret om nedsett arbeids- og inntektsevne er oppfylt."],
        },
        "quoted": {
            "nb": ["Etter § 29 første ledd må arbeids- og inntektsevnen være vesentlig nedsatt.",
                   "Programmet er rettet mot personer med vesentlig nedsatt arbeids- og inntektsevne."],
            "nn": ["Etter § 29 første ledd må arbeids- og inntektsevna vere vesentleg nedsett."],
        },
        "negated": {
            "nb": ["Arbeidsevnen din er ennå ikke vurdert.", "Det foreligger ingen vurdering av arbeidsevnen din."],
            "nn": ["Arbeidsevna di er enno ikkje vurdert."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har i dag ingen egen inntekt. Siden {month} {year} har du fått økonomisk sosialhjelp til "
                   "livsopphold, senest {amount} for {month}.",
                   "Økonomien i husstanden:\n- sosialhjelp fra NAV {office}\n- barnetrygd for to barn\n"
                   "- ingen oppsparte midler",
                   "Retten din til arbeidsavklaringspenger tok slutt {date}, og du har ikke andre ytelser å leve av.",
                   "Ektefellen din har en lav deltidsinntekt, og husstanden har vært avhengig av supplerende "
                   "sosialhjelp i {years} år.",
                   "Du søkte om uføretrygd, men fikk avslag {date}. Du har derfor svært begrensede ytelser."],
            "nn": ["Du har i dag inga eiga inntekt. Sidan {month} {year} har du fått økonomisk sosialhjelp til "
                   "livsopphald, sist {amount} for {month}.",
                   "Retten din til arbeidsavklaringspengar tok slutt {date}, og du har ikkje andre ytingar å leve av.",
                   "Du søkte om uføretrygd, men fekk avslag {date}. Du har difor svært avgrensa ytingar."],
        },
        "named": {
            "nb": ["Du har svært begrensede ytelser til livsopphold.", "Vilkåret om ytelser er oppfylt.",
                   "Økonomi: vilkåret er oppfylt."],
            "nn": ["Du har svært avgrensa ytingar til livsopphald.", "Vilkåret om ytingar er oppfylt."],
        },
        "quoted": {
            "nb": ["Etter loven gis programmet til dem som har ingen eller svært begrensede ytelser til livsopphold "
                   "etter folketrygdloven.",
                   "Det er et vilkår i § 29 at søkeren ikke har rett til andre ytelser."],
            "nn": ["Etter lova blir programmet gitt til dei som har ingen eller svært avgrensa ytingar til livsopphald "
                   "etter folketrygdlova."],
        },
        "negated": {
            "nb": ["Vi har ikke undersøkt om du har rett til andre ytelser.", "Økonomien din er ikke kartlagt."],
            "nn": ["Vi har ikkje undersøkt om du har rett til andre ytingar."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["I arbeidsevnevurderingen {date} kom vi fram til at du har behov for spesielt tilpasset innsats. "
                   "Kvalifiseringsprogrammet er derfor nødvendig.",
                   "Du har vært arbeidsledig i {years} år og har søkt mange stillinger uten å bli kalt inn. Vanlig "
                   "oppfølging fra NAV har ikke vært nok, og vi vurderer programmet som nødvendig og hensiktsmessig.",
                   "Hvorfor programmet er riktig for deg:\n- du har ikke kommet i arbeid etter {measure}\n"
                   "- du trenger tett oppfølging over tid\n- du er motivert for å bli {job}",
                   "Veilederen din mener at du har gode muligheter til å få jobb som {job} hvis du får et helhetlig og "
                   "tett opplegg. Programmet er derfor hensiktsmessig.",
                   "Du deltok på {measure} i {year}, men avsluttet etter {months} måneder fordi du ble syk. Vi mener et "
                   "kvalifiseringsprogram med tettere oppfølging er nødvendig for at du skal komme videre."],
            "nn": ["I arbeidsevnevurderinga {date} kom vi fram til at du har behov for spesielt tilpassa innsats. "
                   "Kvalifiseringsprogrammet er difor naudsynt.",
                   "Du har vore arbeidsledig i {years} år og har søkt mange stillingar utan å bli kalla inn. Vanleg "
                   "oppfølging frå NAV har ikkje vore nok, og vi vurderer programmet som naudsynt og føremålstenleg.",
                   "Du deltok på {measure_nn} i {year}, men avslutta etter {months} månader fordi du vart sjuk. Vi "
                   "meiner eit kvalifiseringsprogram med tettare oppfølging er naudsynt for at du skal kome vidare."],
        },
        "named": {
            "nb": ["Vi vurderer at kvalifiseringsprogram er nødvendig og hensiktsmessig i ditt tilfelle.",
                   "Programmet anses som et egnet tiltak for deg.",
                   "Nødvendig og hensiktsmessig: ja."],
            "nn": ["Vi vurderer at kvalifiseringsprogram er naudsynt og føremålstenleg i ditt tilfelle.",
                   "Programmet er rekna som eit eigna tiltak for deg."],
        },
        "quoted": {
            "nb": ["Det følger av sosialtjenesteloven § 29 at programmet må være nødvendig og hensiktsmessig for å "
                   "styrke søkerens muligheter for arbeid.",
                   "Programmet skal gis når det er nødvendig etter en arbeidsevnevurdering, jf. § 29."],
            "nn": ["Det følgjer av sosialtenestelova § 29 at programmet må vere naudsynt og føremålstenleg for å "
                   "styrkje moglegheitene søkjaren har for arbeid."],
        },
        "negated": {
            "nb": ["Det er ikke gjort noen arbeidsevnevurdering, så vi har ikke vurdert om programmet er nødvendig.",
                   "Om programmet er hensiktsmessig for deg, er ikke vurdert."],
            "nn": ["Om programmet er føremålstenleg for deg, er ikkje vurdert."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Programmet ditt:\n- mandag og tirsdag: {activity}\n- onsdag: {activity2}\n"
                   "- torsdag: jobbsøking sammen med veileder",
                   "Vi har sammen med deg laget en plan. De første {months} månedene skal du gå på {activity}, og "
                   "etter det er målet {activity2}.",
                   "Programmet er på full tid, {hours} timer i uken. Du skal være i {activity} tre dager i uken og ha "
                   "{activity2} resten av tiden.",
                   "Du starter {date} med {activity}. Veilederen din følger deg opp hver andre uke.",
                   "Innholdet i programmet er {activity} og {activity2}, og omfanget er {hours} timer per uke."],
            "nn": ["Programmet ditt:\n- måndag og tysdag: {activity_nn}\n- onsdag: {activity2_nn}",
                   "Vi har saman med deg laga ein plan. Dei første {months} månadene skal du gå på {activity_nn}, og "
                   "etter det er målet {activity2_nn}.",
                   "Innhaldet i programmet er {activity_nn} og {activity2_nn}, og omfanget er {hours} timar per veke."],
        },
        "named": {
            "nb": ["Vi kan tilby deg et tilpasset program.", "Innholdet i programmet blir avtalt med veilederen din.",
                   "Programmet vil bli tilpasset dine behov."],
            "nn": ["Vi kan tilby deg eit tilpassa program.", "Innhaldet i programmet blir avtalt med rettleiaren din."],
        },
        "quoted": {
            "nb": ["Programmet skal være tilpasset den enkeltes behov og kan bestå av arbeidsrettede aktiviteter, "
                   "opplæring og andre tiltak, jf. § 30.",
                   "Etter § 29 må kommunen kunne tilby et tilpasset program."],
            "nn": ["Programmet skal vere tilpassa behova til den enkelte og kan bestå av arbeidsretta aktivitetar, "
                   "opplæring og andre tiltak, jf. § 30."],
        },
        "negated": {
            "nb": ["Det er ikke avklart hva programmet skal inneholde.",
                   "Vi har ennå ikke kartlagt hvilke aktiviteter som passer for deg."],
            "nn": ["Det er ikkje avklart kva programmet skal innehalde."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Vilkåret om alder"], "nn": ["Alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Vurdering av arbeidsevnen"], "nn": ["Arbeids- og inntektsevne"]},
    "benefits": {"nb": ["Inntekt og ytelser", "Livsopphold"], "nn": ["Inntekt og ytingar"]},
    "necessity": {"nb": ["Er programmet nødvendig og hensiktsmessig?", "Behovet ditt for programmet"],
                  "nn": ["Er programmet naudsynt og føremålstenleg?"]},
    "program": {"nb": ["Innholdet i programmet", "Ukeplan"], "nn": ["Innhaldet i programmet"]},
}

FILLERS = {
    "health": ["fibromyalgi", "en alvorlig depresjon", "slitasjegikt i hoftene", "ME", "følger etter en trafikkulykke",
               "astma og allergi"],
    "health_nn": ["fibromyalgi", "ein alvorleg depresjon", "slitasjegikt i hoftene", "ME"],
    "skill": ["kort botid i Norge", "ingen utdanning utover grunnskolen", "svake lese- og skriveferdigheter"],
    "skill_nn": ["kort butid i Noreg", "inga utdanning utover grunnskulen"],
    "job": ["sjåfør", "kokk", "butikkmedarbeider", "helsefagarbeider"],
    "job_nn": ["sjåfør", "kokk", "butikkmedarbeidar"],
    "measure": ["et avklaringstiltak", "jobbklubb", "et arbeidsmarkedskurs"],
    "measure_nn": ["eit avklaringstiltak", "jobbklubb"],
    "activity": ["språkpraksis i en dagligvarebutikk", "norskopplæring på voksenopplæringen",
                 "arbeidspraksis på et bilverksted", "et kurs i regnskap"],
    "activity2": ["jobbsøkerkurs", "trening med fysioterapeut", "lønnstilskudd hos en arbeidsgiver"],
    "activity_nn": ["språkpraksis i ein daglegvarebutikk", "norskopplæring på vaksenopplæringa",
                    "arbeidspraksis på eit bilverkstad"],
    "activity2_nn": ["jobbsøkjarkurs", "trening med fysioterapeut"],
}
