"""Development phrasing bank: the phrasings the vocabulary (audit/grounds/vocabulary.py) was developed on.

Per criterion and kind ("grounds" = the letter says why, for this person; "named" = the
criterion is only named or concluded; "quoted" = the rule is quoted; "negated" = the
letter says it was not assessed), per language (nb, nn), sentence templates with slots
filled from FILLERS. phrasing_heldout.py is a separate bank written apart from this one;
the vocabulary was not tuned on it.
"""

BANK = "dev"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Du er {age} år gammel.", "Du er {age} år og er dermed i yrkesaktiv alder.",
                   "Du er født i {birth_year} og er i yrkesaktiv alder.",
                   "Du fylte {age} år i {month}, og du er innenfor aldersgrensen."],
            "nn": ["Du er {age} år gamal.", "Du er {age} år og er difor i yrkesaktiv alder.",
                   "Du er fødd i {birth_year} og er i yrkesaktiv alder."],
        },
        "named": {
            "nb": ["Du er i yrkesaktiv alder.", "Vi har vurdert alderen din, og du fyller aldersvilkåret."],
            "nn": ["Du er i yrkesaktiv alder.", "Vi har sett på alderen din, og du fyller aldersvilkåret."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 29 må søkeren være i yrkesaktiv alder."],
            "nn": ["Etter sosialtenestelova § 29 må søkjaren vere i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Alderen din er ikke nærmere vurdert i denne saken."],
            "nn": ["Alderen din er ikkje nærare vurdert i denne saka."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Du har vesentlig nedsatt arbeids- og inntektsevne. Du har {health}, og du har ikke vært i arbeid siden {year}.",
                   "Arbeidsevnen din er vesentlig nedsatt fordi du har {health} og {skill}.",
                   "Vi har lagt vekt på at du har {health}, og at du har vært sykmeldt i {months} måneder. Arbeidsevnen din er derfor vesentlig nedsatt."],
            "nn": ["Du har vesentleg nedsett arbeids- og inntektsevne. Du har {health_nn}, og du har ikkje vore i arbeid sidan {year}.",
                   "Arbeidsevna di er vesentleg nedsett fordi du har {health_nn} og {skill_nn}."],
        },
        "named": {
            "nb": ["Du har vesentlig nedsatt arbeids- og inntektsevne.",
                   "Vi vurderer at arbeidsevnen din er vesentlig nedsatt."],
            "nn": ["Du har vesentleg nedsett arbeids- og inntektsevne.",
                   "Vi vurderer at arbeidsevna di er vesentleg nedsett."],
        },
        "quoted": {
            "nb": ["Det er et vilkår at søkeren har vesentlig nedsatt arbeids- og inntektsevne, jf. sosialtjenesteloven § 29."],
            "nn": ["Det er eit vilkår at søkjaren har vesentleg nedsett arbeids- og inntektsevne, jf. sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Arbeidsevnen din er ikke kartlagt."],
            "nn": ["Arbeidsevna di er ikkje kartlagd."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har ingen andre ytelser til livsopphold. Du har mottatt økonomisk sosialhjelp siden {year}.",
                   "Du har brukt opp retten til {benefit}, og du mottar nå sosialhjelp på {amount} i måneden.",
                   "Du har svært begrensede ytelser: du har {amount} i måneden i {benefit}."],
            "nn": ["Du har ingen andre ytingar til livsopphald. Du har fått økonomisk sosialhjelp sidan {year}.",
                   "Du har brukt opp retten til {benefit_nn}, og du får no sosialhjelp på {amount} i månaden."],
        },
        "named": {
            "nb": ["Du har ingen eller svært begrensede ytelser til livsopphold."],
            "nn": ["Du har ingen eller svært avgrensa ytingar til livsopphald."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 29 er det et vilkår at søkeren har ingen eller svært begrensede ytelser til livsopphold."],
            "nn": ["Etter sosialtenestelova § 29 er det eit vilkår at søkjaren har ingen eller svært avgrensa ytingar til livsopphald."],
        },
        "negated": {
            "nb": ["Vi har ikke undersøkt om du har rett til andre ytelser."],
            "nn": ["Vi har ikkje undersøkt om du har rett til andre ytingar."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Arbeidsevnevurderingen fra {date} viser at du har behov for spesielt tilpasset innsats. Programmet er derfor nødvendig og hensiktsmessig for deg.",
                   "Programmet er nødvendig og hensiktsmessig fordi du tidligere har prøvd {measure} uten å komme i arbeid.",
                   "Målet ditt er å {goal}, og vi mener programmet er nødvendig for at du skal nå målet."],
            "nn": ["Arbeidsevnevurderinga frå {date} viser at du treng særleg tilpassa innsats. Programmet er difor naudsynt og føremålstenleg for deg.",
                   "Programmet er naudsynt og føremålstenleg fordi du tidlegare har prøvd {measure_nn} utan å kome i arbeid."],
        },
        "named": {
            "nb": ["Vi mener at kvalifiseringsprogram er nødvendig og hensiktsmessig for deg.",
                   "Etter en helhetsvurdering er programmet nødvendig og hensiktsmessig."],
            "nn": ["Vi meiner at kvalifiseringsprogram er naudsynt og føremålstenleg for deg."],
        },
        "quoted": {
            "nb": ["Programmet skal være nødvendig og hensiktsmessig for å styrke mulighetene for deltakelse i arbeidslivet, jf. § 29."],
            "nn": ["Programmet skal vere naudsynt og føremålstenleg for å styrkje moglegheitene for deltaking i arbeidslivet, jf. § 29."],
        },
        "negated": {
            "nb": ["Det er ikke gjennomført en arbeidsevnevurdering, men vi legger til grunn at programmet er nødvendig."],
            "nn": ["Det er ikkje gjennomført ei arbeidsevnevurdering, men vi legg til grunn at programmet er naudsynt."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Programmet ditt består av {activity} og {activity2}.",
                   "Vi kan tilby deg et tilpasset program med {activity}, {hours} timer i uken."],
            "nn": ["Programmet ditt består av {activity_nn} og {activity2_nn}.",
                   "Vi kan tilby deg eit tilpassa program med {activity_nn}, {hours} timar i veka."],
        },
        "named": {
            "nb": ["Du får et program som er tilpasset dine behov.", "Vi kan tilby deg et tilpasset program."],
            "nn": ["Du får eit program som er tilpassa behova dine.", "Vi kan tilby deg eit tilpassa program."],
        },
        "quoted": {
            "nb": ["Kommunen skal kunne tilby et tilpasset program, jf. sosialtjenesteloven § 29."],
            "nn": ["Kommunen skal kunne tilby eit tilpassa program, jf. sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Innholdet i programmet er ikke avklart ennå."],
            "nn": ["Innhaldet i programmet er ikkje avklart enno."],
        },
    },
}

