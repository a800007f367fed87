"""Fourth tuning bank: the held-out bank of the fourth round (until December 2026), measured
once (docs/grounds.md, round 4), then moved into development. phrasing_heldout.py replaced it.

Same shape as phrasing_dev.py. It leans on other registers: third person («søker»),
short «vilkår: vurdering» lines, and a plainer spoken style. Earlier held-out banks,
each measured once and then used for development, are phrasing_tuning.py,
phrasing_tuning2.py and phrasing_tuning3.py.
"""

BANK = "tuning4"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Alder: Søker er {age} år.", "Søker er født i {birth_year} og er {age} år på vedtakstidspunktet.",
                   "Du har fylt {age} år og er langt unna pensjonsalderen."],
            "nn": ["Alder: Søkjar er {age} år.", "Søkjar er fødd i {birth_year} og er {age} år når vedtaket blir gjort."],
        },
        "named": {
            "nb": ["Alder: Oppfylt.", "Søker er i yrkesaktiv alder."],
            "nn": ["Alder: Oppfylt.", "Søkjar er i yrkesaktiv alder."],
        },
        "quoted": {
            "nb": ["Etter lovens § 29 er programmet for personer i yrkesaktiv alder."],
            "nn": ["Etter § 29 i lova er programmet for personar i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Alder er ikke vurdert."],
            "nn": ["Alder er ikkje vurdert."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Arbeids- og inntektsevne: Søker har {health} og har ikke vært i ordinært arbeid på {years} år. Søkers arbeidsevne er derfor vesentlig nedsatt.",
                   "Du forteller at {health} gjør hverdagen vanskelig, og at du ikke har klart å fullføre tidligere tiltak. Arbeidsevnen din er vesentlig nedsatt.",
                   "Søkers arbeidsevne er vesentlig nedsatt som følge av {health} og {skill}."],
            "nn": ["Arbeids- og inntektsevne: Søkjar har {health_nn} og har ikkje vore i ordinært arbeid på {years} år. Arbeidsevna til søkjar er difor vesentleg nedsett.",
                   "Arbeidsevna til søkjar er vesentleg nedsett som følgje av {health_nn} og {skill_nn}."],
        },
        "named": {
            "nb": ["Arbeids- og inntektsevne: Vesentlig nedsatt.", "Søkers arbeidsevne vurderes som vesentlig nedsatt."],
            "nn": ["Arbeids- og inntektsevne: Vesentleg nedsett."],
        },
        "quoted": {
            "nb": ["Loven krever at arbeids- og inntektsevnen er vesentlig nedsatt."],
            "nn": ["Lova krev at arbeids- og inntektsevna er vesentleg nedsett."],
        },
        "negated": {
            "nb": ["Arbeids- og inntektsevne: Ikke vurdert."],
            "nn": ["Arbeids- og inntektsevne: Ikkje vurdert."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Ytelser: Søker mottar supplerende sosialhjelp og har ingen andre inntekter etter at {benefit} ble stanset i {year}.",
                   "Du lever av sosialhjelp, og har gjort det i {years} år.",
                   "Søker har {amount} i måneden fra en deltidsstilling og får resten av livsoppholdet dekket med sosialhjelp."],
            "nn": ["Ytingar: Søkjar får supplerande sosialhjelp og har inga anna inntekt etter at {benefit_nn} vart stansa i {year}.",
                   "Du lever av sosialhjelp, og har gjort det i {years} år."],
        },
        "named": {
            "nb": ["Ytelser: Ingen eller svært begrensede.", "Søker har svært begrensede ytelser til livsopphold."],
            "nn": ["Ytingar: Ingen eller svært avgrensa."],
        },
        "quoted": {
            "nb": ["Det er et vilkår for programmet at søker har ingen eller svært begrensede ytelser til livsopphold."],
            "nn": ["Det er eit vilkår for programmet at søkjar har ingen eller svært avgrensa ytingar til livsopphald."],
        },
        "negated": {
            "nb": ["Ytelser: Ikke undersøkt."],
            "nn": ["Ytingar: Ikkje undersøkt."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Nødvendig og hensiktsmessig: Arbeidsevnevurdering av {date} viser behov for spesielt tilpasset innsats. Søker har prøvd {measure} uten resultat.",
                   "Du har sagt at du ønsker å {goal}, og vi mener at programmet er nødvendig for å nå dette målet.",
                   "Søker har vært registrert som arbeidssøker i flere år uten å få jobb, og programmet anses derfor som nødvendig og hensiktsmessig."],
            "nn": ["Naudsynt og føremålstenleg: Arbeidsevnevurdering av {date} viser behov for særleg tilpassa innsats. Søkjar har prøvd {measure} utan resultat.",
                   "Du har sagt at du ønskjer å {goal_nn}, og vi meiner at programmet er naudsynt for å nå dette målet."],
        },
        "named": {
            "nb": ["Nødvendig og hensiktsmessig: Ja.", "Programmet anses som nødvendig og hensiktsmessig for søker."],
            "nn": ["Naudsynt og føremålstenleg: Ja."],
        },
        "quoted": {
            "nb": ["Programmet må etter loven være nødvendig og hensiktsmessig for å styrke søkers muligheter for arbeid."],
            "nn": ["Programmet må etter lova vere naudsynt og føremålstenleg for å styrkje moglegheitene til søkjar for arbeid."],
        },
        "negated": {
            "nb": ["Nødvendig og hensiktsmessig: Ikke vurdert."],
            "nn": ["Naudsynt og føremålstenleg: Ikkje vurdert."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Programinnhold: {activity} og {activity2}, {hours} timer per uke.",
                   "Du skal først være {activity_place} i tre måneder, og etter det {activity2}."],
            "nn": ["Programinnhald: {activity_nn} og {activity2_nn}, {hours} timar per veke.",
                   "Du skal fyrst vere {activity_place_nn} i tre månader, og etter det {activity2_nn}."],
        },
        "named": {
            "nb": ["Programinnhold: Tilpasses søker.", "Søker får et program tilpasset sine behov."],
            "nn": ["Programinnhald: Blir tilpassa søkjar."],
        },
        "quoted": {
            "nb": ["Kommunen skal etter loven kunne tilby søker et tilpasset program."],
            "nn": ["Kommunen skal etter lova kunne tilby søkjar eit tilpassa program."],
        },
        "negated": {
            "nb": ["Programinnhold: Ikke avklart."],
            "nn": ["Programinnhald: Ikkje avklart."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Vilkår 1: alder"], "nn": ["Vilkår 1: alder"]},
    "work_ability": {"nb": ["Vilkår 2: arbeidsevne"], "nn": ["Vilkår 2: arbeidsevne"]},
    "benefits": {"nb": ["Vilkår 3: ytelser"], "nn": ["Vilkår 3: ytingar"]},
    "necessity": {"nb": ["Vilkår 4: nødvendig og hensiktsmessig"], "nn": ["Vilkår 4: naudsynt og føremålstenleg"]},
    "program": {"nb": ["Vilkår 5: tilpasset program"], "nn": ["Vilkår 5: tilpassa program"]},
}

FILLERS = {
    "health": ["en alvorlig spiseforstyrrelse", "migrene flere dager i uken", "en lungesykdom", "muskelsmerter i hele kroppen",
               "en hjerneskade etter en trafikkulykke"],
    "health_nn": ["migrene fleire dagar i veka", "ein lungesjukdom", "muskelsmerter i heile kroppen"],
    "skill": ["manglende grunnskole", "svake lese- og skriveferdigheter"],
    "skill_nn": ["manglande grunnskule", "svake lese- og skriveferdigheiter"],
    "benefit": ["arbeidsavklaringspengene", "dagpengene", "sykepengene"],
    "benefit_nn": ["arbeidsavklaringspengane", "dagpengane"],
    "measure": ["arbeidsrettet rehabilitering", "en lønnstilskuddsplass", "jobbklubb"],
    "goal": ["bli renholder", "komme i arbeid i helsesektoren", "jobbe med barn"],
    "goal_nn": ["bli reinhaldar", "jobbe med born"],
    "activity": ["arbeidspraksis på et bakeri", "norskkurs", "kurs i jobbsøking"],
    "activity2": ["oppfølging av jobbspesialist", "helsefremmende aktiviteter"],
    "activity_nn": ["arbeidspraksis på eit bakeri", "norskkurs"],
    "activity2_nn": ["oppfølging av jobbspesialist", "helsefremjande aktivitetar"],
    "activity_place": ["i praksis i en dagligvarebutikk", "på et arbeidstreningssenter"],
    "activity_place_nn": ["i praksis i ein daglegvarebutikk", "på eit arbeidstreningssenter"],
}
