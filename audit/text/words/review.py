"""Words of the review workbook (``nav-audit review-sheet``): sheets, headers, answers,
the reviewer's questions and the guide."""

TEXT: dict[str, dict[str, str]] = {
    # sheets and fixed headers
    "review.sheet.review": {"nb": "Gjennomgang", "en": "Review"},
    "review.sheet.guide": {"nb": "Veiledning", "en": "Guide"},
    "review.header.key": {"nb": "Saks-id", "en": "Case id"},
    "review.header.comment": {"nb": "Kommentar fra gjennomgangen", "en": "Reviewer's comment"},
    "review.header.stratum": {"nb": "Utvalgsgruppe", "en": "Sample group"},
    # answers (also the values of the dropdowns; the reader accepts both languages)
    "review.value.boolean": {"nb": "ugyldig svar '{value}' (velg Ja, Nei eller Ikke relevant)",
                             "en": "invalid answer '{value}' (choose Yes, No or Not applicable)"},
    "review.value.date": {"nb": "ugyldig svar '{value}' (skriv en dato, Ikke dokumentert eller Ikke relevant)",
                          "en": "invalid answer '{value}' (write a date, Not documented or Not applicable)"},
    "review.value.number": {"nb": "ugyldig svar '{value}' (skriv et tall, 0 eller mer, eller Ikke relevant)",
                            "en": "invalid answer '{value}' (write a number, 0 or more, or Not applicable)"},
    "review.answer.yes": {"nb": "Ja", "en": "Yes"},
    "review.answer.no": {"nb": "Nei", "en": "No"},
    "review.answer.not_applicable": {"nb": "Ikke relevant", "en": "Not applicable"},
    "review.answer.not_documented": {"nb": "Ikke dokumentert", "en": "Not documented"},
    "review.answers.date": {"nb": "dato (dd.mm.åååå)", "en": "date (dd.mm.yyyy)"},
    "review.answers.integer": {"nb": "heltall", "en": "whole number"},
    "review.answers.number": {"nb": "tall", "en": "number"},
    "review.answers.text": {"nb": "fritekst", "en": "free text"},
    "review.answer_prompt": {"nb": "Svar: {answers}", "en": "Answer: {answers}"},
    "review.invalid_title": {"nb": "Ugyldig svar", "en": "Invalid answer"},
    "review.invalid": {"nb": "Tillatte svar: {answers}.", "en": "Allowed answers: {answers}."},
    # facts shown beside each case
    "review.fact.municipality": {"nb": "Kommune", "en": "Municipality"},
    "review.fact.office": {"nb": "NAV-kontor", "en": "NAV office"},
    "review.fact.caseworker": {"nb": "Saksbehandler", "en": "Caseworker"},
    "review.fact.first_contact_date": {"nb": "Første kontakt", "en": "First contact"},
    "review.fact.application_date": {"nb": "Søknadsdato", "en": "Application date"},
    "review.fact.decision": {"nb": "Vedtak", "en": "Decision"},
    "review.fact.decision_date": {"nb": "Vedtaksdato", "en": "Decision date"},
    "review.fact.program_start_date": {"nb": "Programstart", "en": "Programme start"},
    "review.fact.received_date": {"nb": "Søknad mottatt", "en": "Application received"},
    "review.fact.period_start": {"nb": "Periode fra", "en": "Period from"},
    "review.fact.period_end": {"nb": "Periode til", "en": "Period to"},
    # what a reviewer judges: header and question per canonical column
    # the workbook's notes (printed by review-sheet) and progress (printed by run)
    "review.note.prefilled": {
        "nb": "Uttrekket har allerede verdier i {columns}; de er ikke fylt inn i arbeidsboka. Kjøres uttrekket og "
              "arbeidsboka sammen, stopper kjøringen der gjennomgangen er uenig med uttrekket.",
        "en": "The export already has values in {columns}; they are not filled in in the workbook. When the export "
              "and the workbook are run together, the run stops where the review disagrees with the export.",
    },
    "review.progress": {
        "nb": "Gjennomgang {name}: {cases}, {complete} ferdig gjennomgått, {partial} delvis, {not_started} "
              "ikke gjennomgått. Vurderinger som ikke er gjort, regnes som ukjent i kontrollene.",
        "en": "Review {name}: {cases}, {complete} fully reviewed, {partial} partly, {not_started} not "
              "reviewed. Judgements not made count as unknown in the checks.",
    },
    "review.progress.not_started": {"nb": "Ikke gjennomgått: {keys}.", "en": "Not reviewed: {keys}."},
    "review.progress.more": {"nb": "{keys} og {count} til", "en": "{keys} and {count} more"},
    "review.progress.not_applicable": {
        "nb": "«{word}» i {count} felt ({fields}): regnes verken som oppfylt eller som avvik.",
        "en": "«{word}» in {count} fields ({fields}): counted neither as met nor as a deviation.",
    },
    # the guide sheet
    "review.guide.title": {"nb": "Veiledning for gjennomgang av saker", "en": "Guide to reviewing cases"},
    "review.guide.intro": {
        "nb": "Arbeidsboka gjelder {n} saker ({dataset}). Hver rad i arket «{sheet}» er én sak. "
              "Les vedtaket og saksdokumentene, og fyll inn de gule cellene.",
        "en": "The workbook covers {n} cases ({dataset}). Each row of the sheet «{sheet}» is one case. "
              "Read the decision and the case documents, and fill in the yellow cells.",
    },
    "review.guide.facts": {
        "nb": "De grå kolonnene er kjente opplysninger fra uttrekket. De er låst og skal ikke endres. "
              "Arket er beskyttet uten passord for å hindre feil, ikke for å stoppe deg.",
        "en": "The grey columns are known facts from the export. They are locked and must not be changed. "
              "The sheet is protected without a password to prevent slips, not to stop you.",
    },
    "review.guide.how": {"nb": "Slik svarer du", "en": "How to answer"},
    "review.guide.yes": {
        "nb": "«{word}»: kravet er oppfylt (vedtaket gir for eksempel en begrunnelse for vilkåret).",
        "en": "«{word}»: the requirement is met (the decision gives, for example, grounds for the condition).",
    },
    "review.guide.no": {
        "nb": "«{word}»: kravet er ikke oppfylt. Saken telles som avvik i kontrollen.",
        "en": "«{word}»: the requirement is not met. The case counts as a deviation in the check.",
    },
    "review.guide.not_applicable": {
        "nb": "«{word}»: spørsmålet gjelder ikke denne saken. Saken telles verken som oppfylt eller som avvik, "
              "men listes for seg i resultatene.",
        "en": "«{word}»: the question does not apply to this case. The case counts neither as met nor as a "
              "deviation, but is listed separately in the results.",
    },
    "review.guide.dates": {
        "nb": "Datoer skrives som dd.mm.åååå. «{word}» betyr at det ikke finnes noen dato i saken: "
              "kontrollen vurderer da saken som om hendelsen ikke har skjedd.",
        "en": "Dates are written as dd.mm.yyyy. «{word}» means there is no date in the case: "
              "the check then judges the case as if the event had not happened.",
    },
    "review.guide.blank": {
        "nb": "Tom celle betyr «ikke gjennomgått ennå». Slike saker regnes som ukjente i kontrollene og rapporteres "
              "som ikke gjennomgått. Du kan levere en halvferdig arbeidsbok: det som er fylt inn, blir revidert.",
        "en": "An empty cell means «not reviewed yet». Such cases count as unknown in the checks and are reported "
              "as not reviewed. You can hand in a half-finished workbook: what is filled in is audited.",
    },
    "review.guide.comment": {
        "nb": "Skriv merknader i kolonnen «{header}». Ikke skriv navn, fødselsnummer eller andre "
              "personopplysninger: arbeidsboka skal kunne deles med tilsynet.",
        "en": "Write remarks in the column «{header}». Do not write names, national identity numbers or other "
              "personal data: the workbook must be fit to share with the supervisor.",
    },
    "review.guide.judgements": {"nb": "Vurderingene", "en": "The judgements"},
    "review.guide.judgement": {"nb": "«{header}»: {question} Svar: {answers}.", "en": "«{header}»: {question} Answer: {answers}."},
    "review.guide.done": {"nb": "Når gjennomgangen er ferdig", "en": "When the review is finished"},
    "review.guide.save": {
        "nb": "Lagre arbeidsboka som .xlsx med samme ark og overskrifter (ikke gi nytt navn til arkene). "
              "Revider den sammen med uttrekket; sakene kobles på saks-id:",
        "en": "Save the workbook as .xlsx with the same sheets and headers (do not rename the sheets). "
              "Audit it together with the export; the cases are joined on the case id:",
    },
    "review.guide.hidden": {
        "nb": "Arbeidsboka har også et skjult ark, «{sheet}», som forteller nav-audit hvilken kolonne som er hva og "
              "hvor sakene kom fra. Ikke slett eller endre det: uten det kan ikke gjennomgangen leses inn igjen.",
        "en": "The workbook also has a hidden sheet, «{sheet}», that tells nav-audit which column is which and where "
              "the cases came from. Do not delete or change it: without it the review cannot be read back.",
    },
    "review.guide.command": {
        "nb": "nav-audit run uttrekk.csv gjennomgang.xlsx --mapping mapping.yaml --as-of ÅÅÅÅ-MM-DD --out resultater/",
        "en": "nav-audit run export.csv review.xlsx --mapping mapping.yaml --as-of YYYY-MM-DD --out results/",
    },
    "review.guide.alone": {
        "nb": "Arbeidsboka kan også revideres alene: da vurderes bare kontrollene som opplysningene i arbeidsboka "
              "er nok til (for eksempel begrunnelse og klageadgang).",
        "en": "The workbook can also be audited alone: then only the checks that the workbook's facts suffice for "
              "are judged (for example grounds and the right to appeal).",
    },
    "review.guide.sample": {"nb": "Utvalget", "en": "The sample"},
    "review.guide.sample_text": {
        "nb": "Trukket med frø {seed} fra {population} saker ({size} i utvalget). Strata: {strata}. "
              "Samme frø og samme uttrekk gir det samme utvalget.",
        "en": "Drawn with seed {seed} from {population} cases ({size} in the sample). Strata: {strata}. "
              "The same seed and the same export give the same sample.",
    },
    "review.guide.no_strata": {"nb": "ingen", "en": "none"},
}
