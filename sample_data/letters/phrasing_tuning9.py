"""Development bank since round 10 (``tuning9``; until then ``phrasing_heldout9.py``, round 9's held-out bank,
measured with round 8's rule (7a4ae44) and round 9's rule (e84671e), figures in docs/grounds.md). Held-out bank (round 9): written and committed after round 8 was measured, before round 8's
bank moved into development and before the decision rule changed, without reading round 8's misjudged
letters; never used to develop the rule.

Same shape as phrasing_dev.py; a phrasing with line breaks is a paragraph followed by
more paragraphs (a lead-in line and its list items). ``python -m benchmarks.grounds --bank tuning9``
measures on letters written with these phrasings and fillers. Written to differ from every earlier
bank and from the vocabulary: criteria argued without being named («Du har verken lønn, trygd eller
andre faste inntekter»), the fact after the conclusion and the conclusion after the fact, terse
case-worker notes («Inntekt: 0. Trygd: ingen.»), a formal register («sett hen til», «herunder»), a
schedule by weeks, histories of seeking work and of measures tried as a list («Tiltakshistorikk:»),
goals, headings that do not name the criterion («Hva du lever av», «Dette skal du gjøre»), a plan
named without content, and negations without the usual words («ikke sjekket», «ikke planlagt»).
The same person wrote the rule and this bank, so it is not an independent test: wording from real
letters is the test that counts (docs/grounds.md). Earlier held-out banks, each measured once and
then used for development, are phrasing_tuning.py … phrasing_tuning7.py and phrasing_heldout.py
(round 8).
"""

BANK = "tuning9"

