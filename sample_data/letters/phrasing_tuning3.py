"""Third tuning bank: the held-out bank of the third round, measured once (docs/grounds.md), then used
to develop the vocabulary further. phrasing_heldout.py replaced it.

Same shape as phrasing_dev.py. ``python -m benchmarks.grounds`` (default ``--bank
heldout``) measures on letters written with these phrasings and fillers. The author of
this bank also wrote the vocabulary, so it is not an independent test: wording from
real letters is the test that counts (docs/grounds.md). Earlier held-out banks, each
measured once and then used for development, are phrasing_tuning.py and
phrasing_tuning2.py.
"""

BANK = "tuning3"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Ifølge folkeregisteret er du {age} år.",
                   "Du er {age} år, og det er mange år igjen til pensjonsalder.",
                   "Som {age}-åring er du i målgruppen for programmet når det gjelder alder.",
                   "Du er født {birth_year} og dermed i yrkesaktiv alder."],
            "nn": ["Ifølgje folkeregisteret er du {age} år.",
                   "Du er {age} år, og det er mange år att til pensjonsalder."],
        },
        "named": {
            "nb": ["Når det gjelder alder, oppfyller du vilkåret.", "Alder er ikke til hinder for programmet."],
            "nn": ["Når det gjeld alder, oppfyller du vilkåret."],
        },
        "quoted": {
            "nb": ["Av sosialtjenesteloven § 29 følger det at programmet er for personer i yrkesaktiv alder."],
            "nn": ["Av sosialtenestelova § 29 følgjer det at programmet er for personar i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Vi har ikke opplysninger om alderen din i saken."],
            "nn": ["Vi har ikkje opplysningar om alderen din i saka."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Du har {health} og har ikke klart å beholde jobber over tid. Vi mener at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Arbeidsevnevurderingen viser at du har {skill} og {health}, og at arbeidsevnen din derfor er vesentlig nedsatt.",
                   "Du har ikke vært i jobb siden {year}, blant annet på grunn av {health}. Arbeidsevnen din er vesentlig nedsatt."],
            "nn": ["Du har {health_nn} og har ikkje greidd å halde på jobbar over tid. Vi meiner at arbeids- og inntektsevna di er vesentleg nedsett.",
                   "Du har ikkje vore i jobb sidan {year}, mellom anna på grunn av {health_nn}. Arbeidsevna di er vesentleg nedsett."],
        },
        "named": {
            "nb": ["Vi har konkludert med at arbeidsevnen din er vesentlig nedsatt.",
                   "Arbeids- og inntektsevnen anses som vesentlig nedsatt."],
            "nn": ["Vi har konkludert med at arbeidsevna di er vesentleg nedsett."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogram forutsetter vesentlig nedsatt arbeids- og inntektsevne, jf. sosialtjenesteloven § 29."],
            "nn": ["Kvalifiseringsprogram føreset vesentleg nedsett arbeids- og inntektsevne, jf. sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Arbeidsevnen din er ikke vurdert før vedtaket ble fattet."],
            "nn": ["Arbeidsevna di er ikkje vurdert før vedtaket vart gjort."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har ingen inntekt og har fått økonomisk sosialhjelp hver måned det siste året.",
                   "Retten til {benefit} falt bort i {year}. Du har ikke andre ytelser.",
                   "Du mottar {benefit} på {amount} per måned, som er svært lite å leve av."],
            "nn": ["Du har inga inntekt og har fått økonomisk sosialhjelp kvar månad det siste året.",
                   "Retten til {benefit_nn} fall bort i {year}. Du har ikkje andre ytingar."],
        },
        "named": {
            "nb": ["Dine ytelser til livsopphold er svært begrensede.", "Du fyller vilkåret om begrensede ytelser."],
            "nn": ["Ytingane dine til livsopphald er svært avgrensa."],
        },
        "quoted": {
            "nb": ["Det kreves at søkeren har ingen eller svært begrensede ytelser til livsopphold, jf. § 29."],
            "nn": ["Det krevst at søkjaren har ingen eller svært avgrensa ytingar til livsopphald, jf. § 29."],
        },
        "negated": {
            "nb": ["Vi har ikke innhentet opplysninger om økonomien din."],
            "nn": ["Vi har ikkje henta inn opplysningar om økonomien din."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Etter arbeidsevnevurderingen {date} har du behov for spesielt tilpasset innsats, og vi mener derfor at programmet er nødvendig og hensiktsmessig.",
                   "Du har i lang tid hatt oppfølging fra NAV uten å komme i arbeid, og et mer forpliktende program er derfor nødvendig.",
                   "Vi mener programmet er hensiktsmessig fordi du selv ønsker å {goal} og er motivert for et fulltidsløp."],
            "nn": ["Etter arbeidsevnevurderinga {date} har du behov for særleg tilpassa innsats, og vi meiner difor at programmet er naudsynt og føremålstenleg.",
                   "Vi meiner programmet er føremålstenleg fordi du sjølv ønskjer å {goal_nn}."],
        },
        "named": {
            "nb": ["Kvalifiseringsprogrammet er etter vår vurdering både nødvendig og hensiktsmessig.",
                   "Vi anser programmet som hensiktsmessig for deg."],
            "nn": ["Kvalifiseringsprogrammet er etter vår vurdering både naudsynt og føremålstenleg."],
        },
        "quoted": {
            "nb": ["Programmet kan bare gis dersom det er nødvendig og hensiktsmessig."],
            "nn": ["Programmet kan berre givast dersom det er naudsynt og føremålstenleg."],
        },
        "negated": {
            "nb": ["Om programmet er nødvendig og hensiktsmessig, er ikke vurdert."],
            "nn": ["Om programmet er naudsynt og føremålstenleg, er ikkje vurdert."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Programmet ditt blir {activity} tre dager i uken og {activity2} to dager i uken.",
                   "I programmet inngår {activity} og {activity2}."],
            "nn": ["Programmet ditt blir {activity_nn} tre dagar i veka og {activity2_nn} to dagar i veka.",
                   "I programmet inngår {activity_nn} og {activity2_nn}."],
        },
        "named": {
            "nb": ["Vi har et tilpasset program å tilby deg.", "Programmet blir laget sammen med deg."],
            "nn": ["Vi har eit tilpassa program å tilby deg."],
        },
        "quoted": {
            "nb": ["Kommunen må kunne tilby et tilpasset program, jf. sosialtjenesteloven § 29."],
            "nn": ["Kommunen må kunne tilby eit tilpassa program, jf. sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Innholdet i programmet er ikke fastsatt."],
            "nn": ["Innhaldet i programmet er ikkje fastsett."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Vilkåret om alder"], "nn": ["Vilkåret om alder"]},
    "work_ability": {"nb": ["Vilkåret om nedsatt arbeidsevne"], "nn": ["Vilkåret om nedsett arbeidsevne"]},
    "benefits": {"nb": ["Vilkåret om ytelser"], "nn": ["Vilkåret om ytingar"]},
    "necessity": {"nb": ["Vurdering av behovet for program"], "nn": ["Vurdering av behovet for program"]},
    "program": {"nb": ["Innholdet i programmet ditt"], "nn": ["Innhaldet i programmet ditt"]},
}

FILLERS = {
    "health": ["epilepsi", "en hjerteoperasjon bak deg", "bipolar lidelse", "kroniske magesmerter", "nedsatt syn"],
    "health_nn": ["epilepsi", "bipolar liding", "kroniske magesmerter"],
    "skill": ["kort botid i Norge", "ingen fagutdanning", "lite erfaring med arbeid"],
    "benefit": ["arbeidsavklaringspenger", "dagpenger", "overgangsstønad"],
    "benefit_nn": ["arbeidsavklaringspengar", "dagpengar", "overgangsstønad"],
    "goal": ["bli elektriker", "arbeide i en kantine", "ta truckførerbevis og få jobb på lager"],
    "goal_nn": ["bli elektrikar", "arbeide i ein kantine"],
    "activity": ["arbeidspraksis i en kantine", "norskundervisning", "praksis i kommunens parkvesen"],
    "activity2": ["individuell jobbsøking", "kurs i arbeidsmiljø og sikkerhet"],
    "activity_nn": ["arbeidspraksis i ein kantine", "norskundervisning"],
    "activity2_nn": ["individuell jobbsøking", "kurs i arbeidsmiljø og tryggleik"],
}
