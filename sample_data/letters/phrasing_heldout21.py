"""Held-out phrasing bank ``heldout21`` (issue 19, round 16): new decisions after a complaint or a reconsideration.

Written by the bank21 lane, an independent author, without reading the rule (nothing under ``audit/grounds/``,
``docs/grounds.md``, ``benchmarks/``, the grounds tests or letters, the sample letters, or any other phrasing bank).
Read: the lane's brief, the generator ``sample_data/letters/__init__.py`` (what a bank declares and how a letter is
assembled), ``tests/test_architecture.py`` (to register this file), README.md, and for legal knowledge the project's
background articles and legal review (not part of the repository).

Register: a NAV office in Innlandet (Hamar, Gjøvik, Lillehammer, Nord-Fron) writing NEW decisions after a complaint
or a reconsideration («Vi har vurdert saken din på nytt», «omgjøring», «etter klage»). Each criterion is often set
out as «Vilkår – Vurdering – Konklusjon»; the assessment refers back to the earlier decision, the complainant's
arguments, new documentation and the Statsforvalteren's remarks; mixed legal and plain language; some caseworkers
write the criterion as a question («Har du vesentlig nedsatt arbeidsevne?») and answer it. Bokmål and nynorsk
2 to 1. The office's own template (``FRAME``); ``office`` is one of the four Innlandet offices.

Kinds and labels: ``grounds`` (label ``ja``) says why the criterion is met for this person, with at least one fact
about them for that criterion (age or birth year, diagnosis, work history, benefits with amounts or dates, what the
arbeidsevnevurdering found and rests on, the concrete programme content); ``named`` (``nei``) only names or
concludes, also when it agrees with the complaint or refers to «dokumentene i saken» without saying what they
show; ``quoted`` (``nei``) quotes or paraphrases the law, the circular or the Statsforvalteren's general remarks;
``negated`` (``nei``) says the criterion was not assessed, not documented, is to be assessed later, or is an
unfilled template text. None of the ``nei`` phrasings holds a fact about the person.

Corrected by the bankfix lane (round 16, after the lead's review): the generator labels each criterion only by its
own kind, so no phrasing may hold a fact that would ground another criterion. A fact of another criterion was
removed, and replaced by a fact of the phrasing's own criterion where needed (age → age; health, diagnosis,
education, language, work history and why work ended → work_ability; income, wages and benefits received, refused or
used up → benefits; the innsatsbehov conclusion and measures tried → necessity; the programme's content → program);
the bankfix lane read only the banks heldout20 and heldout21 and the generator, not the rule.
"""

LANG_WEIGHTS = (0.67, 0.33)

FILLERS = {
    "office": ["Hamar", "Gjøvik", "Lillehammer", "Nord-Fron"],
    "diagnosis": ["ADHD", "fibromyalgi", "moderat depresjon", "kroniske ryggsmerter", "angst og depresjon",
                  "epilepsi", "revmatoid artritt", "migrene", "Aspergers syndrom"],
    "source": ["fastlegen din", "DPS Gjøvik", "Sykehuset Innlandet Hamar", "Nord-Fron legekontor",
               "psykologspesialisten ved DPS Lillehammer"],
    "job_nb": ["lagerarbeider", "renholder", "butikkmedarbeider", "sjåfør", "assistent i barnehage", "kokk",
               "pleiemedhjelper"],
    "job_nn": ["lagerarbeidar", "reinhaldar", "butikkmedarbeidar", "sjåfør", "assistent i barnehage", "kokk",
               "pleiemedhjelpar"],
    "benefit_nb": ["arbeidsavklaringspenger", "dagpenger", "sykepenger", "overgangsstønad"],
    "benefit_nn": ["arbeidsavklaringspengar", "dagpengar", "sjukepengar", "overgangsstønad"],
    "workplace": ["Fretex Innlandet", "Mjøsen Arbeid", "Kiwi Vinstra", "Lillehammer Arbeidssenter",
                  "Coop Extra Hamar", "Gjøvik bibliotek", "Ringebu og Fron Arbeidssenter"],
    "course_nb": ["truckførerkurs", "norskopplæring på B1-nivå", "kurs i grunnleggende data",
                  "hygienekurs for næringsmiddelarbeidere", "førstehjelpskurs og varme arbeider"],
    "course_nn": ["truckførarkurs", "norskopplæring på B1-nivå", "kurs i grunnleggjande data",
                  "hygienekurs for næringsmiddelarbeidarar", "førstehjelpskurs og varme arbeid"],
    "school_nb": ["fullført grunnskole", "ett år på videregående, helse- og oppvekstfag",
                  "avbrutt vg2 restaurant- og matfag", "grunnskole fra hjemlandet"],
    "school_nn": ["fullført grunnskule", "eitt år på vidaregåande, helse- og oppvekstfag",
                  "avbrote vg2 restaurant- og matfag", "grunnskule frå heimlandet"],
}

