"""Phrasing bank ``heldout22`` (round 17, issue #19): checklist decisions from a Vestfold og Telemark office.

Written by an author independent of the rule: the author of this bank has never opened the ``grounds`` rule
(``audit/grounds/``, ``docs/grounds.md``), its benchmark or tests, the committed sample letters, or any other
phrasing bank, and has never run ``grounds`` on anything; the bank was written from the generator
(``sample_data/letters/__init__.py``), the legal background and the brief only. Its labels rest on what each
phrasing says, not on what any rule makes of it.

Register: a NAV office in Vestfold og Telemark (Skien, Porsgrunn, Notodden, Tønsberg — the bank's own
``office`` filler) whose case-management system prints the decision as a CHECKLIST. Per criterion a label
line, a status («Oppfylt: Ja», «☒ Oppfylt», «Vurdert: ja», an unticked «☐ Ja ☐ Nei») and a short
justification written by the caseworker in telegram style: abbreviations (AEV, KVP, sos.hj., AAP, jf., iht.,
ifm., ca., mnd.), dashes and bullet lists, half sentences without a verb, sometimes only «Se AEV» or
«Vurdert – oppfylt», sometimes a copy-paste of the circular. Caseworkers of uneven care. Bokmål and nynorsk
9 to 1. The office's own FRAME is in the same field style («Søknad mottatt:», «Vedtak:», «Periode:»,
«Klagefrist:»).

Kinds and labels (per criterion, per phrasing only):
- ``grounds`` (ja): at least one fact about this person for this criterion — age or year of birth; diagnosis,
  schooling, work history or what the AEV found; income, benefits received, refused or used up; the
  innsatsbehov conclusion or measures tried before and how they went; the programme's activities, places,
  courses and hours.
- ``named`` (nei): the status and a conclusion or a bare reference to a document («Se AEV», «jf. plan»).
- ``quoted`` (nei): the law, the circular, the preparatory works or practice, copied or paraphrased; sometimes
  after a ticked status.
- ``negated`` (nei): unticked boxes, an empty or placeholder field, «ikke vurdert», «vurderes senere»,
  «ikke dokumentert».
No phrasing holds a fact of another criterion; the status words and the «Begrunnelse:» field occur in every
kind, so no kind is recognisable by a fixed word.
"""

BANK = "heldout22"
LANG_WEIGHTS = (0.9, 0.1)

FILLERS = {
    # the office of this bank (overrides the generator's office list: Vestfold og Telemark)
    "office": ["Skien", "Porsgrunn", "Notodden", "Tønsberg"],
    "diag_nb": ["kroniske ryggsmerter", "moderat depresjon", "angstlidelse", "ADHD", "følger etter trafikkulykke"],
    "diag_nn": ["kroniske ryggsmerter", "moderat depresjon", "angstliding", "ADHD", "følgjer etter trafikkulukke"],
    "edu_nb": ["grunnskole", "grunnskole og ett år vgs.", "grunnskole fra hjemlandet", "påbegynt fagbrev"],
    "edu_nn": ["grunnskule", "grunnskule og eitt år vgs.", "grunnskule frå heimlandet", "påbyrja fagbrev"],
    "job_nb": ["lagermedarbeider", "renholder", "butikkmedarbeider", "kjøkkenhjelp", "sjåfør"],
    "job_nn": ["lagermedarbeidar", "reinhaldar", "butikkmedarbeidar", "kjøkenhjelp", "sjåfør"],
    "benefit_end_nb": ["Sykepengene tok slutt", "Dagpengene ble brukt opp", "AAP opphørte", "Søknad om AAP avslått"],
    "benefit_end_nn": ["Sjukepengane tok slutt", "Dagpengane vart brukte opp", "AAP fall bort", "Søknad om AAP avslått"],
    "measure_nb": ["arbeidstrening", "jobbklubb", "avklaringstiltak", "kurs hos tiltaksarrangør", "arbeidsforberedende trening (AFT)"],
    "measure_nn": ["arbeidstrening", "jobbklubb", "avklaringstiltak", "kurs hos tiltaksarrangør", "arbeidsførebuande trening (AFT)"],
    "place_nb": ["arbeidsmarkedsbedrift", "kommunal bruktbutikk", "lokal dagligvarebutikk",
                 "kommunens vaktmestertjeneste", "frivilligsentralens kafé"],
    "place_nn": ["arbeidsmarknadsbedrift", "kommunal bruktbutikk", "lokal daglegvarebutikk",
                 "vaktmeistertenesta i kommunen", "kafeen på frivilligsentralen"],
    "course_nb": ["truckførerkurs", "kurs i jobbsøking", "digitalt grunnkurs", "førstehjelpskurs", "renholdskurs"],
    "course_nn": ["truckførarkurs", "kurs i jobbsøking", "digitalt grunnkurs", "førstehjelpskurs", "reinhaldskurs"],
}

