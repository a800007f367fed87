"""Tuning phrasing bank: written apart from phrasing_dev.py as the first held-out bank; measured once
(docs/grounds.md), then used to develop the vocabulary further. phrasing_heldout.py replaced it.

Same shape as phrasing_dev.py. ``python -m benchmarks.grounds`` measures on letters
written with these phrasings (and these fillers), so the figures say how the declared
vocabulary does on wording it has not seen.
"""

BANK = "tuning"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Ut fra opplysningene i saken er du nå {age} år.",
                   "Siden du ble {age} år i {year}, er du i yrkesaktiv alder.",
                   "Med fødselsår {birth_year} er du innenfor aldersgruppen programmet gjelder.",
                   "Søkeren er {age} år gammel og er ikke pensjonist."],
            "nn": ["Ut frå opplysningane i saka er du no {age} år.",
                   "Sidan du vart {age} år i {year}, er du i yrkesaktiv alder.",
                   "Søkjaren er {age} år gamal."],
        },
        "named": {
            "nb": ["Aldersvilkåret er oppfylt.", "Du er i den alderen som gjelder for programmet."],
            "nn": ["Aldersvilkåret er oppfylt.", "Du er i den alderen som gjeld for programmet."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogram er for personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 første ledd."],
            "nn": ["Kvalifiseringsprogram er for personar i yrkesaktiv alder, jf. sosialtenestelova § 29 første ledd."],
        },
        "negated": {
            "nb": ["Vi har ikke tatt stilling til alderen din."],
            "nn": ["Vi har ikkje teke stilling til alderen din."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["I samtalene med oss har du fortalt at {health} gjør at du ikke klarer å stå i en vanlig jobb, og du har ikke hatt lønnet arbeid de siste {years} årene. Vi mener derfor at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Legeerklæringen datert {date} beskriver {health}. Sammen med {skill} gjør dette at evnen din til å forsørge deg selv gjennom arbeid er betydelig redusert.",
                   "Du kom til Norge i {year} og har {skill}. Dette er hovedgrunnen til at arbeidsevnen din er nedsatt."],
            "nn": ["Du har fortalt oss at {health_nn} gjer at du ikkje greier ein vanleg jobb, og du har ikkje hatt løna arbeid dei siste {years} åra. Arbeids- og inntektsevna di er difor vesentleg nedsett.",
                   "Du kom til Noreg i {year} og har {skill_nn}. Dette er hovudgrunnen til at arbeidsevna di er nedsett."],
        },
        "named": {
            "nb": ["Vilkåret om nedsatt arbeidsevne er oppfylt.",
                   "Etter vår vurdering er arbeids- og inntektsevnen din vesentlig redusert."],
            "nn": ["Vilkåret om nedsett arbeidsevne er oppfylt.",
                   "Etter vår vurdering er arbeids- og inntektsevna di vesentleg redusert."],
        },
        "quoted": {
            "nb": ["Målgruppen er personer med vesentlig nedsatt arbeids- og inntektsevne, jf. sosialtjenesteloven § 29."],
            "nn": ["Målgruppa er personar med vesentleg nedsett arbeids- og inntektsevne, jf. sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Vi har ikke hatt grunnlag for å vurdere arbeidsevnen din nærmere."],
            "nn": ["Vi har ikkje hatt grunnlag for å vurdere arbeidsevna di nærare."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Familien lever i dag av sosialhjelp, og du har ikke krav på andre ytelser fra NAV.",
                   "Perioden med {benefit} ble avsluttet {date}, og siden da har du ikke hatt inntekt å leve av.",
                   "Du har en liten deltidsjobb som gir om lag {amount} i måneden. Dette er ikke nok til livsopphold."],
            "nn": ["Familien lever i dag av sosialhjelp, og du har ikkje krav på andre ytingar frå NAV.",
                   "Perioden med {benefit_nn} vart avslutta {date}, og sidan då har du ikkje hatt inntekt å leve av."],
        },
        "named": {
            "nb": ["Vilkåret om ingen eller svært begrensede ytelser er oppfylt.",
                   "Du har ikke tilstrekkelige ytelser til å dekke livsoppholdet ditt."],
            "nn": ["Vilkåret om ingen eller svært avgrensa ytingar er oppfylt.",
                   "Du har ikkje tilstrekkelege ytingar til å dekkje livsopphaldet ditt."],
        },
        "quoted": {
            "nb": ["Programmet gis til personer som ikke har eller har svært begrensede ytelser etter folketrygdloven, jf. sosialtjenesteloven § 29."],
            "nn": ["Programmet blir gitt til personar som ikkje har eller har svært avgrensa ytingar etter folketrygdlova, jf. sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Vi mangler opplysninger om inntekten din."],
            "nn": ["Vi manglar opplysningar om inntekta di."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["I arbeidsevnevurderingen som ble ferdigstilt {date}, kom vi fram til at du trenger tett og langvarig bistand. Ordinære tiltak har ikke ført fram, og programmet er derfor både nødvendig og hensiktsmessig.",
                   "Du har tidligere deltatt på {measure} hos NAV uten at det ga varig effekt. Vi mener derfor at kvalifiseringsprogram er det riktige tilbudet for deg.",
                   "Du ønsker å {goal}. For å komme dit trenger du et helhetlig og forpliktende løp, og programmet er derfor nødvendig."],
            "nn": ["I arbeidsevnevurderinga som vart ferdigstilt {date}, kom vi fram til at du treng tett og langvarig hjelp. Ordinære tiltak har ikkje ført fram, og programmet er difor både naudsynt og føremålstenleg.",
                   "Du ønskjer å {goal_nn}. For å kome dit treng du eit heilskapleg løp, og programmet er difor naudsynt."],
        },
        "named": {
            "nb": ["Vi har kommet til at programmet er nødvendig og hensiktsmessig i din situasjon.",
                   "Kvalifiseringsprogram anses som et egnet tiltak for deg."],
            "nn": ["Vi har kome til at programmet er naudsynt og føremålstenleg i din situasjon."],
        },
        "quoted": {
            "nb": ["Det følger av § 29 at programmet må være nødvendig og hensiktsmessig etter en arbeidsevnevurdering."],
            "nn": ["Det følgjer av § 29 at programmet må vere naudsynt og føremålstenleg etter ei arbeidsevnevurdering."],
        },
        "negated": {
            "nb": ["Arbeidsevnevurdering er ikke gjort i saken."],
            "nn": ["Arbeidsevnevurdering er ikkje gjort i saka."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["De første månedene skal du {activity}. Deretter er planen {activity2}.",
                   "Vi har avtalt at du starter med {activity} hos {employer}, tre dager i uka, og at du følger {activity2} resten av tiden."],
            "nn": ["Dei første månadene skal du {activity_nn}. Deretter er planen {activity2_nn}.",
                   "Vi har avtalt at du startar med {activity_nn} hos {employer}, tre dagar i veka."],
        },
        "named": {
            "nb": ["Vi kan gi deg et program som passer for deg.", "Programmet vil bli utformet i samarbeid med deg."],
            "nn": ["Vi kan gi deg eit program som passar for deg.", "Programmet vil bli utforma i samarbeid med deg."],
        },
        "quoted": {
            "nb": ["Etter loven skal programmet være tilpasset den enkeltes behov og forutsetninger."],
            "nn": ["Etter lova skal programmet vere tilpassa behova og føresetnadene til den enkelte."],
        },
        "negated": {
            "nb": ["Hva programmet skal inneholde, er ikke bestemt."],
            "nn": ["Kva programmet skal innehalde, er ikkje bestemt."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Om alderen din"], "nn": ["Om alderen din"]},
    "work_ability": {"nb": ["Om arbeidsevnen din"], "nn": ["Om arbeidsevna di"]},
    "benefits": {"nb": ["Om økonomien din"], "nn": ["Om økonomien din"]},
    "necessity": {"nb": ["Hvorfor kvalifiseringsprogram"], "nn": ["Kvifor kvalifiseringsprogram"]},
    "program": {"nb": ["Hva programmet skal inneholde"], "nn": ["Kva programmet skal innehalde"]},
}

FILLERS = {
    "health": ["kroniske hodepiner", "en revmatisk sykdom", "en tidligere rusavhengighet", "PTSD etter krigsopplevelser",
               "nedsatt hørsel"],
    "health_nn": ["kroniske hovudpiner", "ein revmatisk sjukdom", "ein tidlegare rusavhengnad"],
    "skill": ["kort skolegang fra hjemlandet", "begrensede norskkunnskaper", "ingen formell kompetanse"],
    "skill_nn": ["kort skulegang frå heimlandet", "avgrensa norskkunnskapar"],
    "benefit": ["arbeidsavklaringspenger", "dagpenger", "introduksjonsstønad"],
    "benefit_nn": ["arbeidsavklaringspengar", "dagpengar", "introduksjonsstønad"],
    "measure": ["avklaring", "et arbeidsmarkedskurs", "oppfølging fra NAV i to år"],
    "goal": ["jobbe som helsefagarbeider", "få en fast stilling i renhold", "kjøre buss"],
    "goal_nn": ["jobbe som helsefagarbeidar", "få fast stilling i reinhald"],
    "activity": ["være i arbeidspraksis", "gå på norskkurs med vekt på arbeidslivsnorsk", "delta i et jobbverksted"],
    "activity2": ["et kurs i truckførerbevis", "søke jobber med støtte fra en jobbspesialist", "praksis med lønnstilskudd"],
    "activity_nn": ["vere i arbeidspraksis", "gå på norskkurs", "delta i eit jobbverkstad"],
    "activity2_nn": ["eit kurs for truckførarbevis", "søkje jobbar med støtte frå ein jobbspesialist"],
    "employer": ["Rema 1000", "en kommunal barnehage", "Fretex", "et bilverksted"],
}