FRAME = {
    "nb": {
        "title": ["Vedtak etter klage – kvalifiseringsprogram", "Nytt vedtak om kvalifiseringsprogram (omgjøring)",
                  "Vi har vurdert saken din på nytt – kvalifiseringsprogram"],
        "intro": ["Vi viser til klagen din på vårt vedtak om avslag på kvalifiseringsprogram.",
                  "Statsforvalteren i Innlandet har opphevet vårt tidligere vedtak og sendt saken tilbake til NAV "
                  "{office} for ny behandling. Vi har nå vurdert saken din på nytt.",
                  "Vi har vurdert saken din på nytt etter at du ba om det i et brev til oss i {month}."],
        "decision": ["Vi omgjør vedtaket og innvilger deg kvalifiseringsprogram fra {date}.",
                     "Klagen din tas til følge. Du får kvalifiseringsprogram i perioden {date} til {date2}.",
                     "NAV {office} har endret vedtaket. Du innvilges kvalifiseringsprogram fra {date}, jf. "
                     "sosialtjenesteloven § 29."],
        "general": ["Etter en ny gjennomgang mener vi at du fyller vilkårene i sosialtjenesteloven § 29. Nedenfor "
                    "går vi gjennom hvert vilkår.",
                    "For å få kvalifiseringsprogram må du være i yrkesaktiv alder, ha vesentlig nedsatt arbeids- og "
                    "inntektsevne og ingen eller svært begrensede ytelser til livsopphold. Programmet må være "
                    "nødvendig og hensiktsmessig, og kommunen må kunne tilby et tilpasset program. Hvert vilkår er "
                    "satt opp med vilkår, vurdering og konklusjon."],
        "reasons_heading": ["Vår nye vurdering", "Begrunnelse for det nye vedtaket", "Vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad under programmet"],
        "money": ["Du får kvalifiseringsstønad med kr {kvp_amount} per år. Stønaden utbetales hver måned og er "
                  "skattepliktig.",
                  "Kvalifiseringsstønaden er kr {kvp_amount} i året. Har du fått økonomisk sosialhjelp for samme "
                  "periode, blir dette avregnet."],
        "start": ["Programmet starter {date}. Veilederen din kaller deg inn til oppstartsmøte.",
                  "Oppstart er {date}, og programmet varer foreløpig i ett år."],
        "evaluation": ["Vi evaluerer programmet sammen med deg minst hver tredje måned.",
                       "Programmet følges opp i faste møter, og vi tar en evaluering etter tre måneder."],
        "appeal_heading": ["Klage på dette vedtaket", "Du kan klage"],
        "appeal": ["Dette er et nytt vedtak, og du kan klage på det innen tre uker fra du mottok det, jf. "
                   "forvaltningsloven § 29. Send klagen til NAV {office}. Opprettholder vi vedtaket, sender vi "
                   "klagen til Statsforvalteren i Innlandet.",
                   "Klagefristen er tre uker. Klagen sendes til NAV {office}, som vurderer saken før den eventuelt "
                   "går videre til Statsforvalteren i Innlandet."],
        "closing": ["Med vennlig hilsen", "Vennlig hilsen"],
    },
    "nn": {
        "title": ["Vedtak etter klage – kvalifiseringsprogram", "Nytt vedtak om kvalifiseringsprogram (omgjering)",
                  "Vi har vurdert saka di på nytt – kvalifiseringsprogram"],
        "intro": ["Vi viser til klaga di på vedtaket vårt om avslag på kvalifiseringsprogram.",
                  "Statsforvaltaren i Innlandet har oppheva det tidlegare vedtaket vårt og sendt saka tilbake til "
                  "NAV {office} for ny handsaming. Vi har no vurdert saka di på nytt.",
                  "Vi har vurdert saka di på nytt etter at du bad om det i eit brev til oss i {month}."],
        "decision": ["Vi gjer om vedtaket og innvilgar deg kvalifiseringsprogram frå {date}.",
                     "Klaga di vert teken til følgje. Du får kvalifiseringsprogram i perioden {date} til {date2}.",
                     "NAV {office} har endra vedtaket. Du får innvilga kvalifiseringsprogram frå {date}, jf. "
                     "sosialtenestelova § 29."],
        "general": ["Etter ein ny gjennomgang meiner vi at du fyller vilkåra i sosialtenestelova § 29. Nedanfor går "
                    "vi gjennom kvart vilkår.",
                    "For å få kvalifiseringsprogram må du vere i yrkesaktiv alder, ha vesentleg nedsett arbeids- og "
                    "inntektsevne og ingen eller svært avgrensa ytingar til livsopphald. Programmet må vere "
                    "naudsynt og føremålstenleg, og kommunen må kunne tilby eit tilpassa program."],
        "reasons_heading": ["Den nye vurderinga vår", "Grunngjeving for det nye vedtaket", "Vurdering"],
        "money_heading": ["Kvalifiseringsstønad", "Stønad medan du er i programmet"],
        "money": ["Du får kvalifiseringsstønad med kr {kvp_amount} per år. Stønaden vert utbetalt kvar månad og er "
                  "skattepliktig.",
                  "Kvalifiseringsstønaden er kr {kvp_amount} i året. Har du fått økonomisk sosialhjelp for same "
                  "periode, vert det avrekna."],
        "start": ["Programmet startar {date}. Rettleiaren din kallar deg inn til oppstartsmøte.",
                  "Oppstart er {date}, og programmet varer førebels i eitt år."],
        "evaluation": ["Vi evaluerer programmet saman med deg minst kvar tredje månad."],
        "appeal_heading": ["Klage på dette vedtaket", "Du kan klage"],
        "appeal": ["Dette er eit nytt vedtak, og du kan klage på det innan tre veker frå du fekk det, jf. "
                   "forvaltningslova § 29. Send klaga til NAV {office}. Held vi fast på vedtaket, sender vi klaga "
                   "til Statsforvaltaren i Innlandet.",
                   "Klagefristen er tre veker. Klaga sender du til NAV {office}, som vurderer saka før ho eventuelt "
                   "går vidare til Statsforvaltaren i Innlandet."],
        "closing": ["Med venleg helsing", "Venleg helsing"],
    },
}

HEADINGS = {
    "age": {
        "nb": ["Er du i yrkesaktiv alder?", "Alder", "Vilkåret om yrkesaktiv alder", "Yrkesaktiv alder"],
        "nn": ["Er du i yrkesaktiv alder?", "Alder", "Vilkåret om yrkesaktiv alder"],
    },
    "work_ability": {
        "nb": ["Har du vesentlig nedsatt arbeids- og inntektsevne?", "Arbeids- og inntektsevne",
               "Vesentlig nedsatt arbeidsevne", "Har du vesentlig nedsatt arbeidsevne?"],
        "nn": ["Har du vesentleg nedsett arbeids- og inntektsevne?", "Arbeids- og inntektsevne",
               "Vesentleg nedsett arbeidsevne"],
    },
    "benefits": {
        "nb": ["Har du ingen eller svært begrensede ytelser til livsopphold?", "Ytelser til livsopphold",
               "Inntekt og ytelser", "Økonomi"],
        "nn": ["Har du ingen eller svært avgrensa ytingar til livsopphald?", "Ytingar til livsopphald",
               "Inntekt og ytingar"],
    },
    "necessity": {
        "nb": ["Er programmet nødvendig og hensiktsmessig?", "Nødvendig og hensiktsmessig",
               "Arbeidsevnevurdering og behov for program", "Arbeidsevnevurderingen"],
        "nn": ["Er programmet naudsynt og føremålstenleg?", "Naudsynt og føremålstenleg",
               "Arbeidsevnevurdering og behov for program"],
    },
    "program": {
        "nb": ["Kan vi tilby deg et tilpasset program?", "Tilpasset program", "Innholdet i programmet",
               "Ditt program"],
        "nn": ["Kan vi tilby deg eit tilpassa program?", "Tilpassa program", "Innhaldet i programmet"],
    },
}

