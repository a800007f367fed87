"""Second tuning bank: written as the held-out bank after the vocabulary was frozen and measured
once (docs/grounds.md); then used to develop the vocabulary further. phrasing_heldout.py replaced it.

Same shape as phrasing_dev.py. ``python -m benchmarks.grounds`` (default ``--bank
heldout``) measures on letters written with these phrasings and fillers. The author of
this bank also wrote the vocabulary, so it is not an independent test: wording from
real letters is the test that counts (docs/grounds.md).
"""

BANK = "tuning2"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Du fyller {age} år i år og er dermed mellom 18 og 67 år.",
                   "Vi har registrert at du er {age} år.",
                   "Du er en {age} år gammel kvinne som har bodd i kommunen siden {year}.",
                   "Født {birth_year}, og altså i yrkesaktiv alder."],
            "nn": ["Du fyller {age} år i år og er såleis mellom 18 og 67 år.",
                   "Vi har registrert at du er {age} år."],
        },
        "named": {
            "nb": ["Alderen din er innenfor det som kreves.", "Du er ikke for ung eller for gammel til å delta."],
            "nn": ["Alderen din er innanfor det som krevst."],
        },
        "quoted": {
            "nb": ["Sosialtjenesteloven § 29 stiller krav om at deltakeren er i yrkesaktiv alder."],
            "nn": ["Sosialtenestelova § 29 stiller krav om at deltakaren er i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Det er ikke dokumentert hvor gammel du er."],
            "nn": ["Det er ikkje dokumentert kor gamal du er."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Du har {health}, og fastlegen din mener at du ikke kan jobbe fullt nå. Arbeidsevnen din er derfor vesentlig nedsatt.",
                   "Du har vært borte fra arbeidslivet i {years} år og har {skill}, noe som gjør at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Arbeidsevnen er nedsatt på grunn av {health}."],
            "nn": ["Du har {health_nn}, og fastlegen din meiner at du ikkje kan jobbe fullt no. Arbeidsevna di er difor vesentleg nedsett.",
                   "Arbeidsevna er nedsett på grunn av {health_nn}."],
        },
        "named": {
            "nb": ["Du har en arbeidsevne som er vesentlig nedsatt.", "Vi anser at arbeidsevnen er nedsatt i vesentlig grad."],
            "nn": ["Du har ei arbeidsevne som er vesentleg nedsett."],
        },
        "quoted": {
            "nb": ["Etter § 29 kreves vesentlig nedsatt arbeids- og inntektsevne."],
            "nn": ["Etter § 29 krevst vesentleg nedsett arbeids- og inntektsevne."],
        },
        "negated": {
            "nb": ["Det foreligger ingen vurdering av arbeidsevnen din."],
            "nn": ["Det ligg ikkje føre noka vurdering av arbeidsevna di."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har ikke rett til dagpenger eller arbeidsavklaringspenger, og har hatt sosialhjelp som eneste inntekt siden {year}.",
                   "Livsoppholdet ditt dekkes i dag av økonomisk stønad fra NAV-kontoret, i snitt {amount} i måneden.",
                   "Du har ingen lønn, og ektefellen din mottar {benefit}."],
            "nn": ["Du har ikkje rett til dagpengar eller arbeidsavklaringspengar, og har hatt sosialhjelp som einaste inntekt sidan {year}.",
                   "Livsopphaldet ditt blir i dag dekt av økonomisk stønad frå NAV-kontoret."],
        },
        "named": {
            "nb": ["Du har ikke andre ytelser som du kan leve av.", "Vilkåret om begrensede ytelser anses oppfylt."],
            "nn": ["Du har ikkje andre ytingar som du kan leve av."],
        },
        "quoted": {
            "nb": ["Loven krever at søkeren ikke har, eller bare har svært begrensede, ytelser til livsopphold."],
            "nn": ["Lova krev at søkjaren ikkje har, eller berre har svært avgrensa, ytingar til livsopphald."],
        },
        "negated": {
            "nb": ["Vi har ikke sjekket hvilke ytelser du har."],
            "nn": ["Vi har ikkje sjekka kva ytingar du har."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Arbeidsevnevurderingen datert {date} konkluderer med at du trenger varig tilpasset innsats, og programmet er derfor nødvendig.",
                   "Du har vært med på {measure} tidligere, men det har ikke gitt jobb. Vi vurderer derfor kvalifiseringsprogram som nødvendig og hensiktsmessig.",
                   "Programmet er nødvendig fordi målet ditt om å {goal} krever tett oppfølging over lang tid."],
            "nn": ["Arbeidsevnevurderinga datert {date} konkluderer med at du treng varig tilpassa innsats, og programmet er difor naudsynt.",
                   "Programmet er naudsynt fordi målet ditt om å {goal_nn} krev tett oppfølging over lang tid."],
        },
        "named": {
            "nb": ["Programmet vurderes som nødvendig og hensiktsmessig.", "KVP er et nødvendig tiltak for deg."],
            "nn": ["Programmet blir vurdert som naudsynt og føremålstenleg."],
        },
        "quoted": {
            "nb": ["Et vilkår etter § 29 er at programmet er nødvendig og hensiktsmessig."],
            "nn": ["Eit vilkår etter § 29 er at programmet er naudsynt og føremålstenleg."],
        },
        "negated": {
            "nb": ["Vi har ikke gjort noen arbeidsevnevurdering før vedtaket."],
            "nn": ["Vi har ikkje gjort noka arbeidsevnevurdering før vedtaket."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Programmet ditt skal inneholde {activity} og {activity2}, til sammen {hours} timer i uken.",
                   "Du skal begynne med {activity}, og senere {activity2}."],
            "nn": ["Programmet ditt skal innehalde {activity_nn} og {activity2_nn}, til saman {hours} timar i veka.",
                   "Du skal byrje med {activity_nn}, og seinare {activity2_nn}."],
        },
        "named": {
            "nb": ["Vi har et program som passer for deg.", "Programmet blir tilpasset deg."],
            "nn": ["Vi har eit program som passar for deg."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 29 skal kommunen kunne tilby et tilpasset program."],
            "nn": ["Etter sosialtenestelova § 29 skal kommunen kunne tilby eit tilpassa program."],
        },
        "negated": {
            "nb": ["Vi har ikke planlagt innholdet i programmet ennå."],
            "nn": ["Vi har ikkje planlagt innhaldet i programmet enno."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alderen din"], "nn": ["Alderen din"]},
    "work_ability": {"nb": ["Arbeidsevnen din"], "nn": ["Arbeidsevna di"]},
    "benefits": {"nb": ["Ytelser og inntekt"], "nn": ["Ytingar og inntekt"]},
    "necessity": {"nb": ["Er programmet nødvendig?"], "nn": ["Er programmet naudsynt?"]},
    "program": {"nb": ["Programmet ditt"], "nn": ["Programmet ditt"]},
}

FILLERS = {
    "health": ["en hjerneslag-diagnose", "kronisk utmattelse", "astma og allergi", "sosial angst", "ADHD"],
    "health_nn": ["kronisk utmatting", "astma og allergi", "sosial angst"],
    "skill": ["lite formell utdanning", "lite norsk", "liten erfaring fra norsk arbeidsliv"],
    "benefit": ["uføretrygd", "arbeidsavklaringspenger"],
    "measure": ["et tiltak for arbeidsforberedende trening", "jobbklubb", "et språkkurs"],
    "goal": ["bli lagerarbeider", "bli frisør", "jobbe i et hotell"],
    "goal_nn": ["bli lagerarbeidar", "jobbe på eit hotell"],
    "activity": ["språkpraksis i en matbutikk", "et kurs i digitale ferdigheter", "praksis på et sykehjem"],
    "activity2": ["jobbsøking med veileder", "trening på treningssenter to ganger i uken"],
    "activity_nn": ["språkpraksis i ein matbutikk", "praksis på ein sjukeheim"],
    "activity2_nn": ["jobbsøking med rettleiar", "trening to gonger i veka"],
}