# Headings used when a letter is written in sections.
HEADINGS = {
    "age": {"nb": ["Alder", "Aldersvilkåret"], "nn": ["Alder"]},
    "work_ability": {"nb": ["Nedsatt arbeidsevne", "Arbeids- og inntektsevne"], "nn": ["Nedsett arbeidsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold"], "nn": ["Ytingar til livsopphald"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig"], "nn": ["Naudsynt og føremålstenleg"]},
    "program": {"nb": ["Tilpasset program", "Innholdet i programmet"], "nn": ["Tilpassa program"]},
}

FILLERS = {
    "health": ["langvarige ryggsmerter", "angst og depresjon", "en skade i skulderen", "diabetes som ikke er godt regulert",
               "psykiske helseplager"],
    "health_nn": ["langvarige ryggsmerter", "angst og depresjon", "ein skade i skuldra", "psykiske helseplager"],
    "skill": ["lite arbeidserfaring", "svake norskferdigheter", "ingen fullført utdanning"],
    "skill_nn": ["lite arbeidserfaring", "svake norskkunnskapar", "inga fullført utdanning"],
    "benefit": ["dagpenger", "arbeidsavklaringspenger", "sykepenger"],
    "benefit_nn": ["dagpengar", "arbeidsavklaringspengar", "sjukepengar"],
    "measure": ["arbeidstrening", "jobbsøkerkurs", "avklaringstiltak"],
    "measure_nn": ["arbeidstrening", "jobbsøkjarkurs"],
    "goal": ["bli barne- og ungdomsarbeider", "få fast jobb i butikk", "ta fagbrev som kokk"],
    "activity": ["arbeidspraksis i en barnehage", "norskopplæring", "jobbsøkerkurs", "arbeidstrening på et lager"],
    "activity2": ["oppfølgingssamtaler med veileder", "fysisk trening", "jobbsøking"],
    "activity_nn": ["arbeidspraksis i ein barnehage", "norskopplæring", "arbeidstrening på eit lager"],
    "activity2_nn": ["oppfølgingssamtalar med rettleiar", "fysisk trening", "jobbsøking"],
}
