"""Development bank since round 11 (``tuning10``; until then ``phrasing_heldout10.py``, round 10's held-out bank,
measured with round 9's rule (8e3345f) and round 10's rule (4ad2a91), figures in docs/grounds.md). Held-out phrasing bank (round 10): written and committed after round 9 was measured, before round 9's
bank moved into development and before the decision rule changed, without reading round 9's misjudged
letters; never used to develop the rule.

Same shape as phrasing_dev.py; a phrasing with line breaks is a paragraph followed by more paragraphs
(a lead-in line and its list items). ``python -m benchmarks.grounds --bank tuning10`` measures on letters
written with these phrasings and fillers. Aimed at what real NAV decision letters look like rather than at
the rule's weak points: the standard sections («Vurdering av vilkårene», «Din situasjon», «Hva skjer videre»),
the case-worker's own summary of the applicant's situation («Du er … år, bor alene og har …»), references to
the documents in the case («I samtale med veileder … har du fortalt», «Det fremgår av legeerklæring datert
…»), the bureaucratic register («Det legges til grunn», «NAV har vurdert»), the work ability assessment's
conclusion in other words than the vocabulary's («behov for arbeidsrettet bistand over tid»), while avoiding the vocabulary's exact phrases
where a real letter has a choice of words. The same person wrote the rule and this bank, so it is not an
independent test: wording from real letters is the test that counts (docs/grounds.md). Earlier held-out
banks, each measured once and then used for development, are phrasing_tuning.py … phrasing_tuning8.py and
phrasing_heldout9.py (round 9).
"""