CRITERIA = {
    "age": {
        "grounds": {
            "nb": ["Søkeren fylte {age} i {month}.",
                   "Opplysninger om deg: {age} år, enslig, bor i kommunal leilighet i {office}.",
                   "Ettersom du ble født i {birth_year}, har du mange yrkesaktive år foran deg.",
                   "Alderskravet: søker er {age} (f. {birth_year}).",
                   "Personalia:\n- {age} år\n- bosatt i {office}",
                   "Søker, født {birth_year}, er innenfor lovens aldersramme."],
            "nn": ["Du fylte {age} i {month}, og er innanfor aldersgruppa.",
                   "Søkjaren, fødd {birth_year}, er innanfor aldersramma i lova.",
                   "Opplysningar om deg: {age} år, einsleg, bur i kommunal leilegheit."],
        },
        "named": {
            "nb": ["Aldersvilkåret er ikke noe problem i din sak.", "Når det gjelder alder, er dette i orden.",
                   "Alder – ok."],
            "nn": ["Når det gjeld alder, er dette i orden.", "Alder – i orden."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogram er forbeholdt personer mellom 18 og 67 år (sosialtjenesteloven § 29 første "
                   "ledd).",
                   "Loven stiller krav om at du er i yrkesaktiv alder."],
            "nn": ["Lova set krav om at du er i yrkesaktiv alder."],
        },
        "negated": {
            "nb": ["Alderen din er ikke sjekket mot folkeregisteret.", "Vi mangler dokumentasjon på alderen din."],
            "nn": ["Alderen din er ikkje kontrollert mot folkeregisteret."],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": ["Du har {health} og klarer i dag bare korte økter med lett fysisk arbeid.",
                   "Vi legger til grunn at du ikke kan ta vanlig arbeid nå: {health} gjør at du må hvile flere ganger "
                   "om dagen, og du har aldri hatt fast ansettelse.",
                   "Fastlegen din opplyser {date} at du har {health} og ikke tåler stress eller lange arbeidsdager.",
                   "Søkers arbeidsførhet er etter NAVs syn sterkt redusert, sett hen til {health} og {skill}.",
                   "Forhold som begrenser deg i arbeid:\n• {health}\n• {skill}\n• lang tid uten jobb",
                   "Siste jobb var som {job} i {year}. Siden da har {health} hindret deg i å jobbe mer enn noen timer "
                   "i uka."],
            "nn": ["Du har {health_nn} og klarer i dag berre korte økter med lett fysisk arbeid.",
                   "Fastlegen din opplyser {date} at du har {health_nn} og ikkje toler stress eller lange arbeidsdagar.",
                   "Forhold som avgrensar deg i arbeid:\n• {health_nn}\n• {skill_nn}",
                   "Siste jobb var som {job_nn} i {year}. Sidan då har {health_nn} hindra deg i å jobbe meir enn "
                   "nokre timar i veka."],
        },
        "named": {
            "nb": ["Du har en arbeidsevne som er redusert i vesentlig grad.",
                   "Når det gjelder inntektsevnen din, legger vi til grunn at den er vesentlig nedsatt.",
                   "Arbeids- og inntektsevne: anses oppfylt etter en konkret vurdering."],
            "nn": ["Du har ei arbeidsevne som er redusert i vesentleg grad.",
                   "Når det gjeld inntektsevna di, legg vi til grunn at ho er vesentleg nedsett."],
        },
        "quoted": {
            "nb": ["Målgruppen for programmet er personer med vesentlig nedsatt arbeids- og inntektsevne, se "
                   "sosialtjenesteloven § 29.",
                   "Et av lovens krav er at arbeids- og inntektsevnen er vesentlig nedsatt."],
            "nn": ["Eit av krava i lova er at arbeids- og inntektsevna er vesentleg nedsett."],
        },
        "negated": {
            "nb": ["Arbeidsevnen din er ikke utredet ennå.",
                   "Det er ikke innhentet legeerklæring, og arbeidsevnen din er derfor ikke avklart."],
            "nn": ["Arbeidsevna di er ikkje greidd ut enno."],
        },
    },
    "benefits": {
        "grounds": {
            "nb": ["Du har verken lønn, trygd eller andre faste inntekter.",
                   "Det eneste du har å rutte med hver måned, er bostøtte på {amount}.",
                   "Dagpengene dine ble stanset i {month} {year}; siden da har NAV dekket husleie og mat.",
                   "Inntekt: 0. Trygd: ingen. Sosialhjelp siden {year}.",
                   "Du har ikke opptjent rett til dagpenger, og AAP er avslått. Vilkåret om svært begrensede ytelser "
                   "er dermed oppfylt.",
                   "Hva husstanden rår over:\n- ektefellens uføretrygd\n- ingen sparepenger\n- gjeld på {amount}"],
            "nn": ["Du har verken løn, trygd eller andre faste inntekter.",
                   "Dagpengane dine vart stansa i {month} {year}; sidan då har NAV dekt husleige og mat.",
                   "Du har ikkje opptent rett til dagpengar, og AAP er avslått. Vilkåret om svært avgrensa ytingar er "
                   "dermed oppfylt."],
        },
        "named": {
            "nb": ["Vi har sett på økonomien din og finner at ytelsesvilkåret er innfridd.",
                   "Ytelser til livsopphold: innenfor.",
                   "Du fyller kravet om svært begrensede ytelser."],
            "nn": ["Vi har sett på økonomien din og finn at vilkåret om ytingar er innfridd.",
                   "Ytingar til livsopphald: innanfor."],
        },
        "quoted": {
            "nb": ["Kvalifiseringsprogram er et tilbud til den som står uten eller med svært små ytelser fra "
                   "folketrygden, jf. sosialtjenesteloven § 29 første ledd.",
                   "Lovteksten sier at søkeren ikke skal ha, eller bare ha svært begrensede, ytelser til livsopphold."],
            "nn": ["Lovteksten seier at søkjaren ikkje skal ha, eller berre ha svært avgrensa, ytingar til livsopphald."],
        },
        "negated": {
            "nb": ["Vi har ikke fått oversikt over inntektene dine.",
                   "Om du har krav på andre ytelser, er ikke utredet."],
            "nn": ["Vi har ikkje fått oversikt over inntektene dine."],
        },
    },
    "necessity": {
        "grounds": {
            "nb": ["Siden {year} har du sendt over hundre søknader og vært på {measure}, uten å få tilbud om jobb.",
                   "Tiltakshistorikk:\n- {measure} ({year})\n- jobbsøkerkurs, avbrutt etter to uker\n"
                   "- ingen av tiltakene førte til arbeid",
                   "Du vil gjerne bli {job}. Veien dit er lang uten fagbrev, og du har ikke fått det til gjennom "
                   "kortere kurs.",
                   "Søker har siden {year} fulgt et ordinært oppfølgingsløp ved NAV {office}, herunder {measure}, uten "
                   "at dette har gitt varig tilknytning til arbeidslivet.",
                   "Vi har kommet til at du bør få et kvalifiseringsprogram. Grunnen er at du har stått uten arbeid i "
                   "{years} år, og at {measure} ikke ga deg jobb.",
                   "Kortvarige tiltak har ikke hjulpet deg: du falt ut av {measure} etter {months} måneder og har "
                   "siden gått hjemme."],
            "nn": ["Sidan {year} har du sendt over hundre søknader og vore på {measure_nn}, utan å få tilbod om jobb.",
                   "Du vil gjerne bli {job_nn}. Vegen dit er lang utan fagbrev, og du har ikkje fått det til gjennom "
                   "kortare kurs.",
                   "Tiltakshistorikk:\n- {measure_nn} ({year})\n- ingen av tiltaka førte til arbeid",
                   "Vi har kome til at du bør få eit kvalifiseringsprogram. Grunnen er at du har stått utan arbeid i "
                   "{years} år, og at {measure_nn} ikkje gav deg jobb."],
        },
        "named": {
            "nb": ["Kvalifiseringsprogram er etter vårt syn det tiltaket som best ivaretar behovene dine.",
                   "Programmet er hensiktsmessig og nødvendig, noe både du og veilederen din er enige i.",
                   "Nødvendighet og hensiktsmessighet: vurdert og funnet i orden.",
                   "Vi har kommet til at du bør få kvalifiseringsprogram framfor andre tiltak."],
            "nn": ["Kvalifiseringsprogram er etter vårt syn det tiltaket som best tek vare på behova dine.",
                   "Programmet er føremålstenleg og naudsynt, noko både du og rettleiaren din er samde i."],
        },
        "quoted": {
            "nb": ["I loven heter det at programmet skal være nødvendig og hensiktsmessig.",
                   "Et kvalifiseringsprogram forutsetter at det er nødvendig og hensiktsmessig for å styrke søkerens "
                   "mulighet for arbeid, og at det er gjort en arbeidsevnevurdering (sosialtjenesteloven § 29 og "
                   "NAV-loven § 14 a)."],
            "nn": ["I lova heiter det at programmet skal vere naudsynt og føremålstenleg."],
        },
        "negated": {
            "nb": ["Det er for tidlig å si om programmet er hensiktsmessig; dette er ikke vurdert.",
                   "Vi har ikke gjort noen 14 a-vurdering i saken din, og behovet for programmet er ikke avklart."],
            "nn": ["Vi har ikkje gjort nokon 14 a-vurdering i saka di, og behovet for programmet er ikkje avklart."],
        },
    },
    "program": {
        "grounds": {
            "nb": ["Uke 1–8: {activity}. Uke 9–26: {activity2}. Resten av året: jobbsøking med støtte fra veileder.",
                   "Hver formiddag er du på {activity}; to ettermiddager i uka har du {activity2}.",
                   "Du og veilederen din ble enige om dette opplegget: først {activity}, så {activity2}.",
                   "Aktivitetsplan:\n1) {activity}\n2) {activity2}\n3) samtale med veileder hver fredag",
                   "Kvalifiseringsprogrammet vil i hovedsak omfatte {activity}, supplert med {activity2}."],
            "nn": ["Veke 1–8: {activity_nn}. Veke 9–26: {activity2_nn}.",
                   "Kvar føremiddag er du på {activity_nn}; to ettermiddagar i veka har du {activity2_nn}.",
                   "Aktivitetsplan:\n1) {activity_nn}\n2) {activity2_nn}"],
        },
        "named": {
            "nb": ["Du vil få en aktivitetsplan når programmet starter.",
                   "Veilederen din setter opp en plan sammen med deg i løpet av de første ukene.",
                   "Programmet vil bli fylt med aktiviteter som passer deg.",
                   "Aktivitetsplan:\n- utarbeides i første samtale"],
            "nn": ["Rettleiaren din set opp ein plan saman med deg i løpet av dei første vekene.",
                   "Du vil få ein aktivitetsplan når programmet startar."],
        },
        "quoted": {
            "nb": ["Etter sosialtjenesteloven § 30 skal programmet inneholde arbeidsrettede tiltak, opplæring og "
                   "tett oppfølging.",
                   "Loven sier at et kvalifiseringsprogram skal være helårig og på full tid."],
            "nn": ["Lova seier at eit kvalifiseringsprogram skal vere heilårleg og på full tid."],
        },
        "negated": {
            "nb": ["Hva du skal gjøre i programmet, er ikke bestemt ennå.",
                   "Vi har ikke kommet så langt at aktivitetene er planlagt."],
            "nn": ["Kva du skal gjere i programmet, er ikkje bestemt enno."],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Personopplysninger", "Alder"], "nn": ["Alder"]},
    "work_ability": {"nb": ["Helse og funksjon", "Arbeidsevne"], "nn": ["Helse og funksjon"]},
    "benefits": {"nb": ["Hva du lever av", "Ytelser"], "nn": ["Kva du lever av"]},
    "necessity": {"nb": ["Hvorfor kvalifiseringsprogram", "Tidligere oppfølging"], "nn": ["Kvifor kvalifiseringsprogram"]},
    "program": {"nb": ["Dette skal du gjøre", "Aktiviteter"], "nn": ["Dette skal du gjere"]},
}

FILLERS = {
    "health": ["kronisk utmattelse", "sosial angst", "en hjerneskade etter et fall", "alvorlig hørselstap",
               "Crohns sykdom", "en nakkeskade"],
    "health_nn": ["kronisk utmatting", "sosial angst", "Crohns sjukdom", "ein nakkeskade"],
    "skill": ["manglende lese- og skriveferdigheter", "ingen fullført skolegang fra hjemlandet",
              "lite digital kompetanse"],
    "skill_nn": ["lite digital kompetanse", "ingen fullført skulegang frå heimlandet"],
    "job": ["renholder", "barne- og ungdomsarbeider", "lagerarbeider", "frisør"],
    "job_nn": ["reinhaldar", "lagerarbeidar", "frisør"],
    "measure": ["et arbeidsforberedende tiltak", "et digitalt jobbsøkerkurs", "en mentorordning",
                "oppfølging hos en jobbcoach"],
    "measure_nn": ["eit arbeidsførebuande tiltak", "ei mentorordning", "oppfølging hos ein jobbcoach"],
    "activity": ["arbeidstrening på et vaskeri", "kurs i norsk for voksne", "hospitering i en kantine",
                 "truckførerkurs", "praksis i en gjenbruksbutikk"],
    "activity2": ["individuell jobbstøtte", "bassengtrening", "digital opplæring"],
    "activity_nn": ["arbeidstrening på eit vaskeri", "hospitering i ein kantine", "praksis i ein bruktbutikk"],
    "activity2_nn": ["individuell jobbstøtte", "bassengtrening"],
}