CRITERIA = {
    "age": {
        "grounds": {
            "nb": [
                "Yrkesaktiv alder – Oppfylt: Ja\nBegrunnelse: {age} år.",
                "☒ Oppfylt\nBegr.: f. {birth_year}, dvs. {age} år ved søknad.",
                "Alder: {age} år – innenfor målgruppen.",
                "Søker er {age} år (f. {birth_year}), innenfor yrkesaktiv alder.",
                "Vurdert: ja. {age} år ved søknadstidspunktet – over 18 og under 67.",
                "Oppfylt: Ja – født {birth_year}.",
                "Yrkesaktiv alder: ja, {age} år iht. folkeregisteret.",
                "Alder ved vedtak: {age} år. Oppfylt.",
                "F. {birth_year} – {age} år. Yrkesaktiv.",
                "☒ Oppfylt – bruker er {age} år og i yrkesaktiv alder.",
                "Vurdering alder:\n– {age} år (f. {birth_year})\n– innenfor aldersgrensene",
                "Oppfylt: Ja. Bruker er født i {birth_year} og er dermed {age} år.",
            ],
            "nn": [
                "Yrkesaktiv alder – Oppfylt: Ja\nGrunngjeving: {age} år.",
                "☒ Oppfylt\nGrunngj.: f. {birth_year}, dvs. {age} år ved søknad.",
                "Alder: {age} år – innanfor målgruppa.",
                "Søkjar er {age} år (f. {birth_year}), innanfor yrkesaktiv alder.",
                "Vurdert: ja. {age} år ved søknadstidspunktet – over 18 og under 67.",
                "Oppfylt: Ja – fødd {birth_year}.",
                "Yrkesaktiv alder: ja, {age} år iflg. folkeregisteret.",
                "Alder ved vedtak: {age} år. Oppfylt.",
                "F. {birth_year} – {age} år. Yrkesaktiv.",
                "☒ Oppfylt – brukaren er {age} år og i yrkesaktiv alder.",
                "Vurdering alder:\n– {age} år (f. {birth_year})\n– innanfor aldersgrensene",
                "Oppfylt: Ja. Brukaren er fødd i {birth_year} og er dermed {age} år.",
            ],
        },
        "named": {
            "nb": [
                "Yrkesaktiv alder – Oppfylt: Ja.",
                "☒ Alder – oppfylt\nBegr.: Vurdert – oppfylt.",
                "Alder: Ja.",
                "Vurdert: ja. Bruker er i yrkesaktiv alder.",
                "Oppfylt: Ja – se personalia i saken.",
                "Alderskravet er oppfylt, jf. opplysninger i folkeregisteret.",
                "Alder oppfylt: Ja\nBegrunnelse: Se søknad.",
            ],
            "nn": [
                "Yrkesaktiv alder – Oppfylt: Ja.",
                "☒ Alder – oppfylt\nGrunngj.: Vurdert – oppfylt.",
                "Alder: Ja.",
                "Vurdert: ja. Brukaren er i yrkesaktiv alder.",
                "Oppfylt: Ja – sjå personalia i saka.",
                "Alderskravet er oppfylt, jf. opplysningar i folkeregisteret.",
                "Alder oppfylt: Ja\nGrunngjeving: Sjå søknad.",
            ],
        },
        "quoted": {
            "nb": [
                "Jf. sotjl. § 29: programmet gjelder personer i yrkesaktiv alder.",
                "Oppfylt: Ja\nBegrunnelse: Iht. rundskrivet pkt. 4.29.2 er målgruppen personer i yrkesaktiv alder. "
                "Nedre grense 18 år fra 01.01.2019.",
                "Yrkesaktiv alder – fra fylte 18 år og frem til alderspensjon, jf. rundskriv til sotjl.",
                "Målgruppe iht. loven: personer i yrkesaktiv alder med vesentlig nedsatt arbeids- og inntektsevne.",
                "Aldersgrense: Kvalifiseringsprogram kan gis til personer fra 18 år, jf. lovendring 2019 "
                "(Prop. 12 L (2018–2019)).",
                "Praksis: alderskravet anses oppfylt når søker er mellom 18 og 67 år.",
            ],
            "nn": [
                "Jf. sosialtenestelova § 29: programmet gjeld personar i yrkesaktiv alder.",
                "Oppfylt: Ja\nGrunngjeving: Iflg. rundskrivet pkt. 4.29.2 er målgruppa personar i yrkesaktiv alder. "
                "Nedre grense 18 år frå 01.01.2019.",
                "Yrkesaktiv alder – frå fylte 18 år og fram til alderspensjon, jf. rundskriv til sosialtenestelova.",
                "Målgruppe etter lova: personar i yrkesaktiv alder med vesentleg nedsett arbeids- og inntektsevne.",
                "Aldersgrense: Kvalifiseringsprogram kan givast til personar frå 18 år, jf. lovendring 2019 "
                "(Prop. 12 L (2018–2019)).",
                "Praksis: alderskravet blir rekna som oppfylt når søkjaren er mellom 18 og 67 år.",
            ],
        },
        "negated": {
            "nb": [
                "Yrkesaktiv alder – Oppfylt: ☐ Ja ☐ Nei\nBegrunnelse: [fyll inn]",
                "Alder: ikke kontrollert.",
                "Vurdert: nei – personopplysninger mangler i saken, sjekkes før oppstart.",
                "Alder: __ år (f. ____).",
            ],
            "nn": [
                "Yrkesaktiv alder – Oppfylt: ☐ Ja ☐ Nei\nGrunngjeving: [fyll inn]",
                "Alder: ikkje kontrollert.",
                "Vurdert: nei – personopplysningar manglar i saka, blir sjekka før oppstart.",
                "Alder: __ år (f. ____).",
            ],
        },
    },
    "work_ability": {
        "grounds": {
            "nb": [
                "Vesentlig nedsatt arbeids- og inntektsevne – Oppfylt: Ja\nBegrunnelse: {diag_nb}, lite "
                "arbeidserfaring, utd.: {edu_nb}.",
                "☒ Oppfylt\nBegr.: AEV {date}: helse ({diag_nb}) og manglende formell kompetanse ({edu_nb}) "
                "begrenser arbeidsevnen. Siste jobb {job_nb}, sluttet pga. helse.",
                "Arbeidsevne: Vesentlig nedsatt – {diag_nb}, ute av arbeidslivet i {years} år.",
                "Jf. AEV – hovedhindringer:\n- {diag_nb}\n- utdanning: {edu_nb}\n- sporadisk arbeidserfaring, sist "
                "som {job_nb}",
                "Vurdert: ja. Kun {edu_nb}, kort og ustabil arbeidshistorikk (vikar/ekstrahjelp).",
                "Oppfylt: Ja – begrensede norskkunnskaper (A2), ingen utdanning utover grunnskole fra hjemlandet, "
                "ikke vært i lønnet arbeid i Norge.",
                "Arbeids- og inntektsevne: Jobbet som {job_nb} frem til {year}, sluttet pga. {diag_nb}.",
                "Ressurser: motivert, god fysisk helse. Begrensninger: {diag_nb}, lese- og skrivevansker, "
                "{edu_nb}. Arbeidsevnen vurderes vesentlig nedsatt.",
                "☒ Oppfylt – AEV viser at søker har {diag_nb} og ikke har vært i arbeid siden {year}.",
                "Funn i AEV: redusert utholdenhet, konsentrasjonsvansker, lite arbeidserfaring. Oppfylt.",
                "Vurdering: Søker har ikke fullført videregående, har arbeidet kortere perioder som {job_nb} og har "
                "{diag_nb} som gir hyppig fravær. Arbeidsevnen er vesentlig nedsatt.",
                "Oppfylt: Ja\nBegrunnelse: Tidligere rusproblematikk, stabil siste år. Ikke i arbeid siste "
                "{years} år.",
            ],
            "nn": [
                "Vesentleg nedsett arbeids- og inntektsevne – Oppfylt: Ja\nGrunngjeving: {diag_nn}, lite "
                "arbeidserfaring, utd.: {edu_nn}.",
                "☒ Oppfylt\nGrunngj.: AEV {date}: helse ({diag_nn}) og manglande formell kompetanse ({edu_nn}) "
                "avgrensar arbeidsevna. Siste jobb {job_nn}, slutta pga. helse.",
                "Arbeidsevne: Vesentleg nedsett – {diag_nn}, ute av arbeidslivet i {years} år.",
                "Jf. AEV – hovudhindringar:\n- {diag_nn}\n- utdanning: {edu_nn}\n- sporadisk arbeidserfaring, sist "
                "som {job_nn}",
                "Vurdert: ja. Berre {edu_nn}, kort og ustabil arbeidshistorikk (vikar/ekstrahjelp).",
                "Oppfylt: Ja – avgrensa norskkunnskapar (A2), inga utdanning utover grunnskule frå heimlandet, "
                "ikkje vore i lønt arbeid i Noreg.",
                "Arbeids- og inntektsevne: Jobba som {job_nn} fram til {year}, slutta pga. {diag_nn}.",
                "Ressursar: motivert, god fysisk helse. Avgrensingar: {diag_nn}, lese- og skrivevanskar, "
                "{edu_nn}. Arbeidsevna er vurdert som vesentleg nedsett.",
                "☒ Oppfylt – AEV viser at søkjaren har {diag_nn} og ikkje har vore i arbeid sidan {year}.",
                "Funn i AEV: redusert uthald, konsentrasjonsvanskar, lite arbeidserfaring. Oppfylt.",
                "Vurdering: Søkjaren har ikkje fullført vidaregåande, har arbeidd kortare periodar som {job_nn} og "
                "har {diag_nn} som gir hyppig fråvær. Arbeidsevna er vesentleg nedsett.",
                "Oppfylt: Ja\nGrunngjeving: Tidlegare rusproblem, stabil siste år. Ikkje i arbeid siste {years} år.",
            ],
        },
        "named": {
            "nb": [
                "Vesentlig nedsatt arbeids- og inntektsevne – Oppfylt: Ja\nBegrunnelse: Se AEV.",
                "☒ Oppfylt\nBegr.: Jf. arbeidsevnevurdering datert {date}.",
                "Arbeidsevne: Vurdert – oppfylt.",
                "Vurdert: ja. Arbeids- og inntektsevnen er vesentlig nedsatt, jf. AEV.",
                "Oppfylt: Ja – iht. AEV og opplysninger i saken.",
                "Arbeidsevnevurdering er gjennomført. Vilkåret om vesentlig nedsatt arbeids- og inntektsevne anses "
                "oppfylt.",
                "Oppfylt: Ja\nBegrunnelse: Se legeerklæring og AEV i Arena.",
            ],
            "nn": [
                "Vesentleg nedsett arbeids- og inntektsevne – Oppfylt: Ja\nGrunngjeving: Sjå AEV.",
                "☒ Oppfylt\nGrunngj.: Jf. arbeidsevnevurdering datert {date}.",
                "Arbeidsevne: Vurdert – oppfylt.",
                "Vurdert: ja. Arbeids- og inntektsevna er vesentleg nedsett, jf. AEV.",
                "Oppfylt: Ja – iflg. AEV og opplysningar i saka.",
                "Arbeidsevnevurdering er gjennomført. Vilkåret om vesentleg nedsett arbeids- og inntektsevne er "
                "rekna som oppfylt.",
                "Oppfylt: Ja\nGrunngjeving: Sjå legeerklæring og AEV i Arena.",
            ],
        },
        "quoted": {
            "nb": [
                "Jf. sotjl. § 29: vesentlig nedsatt arbeids- og inntektsevne. Arbeidsevnevurdering skal foreligge, "
                "jf. NAV-loven § 14 a.",
                "Rundskriv pkt. 4.29.2: Med vesentlig nedsatt arbeids- og inntektsevne menes at personen har store "
                "problemer med å komme i arbeid, og at nedsettelsen ikke er forbigående.",
                "Oppfylt: Ja\nBegrunnelse: Iht. rundskrivet kan årsaken til nedsatt arbeidsevne være helse, sosiale "
                "forhold, manglende kvalifikasjoner eller lang tid utenfor arbeidslivet. Diagnose er ikke et krav.",
                "Arbeidsevne – krav: nedsettelsen må være vesentlig, dvs. mer enn ubetydelig og av en viss varighet "
                "(praksis).",
                "Vilkåret i § 29 første ledd: «vesentlig nedsatt arbeids- og inntektsevne». Vurderes på bakgrunn av "
                "arbeidsevnevurdering.",
                "Iht. forarbeidene er målgruppen personer med vesentlig nedsatt arbeids- og inntektsevne som har "
                "stått lenge utenfor arbeidslivet eller står i fare for å havne der.",
            ],
            "nn": [
                "Jf. sosialtenestelova § 29: vesentleg nedsett arbeids- og inntektsevne. Arbeidsevnevurdering skal "
                "liggje føre, jf. NAV-lova § 14 a.",
                "Rundskriv pkt. 4.29.2: Med vesentleg nedsett arbeids- og inntektsevne meiner ein at personen har "
                "store problem med å kome i arbeid, og at nedsetjinga ikkje er forbigåande.",
                "Oppfylt: Ja\nGrunngjeving: Etter rundskrivet kan årsaka til nedsett arbeidsevne vere helse, sosiale "
                "forhold, manglande kvalifikasjonar eller lang tid utanfor arbeidslivet. Diagnose er ikkje eit krav.",
                "Arbeidsevne – krav: nedsetjinga må vere vesentleg, dvs. meir enn ubetydeleg og av ei viss varigheit "
                "(praksis).",
                "Vilkåret i § 29 første ledd: «vesentleg nedsett arbeids- og inntektsevne». Blir vurdert på grunnlag "
                "av arbeidsevnevurdering.",
                "Etter førearbeida er målgruppa personar med vesentleg nedsett arbeids- og inntektsevne som har stått "
                "lenge utanfor arbeidslivet eller står i fare for å hamne der.",
            ],
        },
        "negated": {
            "nb": [
                "Vesentlig nedsatt arbeids- og inntektsevne – Oppfylt: ☐ Ja ☐ Nei\nBegrunnelse: <skriv her>",
                "Arbeidsevne: AEV ikke ferdigstilt – vurderes etter oppstart.",
                "Vurdert: nei. Mangler oppdatert legeerklæring, tas opp på oppfølgingsmøte.",
                "☐ Oppfylt\nBegr.: [arbeidsevnevurdering – sett inn dato og hovedfunn]",
            ],
            "nn": [
                "Vesentleg nedsett arbeids- og inntektsevne – Oppfylt: ☐ Ja ☐ Nei\nGrunngjeving: <skriv her>",
                "Arbeidsevne: AEV ikkje ferdigstilt – blir vurdert etter oppstart.",
                "Vurdert: nei. Manglar oppdatert legeerklæring, blir teke opp på oppfølgingsmøte.",
                "☐ Oppfylt\nGrunngj.: [arbeidsevnevurdering – set inn dato og hovudfunn]",
            ],
        },
    },
    "benefits": {
        "grounds": {
            "nb": [
                "Ingen eller svært begrensede ytelser – Oppfylt: Ja\nBegrunnelse: Mottar sos.hj. til livsopphold, "
                "ca. {amount} pr. mnd. Ingen andre inntekter.",
                "☒ Oppfylt\nBegr.: {benefit_end_nb} i {month} {year}, har siden levd av sosialhjelp.",
                "Ytelser: Ingen. Ikke rett til dagpenger (for lav inntekt siste 12 mnd.), AAP avslått i {month}.",
                "Inntekt: deltidsjobb ca. {amount} pr. mnd., supplerende sos.hj.",
                "Vurdert: ja. Ingen egne midler, ingen sparepenger. Økonomisk sosialhjelp siden {year}.",
                "Oppfylt: Ja – har ikke opptjent rett til folketrygdytelser, mottar kun bostøtte (ca. {amount}/mnd.).",
                "Økonomi:\n- sos.hj. til livsopphold\n- barnetrygd (holdes utenfor)\n- ingen formue",
                "Livsopphold: Dagpengene brukt opp i {month} {year}. Står uten inntekt.",
                "☒ Oppfylt – uføretrygd avslått, ikke krav på AAP. Lever i dag av {amount} i sosialhjelp pr. mnd.",
                "Søker har svært begrenset inntekt: ekstrahjelp, ca. {amount} siste mnd., resten dekkes av sos.hj.",
                "Ytelser til livsopphold: kun økonomisk sosialhjelp. Har vært avhengig av sos.hj. i {years} år.",
                "Oppfylt: Ja\nBegrunnelse: Sykepenger opphørt (maksdato). AAP ikke innvilget (vilkår ikke oppfylt).",
            ],
            "nn": [
                "Ingen eller svært avgrensa ytingar – Oppfylt: Ja\nGrunngjeving: Får sos.hj. til livsopphald, "
                "ca. {amount} pr. mnd. Ingen andre inntekter.",
                "☒ Oppfylt\nGrunngj.: {benefit_end_nn} i {month} {year}, har sidan levd av sosialhjelp.",
                "Ytingar: Ingen. Ikkje rett til dagpengar (for låg inntekt siste 12 mnd.), AAP avslått i {month}.",
                "Inntekt: deltidsjobb ca. {amount} pr. mnd., supplerande sos.hj.",
                "Vurdert: ja. Ingen eigne midlar, ingen sparepengar. Økonomisk sosialhjelp sidan {year}.",
                "Oppfylt: Ja – har ikkje opptent rett til folketrygdytingar, får berre bustøtte (ca. {amount}/mnd.).",
                "Økonomi:\n- sos.hj. til livsopphald\n- barnetrygd (blir halden utanfor)\n- ingen formue",
                "Livsopphald: Dagpengane vart brukte opp i {month} {year}. Står utan inntekt.",
                "☒ Oppfylt – uføretrygd avslått, ikkje krav på AAP. Lever i dag av {amount} i sosialhjelp pr. mnd.",
                "Søkjaren har svært avgrensa inntekt: ekstrahjelp, ca. {amount} siste mnd., resten blir dekt av "
                "sos.hj.",
                "Ytingar til livsopphald: berre økonomisk sosialhjelp. Har vore avhengig av sos.hj. i {years} år.",
                "Oppfylt: Ja\nGrunngjeving: Sjukepengar fall bort (maksdato). AAP ikkje innvilga (vilkår ikkje "
                "oppfylte).",
            ],
        },
        "named": {
            "nb": [
                "Ingen eller svært begrensede ytelser – Oppfylt: Ja\nBegrunnelse: Se økonomisk oversikt.",
                "☒ Ytelser – oppfylt\nBegr.: Vurdert – oppfylt.",
                "Ytelser: Vilkåret er oppfylt.",
                "Vurdert: ja. Søker har ingen eller svært begrensede ytelser til livsopphold.",
                "Oppfylt: Ja – jf. kontoutskrifter og skattemelding i saken.",
                "Økonomi kartlagt ifm. søknaden. Oppfylt.",
                "Ytelser oppfylt: Ja\nBegrunnelse: Iht. opplysninger i Arena/Modia.",
            ],
            "nn": [
                "Ingen eller svært avgrensa ytingar – Oppfylt: Ja\nGrunngjeving: Sjå økonomisk oversikt.",
                "☒ Ytingar – oppfylt\nGrunngj.: Vurdert – oppfylt.",
                "Ytingar: Vilkåret er oppfylt.",
                "Vurdert: ja. Søkjaren har ingen eller svært avgrensa ytingar til livsopphald.",
                "Oppfylt: Ja – jf. kontoutskrifter og skattemelding i saka.",
                "Økonomi kartlagd i samband med søknaden. Oppfylt.",
                "Ytingar oppfylt: Ja\nGrunngjeving: Iflg. opplysningar i Arena/Modia.",
            ],
        },
        "quoted": {
            "nb": [
                "Jf. sotjl. § 29 første ledd: «ingen eller svært begrensede ytelser til livsopphold etter "
                "folketrygdloven eller arbeidsmarkedsloven».",
                "Rundskriv pkt. 4.29.2: Personer som mottar AAP, dagpenger eller uføretrygd, har som hovedregel ikke "
                "rett til programmet. Supplerende sosialhjelp er ikke til hinder.",
                "Oppfylt: Ja\nBegrunnelse: Det avgjørende er om søker har ytelser fra folketrygden som gir "
                "livsopphold, ikke om det mottas økonomisk sosialhjelp (praksis).",
                "Ytelser – vilkår: personer med rett til andre statlige ytelser skal i utgangspunktet bruke disse, "
                "jf. rundskrivet.",
                "Iht. loven er programmet for dem som står uten ytelser eller bare har svært begrensede ytelser til "
                "livsopphold.",
                "Kvalifiseringsstønad kan ikke kombineres med full AAP eller dagpenger, jf. rundskrivet.",
            ],
            "nn": [
                "Jf. sosialtenestelova § 29 første ledd: «ingen eller svært avgrensa ytingar til livsopphald etter "
                "folketrygdlova eller arbeidsmarknadslova».",
                "Rundskriv pkt. 4.29.2: Personar som får AAP, dagpengar eller uføretrygd, har som hovudregel ikkje "
                "rett til programmet. Supplerande sosialhjelp er ikkje til hinder.",
                "Oppfylt: Ja\nGrunngjeving: Det avgjerande er om søkjaren har ytingar frå folketrygda som gir "
                "livsopphald, ikkje om det blir gitt økonomisk sosialhjelp (praksis).",
                "Ytingar – vilkår: personar med rett til andre statlege ytingar skal i utgangspunktet nytte desse, "
                "jf. rundskrivet.",
                "Etter lova er programmet for dei som står utan ytingar eller berre har svært avgrensa ytingar til "
                "livsopphald.",
                "Kvalifiseringsstønad kan ikkje kombinerast med full AAP eller dagpengar, jf. rundskrivet.",
            ],
        },
        "negated": {
            "nb": [
                "Ingen eller svært begrensede ytelser – Oppfylt: ☐ Ja ☐ Nei\nBegrunnelse: [fyll inn ytelser/inntekt]",
                "Ytelser: ikke avklart – vurderes når økonomiske opplysninger er innhentet.",
                "Vurdert: nei. Økonomisk kartlegging ikke gjennomført ennå.",
                "Ytelser ☐ Oppfylt\nBegr.: Dokumentasjon av inntekt etterspurt, ikke mottatt.",
            ],
            "nn": [
                "Ingen eller svært avgrensa ytingar – Oppfylt: ☐ Ja ☐ Nei\nGrunngjeving: [fyll inn ytingar/inntekt]",
                "Ytingar: ikkje avklart – blir vurdert når økonomiske opplysningar er innhenta.",
                "Vurdert: nei. Økonomisk kartlegging ikkje gjennomført enno.",
                "Ytingar ☐ Oppfylt\nGrunngj.: Dokumentasjon av inntekt etterspurd, ikkje motteken.",
            ],
        },
    },
    "necessity": {
        "grounds": {
            "nb": [
                "Nødvendig og hensiktsmessig – Oppfylt: Ja\nBegrunnelse: Har prøvd {measure_nb} i {year} uten varig "
                "effekt. Trenger helhetlig og tett oppfølging som KVP gir.",
                "☒ Oppfylt\nBegr.: Innsatsbehov: spesielt tilpasset innsats (§ 14 a-vedtak). Ordinære tiltak "
                "vurdert som for lite.",
                "Nødvendighet: {measure_nb} avbrutt etter {months} mnd. – for løst opplegg. KVP gir struktur hele "
                "uken.",
                "Vurdert: ja. Andre tiltak vurdert: ordinær oppfølging for lite, varig tilpasset innsats for mye – "
                "KVP passer best.",
                "Oppfylt: Ja – har gått på {measure_nb} tidligere uten å komme nærmere arbeid. Trenger "
                "program på fulltid med tett oppfølging.",
                "Hvorfor KVP:\n- tidligere tiltak ({measure_nb}) ga ikke progresjon\n- behov for tett oppfølging og "
                "forutsigbarhet\n- bruker ønsker selv KVP",
                "Behovsvurdering § 14 a: spesielt tilpasset innsats, konkludert i {month}.",
                "KVP vurderes som riktig tiltak fordi korte kurs ikke har gitt resultat – har fullført tre kurs i "
                "regi av NAV siden {year} uten å komme i jobb.",
                "☒ Oppfylt – søker har ikke nyttiggjort seg {measure_nb}; møtte ustabilt. Trenger tettere "
                "oppfølging enn standard innsats.",
                "Nødvendig: ja. Kortere tiltak i regi av NAV er prøvd flere ganger. Varig tilpasset innsats ikke "
                "aktuelt, da arbeid er realistisk på sikt.",
                "Hensiktsmessighet: Programmet gir mulighet til å kombinere tiltak over tid, noe enkelttiltak ikke "
                "har klart for denne brukeren. Prøvd {measure_nb} i {year}.",
                "Oppfylt: Ja\nBegrunnelse: Søker har deltatt i {measure_nb} i {months} mnd. med god innsats, men "
                "trenger et mer helhetlig opplegg for å komme videre.",
            ],
            "nn": [
                "Naudsynt og føremålstenleg – Oppfylt: Ja\nGrunngjeving: Har prøvd {measure_nn} i {year} utan varig "
                "effekt. Treng heilskapleg og tett oppfølging som KVP gir.",
                "☒ Oppfylt\nGrunngj.: Innsatsbehov: spesielt tilpassa innsats (§ 14 a-vedtak). Ordinære tiltak "
                "vurdert som for lite.",
                "Naudsyn: {measure_nn} avbrote etter {months} mnd. – for laust opplegg. KVP gir struktur heile "
                "veka.",
                "Vurdert: ja. Andre tiltak vurdert: ordinær oppfølging for lite, varig tilpassa innsats for mykje – "
                "KVP passar best.",
                "Oppfylt: Ja – har gått på {measure_nn} tidlegare utan å kome nærare arbeid. Treng program "
                "på fulltid med tett oppfølging.",
                "Kvifor KVP:\n- tidlegare tiltak ({measure_nn}) gav ikkje framgang\n- behov for tett oppfølging og "
                "føreseielegheit\n- brukaren ønskjer sjølv KVP",
                "Behovsvurdering § 14 a: spesielt tilpassa innsats, konkludert i {month}.",
                "KVP er vurdert som rett tiltak fordi korte kurs ikkje har gitt resultat – har fullført tre kurs i "
                "regi av NAV sidan {year} utan å kome i jobb.",
                "☒ Oppfylt – søkjaren har ikkje fått nytte av {measure_nn}; møtte ustabilt. Treng tettare "
                "oppfølging enn standard innsats.",
                "Naudsynt: ja. Kortare tiltak i regi av NAV er prøvde fleire gonger. Varig tilpassa innsats ikkje "
                "aktuelt, då arbeid er realistisk på sikt.",
                "Føremålstenleg: Programmet gir høve til å kombinere tiltak over tid, noko enkelttiltak ikkje har "
                "klart for denne brukaren. Prøvd {measure_nn} i {year}.",
                "Oppfylt: Ja\nGrunngjeving: Søkjaren har delteke i {measure_nn} i {months} mnd. med god innsats, men "
                "treng eit meir heilskapleg opplegg for å kome vidare.",
            ],
        },
        "named": {
            "nb": [
                "Nødvendig og hensiktsmessig – Oppfylt: Ja\nBegrunnelse: Se AEV og 14 a-vedtak.",
                "☒ Behov for KVP – oppfylt\nBegr.: Vurdert – oppfylt.",
                "Nødvendig og hensiktsmessig: Ja.",
                "Vurdert: ja. Programmet vurderes som nødvendig og hensiktsmessig for å styrke mulighetene for "
                "arbeid.",
                "Behov for KVP – Oppfylt: Ja, jf. oppfølgingsvedtak.",
                "KVP anses nødvendig og hensiktsmessig, jf. samtaler med bruker.",
                "Nødvendig og hensiktsmessig: Ja\nBegrunnelse: Drøftet i KVP-team {date}, enighet om at vilkåret er oppfylt.",
            ],
            "nn": [
                "Naudsynt og føremålstenleg – Oppfylt: Ja\nGrunngjeving: Sjå AEV og 14 a-vedtak.",
                "☒ Behov for KVP – oppfylt\nGrunngj.: Vurdert – oppfylt.",
                "Naudsynt og føremålstenleg: Ja.",
                "Vurdert: ja. Programmet er vurdert som naudsynt og føremålstenleg for å styrkje moglegheitene for "
                "arbeid.",
                "Behov for KVP – Oppfylt: Ja, jf. oppfølgingsvedtak.",
                "KVP er rekna som naudsynt og føremålstenleg, jf. samtalar med brukaren.",
                "Naudsynt og føremålstenleg: Ja\nGrunngjeving: Drøfta i KVP-team {date}, semje om at vilkåret er oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Jf. sotjl. § 29: programmet må være nødvendig og hensiktsmessig for å styrke deltakerens muligheter "
                "for arbeid.",
                "Rundskriv pkt. 4.29.3: Det skal vurderes om andre tiltak kan være mer hensiktsmessige. Programmet er "
                "for personer som trenger tett og helhetlig oppfølging.",
                "Oppfylt: Ja\nBegrunnelse: Iht. forarbeidene skal KVP ikke erstatte andre tiltak, men komme i "
                "tillegg der ordinære virkemidler ikke er tilstrekkelige.",
                "Målgruppe (§ 14 a): personer med behov for spesielt tilpasset innsats.",
                "Nødvendighetsvilkåret – praksis: ikke krav om at alle andre tiltak er prøvd først.",
                "Hensiktsmessig iht. rundskrivet: programmet må antas å øke muligheten for overgang til arbeid.",
            ],
            "nn": [
                "Jf. sosialtenestelova § 29: programmet må vere naudsynt og føremålstenleg for å styrkje "
                "moglegheitene deltakaren har for arbeid.",
                "Rundskriv pkt. 4.29.3: Det skal vurderast om andre tiltak kan vere meir føremålstenlege. Programmet "
                "er for personar som treng tett og heilskapleg oppfølging.",
                "Oppfylt: Ja\nGrunngjeving: Etter førearbeida skal KVP ikkje erstatte andre tiltak, men kome i "
                "tillegg der ordinære verkemiddel ikkje er tilstrekkelege.",
                "Målgruppe (§ 14 a): personar med behov for spesielt tilpassa innsats.",
                "Naudsynsvilkåret – praksis: ikkje krav om at alle andre tiltak er prøvde først.",
                "Føremålstenleg etter rundskrivet: programmet må kunne ventast å auke moglegheita for overgang til "
                "arbeid.",
            ],
        },
        "negated": {
            "nb": [
                "Nødvendig og hensiktsmessig – Oppfylt: ☐ Ja ☐ Nei\nBegrunnelse: [begrunn behov for KVP]",
                "Nødvendighet: § 14 a-vedtak ikke fattet ennå – vurderes når AEV er klar.",
                "Nødvendighet vurdert: nei – tas opp i KVP-team.",
                "Nødvendig og hensiktsmessig ☐ Oppfylt\nBegr.: Ikke dokumentert i saken.",
            ],
            "nn": [
                "Naudsynt og føremålstenleg – Oppfylt: ☐ Ja ☐ Nei\nGrunngjeving: [grunngi behov for KVP]",
                "Naudsyn: § 14 a-vedtak ikkje gjort enno – blir vurdert når AEV er klar.",
                "Naudsyn vurdert: nei – blir teke opp i KVP-team.",
                "Naudsynt og føremålstenleg ☐ Oppfylt\nGrunngj.: Ikkje dokumentert i saka.",
            ],
        },
    },
    "program": {
        "grounds": {
            "nb": [
                "Tilpasset program kan tilbys – Oppfylt: Ja\nBegrunnelse: Arbeidstrening hos {place_nb} 3 dager/uke, "
                "{course_nb}, jobbsøking 1 dag. Totalt {hours} t/uke.",
                "☒ Oppfylt\nBegr.: Program i plan:\n- arbeidstrening – {place_nb}\n- {course_nb}\n- ukentlig samtale "
                "med veileder",
                "Program: {hours} t/uke – arbeidspraksis ({place_nb}), {course_nb}, egenaktivitet/trening 2 t.",
                "Vurdert: ja. Plass avklart hos {place_nb} fra oppstart, {course_nb} fra {month}.",
                "Oppfylt: Ja – plan utarbeidet sammen med bruker: praksis, {course_nb} og jobbsøkerkurs, "
                "{hours} t/uke.",
                "Innhold:\n– mandag–onsdag: {place_nb}\n– torsdag: {course_nb}\n– fredag: jobbsøk/veiledning",
                "Programinnhold iht. plan: opplæring på arbeidsplass ({place_nb}) kombinert med {course_nb}. "
                "Evalueres hver 3. mnd.",
                "☒ Oppfylt – kommunen kan tilby plass i {place_nb}, og {course_nb} starter i {month}.",
                "Tilbud: fulltids program, {hours} t/uke. Starter med kartlegging i 4 uker, deretter praksis hos "
                "{place_nb}.",
                "Program kan tilbys: ja. Aktiviteter: {course_nb}, arbeidstrening, praksis i ordinær bedrift på sikt.",
                "Oppfylt: Ja\nBegrunnelse: Avtale om praksisplass hos {place_nb} signert. Plass på {course_nb} "
                "bestilt.",
                "Program – hovedaktivitet arbeidstrening ({place_nb}), i tillegg {course_nb}. Ukentlig timeantall "
                "{hours}.",
            ],
            "nn": [
                "Tilpassa program kan tilbydast – Oppfylt: Ja\nGrunngjeving: Arbeidstrening hos {place_nn} 3 "
                "dagar/veke, {course_nn}, jobbsøking 1 dag. Totalt {hours} t/veke.",
                "☒ Oppfylt\nGrunngj.: Program i plan:\n- arbeidstrening – {place_nn}\n- {course_nn}\n- samtale med "
                "rettleiar kvar veke",
                "Program: {hours} t/veke – arbeidspraksis ({place_nn}), {course_nn}, eigenaktivitet/trening 2 t.",
                "Vurdert: ja. Plass avklart hos {place_nn} frå oppstart, {course_nn} frå {month}.",
                "Oppfylt: Ja – plan utarbeidd saman med brukaren: praksis, {course_nn} og jobbsøkjarkurs, "
                "{hours} t/veke.",
                "Innhald:\n– måndag–onsdag: {place_nn}\n– torsdag: {course_nn}\n– fredag: jobbsøk/rettleiing",
                "Programinnhald etter plan: opplæring på arbeidsplass ({place_nn}) kombinert med {course_nn}. Blir "
                "evaluert kvar 3. mnd.",
                "☒ Oppfylt – kommunen kan tilby plass i {place_nn}, og {course_nn} startar i {month}.",
                "Tilbod: program på fulltid, {hours} t/veke. Startar med kartlegging i 4 veker, deretter praksis hos "
                "{place_nn}.",
                "Program kan tilbydast: ja. Aktivitetar: {course_nn}, arbeidstrening, praksis i ordinær bedrift på "
                "sikt.",
                "Oppfylt: Ja\nGrunngjeving: Avtale om praksisplass hos {place_nn} underskriven. Plass på {course_nn} "
                "bestilt.",
                "Program – hovudaktivitet arbeidstrening ({place_nn}), i tillegg {course_nn}. Timar per veke: "
                "{hours}.",
            ],
        },
        "named": {
            "nb": [
                "Tilpasset program kan tilbys – Oppfylt: Ja\nBegrunnelse: Se plan.",
                "☒ Program – oppfylt\nBegr.: Vurdert – oppfylt.",
                "Program: Ja, kan tilbys.",
                "Vurdert: ja. NAV kan tilby et tilpasset program.",
                "Oppfylt: Ja – jf. aktivitetsplan.",
                "Programinnhold: iht. aktivitetsplan i Modia.",
                "Oppfylt: Ja\nBegrunnelse: Program utarbeidet sammen med bruker, se vedlegg.",
            ],
            "nn": [
                "Tilpassa program kan tilbydast – Oppfylt: Ja\nGrunngjeving: Sjå plan.",
                "☒ Program – oppfylt\nGrunngj.: Vurdert – oppfylt.",
                "Program: Ja, kan tilbydast.",
                "Vurdert: ja. NAV kan tilby eit tilpassa program.",
                "Oppfylt: Ja – jf. aktivitetsplan.",
                "Programinnhald: etter aktivitetsplan i Modia.",
                "Oppfylt: Ja\nGrunngjeving: Program utarbeidd saman med brukaren, sjå vedlegg.",
            ],
        },
        "quoted": {
            "nb": [
                "Jf. sotjl. § 30: Programmet skal inneholde arbeidsrettede tiltak og kan i tillegg inneholde andre "
                "tiltak som støtter opp under overgang til arbeid. Programmet skal være helårig og på full tid.",
                "Rundskriv pkt. 4.30: Programmet skal tilpasses den enkeltes behov og forutsetninger, og kan "
                "inneholde bl.a. arbeidstrening, opplæring og motiverende tiltak.",
                "Oppfylt: Ja\nBegrunnelse: Iht. forskrift om kvalifiseringsprogram skal det utarbeides en plan med "
                "tidspunkt for evaluering.",
                "Program – krav: helårig, fulltid (ca. 37,5 t/uke inkl. egenaktivitet), jf. rundskrivet.",
                "Etter lovendringen i 2019 kan søknad bare unntaksvis avslås fordi kommunen ikke kan tilby program.",
                "Vilkår: kommunen må kunne tilby et tilpasset program (§ 29 / rundskrivet).",
            ],
            "nn": [
                "Jf. sosialtenestelova § 30: Programmet skal innehalde arbeidsretta tiltak og kan i tillegg "
                "innehalde andre tiltak som støttar opp under overgang til arbeid. Programmet skal vere heilårleg og "
                "på full tid.",
                "Rundskriv pkt. 4.30: Programmet skal tilpassast behova og føresetnadene til den enkelte, og kan "
                "innehalde m.a. arbeidstrening, opplæring og motiverande tiltak.",
                "Oppfylt: Ja\nGrunngjeving: Etter forskrift om kvalifiseringsprogram skal det utarbeidast ein plan "
                "med tidspunkt for evaluering.",
                "Program – krav: heilårleg, fulltid (ca. 37,5 t/veke inkl. eigenaktivitet), jf. rundskrivet.",
                "Etter lovendringa i 2019 kan søknad berre unntaksvis avslåast fordi kommunen ikkje kan tilby program.",
                "Vilkår: kommunen må kunne tilby eit tilpassa program (§ 29 / rundskrivet).",
            ],
        },
        "negated": {
            "nb": [
                "Tilpasset program kan tilbys – Oppfylt: ☐ Ja ☐ Nei\nBegrunnelse: [programinnhold]",
                "Program: innhold avtales i oppstartsmøte – ikke klart.",
                "Vurdert: nei. Plan ikke utarbeidet, venter på plass.",
                "Program ☐ Oppfylt\nBegr.: Programplan ettersendes.",
            ],
            "nn": [
                "Tilpassa program kan tilbydast – Oppfylt: ☐ Ja ☐ Nei\nGrunngjeving: [programinnhald]",
                "Program: innhald blir avtalt i oppstartsmøte – ikkje klart.",
                "Vurdert: nei. Plan ikkje utarbeidd, ventar på plass.",
                "Program ☐ Oppfylt\nGrunngj.: Programplan blir ettersend.",
            ],
        },
    },
}