BANK = "tuning10"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Du er {age} år, bor alene i en leid leilighet i {office} og har ingen barn.",
                   "Ifølge folkeregisteret er du født {birth_date}.",
                   "Du er i dag {age} år og har, slik vi forstår det, ønske om å komme i jobb.",
                   "Alder ved søknadstidspunktet: {age} år.",
                   "Søker er en {age} år gammel mann som kom til Norge i {year}.",
                   "Fødselsdato: {birth_date}. Sivilstand: ugift."],
            "nn": ["Du er {age} år, bur åleine i ei leigd leilegheit i {office} og har ingen born.",
                   "Ifølgje folkeregisteret er du fødd {birth_date}.",
                   "Alder ved søknadstidspunktet: {age} år."],
        },
        "named": {
            "nb": ["Vilkåret om alder er oppfylt.", "NAV har vurdert din alder og finner at denne er innenfor.",
                   "Du er i den alderen loven omfatter."],
            "nn": ["Vilkåret om alder er oppfylt.", "Du er i den alderen lova omfattar."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 29 må søkeren være i yrkesaktiv alder.",
                   "Kvalifiseringsprogrammet gjelder personer i yrkesaktiv alder."],
            "nn": ["Etter sosialtenestelova § 29 må søkjaren vere i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Alder er ikke vurdert i denne saken.", "Vi har ikke registrert fødselsdatoen din i saken."],
            "nn": ["Alder er ikkje vurdert i denne saka."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Det fremgår av legeerklæring datert {date} at du har {health} og er sykmeldt fra {job_last}.",
                   "I samtale med veileder {date} fortalte du at {health} gjør det vanskelig for deg å stå oppreist "
                   "lenger enn en time.",
                   "Du har ikke fullført videregående skole, og du har bare kortvarig erfaring som {job}. I tillegg "
                   "har du {health}.",
                   "Det legges til grunn at {health} og {skill} gjør at du ikke kan ta et ordinært arbeid i dag.",
                   "NAV har i arbeidsevnevurderingen datert {date} konkludert med at du har nedsatt arbeidsevne, "
                   "blant annet fordi du har {health}.",
                   "Din situasjon:\n- {health}\n- {skill}\n- ingen arbeidserfaring i Norge"],
            "nn": ["Det går fram av legeerklæring datert {date} at du har {health_nn} og er sjukmeld frå {job_last}.",
                   "Du har ikkje fullført vidaregåande skule, og du har berre kortvarig erfaring som {job_nn}. I "
                   "tillegg har du {health_nn}.",
                   "Din situasjon:\n- {health_nn}\n- {skill_nn}"],
        },
        "named": {
            "nb": ["NAV har vurdert arbeids- og inntektsevnen din og mener at den er vesentlig nedsatt.",
                   "Det legges til grunn at arbeidsevnen din er nedsatt i et slikt omfang at vilkåret er oppfylt.",
                   "Etter en samlet vurdering finner vi at du har nedsatt arbeids- og inntektsevne."],
            "nn": ["NAV har vurdert arbeids- og inntektsevna di og meiner at ho er vesentleg nedsett.",
                   "Etter ei samla vurdering finn vi at du har nedsett arbeids- og inntektsevne."],
        },
        "quoted": {
            "nb": ["Det er et vilkår at søkerens arbeids- og inntektsevne er vesentlig nedsatt, jf. "
                   "sosialtjenesteloven § 29 første ledd bokstav a.",
                   "Programmet er beregnet på personer med vesentlig nedsatt arbeids- og inntektsevne."],
            "nn": ["Programmet er meint for personar med vesentleg nedsett arbeids- og inntektsevne."],
        },
        "negated": {
            "nb": ["Det foreligger ingen arbeidsevnevurdering i saken, og arbeidsevnen din er derfor ikke vurdert.",
                   "Vi har ikke mottatt medisinske opplysninger om deg."],
            "nn": ["Det ligg ikkje føre noka arbeidsevnevurdering i saka, og arbeidsevna di er difor ikkje vurdert."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har mottatt økonomisk sosialhjelp fra NAV {office} siden {month} {year} og har ingen annen "
                   "inntekt.",
                   "Retten din til arbeidsavklaringspenger opphørte {date}, og du har i dag ingen inntekt.",
                   "Husstanden har i dag en samlet inntekt på {amount} i måneden i barnetrygd og bostøtte.",
                   "Du har ikke rett til dagpenger fordi du ikke har hatt tilstrekkelig arbeidsinntekt de siste "
                   "tre årene.",
                   "Økonomiske forhold:\n- økonomisk stønad fra NAV\n- ingen formue\n- gjeld på {amount}",
                   "Du lever i dag av sosialhjelp, og søknaden om uføretrygd ble avslått {date}."],
            "nn": ["Du har motteke økonomisk sosialhjelp frå NAV {office} sidan {month} {year} og har inga anna "
                   "inntekt.",
                   "Retten din til arbeidsavklaringspengar tok slutt {date}, og du har i dag inga inntekt.",
                   "Økonomiske forhold:\n- økonomisk stønad frå NAV\n- ingen formue"],
        },
        "named": {
            "nb": ["NAV har vurdert dine ytelser til livsopphold og finner at vilkåret er oppfylt.",
                   "Du har ingen eller svært begrensede ytelser til livsopphold.",
                   "Vilkåret om ytelser til livsopphold anses som oppfylt."],
            "nn": ["Du har ingen eller svært avgrensa ytingar til livsopphald.",
                   "Vilkåret om ytingar til livsopphald er oppfylt."],
        },
        "quoted": {
            "nb": ["Det er et vilkår at søkeren ikke har eller har svært begrensede ytelser til livsopphold etter "
                   "folketrygdloven, jf. sosialtjenesteloven § 29.",
                   "Kvalifiseringsprogrammet er ment for personer uten eller med svært begrensede ytelser til "
                   "livsopphold."],
            "nn": ["Kvalifiseringsprogrammet er meint for personar utan eller med svært avgrensa ytingar til "
                   "livsopphald."],
        },
        "negated": {
            "nb": ["Vi har ikke undersøkt om du har rett til andre ytelser.",
                   "Inntektene dine er ikke dokumentert i saken."],
            "nn": ["Vi har ikkje undersøkt om du har rett til andre ytingar."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Du har vært registrert hos NAV som arbeidssøker i {years} år og har deltatt på {measure} uten at "
                   "du har kommet i arbeid.",
                   "I arbeidsevnevurderingen datert {date} er det konkludert med at du har behov for arbeidsrettet "
                   "bistand over tid.",
                   "Du har tidligere hatt {measure}, men dette ble avsluttet i {year} fordi du ikke møtte opp.",
                   "På sikt vil du gjerne ha fast jobb som {job}, og du trenger både språkopplæring og arbeidserfaring for å "
                   "nå dette.",
                   "Det er prøvd ut {measure} i {months} måneder uten at dette har gitt deg arbeid.",
                   "Tidligere oppfølging:\n- {measure} ({year})\n- jobbsøkerkurs ({year})\n- ingen varig jobb"],
            "nn": ["Du har vore registrert hos NAV som arbeidssøkjar i {years} år og har delteke på {measure_nn} utan "
                   "at du har kome i arbeid.",
                   "På sikt vil du gjerne ha fast jobb som {job_nn}, og du treng både språkopplæring og arbeidserfaring for "
                   "å nå dette.",
                   "Tidlegare oppfølging:\n- {measure_nn} ({year})\n- inga varig jobb"],
        },
        "named": {
            "nb": ["NAV vurderer at kvalifiseringsprogram er nødvendig og hensiktsmessig for deg.",
                   "Etter en helhetsvurdering mener vi at programmet er et nødvendig og hensiktsmessig tiltak.",
                   "Det legges til grunn at kvalifiseringsprogram er hensiktsmessig i din situasjon.",
                   "Vilkåret om at programmet skal være nødvendig og hensiktsmessig er oppfylt."],
            "nn": ["NAV vurderer at kvalifiseringsprogram er naudsynt og føremålstenleg for deg.",
                   "Vilkåret om at programmet skal vere naudsynt og føremålstenleg er oppfylt."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogram kan gis når det er nødvendig og hensiktsmessig for å styrke søkerens "
                   "muligheter for deltakelse i arbeidslivet, jf. sosialtjenesteloven § 29.",
                   "Loven krever at programmet er nødvendig og hensiktsmessig."],
            "nn": ["Lova krev at programmet er naudsynt og føremålstenleg."],
        },
        "negated": {
            "nb": ["Det er ikke gjennomført en arbeidsevnevurdering, og behovet ditt er ikke vurdert.",
                   "Om programmet er hensiktsmessig for deg, er ikke vurdert."],
            "nn": ["Det er ikkje gjennomført ei arbeidsevnevurdering, og behovet ditt er ikkje vurdert."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Programmet ditt vil bestå av {activity} tre dager i uken og {activity2} to dager i uken.",
                   "Du skal starte med {activity} hos {employer}, og etter {months} måneder går du over til "
                   "{activity2}.",
                   "Aktivitetsplanen din inneholder {activity}, {activity2} og jobbsøking med veileder.",
                   "Innholdet i programmet:\n- {activity}, {hours} timer i uken\n- {activity2}\n- faste samtaler med "
                   "veileder",
                   "Vi har avtalt at du skal ha {activity} hos {employer} fra {date}."],
            "nn": ["Programmet ditt vil bestå av {activity_nn} tre dagar i veka og {activity2_nn} to dagar i veka.",
                   "Du skal starte med {activity_nn} hos {employer}, og etter {months} månader går du over til "
                   "{activity2_nn}.",
                   "Innhaldet i programmet:\n- {activity_nn}, {hours} timar i veka\n- {activity2_nn}"],
        },
        "named": {
            "nb": ["Du vil få et program som er tilpasset dine behov.",
                   "NAV {office} kan tilby deg et tilpasset program.",
                   "Innholdet i programmet blir bestemt i samarbeid med veilederen din."],
            "nn": ["Du vil få eit program som er tilpassa behova dine.",
                   "NAV {office} kan tilby deg eit tilpassa program."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 30 skal programmet være helårig og på full tid.",
                   "Programmet skal inneholde arbeidsrettede tiltak og opplæring, jf. sosialtjenesteloven § 30."],
            "nn": ["Etter sosialtenestelova § 30 skal programmet vere heilårleg og på full tid."],
        },
        "negated": {
            "nb": ["Innholdet i programmet er ikke fastsatt ennå.",
                   "Vi har ikke laget en aktivitetsplan for deg ennå."],
            "nn": ["Innhaldet i programmet er ikkje fastsett enno."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Alder", "Din situasjon"], "nn": ["Alder", "Din situasjon"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevne", "Vurdering av vilkårene"], "nn": ["Arbeids- og inntektsevne"]},
    "benefits": {"nb": ["Ytelser til livsopphold", "Din økonomi"], "nn": ["Ytingar til livsopphald"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Vurdering av behovet ditt"],
                  "nn": ["Naudsynt og føremålstenleg"]},
    "program": {"nb": ["Hva skjer videre", "Tilpasset program"], "nn": ["Kva skjer vidare"]},
}

