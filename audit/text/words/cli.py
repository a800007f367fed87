"""Words the command line prints on the terminal, and the placeholders of --help (its texts are help_*.py)."""

TEXT: dict[str, dict[str, str]] = {
    # shared
    "cli.error": {"nb": "Feil: {text}", "en": "Error: {text}"},
    # --help's placeholders (audit/cli/help_text.py): «[VALG]», and one per option type («--out MAPPE»)
    "cli.help.options_metavar": {"nb": "[VALG]", "en": "[OPTIONS]"},
    "cli.help.subcommand_metavar": {"nb": "KOMMANDO [ARGUMENTER]...", "en": "COMMAND [ARGS]..."},
    "cli.help.metavar.text": {"nb": "TEKST", "en": "TEXT"},
    "cli.help.metavar.file": {"nb": "FIL", "en": "FILE"},
    "cli.help.metavar.directory": {"nb": "MAPPE", "en": "DIRECTORY"},
    "cli.help.metavar.path": {"nb": "STI", "en": "PATH"},
    "cli.help.metavar.integer": {"nb": "HELTALL", "en": "INTEGER"},
    "cli.help.metavar.integer_range": {"nb": "HELTALL", "en": "INTEGER"},
    "cli.help.metavar.float": {"nb": "TALL", "en": "NUMBER"},
    "cli.help.metavar.float_range": {"nb": "TALL", "en": "NUMBER"},
    # placeholders the commands name (metavar="cli.help.metavar.date")
    "cli.help.metavar.date": {"nb": "DATO", "en": "DATE"},
    "cli.help.metavar.year": {"nb": "ÅÅÅÅ", "en": "YYYY"},
    "cli.help.metavar.regex": {"nb": "REGEX", "en": "REGEX"},
    "cli.help.metavar.path_or_url": {"nb": "STI_ELLER_URL", "en": "PATH_OR_URL"},
    "cli.help.metavar.from_to_or_year": {"nb": "FRA..TIL|ÅR", "en": "FROM..TO|YEAR"},
    "cli.help.metavar.mapping": {"nb": "MAPPING", "en": "MAPPING"},
    "cli.help.metavar.source": {"nb": "INN", "en": "SOURCE"},
    "cli.help.metavar.target": {"nb": "UT", "en": "TARGET"},
    "cli.help.metavar.column": {"nb": "KOLONNE", "en": "COLUMN"},
    "cli.help.metavar.sheet": {"nb": "ARK", "en": "SHEET"},
    "cli.help.metavar.check_parameter_value": {"nb": "KONTROLL.PARAMETER=VERDI", "en": "CHECK.PARAMETER=VALUE"},
    "cli.help.metavar.from_to": {"nb": "FRA..TIL", "en": "FROM..TO"},
    "cli.help.metavar.days": {"nb": "DAGER", "en": "DAYS"},
    "cli.help.metavar.columns": {"nb": "KOLONNER", "en": "COLUMNS"},
    "cli.help.metavar.column_value": {"nb": "KOLONNE=VERDI[,VERDI]", "en": "COLUMN=VALUE[,VALUE]"},
    "cli.help.metavar.join": {"nb": "ENHET=ENHET", "en": "UNIT=UNIT"},
    "cli.help.metavar.limits": {"nb": "GRENSER", "en": "LIMITS"},
    "cli.help.metavar.activity_id": {"nb": "ID", "en": "ID"},
    "cli.help.metavar.results_json": {"nb": "RESULTS.json", "en": "RESULTS.json"},
    # the arguments' placeholders (click adds no «...» to a placeholder of its own: it is in the word)
    "cli.help.metavar.files": {"nb": "FILER...", "en": "FILES..."},
    "cli.help.metavar.export": {"nb": "UTTREKK", "en": "EXPORT"},
    "cli.help.metavar.folder": {"nb": "MAPPE", "en": "FOLDER"},
    "cli.help.metavar.run_id": {"nb": "KJØRING", "en": "RUN_ID"},
    "cli.help.metavar.follow_up_id": {"nb": "OPPFØLGING", "en": "FOLLOW_UP_ID"},
    "cli.help.metavar.letters": {"nb": "BREV...", "en": "LETTERS..."},
    "cli.help.metavar.results_files": {"nb": "RESULTS.json...", "en": "RESULTS.json..."},
    "cli.interrupted": {"nb": "Avbrutt.", "en": "Interrupted."},
    "cli.internal_error": {
        "nb": "Intern feil ({error}). Kjør på nytt med «nav-audit --debug …» for detaljer, og meld feilen.",
        "en": "Internal error ({error}). Run again with «nav-audit --debug …» for details, and report the error.",
    },
    "cli.warning": {"nb": "Advarsel: {text}", "en": "Warning: {text}"},
    "cli.note": {"nb": "Merk: {text}", "en": "Note: {text}"},
    "cli.wrote": {"nb": "Skrev {files}", "en": "Wrote {files}"},
    "cli.and": {"nb": " og ", "en": " and "},
    # nav-audit run
    "run.cli.unreadable.one": {
        "nb": "Advarsel: {count} verdi kunne ikke leses; se «input_issues» i results.json. "
              "Raden er «ukjent» for kontrollene som trenger verdien.",
        "en": "Warning: {count} value could not be read; see «input_issues» in results.json. "
              "The row is «unknown» for the checks that need the value.",
    },
    "run.cli.unreadable": {
        "nb": "Advarsel: {count} verdier kunne ikke leses; se «input_issues» i results.json. "
              "Radene er «ukjent» for kontrollene som trenger verdien.",
        "en": "Warning: {count} values could not be read; see «input_issues» in results.json. "
              "The rows are «unknown» for the checks that need the value.",
    },
    "run.cli.summary": {
        "nb": "{rows} kontrollert per {as_of} med {checks}: {deviation} med avvik, {warning} til vurdering, "
              "{ok} i orden, {not_evaluated} ikke vurdert, {below_target} under mål.",
        "en": "{rows} audited as of {as_of} with {checks}: {deviation} with deviations, {warning} with "
              "warnings, {ok} OK, {not_evaluated} not evaluated, {below_target} below target.",
    },
    "run.cli.level.deviation": {"nb": "AVVIK", "en": "DEVIATION"},
    "run.cli.level.warning": {"nb": "TIL VURDERING", "en": "WARNING"},
    "run.cli.check_line": {
        "nb": "{failed} og {warned} av {evaluated} vurderte",
        "en": "{failed} and {warned} of {evaluated} evaluated",
    },
    "run.cli.not_evaluated": {"nb": "Ikke vurdert, fordi uttrekket mangler kolonner:",
                              "en": "Not evaluated, because the export lacks columns:"},
    "run.cli.lacks": {"nb": "mangler {columns}", "en": "lacks {columns}"},
    "run.cli.each_file": {"nb": "Fil {n} av {files}: {path}", "en": "File {n} of {files}: {path}"},
    "run.cli.results": {"nb": "Resultater: {path}", "en": "Results: {path}"},
    "run.cli.reports": {"nb": "Rapporter: {paths}", "en": "Reports: {paths}"},
    "run.cli.each_failed": {
        "nb": "{failed} av {files} filer kunne ikke revideres; se feilene over.",
        "en": "{failed} of {files} files could not be audited; see the errors above.",
    },
    "run.progress.history": {"nb": "lagrer kjøringen i historikken", "en": "recording the run in the history"},
    "run.progress.results": {"nb": "skriver {path}", "en": "writing {path}"},
    "run.progress.reports": {"nb": "skriver rapporter", "en": "writing reports"},
    "run.progress.derive": {"nb": "beregner {checks} kontroller på {rows} rader", "en": "computing {checks} checks on {rows} rows"},
    "run.progress.validate": {"nb": "validerer med Great Expectations", "en": "validating with Great Expectations"},
    "run.progress.collect": {"nb": "samler resultatene", "en": "collecting the results"},
    # nav-audit sample
    "sample.cli.unreadable.one": {
        "nb": "Advarsel: {count} verdi kunne ikke leses; den regnes som tom i strata.",
        "en": "Warning: {count} value could not be read; it counts as empty in the strata.",
    },
    "sample.cli.unreadable": {
        "nb": "Advarsel: {count} verdier kunne ikke leses; de regnes som tomme i strata.",
        "en": "Warning: {count} values could not be read; they count as empty in the strata.",
    },
    "sample.cli.drawn": {
        "nb": "Trakk {size} av {population} saker med frø {seed} ({strata} strata).",
        "en": "Drew {size} of {population} cases with seed {seed} ({strata} strata).",
    },
    "sample.cli.stratum": {"nb": "{sample} av {population}", "en": "{sample} of {population}"},
    "sample.cli.whole_population": {
        "nb": "Populasjonen har bare {population} saker, færre enn --total {total}: alle sakene tas med.",
        "en": "The population has only {population} cases, fewer than --total {total}: every case is taken.",
    },
    "sample.cli.short": {
        "nb": "Merk: {count} strata har færre enn {per_stratum} saker; alle er tatt med.",
        "en": "Note: {count} strata have fewer than {per_stratum} cases; all of them are included.",
    },
    # nav-audit review-sheet
    "review.cli.wrote": {
        "nb": "Skrev {path}: {cases}, {count} ({judgements}).",
        "en": "Wrote {path}: {cases}, {count} ({judgements}).",
    },
    # nav-audit findings
    "findings.cli.wrote": {
        "nb": "Skrev {count} utkast til funn: {files}",
        "en": "Wrote {count} draft findings: {files}",
    },
    # nav-audit pseudonymise
    "pseudonymise.cli.wrote": {
        "nb": "Skrev {target}: {rows} rader, {values} verdier i {columns} pseudonymisert.",
        "en": "Wrote {target}: {rows} rows, {values} values in {columns} pseudonymised.",
    },
    "pseudonymise.cli.suspicious": {
        "nb": "Advarsel: {columns} ser ut til å inneholde fødselsnumre og er ikke pseudonymisert. "
              "Legg til --column for dem.",
        "en": "Warning: {columns} seem to hold national identity numbers and are not pseudonymised. "
              "Add --column for them.",
    },
    # nav-audit follow-up
    "follow_up.cli.recorded": {"nb": "Registrert oppfølging nr. {id}.", "en": "Recorded follow-up no. {id}."},
    "follow_up.cli.updated": {"nb": "Oppdatert oppfølging nr. {id}.", "en": "Updated follow-up no. {id}."},
    # nav-audit history remove
    "history.cli.yes_no": {"nb": "[j/N]", "en": "[y/N]"},
    "history.cli.run_summary": {
        "nb": "kjøring {id} ({suite}, per {as_of}, omfang {scope}, {deviations} avvik, {warnings} til vurdering)",
        "en": "run {id} ({suite}, as of {as_of}, scope {scope}, {deviations} deviations, {warnings} warnings)",
    },
    "history.cli.remove_ask": {"nb": "Fjerne {run} fra {where}?", "en": "Remove {run} from {where}?"},
    "history.cli.nothing_removed": {"nb": "Ingenting ble fjernet.", "en": "Nothing was removed."},
    "history.cli.removed": {"nb": "Fjernet {run}.", "en": "Removed {run}."},
    # nav-audit checks
    "checks.cli.from": {"nb": "fra {date}", "en": "from {date}"},
    "checks.cli.before": {"nb": "før {date}", "en": "before {date}"},
    # nav-audit schedule
    "schedule.cli.wrote_events.one": {"nb": "Skrev {path} ({count} avtale)", "en": "Wrote {path} ({count} event)"},
    "schedule.cli.wrote_events": {"nb": "Skrev {path} ({count} avtaler)", "en": "Wrote {path} ({count} events)"},
}