CRITERIA = {
    # ------------------------------------------------------------------ age
    "age": {
        "grounds": {
            "nb": [
                "Vilkår: Du må være i yrkesaktiv alder.\nVurdering: Du er {age} år.\nKonklusjon: Vilkåret er oppfylt.",
                "Du er født i {birth_year} og er dermed i yrkesaktiv alder.",
                "Er du i yrkesaktiv alder? Ja. Du er {age} år gammel.",
                "Alderen din ble ikke omtalt i det første vedtaket. Du er {age} år, og vilkåret om yrkesaktiv alder er "
                "oppfylt.",
                "Vilkår: yrkesaktiv alder (sotjl. § 29 første ledd).\nVurdering: Søker er født {birth_year}, altså {age} "
                "år på vedtakstidspunktet.\nKonklusjon: Oppfylt.",
                "Du er {age} år, verken for ung eller for gammel for programmet. Vi mener derfor at du er i yrkesaktiv alder.",
                "Statsforvalteren påpekte at vi ikke hadde skrevet noe om alder. Vi retter det her: Du er født i "
                "{birth_year} og var {age} år da du søkte.",
                "Alder: {age} år – innenfor yrkesaktiv alder.",
                "Du fylte {age} år i {month}. Du er over 18 år og under pensjonsalder, og vilkåret er oppfylt.",
                "Vurdering: Ifølge folkeregisteret er du født i {birth_year}. Du er dermed i yrkesaktiv alder.",
                "Du er {age} år. Det er ikke noe i saken som tilsier at du snart skal over på alderspensjon.",
                "Vilkåret om alder var ikke omstridt i klagesaken. For ordens skyld: du er {age} år (født {birth_year}), "
                "og du er i yrkesaktiv alder.",
            ],
            "nn": [
                "Vilkår: Du må vere i yrkesaktiv alder.\nVurdering: Du er {age} år.\nKonklusjon: Vilkåret er oppfylt.",
                "Du er fødd i {birth_year} og er difor i yrkesaktiv alder.",
                "Er du i yrkesaktiv alder? Ja, du er {age} år gammal.",
                "Alderen din vart ikkje omtalt i det første vedtaket. Du er {age} år, og vilkåret om yrkesaktiv alder "
                "er oppfylt.",
                "Vilkår: yrkesaktiv alder (sotjl. § 29 første ledd).\nVurdering: Søkjaren er fødd {birth_year}, altså "
                "{age} år då vedtaket vart gjort.\nKonklusjon: Oppfylt.",
                "Du er {age} år, verken for ung eller for gammal for programmet. Vi meiner difor at du er i yrkesaktiv alder.",
                "Statsforvaltaren peika på at vi ikkje hadde skrive noko om alder. Vi rettar det her: Du er fødd i "
                "{birth_year} og var {age} år då du søkte.",
                "Alder: {age} år – innanfor yrkesaktiv alder.",
                "Du fylte {age} år i {month}. Du er over 18 år og under pensjonsalder, så vilkåret er oppfylt.",
                "Vurdering: I folkeregisteret står du fødd i {birth_year}. Du er dermed i yrkesaktiv alder.",
                "Du er {age} år. Det er ingenting i saka som tyder på at du snart skal over på alderspensjon.",
                "Vilkåret om alder var ikkje omstridt i klagesaka. For ordens skuld: du er {age} år (fødd {birth_year}) "
                "og i yrkesaktiv alder.",
            ],
        },
        "named": {
            "nb": [
                "Vilkår: yrkesaktiv alder.\nVurdering: Dette er ikke endret siden forrige vedtak.\nKonklusjon: "
                "Vilkåret er oppfylt.",
                "Du er i yrkesaktiv alder.",
                "Er du i yrkesaktiv alder? Ja.",
                "Vilkåret om alder er oppfylt, slik vi også la til grunn i det første vedtaket.",
                "Alder: oppfylt, jf. opplysningene i saken.",
                "Det er ikke uenighet om dette vilkåret. Du fyller aldersvilkåret.",
                "Konklusjon: Vi mener fortsatt at du er innenfor aldersgruppen loven gjelder for.",
            ],
            "nn": [
                "Vilkår: yrkesaktiv alder.\nVurdering: Dette er ikkje endra sidan førre vedtak.\nKonklusjon: "
                "Vilkåret er oppfylt.",
                "Du er i yrkesaktiv alder.",
                "Er du i yrkesaktiv alder? Ja.",
                "Vilkåret om alder er oppfylt, slik vi òg la til grunn i det første vedtaket.",
                "Alder: oppfylt, jf. opplysningane i saka.",
                "Det er ikkje usemje om dette vilkåret. Du fyller aldersvilkåret.",
                "Konklusjon: Vi meiner framleis at du er innanfor aldersgruppa lova gjeld for.",
            ],
        },
        "quoted": {
            "nb": [
                "Vilkår: Kvalifiseringsprogram kan gis til personer i yrkesaktiv alder, jf. sosialtjenesteloven § 29 "
                "første ledd.",
                "Etter sosialtjenesteloven § 29 er programmet for personer i yrkesaktiv alder. Nedre grense er 18 år.",
                "Loven sier at du må være i yrkesaktiv alder for å få kvalifiseringsprogram.",
                "Rundskrivet til sosialtjenesteloven (hovednr. 35) sier at programmet er ment for personer i "
                "yrkesaktiv alder, fra fylte 18 år.",
                "Statsforvalteren har minnet om at vedtaket skal ta stilling til om søkeren er i yrkesaktiv alder, "
                "jf. § 29.",
                "Yrkesaktiv alder, jf. sotjl. § 29: Programmet gjelder personer som er gamle nok til å arbeide og "
                "ikke har nådd pensjonsalder.",
            ],
            "nn": [
                "Vilkår: Kvalifiseringsprogram kan givast til personar i yrkesaktiv alder, jf. sosialtenestelova § 29 "
                "første ledd.",
                "Etter sosialtenestelova § 29 er programmet for personar i yrkesaktiv alder. Nedre grense er 18 år.",
                "Lova seier at du må vere i yrkesaktiv alder for å få kvalifiseringsprogram.",
                "Rundskrivet til sosialtenestelova (hovudnr. 35) seier at programmet er meint for personar i "
                "yrkesaktiv alder, frå fylte 18 år.",
                "Statsforvaltaren har mint om at vedtaket skal ta stilling til om søkjaren er i yrkesaktiv alder, "
                "jf. § 29.",
                "Yrkesaktiv alder, jf. sotjl. § 29: Programmet gjeld personar som er gamle nok til å arbeide og "
                "ikkje har nådd pensjonsalder.",
            ],
        },
        "negated": {
            "nb": [
                "Vilkår: yrkesaktiv alder.\nVurdering: Ikke vurdert i denne omgang.\nKonklusjon: –",
                "Alder er ikke vurdert på nytt i klagebehandlingen.",
                "[Alder – fylles ut av saksbehandler]",
                "Vi har ikke gått gjennom aldersvilkåret på nytt, fordi klagen ikke gjaldt dette.",
            ],
            "nn": [
                "Vilkår: yrkesaktiv alder.\nVurdering: Ikkje vurdert i denne omgangen.\nKonklusjon: –",
                "Alder er ikkje vurdert på nytt i klagehandsaminga.",
                "[Alder – fyllast ut av sakshandsamar]",
                "Vi har ikkje gått gjennom aldersvilkåret på nytt, sidan klaga ikkje gjaldt dette.",
            ],
        },
    },
    # ------------------------------------------------------------------ work_ability
    "work_ability": {
        "grounds": {
            "nb": [
                "Vilkår: Du må ha vesentlig nedsatt arbeids- og inntektsevne.\nVurdering: I det første vedtaket la vi "
                "vekt på at du hadde jobbet som {job_nb} fram til {year}. Med klagen kom en ny legeerklæring fra "
                "{source}, som viser at du har {diagnosis} og ikke har klart å stå i arbeid siden.\nKonklusjon: "
                "Vilkåret er oppfylt.",
                "Har du vesentlig nedsatt arbeidsevne? Ja. Du har {diagnosis} og har ikke vært i arbeid de siste "
                "{years} årene.",
                "Du skriver i klagen at {diagnosis} gjør at du ikke klarer en vanlig arbeidsdag. Dette er nå bekreftet "
                "av {source}. Vi er enige i at arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Du har {school_nb} og kort arbeidserfaring som {job_nb}. Sammen med {diagnosis} gjør dette at du har "
                "vesentlig nedsatt arbeids- og inntektsevne.",
                "Vurdering: Den siste jobben din, som {job_nb} i {year}, ble avsluttet etter kort tid fordi du "
                "ikke klarte mer enn noen timer i uka. Vi har lagt mer vekt på dette enn vi gjorde sist.",
                "Statsforvalteren mente at vi ikke hadde vurdert helsen din godt nok. Vi har nå innhentet opplysninger "
                "fra {source}. Der går det fram at du har {diagnosis}, at du er i behandling, og at du ikke har vært i "
                "jobb siden {year}. Arbeidsevnen din er derfor vesentlig nedsatt.",
                "Arbeidsevne: vesentlig nedsatt – {diagnosis}, ute av arbeid siden {year}, ingen fullført "
                "utdanning utover {school_nb}.",
                "Du har vært borte fra jobben som {job_nb} i lange perioder på grunn av helsen, og "
                "arbeidsforholdet ble avsluttet i "
                "{month} {year}. Siden da har du ikke vært i arbeid.",
                "Vilkår: vesentlig nedsatt arbeids- og inntektsevne\nVurdering:\n– diagnose: {diagnosis} (erklæring "
                "fra {source})\n– siste arbeid: {job_nb}, avsluttet {year}\n– utdanning: {school_nb}\nKonklusjon: "
                "Oppfylt.",
                "Vi avslo først fordi vi mente du kunne gå rett ut i arbeid. Etter samtalen vi hadde med deg {date} og "
                "de nye opplysningene om {diagnosis}, ser vi at det ikke er realistisk nå. Du har ikke vært i arbeid på "
                "{years} år.",
                "I klagen viser du til at du aldri har hatt fast arbeid. Det stemmer med opplysningene våre: du har "
                "bare hatt korte vikariater som {job_nb}, og du har {diagnosis}. Vi er enige med deg.",
                "Du har {diagnosis}, og {source} skriver at du tåler lite stress og trenger lang tid på nye "
                "oppgaver. Inntektsevnen din er dermed vesentlig redusert.",
            ],
            "nn": [
                "Vilkår: Du må ha vesentleg nedsett arbeids- og inntektsevne.\nVurdering: I det første vedtaket la vi "
                "vekt på at du hadde arbeidd som {job_nn} fram til {year}. Med klaga kom det ei ny legeerklæring frå "
                "{source}, som viser at du har {diagnosis} og ikkje har klart å stå i arbeid sidan.\nKonklusjon: "
                "Vilkåret er oppfylt.",
                "Har du vesentleg nedsett arbeidsevne? Ja. Du har {diagnosis} og har ikkje vore i arbeid dei siste "
                "{years} åra.",
                "Du skriv i klaga at {diagnosis} gjer at du ikkje klarer ein vanleg arbeidsdag. Dette er no stadfesta "
                "av {source}. Vi er samde i at arbeids- og inntektsevna di er vesentleg nedsett.",
                "Du har {school_nn} og kort arbeidserfaring som {job_nn}. Saman med {diagnosis} gjer dette at du har "
                "vesentleg nedsett arbeids- og inntektsevne.",
                "Vurdering: Den siste jobben din, som {job_nn} i {year}, vart avslutta etter kort tid fordi du "
                "ikkje klarte meir enn nokre timar i veka. Vi har lagt meir vekt på dette enn vi gjorde sist.",
                "Statsforvaltaren meinte at vi ikkje hadde vurdert helsa di godt nok. Vi har no henta inn opplysningar "
                "frå {source}. Der går det fram at du har {diagnosis}, at du er i behandling, og at du ikkje har vore "
                "i jobb sidan {year}. Arbeidsevna di er difor vesentleg nedsett.",
                "Arbeidsevne: vesentleg nedsett – {diagnosis}, utan arbeid sidan {year}, inga fullført utdanning "
                "utover {school_nn}.",
                "Du har vore borte frå jobben som {job_nn} i lange periodar på grunn av helsa, og "
                "arbeidsforholdet vart avslutta i "
                "{month} {year}. Sidan då har du ikkje vore i arbeid.",
                "Vilkår: vesentleg nedsett arbeids- og inntektsevne\nVurdering:\n– diagnose: {diagnosis} (erklæring "
                "frå {source})\n– siste arbeid: {job_nn}, avslutta {year}\n– utdanning: {school_nn}\nKonklusjon: "
                "Oppfylt.",
                "Vi gav først avslag fordi vi meinte du kunne gå rett ut i arbeid. Etter samtalen vi hadde med deg "
                "{date} og dei nye opplysningane om {diagnosis}, ser vi at det ikkje er realistisk no. Du har ikkje "
                "vore i arbeid på {years} år.",
                "I klaga viser du til at du aldri har hatt fast arbeid. Det stemmer med opplysningane våre: du har "
                "berre hatt korte vikariat som {job_nn}, og du har {diagnosis}. Vi er samde med deg.",
                "Du har {diagnosis}, og {source} skriv at du toler lite stress og treng lang tid på nye oppgåver. "
                "Inntektsevna di er dermed vesentleg redusert.",
            ],
        },
        "named": {
            "nb": [
                "Vilkår: vesentlig nedsatt arbeids- og inntektsevne.\nVurdering: Vi har sett på saken på nytt og er "
                "enige i det du skriver i klagen.\nKonklusjon: Vilkåret er oppfylt.",
                "Har du vesentlig nedsatt arbeidsevne? Ja, etter en samlet vurdering.",
                "Arbeids- og inntektsevnen din er vesentlig nedsatt.",
                "Etter en ny gjennomgang av dokumentene i saken mener vi at vilkåret er oppfylt.",
                "Vi har endret vurderingen vår på dette punktet. Vilkåret anses nå som oppfylt.",
                "Arbeidsevne: se arbeidsevnevurderingen. Oppfylt.",
                "Den nye dokumentasjonen du har sendt inn, har vi tatt med i vurderingen. Vi mener nå at du har "
                "vesentlig nedsatt arbeids- og inntektsevne.",
            ],
            "nn": [
                "Vilkår: vesentleg nedsett arbeids- og inntektsevne.\nVurdering: Vi har sett på saka på nytt og er "
                "samde i det du skriv i klaga.\nKonklusjon: Vilkåret er oppfylt.",
                "Har du vesentleg nedsett arbeidsevne? Ja, etter ei samla vurdering.",
                "Arbeids- og inntektsevna di er vesentleg nedsett.",
                "Etter ein ny gjennomgang av dokumenta i saka meiner vi at vilkåret er oppfylt.",
                "Vi har endra vurderinga vår på dette punktet. Vilkåret er no rekna som oppfylt.",
                "Arbeidsevne: sjå arbeidsevnevurderinga. Oppfylt.",
                "Den nye dokumentasjonen du har sendt inn, har vi teke med i vurderinga. Vi meiner no at du har "
                "vesentleg nedsett arbeids- og inntektsevne.",
            ],
        },
        "quoted": {
            "nb": [
                "Vilkår: Det er et vilkår at søkeren har vesentlig nedsatt arbeids- og inntektsevne, jf. "
                "sosialtjenesteloven § 29 første ledd.",
                "Etter rundskrivet må arbeids- og inntektsevnen være nedsatt i betydelig grad. Årsaken kan være "
                "helse, men også sosiale forhold, manglende utdanning eller lang tid utenfor arbeidslivet.",
                "Loven krever at arbeidsevnen din er vesentlig redusert. Det betyr at det må være mer enn små "
                "hindringer for å komme i jobb.",
                "Statsforvalteren har i sin avgjørelse uttalt at kommunen må vurdere arbeids- og inntektsevnen "
                "konkret og ikke bare vise til vilkåret.",
                "Vesentlig nedsatt arbeids- og inntektsevne kan skyldes helsemessige og/eller sosiale forhold, jf. "
                "Ot.prp. nr. 70 (2006–2007) og rundskrivet.",
                "Det er ikke et krav om diagnose. Det avgjørende er om arbeids- og inntektsevnen er vesentlig nedsatt.",
            ],
            "nn": [
                "Vilkår: Det er eit vilkår at søkjaren har vesentleg nedsett arbeids- og inntektsevne, jf. "
                "sosialtenestelova § 29 første ledd.",
                "Etter rundskrivet må arbeids- og inntektsevna vere nedsett i monaleg grad. Årsaka kan vere helse, "
                "men òg sosiale forhold, manglande utdanning eller lang tid utanfor arbeidslivet.",
                "Lova krev at arbeidsevna di er vesentleg redusert. Det tyder at det må vere meir enn små hindringar "
                "for å kome i jobb.",
                "Statsforvaltaren har i avgjerda si uttalt at kommunen må vurdere arbeids- og inntektsevna konkret og "
                "ikkje berre vise til vilkåret.",
                "Vesentleg nedsett arbeids- og inntektsevne kan kome av helsemessige og/eller sosiale forhold, jf. "
                "Ot.prp. nr. 70 (2006–2007) og rundskrivet.",
                "Det er ikkje krav om diagnose. Det avgjerande er om arbeids- og inntektsevna er vesentleg nedsett.",
            ],
        },
        "negated": {
            "nb": [
                "Vilkår: vesentlig nedsatt arbeids- og inntektsevne.\nVurdering: Vi har ennå ikke fått den nye "
                "legeerklæringen. Vilkåret vurderes når den foreligger.\nKonklusjon: Ikke avklart.",
                "Arbeidsevnen din er ikke dokumentert i saken, og vi har ikke vurdert den på nytt.",
                "Vurdering av arbeids- og inntektsevne: [sett inn tekst]",
                "Dette vilkåret ble heller ikke vurdert i det første vedtaket. Det vil bli vurdert i forbindelse med "
                "arbeidsevnevurderingen.",
            ],
            "nn": [
                "Vilkår: vesentleg nedsett arbeids- og inntektsevne.\nVurdering: Vi har enno ikkje fått den nye "
                "legeerklæringa. Vilkåret vert vurdert når ho ligg føre.\nKonklusjon: Ikkje avklart.",
                "Arbeidsevna di er ikkje dokumentert i saka, og vi har ikkje vurdert ho på nytt.",
                "Vurdering av arbeids- og inntektsevne: [set inn tekst]",
                "Dette vilkåret vart heller ikkje vurdert i det første vedtaket. Det vil bli vurdert saman med "
                "arbeidsevnevurderinga.",
            ],
        },
    },
    # ------------------------------------------------------------------ benefits
    "benefits": {
        "grounds": {
            "nb": [
                "Vilkår: Du må ha ingen eller svært begrensede ytelser til livsopphold.\nVurdering: {benefit_nb} "
                "ble stanset {date}. Siden da har du levd av økonomisk sosialhjelp.\nKonklusjon: Vilkåret er oppfylt.",
                "Har du ingen eller svært begrensede ytelser? Ja. Du har ingen inntekt og får bare bostøtte på "
                "{amount} i måneden.",
                "I det første vedtaket skrev vi at du hadde rett til {benefit_nb}. Det var feil: retten din gikk ut i "
                "{month} {year}, og du har ikke andre ytelser nå.",
                "Du har mottatt økonomisk sosialhjelp til livsopphold hver måned siden {month} {year}. Du har ikke "
                "rett til {benefit_nb}.",
                "Ytelser: ingen. Sosialhjelp {amount}/mnd siden {year}.",
                "Du skriver i klagen at du ikke har noen inntekt. Kontoutskriftene du har sendt inn, bekrefter at "
                "du bare har hatt utbetalinger fra NAV {office} som sosialhjelp, i alt {amount} i forrige måned.",
                "Vurdering: Du har søkt om {benefit_nb}, men fikk avslag {date}. Du har ingen annen inntekt. Vi mener "
                "derfor at du har svært begrensede ytelser til livsopphold.",
                "Du har en liten lønnsinntekt på rundt {amount} i måneden. Det er ikke nok å leve "
                "av, og du har ingen andre ytelser.",
                "Vilkår: ingen eller svært begrensede ytelser til livsopphold\nVurdering:\n– {benefit_nb}: opphørte "
                "{date}\n– arbeidsinntekt: ingen\n– sosialhjelp: {amount} per måned\nKonklusjon: Oppfylt.",
                "Statsforvalteren ba oss undersøke om du hadde rett til {benefit_nb}. Det har vi gjort. Du har brukt "
                "opp perioden din, og den siste utbetalingen var i {month} {year}.",
                "Du er enslig, har ingen inntekt og har ikke opptjent rett til dagpenger "
                "fordi inntekten din har vært for lav "
                "de siste {years} årene.",
                "Ytelser til livsopphold: Du mottar barnetrygd og bostøtte, til sammen {amount} i måneden. Dette er "
                "svært begrensede ytelser.",
            ],
            "nn": [
                "Vilkår: Du må ha ingen eller svært avgrensa ytingar til livsopphald.\nVurdering: {benefit_nn} vart "
                "stansa {date}. Sidan då har du levd av økonomisk sosialhjelp.\nKonklusjon: Vilkåret er oppfylt.",
                "Har du ingen eller svært avgrensa ytingar? Ja. Du har inga inntekt og får berre bustøtte på "
                "{amount} i månaden.",
                "I det første vedtaket skreiv vi at du hadde rett på {benefit_nn}. Det var feil: retten din gjekk ut i "
                "{month} {year}, og du har ingen andre ytingar no.",
                "Du har fått økonomisk sosialhjelp til livsopphald kvar månad sidan {month} {year}. Du har ikkje "
                "rett på {benefit_nn}.",
                "Ytingar: ingen. Sosialhjelp {amount}/mnd sidan {year}.",
                "Du skriv i klaga at du ikkje har noka inntekt. Kontoutskriftene du har sendt inn, stadfestar at du "
                "berre har hatt utbetalingar frå NAV {office} som sosialhjelp, i alt {amount} førre månad.",
                "Vurdering: Du har søkt om {benefit_nn}, men fekk avslag {date}. Du har inga anna inntekt. Vi meiner "
                "difor at du har svært avgrensa ytingar til livsopphald.",
                "Du har ei lita lønsinntekt på rundt {amount} i månaden. Det er ikkje nok å leve "
                "av, og du har ingen andre ytingar.",
                "Vilkår: ingen eller svært avgrensa ytingar til livsopphald\nVurdering:\n– {benefit_nn}: opphøyrde "
                "{date}\n– arbeidsinntekt: inga\n– sosialhjelp: {amount} per månad\nKonklusjon: Oppfylt.",
                "Statsforvaltaren bad oss undersøkje om du hadde rett på {benefit_nn}. Det har vi gjort. Du har brukt "
                "opp perioden din, og den siste utbetalinga var i {month} {year}.",
                "Du er einsleg, har inga inntekt og har ikkje opptent rett på dagpengar "
                "fordi inntekta di har vore for låg "
                "dei siste {years} åra.",
                "Ytingar til livsopphald: Du får barnetrygd og bustøtte, til saman {amount} i månaden. Dette er svært "
                "avgrensa ytingar.",
            ],
        },
        "named": {
            "nb": [
                "Vilkår: ingen eller svært begrensede ytelser til livsopphold.\nVurdering: Ingen endring siden "
                "forrige vedtak.\nKonklusjon: Oppfylt.",
                "Du har ingen eller svært begrensede ytelser til livsopphold.",
                "Har du ingen eller svært begrensede ytelser til livsopphold? Ja.",
                "Vi er enige med deg i klagen: Vilkåret om ytelser er oppfylt.",
                "Økonomi: vilkåret er oppfylt, jf. opplysninger i saken.",
                "Inntektssituasjonen din er gjennomgått på nytt, og vi mener at du fyller dette vilkåret.",
                "Etter en konkret vurdering er vilkåret om begrensede ytelser oppfylt.",
            ],
            "nn": [
                "Vilkår: ingen eller svært avgrensa ytingar til livsopphald.\nVurdering: Inga endring sidan førre "
                "vedtak.\nKonklusjon: Oppfylt.",
                "Du har ingen eller svært avgrensa ytingar til livsopphald.",
                "Har du ingen eller svært avgrensa ytingar til livsopphald? Ja.",
                "Vi er samde med deg i klaga: Vilkåret om ytingar er oppfylt.",
                "Økonomi: vilkåret er oppfylt, jf. opplysningar i saka.",
                "Inntektssituasjonen din er gjennomgått på nytt, og vi meiner at du fyller dette vilkåret.",
                "Etter ei konkret vurdering er vilkåret om avgrensa ytingar oppfylt.",
            ],
        },
        "quoted": {
            "nb": [
                "Vilkår: Søkeren må ikke ha, eller bare ha svært begrensede, ytelser til livsopphold etter "
                "folketrygdloven eller arbeidsmarkedsloven, jf. sosialtjenesteloven § 29.",
                "Etter § 29 kan kvalifiseringsprogram gis til personer som har ingen eller svært begrensede ytelser "
                "til livsopphold.",
                "Loven sier at du ikke kan ha andre ytelser som dekker livsoppholdet ditt.",
                "Rundskrivet presiserer at personer som har rett til arbeidsavklaringspenger, som hovedregel ikke er "
                "i målgruppen. Økonomisk sosialhjelp regnes ikke som en ytelse i denne sammenheng.",
                "Statsforvalteren har påpekt at vedtaket må vise hvilke ytelser søkeren har, og hvorfor de er svært "
                "begrensede.",
                "Med «svært begrensede ytelser» menes ytelser som ikke gir tilstrekkelig grunnlag for livsopphold, "
                "jf. rundskrivet til § 29.",
            ],
            "nn": [
                "Vilkår: Søkjaren må ikkje ha, eller berre ha svært avgrensa, ytingar til livsopphald etter "
                "folketrygdlova eller arbeidsmarknadslova, jf. sosialtenestelova § 29.",
                "Etter § 29 kan kvalifiseringsprogram givast til personar som har ingen eller svært avgrensa "
                "ytingar til livsopphald.",
                "Lova seier at du ikkje kan ha andre ytingar som dekkjer livsopphaldet ditt.",
                "Rundskrivet presiserer at personar som har rett på arbeidsavklaringspengar, som hovudregel ikkje "
                "er i målgruppa. Økonomisk sosialhjelp vert ikkje rekna som yting i denne samanhengen.",
                "Statsforvaltaren har peika på at vedtaket må vise kva ytingar søkjaren har, og kvifor dei er svært "
                "avgrensa.",
                "Med «svært avgrensa ytingar» er meint ytingar som ikkje gir tilstrekkeleg grunnlag for "
                "livsopphald, jf. rundskrivet til § 29.",
            ],
        },
        "negated": {
            "nb": [
                "Vilkår: ingen eller svært begrensede ytelser.\nVurdering: Vi mangler fortsatt opplysninger om "
                "inntekten din.\nKonklusjon: Vurderes når dokumentasjonen er mottatt.",
                "Ytelser til livsopphold er ikke vurdert i klageomgangen.",
                "Økonomi: [fyll inn]",
                "Det er ikke dokumentert hvilke ytelser du har, og vilkåret er derfor ikke vurdert.",
            ],
            "nn": [
                "Vilkår: ingen eller svært avgrensa ytingar.\nVurdering: Vi manglar framleis opplysningar om "
                "inntekta di.\nKonklusjon: Vert vurdert når dokumentasjonen er motteken.",
                "Ytingar til livsopphald er ikkje vurderte i klageomgangen.",
                "Økonomi: [fyll inn]",
                "Det er ikkje dokumentert kva ytingar du har, og vilkåret er difor ikkje vurdert.",
            ],
        },
    },
    # ------------------------------------------------------------------ necessity
    "necessity": {
        "grounds": {
            "nb": [
                "Vilkår: Programmet må være nødvendig og hensiktsmessig.\nVurdering: Arbeidsevnevurderingen av {date} "
                "konkluderer med at du har behov for spesielt tilpasset innsats. Den bygger på samtaler med deg og "
                "erklæringen fra {source}. Vanlige tiltak har ikke vært nok: du avbrøt "
                "arbeidstreningen hos {workplace} i {year}.\nKonklusjon: Vilkåret er oppfylt.",
                "Er programmet nødvendig og hensiktsmessig? Ja. Arbeidsevnevurderingen viser at du trenger tett "
                "oppfølging over tid, og at du har vært i enkelttiltak i {years} år uten å komme nærmere arbeid.",
                "I det første vedtaket mente vi at du kunne klare deg med vanlig bistand fra NAV. I den nye "
                "arbeidsevnevurderingen ({date}) kommer det fram at du har vært i jobbklubb og andre "
                "ordinære tiltak uten "
                "å komme nærmere arbeid. Et helhetlig program er derfor nødvendig.",
                "Arbeidsevnevurdering {date}: behov for spesielt tilpasset innsats. Vanlige tiltak (jobbklubb, "
                "kort arbeidstrening) har ikke vært nok. Du trenger tett oppfølging over tid.",
                "Statsforvalteren påpekte at vedtaket ikke sa hva arbeidsevnevurderingen bygget på. Den bygger på "
                "samtaler med deg i {month}, legeerklæring fra {source} og rapport fra arbeidsutprøving hos "
                "{workplace}. Den viser at du har ressurser, men trenger et strukturert program for å komme i jobb.",
                "Du skriver i klagen at du har vært i mange enkelttiltak uten at noe har hjulpet. Vi er enige: "
                "arbeidsevnevurderingen viser at du trenger en fast plan med aktivitet hver dag og en fast veileder.",
                "Vurdering: Du har prøvd jobbklubb og et kort AMO-kurs uten å komme i arbeid. "
                "Arbeidsevnevurderingen konkluderer "
                "med at du trolig kan komme i arbeid med opplæring og tett oppfølging. Programmet er derfor "
                "hensiktsmessig.",
                "Vi har lagt vekt på at behandleren din ved {source} mener at et samlet arbeidsrettet "
                "program vil hjelpe deg mer enn enkelttiltak. Arbeidsevnevurderingen av {date} sier det samme.",
                "Nødvendig og hensiktsmessig:\n– AEV {date}: spesielt tilpasset innsats\n– tidligere tiltak: "
                "arbeidstrening hos {workplace}, avbrutt\n– behandler ({source}) støtter arbeidsrettet program",
                "Du har gått på norskkurs og jobbklubb hver for seg i {years} år uten å komme videre. "
                "Arbeidsevnevurderingen viser at du har behov for både norskopplæring og arbeidstrening samtidig. "
                "Det kan du bare få i et samlet program.",
                "Den nye arbeidsevnevurderingen ble gjort {date}, etter at du klaget. Den viser at du kan jobbe som "
                "{job_nb} på sikt, men at du nå trenger {months} måneder med tilrettelagt trening først.",
                "Er kvalifiseringsprogram riktig for deg? Ja. Du har fått oppfølging fra NAV siden {year} uten å komme i "
                "jobb, og arbeidsevnevurderingen peker på at du trenger et program på full tid med tett oppfølging.",
            ],
            "nn": [
                "Vilkår: Programmet må vere naudsynt og føremålstenleg.\nVurdering: Arbeidsevnevurderinga av {date} "
                "konkluderer med at du treng spesielt tilpassa innsats. Ho byggjer på samtalar med deg og erklæringa "
                "frå {source}. Vanlege tiltak har ikkje vore nok: du avbraut arbeidstreninga hos "
                "{workplace} i {year}.\nKonklusjon: Vilkåret er oppfylt.",
                "Er programmet naudsynt og føremålstenleg? Ja. Arbeidsevnevurderinga viser at du treng tett "
                "oppfølging over tid, og at du har vore i einskildtiltak i {years} år utan å kome nærare arbeid.",
                "I det første vedtaket meinte vi at du kunne klare deg med vanleg bistand frå NAV. I den nye "
                "arbeidsevnevurderinga ({date}) kjem det fram at du har vore i jobbklubb og andre "
                "ordinære tiltak utan å "
                "kome nærare arbeid. Eit heilskapleg program er difor naudsynt.",
                "Arbeidsevnevurdering {date}: behov for spesielt tilpassa innsats. Vanlege tiltak (jobbklubb, "
                "kort arbeidstrening) har ikkje vore nok. Du treng tett oppfølging over tid.",
                "Statsforvaltaren peika på at vedtaket ikkje sa kva arbeidsevnevurderinga bygde på. Ho byggjer på "
                "samtalar med deg i {month}, legeerklæring frå {source} og rapport frå arbeidsutprøving hos "
                "{workplace}. Ho viser at du har ressursar, men treng eit strukturert program for å kome i jobb.",
                "Du skriv i klaga at du har vore i mange einskildtiltak utan at noko har hjelpt. Vi er samde: "
                "arbeidsevnevurderinga viser at du treng ein fast plan med aktivitet kvar dag og ein fast rettleiar.",
                "Vurdering: Du har prøvd jobbklubb og eit kort AMO-kurs utan å kome i arbeid. "
                "Arbeidsevnevurderinga konkluderer "
                "med at du truleg kan kome i arbeid med opplæring og tett oppfølging. Programmet er difor "
                "føremålstenleg.",
                "Vi har lagt vekt på at behandlaren din ved {source} meiner at "
                "eit samla arbeidsretta program vil hjelpe deg meir enn einskildtiltak. "
                "Arbeidsevnevurderinga av {date} seier det same.",
                "Naudsynt og føremålstenleg:\n– AEV {date}: spesielt tilpassa innsats\n– tidlegare tiltak: "
                "arbeidstrening hos {workplace}, avbrote\n– behandlar ({source}) støttar arbeidsretta program",
                "Du har gått på norskkurs og jobbklubb kvar for seg i {years} år utan å kome vidare. "
                "Arbeidsevnevurderinga viser at du treng både norskopplæring og arbeidstrening samstundes. Det kan du "
                "berre få i eit samla program.",
                "Den nye arbeidsevnevurderinga vart gjord {date}, etter at du klaga. Ho viser at du kan arbeide som "
                "{job_nn} på sikt, men at du no treng {months} månader med tilrettelagd trening først.",
                "Er kvalifiseringsprogram rett for deg? Ja. Du har fått oppfølging frå NAV sidan {year} utan å kome i "
                "jobb, og arbeidsevnevurderinga peikar på at du treng eit program på full tid med tett oppfølging.",
            ],
        },
        "named": {
            "nb": [
                "Vilkår: nødvendig og hensiktsmessig.\nVurdering: Vi viser til arbeidsevnevurderingen.\nKonklusjon: "
                "Vilkåret er oppfylt.",
                "Programmet er nødvendig og hensiktsmessig for deg.",
                "Er programmet nødvendig og hensiktsmessig? Ja, jf. arbeidsevnevurderingen.",
                "Det er gjennomført en arbeidsevnevurdering. Etter en helhetsvurdering mener vi at vilkåret er "
                "oppfylt.",
                "Vi har tatt hensyn til det du skriver i klagen, og har kommet til at programmet er nødvendig og "
                "hensiktsmessig.",
                "Nødvendig og hensiktsmessig: ja (se AEV i saken).",
                "Vi mener nå, i motsetning til i det første vedtaket, at kvalifiseringsprogram er riktig tiltak.",
            ],
            "nn": [
                "Vilkår: naudsynt og føremålstenleg.\nVurdering: Vi viser til arbeidsevnevurderinga.\nKonklusjon: "
                "Vilkåret er oppfylt.",
                "Programmet er naudsynt og føremålstenleg for deg.",
                "Er programmet naudsynt og føremålstenleg? Ja, jf. arbeidsevnevurderinga.",
                "Det er gjennomført ei arbeidsevnevurdering. Etter ei heilskapsvurdering meiner vi at vilkåret er "
                "oppfylt.",
                "Vi har teke omsyn til det du skriv i klaga, og har kome til at programmet er naudsynt og "
                "føremålstenleg.",
                "Naudsynt og føremålstenleg: ja (sjå AEV i saka).",
                "Vi meiner no, i motsetnad til i det første vedtaket, at kvalifiseringsprogram er rett tiltak.",
            ],
        },
        "quoted": {
            "nb": [
                "Vilkår: Programmet må etter en arbeidsevnevurdering anses nødvendig og hensiktsmessig for å styrke "
                "søkerens mulighet for deltakelse i arbeidslivet, jf. sosialtjenesteloven § 29 første ledd.",
                "Det skal gjøres en arbeidsevnevurdering etter NAV-loven § 14 a før det vurderes om "
                "kvalifiseringsprogram er aktuelt.",
                "Loven sier at programmet må være nødvendig og hensiktsmessig for at du skal komme nærmere arbeid, "
                "og at NAV først skal ha vurdert arbeidsevnen din.",
                "Statsforvalteren har uttalt at vedtaket må vise hva arbeidsevnevurderingen bygger på, og hvorfor "
                "programmet er nødvendig og hensiktsmessig for den enkelte.",
                "Etter rundskrivet er kvalifiseringsprogram nødvendig når andre tiltak ikke er tilstrekkelige, og "
                "hensiktsmessig når det er sannsynlig at programmet vil bedre muligheten for arbeid.",
                "Det er et krav at NAV har konkludert med behov for spesielt tilpasset innsats, jf. NAV-loven § 14 a.",
            ],
            "nn": [
                "Vilkår: Programmet må etter ei arbeidsevnevurdering reknast som naudsynt og føremålstenleg for å "
                "styrkje moglegheita søkjaren har for å delta i arbeidslivet, jf. sosialtenestelova § 29 første ledd.",
                "Det skal gjerast ei arbeidsevnevurdering etter NAV-lova § 14 a før det vert vurdert om "
                "kvalifiseringsprogram er aktuelt.",
                "Lova seier at programmet må vere naudsynt og føremålstenleg for at du skal kome nærare arbeid, og at "
                "NAV først skal ha vurdert arbeidsevna di.",
                "Statsforvaltaren har uttalt at vedtaket må vise kva arbeidsevnevurderinga byggjer på, og kvifor "
                "programmet er naudsynt og føremålstenleg for den einskilde.",
                "Etter rundskrivet er kvalifiseringsprogram naudsynt når andre tiltak ikkje er tilstrekkelege, og "
                "føremålstenleg når det er sannsynleg at programmet vil betre moglegheita for arbeid.",
                "Det er eit krav at NAV har konkludert med behov for spesielt tilpassa innsats, jf. NAV-lova § 14 a.",
            ],
        },
        "negated": {
            "nb": [
                "Vilkår: nødvendig og hensiktsmessig.\nVurdering: Arbeidsevnevurderingen er ikke ferdig. Vilkåret "
                "vurderes når den er klar.\nKonklusjon: Ikke avklart.",
                "Det er ikke gjennomført arbeidsevnevurdering i saken ennå.",
                "Nødvendig og hensiktsmessig: [standardtekst – tilpasses den enkelte]",
                "Vi har ikke tatt stilling til om programmet er nødvendig og hensiktsmessig. Dette ble heller ikke "
                "vurdert i det opprinnelige vedtaket.",
            ],
            "nn": [
                "Vilkår: naudsynt og føremålstenleg.\nVurdering: Arbeidsevnevurderinga er ikkje ferdig. Vilkåret vert "
                "vurdert når ho er klar.\nKonklusjon: Ikkje avklart.",
                "Det er ikkje gjennomført arbeidsevnevurdering i saka enno.",
                "Naudsynt og føremålstenleg: [standardtekst – skal tilpassast den einskilde]",
                "Vi har ikkje teke stilling til om programmet er naudsynt og føremålstenleg. Dette vart heller ikkje "
                "vurdert i det opphavlege vedtaket.",
            ],
        },
    },
    # ------------------------------------------------------------------ program
    "program": {
        "grounds": {
            "nb": [
                "Vilkår: Kommunen må kunne tilby et tilpasset program.\nVurdering: Du starter med arbeidstrening hos "
                "{workplace} tre dager i uka. I tillegg tar du {course_nb}, og du har samtale med veilederen din hver "
                "uke. Programmet er på {hours} timer i uka.\nKonklusjon: Vilkåret er oppfylt.",
                "Kan vi tilby deg et tilpasset program? Ja. Programmet ditt består av arbeidstrening hos {workplace}, "
                "{course_nb} og faste samtaler hos {source}.",
                "Programmet ditt:\n– arbeidstrening hos {workplace}, mandag–onsdag\n– {course_nb} på torsdager\n– "
                "fysisk aktivitet og samtale med veileder på fredager",
                "I klagen ba du om å få prøve deg som {job_nb}. Det har vi tatt hensyn til: du får arbeidstrening "
                "hos {workplace} med en fast kontaktperson, og vi starter med færre timer de første {months} ukene.",
                "Statsforvalteren mente at det første programforslaget var for generelt. Vi har nå laget en plan med "
                "deg: {course_nb} i {month}, deretter arbeidspraksis hos {workplace}. Behandlingen ved {source} "
                "regnes med i programtiden.",
                "Programinnhold: arbeidstrening ({workplace}), {course_nb}, samtaler hos {source}. {hours} t/uke.",
                "Vi har tilpasset programmet til deg. Du starter med 20 timer i uka hos {workplace} "
                "og trapper opp til {hours} timer i løpet av {months} måneder.",
                "Du har sagt at du ønsker å bli {job_nb}. Programmet er derfor lagt opp med {course_nb} og praksis hos "
                "{workplace}, der du kan få en attest du kan bruke når du søker jobb.",
                "Vurdering: Vi kan tilby deg et program i Innlandet som er tilpasset deg: norskopplæring fire timer om "
                "dagen, språkpraksis hos {workplace} og oppfølging fra jobbspesialist.",
                "Tilpasset program\nDu får et program med disse delene:\n1. Kartlegging og jobbsøking med veileder "
                "({months} uker)\n2. Arbeidspraksis hos {workplace}\n3. {course_nb}",
                "Programmet ditt blir på {hours} timer i uka og består av arbeidspraksis hos {workplace} og samtaler "
                "hos {source}, som er en fast del av uka di.",
                "Vi kan tilby deg et tilpasset program. Du starter hos {workplace} fra {date}, og du får {course_nb} "
                "parallelt. Veilederen din har avtalt oppfølgingen med arbeidsgiveren.",
            ],
            "nn": [
                "Vilkår: Kommunen må kunne tilby eit tilpassa program.\nVurdering: Du startar med arbeidstrening hos "
                "{workplace} tre dagar i veka. I tillegg tek du {course_nn}, og du har samtale med rettleiaren din "
                "kvar veke. Programmet er på {hours} timar i veka.\nKonklusjon: Vilkåret er oppfylt.",
                "Kan vi tilby deg eit tilpassa program? Ja. Programmet ditt består av arbeidstrening hos {workplace}, "
                "{course_nn} og faste samtalar hos {source}.",
                "Programmet ditt:\n– arbeidstrening hos {workplace}, måndag–onsdag\n– {course_nn} på torsdagar\n– "
                "fysisk aktivitet og samtale med rettleiar på fredagar",
                "I klaga bad du om å få prøve deg som {job_nn}. Det har vi teke omsyn til: du får arbeidstrening "
                "hos {workplace} med ein fast kontaktperson, og vi startar med færre timar dei første {months} vekene.",
                "Statsforvaltaren meinte at det første programforslaget var for generelt. Vi har no laga ein plan "
                "saman med deg: {course_nn} i {month}, deretter arbeidspraksis hos {workplace}. Behandlinga ved "
                "{source} vert rekna med i programtida.",
                "Programinnhald: arbeidstrening ({workplace}), {course_nn}, samtalar hos {source}. {hours} t/veke.",
                "Vi har tilpassa programmet til deg. Du startar med 20 timar i veka hos {workplace} og "
                "trappar opp til {hours} timar i løpet av {months} månader.",
                "Du har sagt at du ønskjer å bli {job_nn}. Programmet er difor lagt opp med {course_nn} og praksis hos "
                "{workplace}, der du kan få ein attest du kan bruke når du søkjer jobb.",
                "Vurdering: Vi kan tilby deg eit program som er tilpassa deg: norskopplæring fire timar om dagen, "
                "språkpraksis hos {workplace} og oppfølging frå jobbspesialist.",
                "Tilpassa program\nDu får eit program med desse delane:\n1. Kartlegging og jobbsøking med rettleiar "
                "({months} veker)\n2. Arbeidspraksis hos {workplace}\n3. {course_nn}",
                "Programmet ditt vert på {hours} timar i veka og består av arbeidspraksis hos {workplace} og "
                "samtalar hos {source}, som er ein fast del av veka di.",
                "Vi kan tilby deg eit tilpassa program. Du startar hos {workplace} frå {date}, og du får {course_nn} "
                "samstundes. Rettleiaren din har avtalt oppfølginga med arbeidsgjevaren.",
            ],
        },
        "named": {
            "nb": [
                "Vilkår: tilpasset program.\nVurdering: Vi har et tilbud som passer for deg.\nKonklusjon: Vilkåret er "
                "oppfylt.",
                "Vi kan tilby deg et tilpasset program.",
                "Kan vi tilby deg et tilpasset program? Ja.",
                "Programmet vil bli tilpasset dine behov og forutsetninger.",
                "Tilpasset program: oppfylt. Innholdet avtales nærmere med veilederen din.",
                "NAV {office} har et egnet program å tilby, og vilkåret er oppfylt.",
                "Vi er enige med deg i at vi kan lage et program som passer for deg.",
            ],
            "nn": [
                "Vilkår: tilpassa program.\nVurdering: Vi har eit tilbod som passar for deg.\nKonklusjon: Vilkåret er "
                "oppfylt.",
                "Vi kan tilby deg eit tilpassa program.",
                "Kan vi tilby deg eit tilpassa program? Ja.",
                "Programmet vil bli tilpassa behova og føresetnadene dine.",
                "Tilpassa program: oppfylt. Innhaldet vert avtalt nærare med rettleiaren din.",
                "NAV {office} har eit høveleg program å tilby, og vilkåret er oppfylt.",
                "Vi er samde med deg i at vi kan lage eit program som passar for deg.",
            ],
        },
        "quoted": {
            "nb": [
                "Vilkår: Kommunen må kunne tilby et program som er tilpasset den enkeltes behov og forutsetninger, "
                "jf. sosialtjenesteloven §§ 29 og 30.",
                "Programmet skal være helårig og på full tid, og det skal inneholde arbeidsrettede tiltak, jf. § 30.",
                "Etter loven skal programmet tilpasses deg, og det skal være arbeid, arbeidsrettede tiltak og "
                "opplæring i det.",
                "Statsforvalteren har minnet om at det etter lovendringen i 2019 bare er i unntakstilfeller at NAV "
                "kan avslå fordi kommunen ikke kan tilby et tilpasset program.",
                "Et tilpasset program skal bygge på arbeidsevnevurderingen og inneholde tiltak som kan bidra til "
                "overgang til arbeid, jf. forskrift om kvalifiseringsprogram.",
                "Programmet kan inneholde arbeidstrening, opplæring og motivasjonstiltak. Medisinsk behandling "
                "kan inngå når den støtter opp om arbeid, jf. rundskrivet.",
            ],
            "nn": [
                "Vilkår: Kommunen må kunne tilby eit program som er tilpassa behova og føresetnadene til den "
                "einskilde, jf. sosialtenestelova §§ 29 og 30.",
                "Programmet skal vere heilårleg og på full tid, og det skal innehalde arbeidsretta tiltak, jf. § 30.",
                "Etter lova skal programmet tilpassast deg, og det skal vere arbeid, arbeidsretta tiltak og "
                "opplæring i det.",
                "Statsforvaltaren har mint om at det etter lovendringa i 2019 berre er i unntakstilfelle at NAV kan "
                "gi avslag fordi kommunen ikkje kan tilby eit tilpassa program.",
                "Eit tilpassa program skal byggje på arbeidsevnevurderinga og innehalde tiltak som kan hjelpe over i "
                "arbeid, jf. forskrift om kvalifiseringsprogram.",
                "Programmet kan innehalde arbeidstrening, opplæring og motivasjonstiltak. Medisinsk behandling kan "
                "vere med når ho støttar opp om arbeid, jf. rundskrivet.",
            ],
        },
        "negated": {
            "nb": [
                "Vilkår: tilpasset program.\nVurdering: Innholdet i programmet er ikke bestemt ennå og blir vurdert "
                "etter oppstartsmøtet.\nKonklusjon: –",
                "Vi har ikke vurdert innholdet i programmet i dette vedtaket.",
                "Programinnhold: [settes inn når planen er klar]",
                "Det er ikke laget noen plan for programmet ennå. Dette vil bli vurdert senere.",
            ],
            "nn": [
                "Vilkår: tilpassa program.\nVurdering: Innhaldet i programmet er ikkje bestemt enno og vert vurdert "
                "etter oppstartsmøtet.\nKonklusjon: –",
                "Vi har ikkje vurdert innhaldet i programmet i dette vedtaket.",
                "Programinnhald: [setjast inn når planen er klar]",
                "Det er ikkje laga nokon plan for programmet enno. Dette vil bli vurdert seinare.",
            ],
        },
    },
}
