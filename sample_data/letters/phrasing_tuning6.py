"""Sixth tuning bank: the held-out bank of round 6 (December 2026), written and committed before
that round changed the vocabulary, measured once with the vocabulary frozen (docs/grounds.md,
round 6); its failures were then read to describe them, so it is a development bank now.
phrasing_heldout.py replaced it.

Same shape as phrasing_dev.py; a phrasing with line breaks is a paragraph followed by
more paragraphs (a lead-in line and its list items, here often without bullets). It leans
on the administrative register («det fremgår av saken», «NAV legger til grunn»,
«Alder – oppfylt.»), passive voice, activity plans by weekday, a benefit stopped or
refused on a date, and assessments named without their content.
"""

BANK = "tuning6"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Det fremgår av folkeregisteret at du ble født i {birth_year}.",
                   "Alder – oppfylt. Du er {age} år.",
                   "Med dine {age} år er du innenfor aldersgruppen programmet gjelder for.",
                   "Vi legger til grunn at du er {age} år gammel.",
                   "Du fyller {age} år i {month}."],
            "nn": ["Det går fram av folkeregisteret at du vart fødd i {birth_year}.",
                   "Alder – oppfylt. Du er {age} år.",
                   "Med dine {age} år er du innanfor aldersgruppa programmet gjeld for."],
        },
        "named": {
            "nb": ["Alder – oppfylt.", "Vi legger til grunn at du er i yrkesaktiv alder.",
                   "Det er ikke tvil om at aldersvilkåret er oppfylt i denne saken."],
            "nn": ["Alder – oppfylt.", "Vi legg til grunn at du er i yrkesaktiv alder."],
        },
        "quoted": {
            "nb": ["Det følger av sosialtjenesteloven § 29 at deltakere må være i yrkesaktiv alder.",
                   "Aldersvilkåret i § 29 innebærer at søkeren må være mellom 18 og 67 år."],
            "nn": ["Det følgjer av sosialtenestelova § 29 at deltakarar må vere i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Aldersvilkåret er ikke vurdert særskilt."],
            "nn": ["Aldersvilkåret er ikkje vurdert særskilt."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Det fremgår av saken at du har {health}. Du har ikke hatt inntektsgivende arbeid de siste {years} "
                   "årene, og NAV legger til grunn at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Arbeidsevne – vesentlig nedsatt. Begrunnelse: {health}, {skill}.",
                   "Da du var hos oss på kartleggingssamtale {date}, fortalte du om {health}. Dette begrenser hvor mye "
                   "du kan jobbe, og arbeidsevnen din er vesentlig nedsatt.",
                   "Du har hatt flere korte arbeidsforhold, men ingen har vart mer enn noen måneder på grunn av "
                   "{health}. Vi vurderer at inntektsevnen din er vesentlig nedsatt.",
                   "Du mangler formell kompetanse, og du har {health}. Samlet sett er arbeids- og inntektsevnen "
                   "vesentlig nedsatt."],
            "nn": ["Det går fram av saka at du har {health_nn}. Du har ikkje hatt inntektsgjevande arbeid dei siste "
                   "{years} åra, og NAV legg til grunn at arbeids- og inntektsevna di er vesentleg nedsett.",
                   "Arbeidsevne – vesentleg nedsett. Grunngjeving: {health_nn}, {skill_nn}.",
                   "Du har hatt fleire korte arbeidsforhold, men ingen har vart meir enn nokre månader på grunn av "
                   "{health_nn}. Vi vurderer at inntektsevna di er vesentleg nedsett."],
        },
        "named": {
            "nb": ["Arbeidsevne – vesentlig nedsatt.",
                   "NAV legger til grunn at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                   "Det er lagt til grunn at arbeidsevnen er nedsatt i tilstrekkelig grad."],
            "nn": ["Arbeidsevne – vesentleg nedsett.",
                   "NAV legg til grunn at arbeids- og inntektsevna di er vesentleg nedsett."],
        },
        "quoted": {
            "nb": ["Etter § 29 må arbeids- og inntektsevnen være vesentlig nedsatt for at man skal ha rett til "
                   "programmet.",
                   "Vesentlig nedsatt arbeids- og inntektsevne er et av vilkårene i sosialtjenesteloven § 29."],
            "nn": ["Etter § 29 må arbeids- og inntektsevna vere vesentleg nedsett for at ein skal ha rett til "
                   "programmet."],
        },
        "negated": {
            "nb": ["Arbeidsevnen er ikke utredet.",
                   "Vi har foreløpig ingen opplysninger om helsen din eller arbeidsevnen din."],
            "nn": ["Arbeidsevna er ikkje utgreidd."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Det fremgår av saken at du har vært helt avhengig av økonomisk sosialhjelp siden {year}.",
                   "Ytelser – du mottar i dag {benefit_now} på {amount} per måned, og det dekker ikke livsoppholdet.",
                   "Husstandens eneste faste inntekt er barnetrygd. Du har ikke andre ytelser fra NAV.",
                   "{benefit} ble stanset {date}, og du har siden da ikke hatt inntekt.",
                   "Du har søkt om dagpenger, men fikk avslag {date} fordi du ikke har hatt nok arbeidsinntekt."],
            "nn": ["Det går fram av saka at du har vore heilt avhengig av økonomisk sosialhjelp sidan {year}.",
                   "Husstanden si einaste faste inntekt er barnetrygd. Du har ikkje andre ytingar frå NAV.",
                   "Du har søkt om dagpengar, men fekk avslag {date} fordi du ikkje har hatt nok arbeidsinntekt."],
        },
        "named": {
            "nb": ["Ytelser – ingen eller svært begrensede.",
                   "NAV legger til grunn at du ikke har ytelser av betydning.",
                   "Vilkåret om begrensede ytelser til livsopphold anses som oppfylt."],
            "nn": ["Ytingar – ingen eller svært avgrensa.",
                   "NAV legg til grunn at du ikkje har ytingar av betydning."],
        },
        "quoted": {
            "nb": ["Det følger av § 29 at personer med ingen eller svært begrensede ytelser etter folketrygdloven kan "
                   "ha rett til programmet.",
                   "Programmet er ment for dem som ikke har rett til andre ytelser til livsopphold, jf. § 29."],
            "nn": ["Det følgjer av § 29 at personar med ingen eller svært avgrensa ytingar etter folketrygdlova kan ha "
                   "rett til programmet."],
        },
        "negated": {
            "nb": ["Det er ikke innhentet opplysninger om økonomien din."],
            "nn": ["Det er ikkje henta inn opplysningar om økonomien din."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["I arbeidsevnevurderingen som ble ferdigstilt {date}, er innsatsbehovet satt til varig tilpasset "
                   "innsats.",
                   "Du har vært i kontakt med NAV i mange år og har gjennomført både {measure} og {measure2} uten at "
                   "det har ført til arbeid. Et kvalifiseringsprogram er derfor nødvendig og hensiktsmessig.",
                   "Ditt mål er å {goal}, og et helårig program med tett oppfølging vil gi deg den støtten du trenger "
                   "for å komme dit.",
                   "Ordinære arbeidsrettede tiltak har vært forsøkt uten varig effekt, og vi vurderer derfor "
                   "kvalifiseringsprogram som det beste tilbudet til deg.",
                   "Nødvendig og hensiktsmessig – ja, fordi du har forsøkt {measure} og trenger tettere oppfølging enn "
                   "andre tiltak kan gi."],
            "nn": ["I arbeidsevnevurderinga som vart ferdigstilt {date}, er innsatsbehovet sett til varig tilpassa "
                   "innsats.",
                   "Du har vore i kontakt med NAV i mange år og har gjennomført både {measure_nn} og {measure2_nn} utan "
                   "at det har ført til arbeid. Eit kvalifiseringsprogram er difor naudsynt og føremålstenleg.",
                   "Målet ditt er å {goal_nn}, og eit heilårleg program med tett oppfølging vil gi deg den støtta du "
                   "treng for å kome dit."],
        },
        "named": {
            "nb": ["Nødvendig og hensiktsmessig – ja.",
                   "NAV vurderer at programmet er nødvendig og hensiktsmessig i ditt tilfelle.",
                   "Vi har gjennomført en arbeidsevnevurdering og vurderer at kvalifiseringsprogram er et hensiktsmessig "
                   "tiltak."],
            "nn": ["Naudsynt og føremålstenleg – ja.",
                   "NAV vurderer at programmet er naudsynt og føremålstenleg i ditt tilfelle."],
        },
        "quoted": {
            "nb": ["Etter § 29 skal det gjøres en arbeidsevnevurdering før det tas stilling til om programmet er "
                   "nødvendig og hensiktsmessig.",
                   "Loven stiller krav om at programmet er nødvendig og hensiktsmessig for å styrke mulighetene for "
                   "arbeid."],
            "nn": ["Etter § 29 skal det gjerast ei arbeidsevnevurdering før ein tek stilling til om programmet er "
                   "naudsynt og føremålstenleg."],
        },
        "negated": {
            "nb": ["Det foreligger ingen arbeidsevnevurdering i saken.",
                   "Vi har ikke tatt stilling til om andre tiltak kunne vært bedre egnet."],
            "nn": ["Det ligg ikkje føre noka arbeidsevnevurdering i saka."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Aktiviteter i programmet:\n{activity} (mandag–onsdag)\n{activity2} (torsdag)\nsamtale med veileder "
                   "(fredag)",
                   "I den første fasen av programmet skal du gå på {activity}, {hours} timer per uke. Senere i "
                   "programperioden er det planlagt {activity2}.",
                   "Programmet er bygget opp rundt {activity}, som du begynner på {date}.",
                   "Plan for programmet: oppstart med {activity} i {month}, deretter {activity2}.",
                   "Vi har laget en aktivitetsplan sammen med deg. Den inneholder {activity} og {activity2}."],
            "nn": ["Aktivitetar i programmet:\n{activity_nn} (måndag–onsdag)\n{activity2_nn} (torsdag)\nsamtale med "
                   "rettleiar (fredag)",
                   "I den første fasen av programmet skal du gå på {activity_nn}, {hours} timar per veke. Seinare i "
                   "programperioden er det planlagt {activity2_nn}.",
                   "Vi har laga ein aktivitetsplan saman med deg. Han inneheld {activity_nn} og {activity2_nn}."],
        },
        "named": {
            "nb": ["Vi vil sammen med deg lage en plan for programmet.",
                   "Programmet vil bli tilpasset din situasjon.",
                   "Aktiviteter i programmet:\nfastsettes senere"],
            "nn": ["Vi vil saman med deg lage ein plan for programmet.",
                   "Programmet vil bli tilpassa situasjonen din."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 30 skal programmet være på full tid og inneholde arbeidsrettede tiltak.",
                   "Programmet skal være tilpasset den enkeltes behov og forutsetninger, jf. § 30."],
            "nn": ["Etter sosialtenestelova § 30 skal programmet vere på full tid og innehalde arbeidsretta tiltak."],
        },
        "negated": {
            "nb": ["Det er ikke bestemt hvilke aktiviteter programmet skal inneholde."],
            "nn": ["Det er ikkje bestemt kva aktivitetar programmet skal innehalde."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Vilkåret om alder"], "nn": ["Vilkåret om alder"]},
    "work_ability": {"nb": ["Arbeids- og inntektsevnen din"], "nn": ["Arbeids- og inntektsevna di"]},
    "benefits": {"nb": ["Økonomiske forhold", "Ytelser til livsopphold"], "nn": ["Økonomiske forhold"]},
    "necessity": {"nb": ["Er programmet nødvendig og hensiktsmessig?"],
                  "nn": ["Er programmet naudsynt og føremålstenleg?"]},
    "program": {"nb": ["Programplan", "Innholdet i programmet"], "nn": ["Programplan"]},
}

FILLERS = {
    "health": ["kols", "tinnitus og svimmelhet", "kroniske magesmerter", "bipolar lidelse", "sosial angst",
               "en ryggskade etter en arbeidsulykke"],
    "health_nn": ["kols", "kroniske magesmerter", "sosial angst", "ein ryggskade etter ei arbeidsulukke"],
    "skill": ["lite skolegang", "ingen yrkeserfaring fra Norge", "svake norskkunnskaper"],
    "skill_nn": ["lite skulegang", "inga yrkeserfaring frå Noreg"],
    "benefit": ["Arbeidsavklaringspengene", "Dagpengene", "Sykepengene", "Introduksjonsstønaden"],
    "benefit_now": ["bostøtte", "barnebidrag"],
    "measure": ["oppfølging hos en jobbkonsulent", "et avklaringstiltak", "et kvalifiseringskurs i norsk"],
    "measure2": ["arbeidspraksis", "et mentorprogram"],
    "measure_nn": ["oppfølging hos ein jobbkonsulent", "eit avklaringstiltak"],
    "measure2_nn": ["arbeidspraksis", "eit mentorprogram"],
    "goal": ["bli helsefagarbeider", "jobbe i barnehage", "få fast stilling som sjåfør"],
    "goal_nn": ["bli helsefagarbeidar", "jobbe i barnehage"],
    "activity": ["grunnskoleopplæring for voksne", "praksisplass på et hotell", "arbeidstrening i en kantine",
                 "et førerkortkurs"],
    "activity2": ["jobbsøkingsgruppe", "praksis med oppfølging fra jobbspesialist", "helsefremmende trening"],
    "activity_nn": ["grunnskuleopplæring for vaksne", "praksisplass på eit hotell", "arbeidstrening i ein kantine"],
    "activity2_nn": ["jobbsøkjargruppe", "helsefremjande trening"],
}
