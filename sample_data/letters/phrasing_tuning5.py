"""Fifth tuning bank: the held-out bank of round 5 (December 2026), written and committed before
that round changed the vocabulary, measured once with the vocabulary frozen (docs/grounds.md,
round 5), then moved into development. phrasing_heldout.py replaced it.

Same shape as phrasing_dev.py; a phrasing with line breaks is a paragraph followed by
more paragraphs (a heading line and its list items, as Word writes a bulleted list).
It holds grounds told as a history, lists of activities and of facts under a lead-in
line, ages stated in several ways, amounts and dates, facts stated as negations,
references to an assessment without its content, quoted law with activity words (§ 30)
and boilerplate («du oppfyller vilkårene i § 29»). Earlier held-out banks, each measured
once and then used for development, are phrasing_tuning.py … phrasing_tuning4.py.
"""

BANK = "tuning5"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Du har fylt {age} år, og vilkåret om yrkesaktiv alder er oppfylt.",
                   "Da du søkte, var du {age} år.",
                   "Søkeren, som er {age} år, er i yrkesaktiv alder.",
                   "Alder: {age} år (født {birth_year}).",
                   "Vi har lagt til grunn opplysningene i folkeregisteret om at du er født i {birth_year}.",
                   "Du er {age} år, og det er mange år til du kan ta ut alderspensjon."],
            "nn": ["Du har fylt {age} år, og vilkåret om yrkesaktiv alder er oppfylt.",
                   "Då du søkte, var du {age} år.",
                   "Alder: {age} år (fødd {birth_year}).",
                   "Du er fødd i {birth_year} og er dermed i yrkesaktiv alder."],
        },
        "named": {
            "nb": ["Du oppfyller vilkåret om alder, jf. sosialtjenesteloven § 29 første ledd.",
                   "Vilkåret om yrkesaktiv alder er oppfylt.",
                   "Alderskravet er oppfylt i din sak.",
                   "Når det gjelder alder, er det ingen tvil om at du er i målgruppen."],
            "nn": ["Du oppfyller vilkåret om alder, jf. sosialtenestelova § 29 første ledd.",
                   "Vilkåret om yrkesaktiv alder er oppfylt."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogrammet er etter sosialtjenesteloven § 29 første ledd rettet mot personer i "
                   "yrkesaktiv alder.",
                   "Personer i yrkesaktiv alder kan ha rett til kvalifiseringsprogram, jf. § 29."],
            "nn": ["Kvalifiseringsprogrammet er etter sosialtenestelova § 29 første ledd retta mot personar i "
                   "yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Vi har ikke gjort noen egen vurdering av alder.", "Alder er ikke kommentert nærmere."],
            "nn": ["Vi har ikkje gjort nokon eiga vurdering av alder."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Du har ikke hatt fast arbeid siden du kom til Norge i {year}. Du har {health}, og du snakker lite "
                   "norsk. Vi mener derfor at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "I arbeidsevnevurderingen datert {date} kommer det fram at du har {health}. Du har også {skill}. "
                   "Samlet gir dette en vesentlig nedsatt arbeidsevne.",
                   "Du har jobbet noen korte perioder med {work}, men har måttet slutte på grunn av {health}. "
                   "Arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Fastlegen din har bekreftet at du har {health}. Du har ikke fullført videregående skole og har lite "
                   "arbeidserfaring. Arbeidsevnen er etter vår vurdering vesentlig nedsatt.",
                   "Arbeidsevne: Vesentlig nedsatt. Du har {health} og har vært ute av arbeidslivet i {years} år.",
                   "Dette har vi lagt vekt på da vi vurderte arbeidsevnen din:\n- {health}\n- {skill}\n- du har ikke "
                   "vært i arbeid de siste {years} årene"],
            "nn": ["Du har ikkje hatt fast arbeid sidan du kom til Noreg i {year}. Du har {health_nn}, og du snakkar "
                   "lite norsk. Vi meiner difor at arbeids- og inntektsevna di er vesentleg nedsett.",
                   "I arbeidsevnevurderinga datert {date} kjem det fram at du har {health_nn}. Du har også {skill_nn}. "
                   "Samla gir dette ei vesentleg nedsett arbeidsevne.",
                   "Du har jobba nokre korte periodar med {work_nn}, men har måtta slutte på grunn av {health_nn}. "
                   "Arbeids- og inntektsevna di er vesentleg nedsett.",
                   "Dette har vi lagt vekt på då vi vurderte arbeidsevna di:\n- {health_nn}\n- {skill_nn}\n- du har "
                   "ikkje vore i arbeid dei siste {years} åra"],
        },
        "named": {
            "nb": ["Vi har vurdert arbeidsevnen din og kommet til at den er vesentlig nedsatt.",
                   "Du har vesentlig nedsatt arbeids- og inntektsevne, jf. sosialtjenesteloven § 29.",
                   "NAV har gjort en arbeidsevnevurdering, og vilkåret om nedsatt arbeidsevne er oppfylt.",
                   "Etter en samlet vurdering finner vi at arbeids- og inntektsevnen din er vesentlig nedsatt."],
            "nn": ["Vi har vurdert arbeidsevna di og kome til at ho er vesentleg nedsett.",
                   "Etter ei samla vurdering finn vi at arbeids- og inntektsevna di er vesentleg nedsett."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 29 første ledd skal kvalifiseringsprogram tilbys personer med "
                   "vesentlig nedsatt arbeids- og inntektsevne.",
                   "Det følger av loven at arbeids- og inntektsevnen må være vesentlig nedsatt."],
            "nn": ["Etter sosialtenestelova § 29 første ledd skal kvalifiseringsprogram tilbydast personar med "
                   "vesentleg nedsett arbeids- og inntektsevne."],
        },
        "negated": {
            "nb": ["Det er ikke gjennomført noen arbeidsevnevurdering i saken.",
                   "Vi har ikke hatt nok opplysninger til å vurdere arbeidsevnen din nærmere."],
            "nn": ["Vi har ikkje hatt nok opplysningar til å vurdere arbeidsevna di nærare."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har mottatt økonomisk sosialhjelp fra NAV {office} sammenhengende siden {month} {year}.",
                   "Retten din til {benefit} falt bort {date}, og du har ingen annen inntekt.",
                   "Du har ikke rett til dagpenger fordi du ikke har hatt arbeidsinntekt de siste årene. Du forsørges i "
                   "dag av sosialhjelp.",
                   "Husstanden har en samlet inntekt på {amount} i måneden, som er barnetrygd og bostøtte.",
                   "Du har verken inntekt eller formue, og har levd av sosialhjelp i {years} år.",
                   "Du gikk ut av introduksjonsprogrammet i {year} og har siden vært avhengig av økonomisk stønad fra "
                   "NAV.",
                   "Du har en deltidsjobb der du tjener omtrent {amount} i måneden, og det er ikke nok til å forsørge "
                   "deg.",
                   "Din økonomiske situasjon:\n- sosialhjelp siden {year}\n- ingen rett til {benefit}\n- ingen formue"],
            "nn": ["Du har fått økonomisk sosialhjelp frå NAV {office} samanhengande sidan {month} {year}.",
                   "Retten din til {benefit_nn} fall bort {date}, og du har inga anna inntekt.",
                   "Du har verken inntekt eller formue, og har levd av sosialhjelp i {years} år.",
                   "Du har ikkje rett til dagpengar fordi du ikkje har hatt arbeidsinntekt dei siste åra. Du blir i dag "
                   "forsørgd av sosialhjelp."],
        },
        "named": {
            "nb": ["Du har ingen eller svært begrensede ytelser til livsopphold.",
                   "Vilkåret om begrensede ytelser er oppfylt.",
                   "Vi har sett på den økonomiske situasjonen din, og du fyller vilkåret om ytelser.",
                   "Du oppfyller vilkårene i § 29 når det gjelder ytelser til livsopphold."],
            "nn": ["Du har ingen eller svært avgrensa ytingar til livsopphald.",
                   "Vilkåret om avgrensa ytingar er oppfylt."],
        },
        "quoted": {
            "nb": ["Programmet er etter § 29 for personer som har ingen eller svært begrensede ytelser til livsopphold "
                   "etter folketrygdloven og arbeidsmarkedsloven.",
                   "Ytelser etter folketrygdloven kan ha betydning for retten til programmet."],
            "nn": ["Programmet er etter § 29 for personar som har ingen eller svært avgrensa ytingar til livsopphald "
                   "etter folketrygdlova."],
        },
        "negated": {
            "nb": ["Inntektene dine er ikke kartlagt.", "Vi har ikke undersøkt om du har rett til andre ytelser."],
            "nn": ["Inntektene dine er ikkje kartlagde."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Du har vært registrert som arbeidssøker hos NAV siden {year} og har deltatt på {measure} uten å "
                   "komme i jobb. Vi mener derfor at kvalifiseringsprogram er nødvendig og hensiktsmessig for deg.",
                   "Arbeidsevnevurderingen fra {date} konkluderer med at du har behov for spesielt tilpasset innsats.",
                   "Målet ditt er å {goal}. For å nå dette trenger du tett oppfølging over tid, og "
                   "kvalifiseringsprogrammet er det tiltaket som passer best for deg.",
                   "Vanlige arbeidsrettede tiltak har ikke vært nok for deg: du avbrøt {measure} i {year} på grunn av "
                   "sykdom.",
                   "Du har stått utenfor arbeidslivet i {years} år, og ordinære tiltak fra NAV har ikke ført fram. "
                   "Programmet er derfor nødvendig.",
                   "Du har flere ganger søkt jobber uten å bli kalt inn til intervju. Vi mener at du trenger et "
                   "helhetlig program med tett oppfølging for å komme i arbeid."],
            "nn": ["Du har vore registrert som arbeidssøkjar hos NAV sidan {year} og har delteke på {measure_nn} utan å "
                   "kome i jobb. Vi meiner difor at kvalifiseringsprogram er naudsynt og føremålstenleg for deg.",
                   "Arbeidsevnevurderinga frå {date} konkluderer med at du har behov for spesielt tilpassa innsats.",
                   "Målet ditt er å {goal_nn}. For å nå dette treng du tett oppfølging over tid, og "
                   "kvalifiseringsprogrammet er det tiltaket som passar best for deg."],
        },
        "named": {
            "nb": ["Vi mener at kvalifiseringsprogram er et nødvendig og hensiktsmessig tiltak for deg.",
                   "Det er gjort en arbeidsevnevurdering, og programmet anses å være nødvendig og hensiktsmessig.",
                   "Du oppfyller vilkårene i § 29, og programmet er det riktige tiltaket for deg.",
                   "Etter en helhetsvurdering er programmet nødvendig og hensiktsmessig for å styrke dine muligheter "
                   "for arbeid."],
            "nn": ["Vi meiner at kvalifiseringsprogram er eit naudsynt og føremålstenleg tiltak for deg.",
                   "Du oppfyller vilkåra i § 29, og programmet er det rette tiltaket for deg."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogram kan bare gis når programmet etter en arbeidsevnevurdering anses nødvendig og "
                   "hensiktsmessig, jf. § 29 første ledd.",
                   "Programmet skal bidra til å styrke mulighetene for deltakelse i arbeidslivet, jf. "
                   "sosialtjenesteloven § 29."],
            "nn": ["Kvalifiseringsprogram kan berre givast når programmet etter ei arbeidsevnevurdering blir rekna som "
                   "naudsynt og føremålstenleg, jf. § 29 første ledd."],
        },
        "negated": {
            "nb": ["Det er ikke vurdert om programmet er nødvendig og hensiktsmessig for deg.",
                   "Vi har ikke vurdert andre tiltak opp mot kvalifiseringsprogrammet."],
            "nn": ["Det er ikkje vurdert om programmet er naudsynt og føremålstenleg for deg."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Programinnhold:\n- {activity}, {hours} timer i uken\n- {activity2}\n- jevnlige samtaler med "
                   "veilederen din",
                   "Programmet ditt vil bestå av {activity} fra {date}, og senere {activity2}.",
                   "De første {months} månedene skal du delta på {activity}. Deretter er planen {activity2}.",
                   "Vi har avtalt med deg at du starter med {activity} {date}. Du skal også møte på jobbklubb hver "
                   "tirsdag.",
                   "Programmet er satt sammen av:\n1. {activity}\n2. {activity2}\n3. oppfølging fra veileder hver "
                   "fjortende dag",
                   "Du skal være i aktivitet {hours} timer i uka. Mandag til onsdag er du i praksis hos {employer}, og "
                   "torsdag og fredag har du {activity2}."],
            "nn": ["Programinnhald:\n- {activity_nn}, {hours} timar i veka\n- {activity2_nn}\n- jamlege samtalar med "
                   "rettleiaren din",
                   "Programmet ditt vil bestå av {activity_nn} frå {date}, og seinare {activity2_nn}.",
                   "Dei første {months} månadene skal du delta på {activity_nn}. Deretter er planen {activity2_nn}."],
        },
        "named": {
            "nb": ["Vi kan tilby deg et program som er tilpasset dine behov.",
                   "Innholdet i programmet blir avtalt med veilederen din senere.",
                   "Du vil få en individuell plan.",
                   "Programinnhold:\n- fastsettes i samarbeid med deg"],
            "nn": ["Vi kan tilby deg eit program som er tilpassa behova dine.",
                   "Innhaldet i programmet blir avtalt med rettleiaren din seinare."],
        },
        "quoted": {
            "nb": ["Programmet skal inneholde arbeidsrettede tiltak, opplæring og tiltak som forbereder til arbeid, "
                   "jf. sosialtjenesteloven § 30.",
                   "Kommunen må etter § 29 kunne tilby et tilpasset program."],
            "nn": ["Programmet skal innehalde arbeidsretta tiltak, opplæring og tiltak som førebur til arbeid, jf. "
                   "sosialtenestelova § 30."],
        },
        "negated": {
            "nb": ["Innholdet i programmet er ikke avklart ennå.",
                   "Vi har ikke kartlagt hvilke aktiviteter som passer for deg."],
            "nn": ["Innhaldet i programmet er ikkje avklart enno."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Om alder", "Vurdering av alder"], "nn": ["Alder", "Om alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Din arbeidsevne"],
                     "nn": ["Arbeids- og inntektsevne", "Arbeidsevna di"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Økonomi", "Din økonomiske situasjon"],
                 "nn": ["Ytingar til livsopphald", "Økonomien din"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Hvorfor kvalifiseringsprogram?"],
                  "nn": ["Naudsynt og føremålstenleg", "Kvifor kvalifiseringsprogram?"]},
    "program": {"nb": ["Programmet ditt", "Innhold i programmet", "Tilpasset program"],
                "nn": ["Programmet ditt", "Innhaldet i programmet"]},
}

FILLERS = {
    "health": ["kroniske smerter i nakke og skuldre", "en angstlidelse som gjør det vanskelig å være blant folk", "ME",
               "epilepsi", "følger etter et hjerneslag", "alvorlig depresjon", "sterkt nedsatt syn"],
    "health_nn": ["kroniske smerter i nakke og skuldrer", "ei angstliding som gjer det vanskeleg å vere blant folk",
                  "epilepsi", "alvorleg depresjon"],
    "skill": ["kort skolegang fra hjemlandet", "ingen fullført utdanning etter grunnskolen",
              "svake digitale ferdigheter"],
    "skill_nn": ["kort skulegang frå heimlandet", "inga fullført utdanning etter grunnskulen"],
    "work": ["renhold", "lagerarbeid", "servering"],
    "work_nn": ["reinhald", "lagerarbeid", "servering"],
    "benefit": ["arbeidsavklaringspenger", "dagpenger", "introduksjonsstønad", "sykepenger"],
    "benefit_nn": ["arbeidsavklaringspengar", "dagpengar", "introduksjonsstønad"],
    "measure": ["et arbeidsmarkedskurs", "arbeidstrening i en skjermet bedrift", "avklaring hos en tiltaksarrangør"],
    "measure_nn": ["eit arbeidsmarknadskurs", "arbeidstrening i ei skjerma verksemd"],
    "goal": ["ta fagbrev som barne- og ungdomsarbeider", "få fast jobb i butikk", "bli sjåfør"],
    "goal_nn": ["ta fagbrev som barne- og ungdomsarbeidar", "få fast jobb i butikk"],
    "activity": ["norskopplæring ved voksenopplæringen", "arbeidspraksis i en barnehage", "et kurs i truckkjøring",
                 "arbeidstrening på et verksted"],
    "activity2": ["jobbsøkerkurs", "oppfølging av en jobbspesialist", "treningsgruppe med fysioterapeut"],
    "activity_nn": ["norskopplæring ved vaksenopplæringa", "arbeidspraksis i ein barnehage",
                    "arbeidstrening på eit verkstad"],
    "activity2_nn": ["jobbsøkjarkurs", "oppfølging av ein jobbspesialist"],
    "employer": ["en lokal matbutikk", "kommunens driftsavdeling", "et bakeri"],
}