FILLERS = {
    "birth_date": ["14.03.1979", "02.11.1988", "27.06.1995", "09.01.1971"],
    "health": ["ryggplager", "en angstlidelse", "diabetes type 1", "en skulderskade", "kronisk smerte",
               "ADHD"],
    "health_nn": ["ryggplager", "ei angstliding", "ein skulderskade", "ADHD"],
    "skill": ["svake norskkunnskaper", "lite skolegang", "manglende arbeidserfaring"],
    "skill_nn": ["svake norskkunnskapar", "lite skulegang"],
    "job": ["kokk", "butikkmedarbeider", "sjåfør", "helsefagarbeider"],
    "job_nn": ["kokk", "butikkmedarbeidar", "sjåfør"],
    "job_last": ["deltidsjobben som renholder", "jobben i en dagligvarebutikk"],
    "measure": ["arbeidsrettet oppfølging", "et avklaringstiltak", "arbeidsforberedende trening", "norskkurs"],
    "measure_nn": ["arbeidsretta oppfølging", "eit avklaringstiltak", "norskkurs"],
    "activity": ["arbeidspraksis", "norskopplæring", "arbeidstrening", "praksis i en barnehage"],
    "activity2": ["jobbsøkerkurs", "fysisk trening", "kurs i data"],
    "activity_nn": ["arbeidspraksis", "norskopplæring", "arbeidstrening"],
    "activity2_nn": ["jobbsøkjarkurs", "fysisk trening"],
    "employer": ["en kommunal arbeidsplass", "Fretex", "en matbutikk", "Kirkens Bymisjon"],
}