HEADINGS = {
    "age": {"nb": ["Yrkesaktiv alder", "Vilkår: Alder", "Alder (sotjl. § 29)"],
            "nn": ["Yrkesaktiv alder", "Vilkår: Alder", "Alder (§ 29)"]},
    "work_ability": {"nb": ["Vesentlig nedsatt arbeids- og inntektsevne", "Vilkår: Arbeids- og inntektsevne",
                            "Arbeidsevne"],
                     "nn": ["Vesentleg nedsett arbeids- og inntektsevne", "Vilkår: Arbeids- og inntektsevne",
                            "Arbeidsevne"]},
    "benefits": {"nb": ["Ingen eller svært begrensede ytelser til livsopphold", "Vilkår: Ytelser", "Økonomi/ytelser"],
                 "nn": ["Ingen eller svært avgrensa ytingar til livsopphald", "Vilkår: Ytingar", "Økonomi/ytingar"]},
    "necessity": {"nb": ["Nødvendig og hensiktsmessig", "Vilkår: Behov for KVP", "Nødvendighet"],
                  "nn": ["Naudsynt og føremålstenleg", "Vilkår: Behov for KVP", "Naudsyn"]},
    "program": {"nb": ["Tilpasset program kan tilbys", "Vilkår: Program", "Programinnhold"],
                "nn": ["Tilpassa program kan tilbydast", "Vilkår: Program", "Programinnhald"]},
}

