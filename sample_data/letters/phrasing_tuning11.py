"""Round 11's held-out phrasing bank («phrasing_heldout11.py» until round 12), now a development bank:
written and committed after round 10 was measured, before round 10's
bank moved into development and before the decision rule changed, without reading round 10's misjudged
letters; not used to develop the rule before round 12.

Same shape as phrasing_heldout10.py; a phrasing with line breaks is a paragraph followed by more paragraphs
(a lead-in line and its list items). ``python -m benchmarks.grounds --bank tuning11`` measures on letters
written with these phrasings and fillers. Like round 10's bank it is aimed at ordinary NAV decision letters
rather than at the rule's weak points, in other words than earlier banks: the «Saken gjelder» /
«Opplysninger i saken» / «Vår vurdering» layout, the applicant's own account («Du har opplyst at …»),
documents from other services (fastlegen, NAV Arbeid og ytelser, skattemeldingen), a plan agreed with a
named contact («kontaktperson»), and conclusions in the register «NAV finner», «Vi mener». The same person
wrote the rule and this bank, so it is not an independent test: wording from real letters is the test that
counts (docs/grounds.md). Earlier held-out banks, each measured once and then used for development, are
phrasing_tuning.py … phrasing_tuning9.py and phrasing_heldout10.py (round 10).
"""

