"""Development bank tuning7: the held-out bank of round 7, written and committed after round 6 was
measured and before the vocabulary changed again; measured once as the held-out bank (docs/grounds.md),
then, in round 8, after a new held-out bank was committed, used to develop the decision rule.

Same shape as phrasing_dev.py; a phrasing with line breaks is a paragraph followed by
more paragraphs (a lead-in line and its list items, here with «•» bullets).
``python -m benchmarks.grounds --bank tuning7`` measures on letters written
with these phrasings and fillers. It leans on a plainer register: «vi har lagt vekt på»,
«du sliter med», abbreviations (AAP), reasons given before or after the conclusion,
«redusert» for «nedsatt», a plan for the first months in a bulleted list, and legal
definitions quoted («med vesentlig nedsatt arbeidsevne menes …»). The same person wrote
the vocabulary and this bank, so it is not an independent test: wording from real letters
is the test that counts (docs/grounds.md). Earlier held-out banks, each measured once and
then used for development, are phrasing_tuning.py … phrasing_tuning6.py.
"""

BANK = "tuning7"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Du fylte {age} år tidligere i år.",
                   "Ettersom du er {age} år, er du i yrkesaktiv alder.",
                   "Søker er en {age} år gammel mann.",
                   "Du er i yrkesaktiv alder ({age} år)."],
            "nn": ["Du fylte {age} år tidlegare i år.",
                   "Sidan du er {age} år, er du i yrkesaktiv alder.",
                   "Du er i yrkesaktiv alder ({age} år)."],
        },
        "named": {
            "nb": ["Du er innenfor aldersgrensene for kvalifiseringsprogram.", "Aldersvilkåret er innfridd.",
                   "Vi har sett at du er gammel nok til å delta, og ikke for gammel."],
            "nn": ["Du er innanfor aldersgrensene for kvalifiseringsprogram.", "Aldersvilkåret er innfridd."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogram gis til personer mellom 18 og 67 år, jf. sosialtjenesteloven § 29.",
                   "Loven setter som vilkår at søkeren er i yrkesaktiv alder."],
            "nn": ["Kvalifiseringsprogram blir gitt til personar mellom 18 og 67 år, jf. sosialtenestelova § 29."],
        },
        "negated": {
            "nb": ["Vi mangler opplysninger om alderen din."],
            "nn": ["Vi manglar opplysningar om alderen din."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Du har ikke vært i jobb på mange år. Du sliter med {health}, og du har {skill}. Derfor mener vi at "
                   "arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Opplysninger vi har lagt vekt på om arbeidsevnen din:\n• legeerklæring fra {date} om {health}\n"
                   "• {skill}\n• lang tid uten arbeid",
                   "Arbeidsevnen din er vesentlig nedsatt. Vi har lagt vekt på at du har {health}, og at du aldri har "
                   "hatt en fast jobb.",
                   "Du fikk {health} i {year} og har siden ikke klart å jobbe mer enn noen timer i uken. Inntektsevnen "
                   "din er dermed vesentlig redusert.",
                   "Etter AAP-perioden har du fortsatt store plager med {health}, og arbeidsevnen er vesentlig nedsatt."],
            "nn": ["Du har ikkje vore i jobb på mange år. Du slit med {health_nn}, og du har {skill_nn}. Difor meiner vi "
                   "at arbeids- og inntektsevna di er vesentleg nedsett.",
                   "Arbeidsevna di er vesentleg nedsett. Vi har lagt vekt på at du har {health_nn}, og at du aldri har "
                   "hatt fast jobb.",
                   "Du fekk {health_nn} i {year} og har sidan ikkje klart å jobbe meir enn nokre timar i veka. "
                   "Inntektsevna di er dermed vesentleg redusert."],
        },
        "named": {
            "nb": ["Vi har kommet fram til at arbeidsevnen din er vesentlig nedsatt.",
                   "Arbeids- og inntektsevnen din er vesentlig redusert, og vilkåret er oppfylt.",
                   "Du fyller vilkåret om nedsatt arbeidsevne."],
            "nn": ["Vi har kome fram til at arbeidsevna di er vesentleg nedsett.",
                   "Du fyller vilkåret om nedsett arbeidsevne."],
        },
        "quoted": {
            "nb": ["Et vilkår for programmet er vesentlig nedsatt arbeids- og inntektsevne, jf. § 29 første ledd.",
                   "Med vesentlig nedsatt arbeidsevne menes at evnen til å forsørge seg selv gjennom arbeid er sterkt "
                   "redusert."],
            "nn": ["Eit vilkår for programmet er vesentleg nedsett arbeids- og inntektsevne, jf. § 29 første ledd."],
        },
        "negated": {
            "nb": ["Vi har ikke hatt mulighet til å vurdere arbeidsevnen din."],
            "nn": ["Vi har ikkje hatt høve til å vurdere arbeidsevna di."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har ikke rett til AAP eller dagpenger, og du har levd på sosialhjelp siden {month} {year}.",
                   "Opplysninger om økonomien din:\n• sosialhjelp ca. {amount} i måneden\n• ingen formue",
                   "Du mistet jobben i {year}, og dagpengeperioden din er over.",
                   "Utenom sosialhjelpen har du ingen inntekt.",
                   "Du fikk avslag på søknad om {benefit} i {year}, og NAV-kontoret dekker i dag livsoppholdet ditt."],
            "nn": ["Du har ikkje rett til AAP eller dagpengar, og du har levd på sosialhjelp sidan {month} {year}.",
                   "Du mista jobben i {year}, og dagpengeperioden din er over.",
                   "Utanom sosialhjelpa har du inga inntekt."],
        },
        "named": {
            "nb": ["Du har ikke andre ytelser av betydning til livsopphold.",
                   "Vilkåret om manglende ytelser er innfridd.",
                   "Når det gjelder økonomi, fyller du vilkåret."],
            "nn": ["Du har ikkje andre ytingar av betydning til livsopphald.",
                   "Vilkåret om manglande ytingar er innfridd."],
        },
        "quoted": {
            "nb": ["Et vilkår er at søkeren ikke har rett til, eller har svært begrensede, ytelser etter "
                   "folketrygdloven, jf. § 29.",
                   "Loven sier at programmet er for personer som har svært begrensede ytelser til livsopphold."],
            "nn": ["Eit vilkår er at søkjaren ikkje har rett til, eller har svært avgrensa, ytingar etter "
                   "folketrygdlova, jf. § 29."],
        },
        "negated": {
            "nb": ["Vi har ikke sjekket om du har rett til ytelser fra folketrygden."],
            "nn": ["Vi har ikkje sjekka om du har rett til ytingar frå folketrygda."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Du har prøvd å komme i arbeid på egen hånd i flere år. Vi mener derfor at du trenger den tette "
                   "oppfølgingen et kvalifiseringsprogram gir, og programmet er nødvendig for deg.",
                   "Arbeidsevnevurderingen ({date}) viser at du trenger mye hjelp for å komme i arbeid.",
                   "Du har deltatt i {measure} tidligere, uten å komme i jobb. Et mer omfattende program er derfor det "
                   "riktige for deg.",
                   "Du ønsker deg arbeid som {job}, og vi mener programmet er et hensiktsmessig tiltak for å nå målet "
                   "ditt.",
                   "Andre tiltak er vurdert, men er ikke tilstrekkelige for deg fordi du trenger opplæring og "
                   "arbeidstrening over lengre tid."],
            "nn": ["Du har prøvd å kome i arbeid på eiga hand i fleire år. Vi meiner difor at du treng den tette "
                   "oppfølginga eit kvalifiseringsprogram gir, og programmet er naudsynt for deg.",
                   "Du har delteke i {measure_nn} tidlegare, utan å kome i jobb. Eit meir omfattande program er difor "
                   "det rette for deg.",
                   "Du ønskjer deg arbeid som {job_nn}, og vi meiner programmet er eit føremålstenleg tiltak for å nå "
                   "målet ditt."],
        },
        "named": {
            "nb": ["Vi mener et kvalifiseringsprogram er riktig for deg nå.",
                   "Programmet er et hensiktsmessig og nødvendig tiltak, jf. § 29.",
                   "Det er vår vurdering at programmet er nødvendig."],
            "nn": ["Vi meiner eit kvalifiseringsprogram er rett for deg no.",
                   "Det er vår vurdering at programmet er naudsynt."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogram skal bare innvilges når det er nødvendig og hensiktsmessig, jf. § 29.",
                   "Det er et krav at programmet er egnet til å styrke søkerens muligheter for arbeid."],
            "nn": ["Kvalifiseringsprogram skal berre innvilgast når det er naudsynt og føremålstenleg, jf. § 29."],
        },
        "negated": {
            "nb": ["Vi har ikke vurdert om andre tiltak kan være mer hensiktsmessige."],
            "nn": ["Vi har ikkje vurdert om andre tiltak kan vere meir føremålstenlege."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Dette er planen for de første månedene:\n• {activity}\n• {activity2}",
                   "Du begynner i {activity} {date}, og fra {month} skal du også delta i {activity2}.",
                   "Programmet ditt blir på {hours} timer i uken, fordelt på {activity} og {activity2}.",
                   "Hver uke skal du ha {activity}, i tillegg til {activity2}.",
                   "Vi har avtalt at programmet skal inneholde {activity}."],
            "nn": ["Dette er planen for dei første månadene:\n• {activity_nn}\n• {activity2_nn}",
                   "Du byrjar i {activity_nn} {date}, og frå {month} skal du også delta i {activity2_nn}.",
                   "Programmet ditt blir på {hours} timar i veka, fordelt på {activity_nn} og {activity2_nn}."],
        },
        "named": {
            "nb": ["Vi vil tilby deg et program som passer for deg.",
                   "Aktivitetene i programmet bestemmes senere.",
                   "Dette er planen for de første månedene:\n• avklares med veileder"],
            "nn": ["Vi vil tilby deg eit program som passar for deg.",
                   "Aktivitetane i programmet blir bestemte seinare."],
        },
        "quoted": {
            "nb": ["Et kvalifiseringsprogram kan blant annet inneholde arbeidstrening, kurs og opplæring, jf. § 30.",
                   "Kommunen skal kunne tilby et program tilpasset den enkelte, jf. § 29."],
            "nn": ["Eit kvalifiseringsprogram kan mellom anna innehalde arbeidstrening, kurs og opplæring, jf. § 30."],
        },
        "negated": {
            "nb": ["Vi har ikke laget noen plan for programmet ennå."],
            "nn": ["Vi har ikkje laga nokon plan for programmet enno."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alderen din"], "nn": ["Alderen din"]},
    "work_ability": {"nb": ["Helse og arbeid", "Arbeidsevnen din"], "nn": ["Helse og arbeid"]},
    "benefits": {"nb": ["Økonomien din"], "nn": ["Økonomien din"]},
    "necessity": {"nb": ["Hvorfor vi mener programmet passer for deg"],
                  "nn": ["Kvifor vi meiner programmet passar for deg"]},
    "program": {"nb": ["Planen for programmet"], "nn": ["Planen for programmet"]},
}

FILLERS = {
    "health": ["diabetes type 1", "PTSD etter krig", "leddgikt", "sterk utmattelse", "en hjertesykdom",
               "cerebral parese"],
    "health_nn": ["leddgikt", "sterk utmatting", "ein hjartesjukdom", "diabetes type 1"],
    "skill": ["ingen fullført skolegang", "begrensede norskkunnskaper", "lite erfaring fra norsk arbeidsliv"],
    "skill_nn": ["inga fullført skulegang", "avgrensa norskkunnskapar"],
    "benefit": ["arbeidsavklaringspenger", "uføretrygd", "dagpenger"],
    "measure": ["et jobbsøkerkurs", "arbeidstrening gjennom NAV", "et arbeidsforberedende tiltak"],
    "measure_nn": ["eit jobbsøkjarkurs", "arbeidstrening gjennom NAV"],
    "job": ["renholder", "barnehageassistent", "lagerarbeider"],
    "job_nn": ["reinhaldar", "barnehageassistent"],
    "activity": ["norskundervisning", "praksis i en frisørsalong", "arbeidstrening på et gartneri",
                 "et kurs i kundeservice"],
    "activity2": ["individuell jobbstøtte", "tilrettelagt fysisk aktivitet", "samtaler med veileder hver uke"],
    "activity_nn": ["norskundervising", "praksis i ein frisørsalong", "arbeidstrening på eit gartneri"],
    "activity2_nn": ["individuell jobbstøtte", "tilrettelagd fysisk aktivitet"],
}