# The office's own frame, printed by the case-management system in the same field style. No fact about the
# person: dates, the amount of kvalifiseringsstønad, the office and the appeal only.
FRAME = {
    "nb": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM (KVP)", "Vedtak: Kvalifiseringsprogram",
                  "Vedtak om kvalifiseringsprogram – sjekkliste vilkår"],
        "intro": ["Søknad mottatt: {date}. Ytelse: Kvalifiseringsprogram m/ kvalifiseringsstønad.",
                  "Sakstype: Søknad om KVP, mottatt {date}. Hjemmel: sosialtjenesteloven §§ 29–31.",
                  "Ytelse: KVP. Søknadsdato: {date}.", "Vedtaksdato: {date}. Ytelse: Kvalifiseringsprogram (KVP)."],
        "decision": ["Vedtak: Innvilget fra {date}.", "Resultat: Innvilget. Periode: {date} – {date2}.",
                     "NAV {office} innvilger kvalifiseringsprogram fra {date}, jf. sotjl. § 29."],
        "general": ["Samlet vurdering: Vilkårene i sotjl. § 29 er oppfylt, se sjekkliste under.",
                    "Vilkår (sotjl. § 29): yrkesaktiv alder – vesentlig nedsatt arbeids- og inntektsevne – ingen eller "
                    "svært begrensede ytelser – nødvendig og hensiktsmessig – tilpasset program kan tilbys."],
        "reasons_heading": ["Vilkårsvurdering", "Sjekkliste – vilkår", "Begrunnelse"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Stønad: kr {kvp_amount} pr. år, utbetales månedlig (skattepliktig).",
                  "Kvalifiseringsstønad: {kvp_amount} kr/år. Utbetaling: den 20. hver mnd."],
        "start": ["Oppstart: {date}.", "Periode: {date} – {date2}. Oppstart {date}."],
        "evaluation": ["Evaluering: hver 3. mnd. med veileder.", "Første evaluering ca. 3 mnd. etter oppstart."],
        "appeal_heading": ["Klageadgang", "Klage"],
        "appeal": ["Klagefrist: 3 uker fra vedtaket er mottatt, jf. fvl. § 29. Klagen sendes NAV {office}. "
                   "Opprettholdes vedtaket, går saken til Statsforvalteren i Vestfold og Telemark.",
                   "Du kan klage innen tre uker, jf. forvaltningsloven § 29. Klageinstans: Statsforvalteren i "
                   "Vestfold og Telemark. Klagen sendes via NAV {office}."],
        "closing": ["Med hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["VEDTAK – KVALIFISERINGSPROGRAM (KVP)", "Vedtak: Kvalifiseringsprogram"],
        "intro": ["Søknad motteken: {date}. Yting: Kvalifiseringsprogram m/ kvalifiseringsstønad.",
                  "Sakstype: Søknad om KVP, motteken {date}. Heimel: sosialtenestelova §§ 29–31.",
                  "Vedtaksdato: {date}. Yting: Kvalifiseringsprogram (KVP)."],
        "decision": ["Vedtak: Innvilga frå {date}.", "Resultat: Innvilga. Periode: {date} – {date2}."],
        "general": ["Samla vurdering: Vilkåra i sosialtenestelova § 29 er oppfylte, sjå sjekkliste under.",
                    "Vilkår (§ 29): yrkesaktiv alder – vesentleg nedsett arbeids- og inntektsevne – ingen eller "
                    "svært avgrensa ytingar – naudsynt og føremålstenleg – tilpassa program kan tilbydast."],
        "reasons_heading": ["Vilkårsvurdering", "Sjekkliste – vilkår", "Grunngjeving"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad"],
        "money": ["Stønad: kr {kvp_amount} pr. år, blir utbetalt kvar månad (skattepliktig).",
                  "Kvalifiseringsstønad: {kvp_amount} kr/år. Utbetaling: den 20. kvar mnd."],
        "start": ["Oppstart: {date}.", "Periode: {date} – {date2}. Oppstart {date}."],
        "evaluation": ["Evaluering: kvar 3. mnd. med rettleiar.", "Første evaluering ca. 3 mnd. etter oppstart."],
        "appeal_heading": ["Klagerett", "Klage"],
        "appeal": ["Klagefrist: 3 veker frå vedtaket er motteke, jf. fvl. § 29. Klaga blir send til NAV {office}. "
                   "Blir vedtaket halde ved lag, går saka til Statsforvaltaren i Vestfold og Telemark."],
        "closing": ["Med helsing", "Venleg helsing"],
    },
}