BANK = "tuning11"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Du fyller {age} år i år og har bodd i {office} hele livet.",
                   "Du ble født i {birth_year} og er enslig forsørger for to barn.",
                   "Søknaden er fra en kvinne på {age} år som er separert og bor med datteren sin.",
                   "Opplysninger om deg: {age} år, norsk statsborger, bosatt i {office}.",
                   "Du har fødselsdato {birth_date} og bor i kommunal bolig."],
            "nn": ["Du fyller {age} år i år og har budd i {office} heile livet.",
                   "Du vart fødd i {birth_year} og er einsleg forsørgjar for to born.",
                   "Opplysningar om deg: {age} år, norsk statsborgar, busett i {office}."],
        },
        "named": {
            "nb": ["Vi finner at aldersvilkåret er oppfylt.", "Alderen din er ikke til hinder for programmet.",
                   "Du er innenfor aldersgrensen."],
            "nn": ["Vi finn at aldersvilkåret er oppfylt.", "Alderen din er ikkje til hinder for programmet."],
        },
        "quoted": {
            "nb": ["Programmet kan bare gis til den som er i yrkesaktiv alder, jf. § 29 første ledd.",
                   "Loven setter som krav at søkeren er i yrkesaktiv alder."],
            "nn": ["Lova set som krav at søkjaren er i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Vi har ikke sett nærmere på alderen din.", "Alderen din framgår ikke av saken."],
            "nn": ["Vi har ikkje sett nærare på alderen din."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Fastlegen din skriver i brev av {date} at du har {health} og bare tåler lett arbeid noen timer "
                   "om dagen.",
                   "Du har opplyst at du har {health} og at du ikke har vært i jobb siden {year}.",
                   "Du har grunnskole fra hjemlandet og har jobbet som {job} i to år, men {skill} gjør det vanskelig "
                   "å få arbeid her.",
                   "Etter {health} har du hatt lange fravær fra {job_last} og sa opp stillingen i {year}.",
                   "Opplysninger i saken:\n- {health}\n- {skill}\n- siste arbeid i {year}"],
            "nn": ["Fastlegen din skriv i brev av {date} at du har {health_nn} og berre toler lett arbeid nokre "
                   "timar om dagen.",
                   "Du har opplyst at du har {health_nn} og at du ikkje har vore i jobb sidan {year}.",
                   "Opplysningar i saka:\n- {health_nn}\n- {skill_nn}"],
        },
        "named": {
            "nb": ["Vi mener at evnen din til å arbeide og tjene penger er vesentlig redusert.",
                   "NAV finner at du har vesentlig nedsatt arbeids- og inntektsevne.",
                   "Arbeidsevnen din er etter vårt syn klart svekket."],
            "nn": ["Vi meiner at evna di til å arbeide og tene pengar er vesentleg redusert.",
                   "NAV finn at du har vesentleg nedsett arbeids- og inntektsevne."],
        },
        "quoted": {
            "nb": ["Etter § 29 må arbeids- og inntektsevnen være vesentlig nedsatt.",
                   "Et av kravene i loven er vesentlig nedsatt arbeids- og inntektsevne."],
            "nn": ["Etter § 29 må arbeids- og inntektsevna vere vesentleg nedsett."],
        },
        "negated": {
            "nb": ["Vi har ikke innhentet opplysninger om helsen din.",
                   "Arbeidsevnen din er ikke kartlagt."],
            "nn": ["Vi har ikkje henta inn opplysningar om helsa di."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["NAV Arbeid og ytelser avslo søknaden din om arbeidsavklaringspenger {date}, og du har siden "
                   "levd av sosialhjelp.",
                   "Ifølge skattemeldingen for {year} hadde du ingen arbeidsinntekt.",
                   "Du får {amount} i måneden i bostøtte, og det er den eneste inntekten din.",
                   "Sykepengene dine tok slutt i {month} {year}.",
                   "Inntekt og ytelser:\n- sosialhjelp til livsopphold\n- bostøtte {amount} per måned"],
            "nn": ["NAV Arbeid og ytingar avslo søknaden din om arbeidsavklaringspengar {date}, og du har sidan "
                   "levd av sosialhjelp.",
                   "Ifølgje skattemeldinga for {year} hadde du inga arbeidsinntekt.",
                   "Inntekt og ytingar:\n- sosialhjelp til livsopphald\n- bustøtte {amount} per månad"],
        },
        "named": {
            "nb": ["Vi finner at du ikke har andre ytelser som sikrer livsoppholdet ditt.",
                   "Vilkåret om manglende ytelser er oppfylt.",
                   "Det er vår vurdering at ytelsene dine er svært begrensede."],
            "nn": ["Vi finn at du ikkje har andre ytingar som sikrar livsopphaldet ditt.",
                   "Vilkåret om manglande ytingar er oppfylt."],
        },
        "quoted": {
            "nb": ["Etter § 29 er det et krav at søkeren ikke har, eller bare har svært begrensede, ytelser etter "
                   "folketrygdloven.",
                   "Den som har rett til arbeidsavklaringspenger, fyller ikke vilkårene for programmet."],
            "nn": ["Etter § 29 er det eit krav at søkjaren ikkje har, eller berre har svært avgrensa, ytingar etter "
                   "folketrygdlova."],
        },
        "negated": {
            "nb": ["Vi har ikke kontrollert inntektene dine.",
                   "Det mangler opplysninger om økonomien din."],
            "nn": ["Vi har ikkje kontrollert inntektene dine."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Du har vært hos NAV i {years} år og har prøvd {measure}, men ikke fått jobb.",
                   "Etter {measure} i {year} fikk du en kort jobb som {job}, som tok slutt etter {months} måneder.",
                   "Du ønsker å bli {job}, og for å komme dit trenger du tettere oppfølging enn du har hatt.",
                   "Vanlig oppfølging fra NAV har ikke vært nok: du har søkt over tjue stillinger uten å bli "
                   "kalt inn til intervju.",
                   "Det du har prøvd før:\n- {measure}\n- jobbklubb i {year}"],
            "nn": ["Du har vore hos NAV i {years} år og har prøvd {measure_nn}, men ikkje fått jobb.",
                   "Du ønskjer å bli {job_nn}, og for å kome dit treng du tettare oppfølging enn du har hatt.",
                   "Det du har prøvd før:\n- {measure_nn}\n- jobbklubb i {year}"],
        },
        "named": {
            "nb": ["Vi mener at programmet er det rette for deg nå.",
                   "NAV finner at kvalifiseringsprogram er nødvendig og hensiktsmessig.",
                   "Programmet vil etter vår vurdering styrke mulighetene dine i arbeidslivet."],
            "nn": ["Vi meiner at programmet er det rette for deg no.",
                   "NAV finn at kvalifiseringsprogram er naudsynt og føremålstenleg."],
        },
        "quoted": {
            "nb": ["Programmet skal bare gis når det er nødvendig og hensiktsmessig, jf. § 29.",
                   "Etter loven må kvalifiseringsprogram være et nødvendig og hensiktsmessig tiltak."],
            "nn": ["Programmet skal berre givast når det er naudsynt og føremålstenleg, jf. § 29."],
        },
        "negated": {
            "nb": ["Vi har ikke vurdert om andre tiltak kunne vært bedre for deg.",
                   "Behovet ditt for oppfølging er ikke kartlagt."],
            "nn": ["Vi har ikkje vurdert om andre tiltak kunne vore betre for deg."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["De første {months} månedene skal du være i {activity} hos {employer} fire dager i uken.",
                   "Sammen med kontaktpersonen din er det avtalt {activity} fra {date} og {activity2} om ettermiddagene.",
                   "Ukeplanen din: mandag til onsdag {activity}, torsdag {activity2}.",
                   "Planen for programmet:\n- {activity} hos {employer}\n- {activity2}, {hours} timer i uken",
                   "Du begynner med {activity} {date}, og senere i programåret blir det {activity2}."],
            "nn": ["Dei første {months} månadene skal du vere i {activity_nn} hos {employer} fire dagar i veka.",
                   "Saman med kontaktpersonen din er det avtalt {activity_nn} frå {date} og {activity2_nn} om "
                   "ettermiddagane.",
                   "Planen for programmet:\n- {activity_nn} hos {employer}\n- {activity2_nn}"],
        },
        "named": {
            "nb": ["Kontaktpersonen din vil lage en plan for programmet sammen med deg.",
                   "Vi kan gi deg et program som passer for deg.",
                   "Programmet blir tilpasset deg."],
            "nn": ["Kontaktpersonen din vil lage ein plan for programmet saman med deg.",
                   "Vi kan gi deg eit program som passar for deg."],
        },
        "quoted": {
            "nb": ["Etter § 30 skal programmet inneholde arbeidsrettede tiltak og opplæring.",
                   "Et kvalifiseringsprogram skal være på full tid og gå hele året, jf. § 30."],
            "nn": ["Etter § 30 skal programmet innehalde arbeidsretta tiltak og opplæring."],
        },
        "negated": {
            "nb": ["Det er ikke bestemt hva programmet skal inneholde.",
                   "Vi har ennå ikke planlagt aktivitetene dine."],
            "nn": ["Det er ikkje bestemt kva programmet skal innehalde."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Opplysninger om deg", "Saken gjelder"], "nn": ["Opplysningar om deg"]},
    "work_ability": {"nb": ["Helse og arbeid", "Arbeidsevnen din"], "nn": ["Helse og arbeid"]},
    "benefits": {"nb": ["Inntekt og ytelser", "Økonomi"], "nn": ["Inntekt og ytingar"]},
    "necessity": {"nb": ["Hvorfor du får programmet", "Vår vurdering"], "nn": ["Kvifor du får programmet"]},
    "program": {"nb": ["Planen din", "Innholdet i programmet"], "nn": ["Planen din"]},
}

FILLERS = {
    "birth_date": ["21.08.1982", "05.05.1992", "30.10.1975", "11.12.1999"],
    "health": ["migrene", "en depresjon", "astma", "en kneskade", "epilepsi", "leddgikt"],
    "health_nn": ["migrene", "ein depresjon", "astma", "ein kneskade"],
    "skill": ["at du leser og skriver lite norsk", "at du mangler fagbrev", "at du ikke har førerkort"],
    "skill_nn": ["at du les og skriv lite norsk", "at du manglar fagbrev"],
    "job": ["lagermedarbeider", "barnehageassistent", "frisør", "servitør"],
    "job_nn": ["lagermedarbeidar", "barnehageassistent", "frisør"],
    "job_last": ["jobben på lageret", "vikariatet i hjemmetjenesten"],
    "measure": ["arbeidsrettet rehabilitering", "et jobbsøkerkurs", "varig tilrettelagt arbeid", "mentortiltak"],
    "measure_nn": ["arbeidsretta rehabilitering", "eit jobbsøkjarkurs", "mentortiltak"],
    "activity": ["språkpraksis", "arbeidsutprøving", "kurs i truckføring", "praksis på et sykehjem"],
    "activity2": ["norsk i praksis", "trening med fysioterapeut", "samtaler om jobbsøking"],
    "activity_nn": ["språkpraksis", "arbeidsutprøving", "kurs i truckføring"],
    "activity2_nn": ["norsk i praksis", "trening med fysioterapeut"],
    "employer": ["et bilverksted", "biblioteket", "et hotell", "Frelsesarmeen"],
}
