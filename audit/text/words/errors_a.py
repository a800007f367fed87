"""Words of errors (part A): writing and reading files, parameters, results files, the command
line, the årshjul, supervision, onboarding and the annual report.

Each message is rendered in the reader's language when it is shown (``audit.text.msg`` and
``InputError.render(lang)``); values such as file names, numbers and column names are filled in.
"""

TEXT = {
    # ------------------------------------------------------------------ audit/io.py
    "error.io.what.config_file": {"nb": "konfigurasjonsfilen", "en": "the configuration file"},
    "error.io.what.schedule_file": {"nb": "årshjulfilen", "en": "the årshjul file"},
    "error.io.what.results_file": {"nb": "resultatfilen", "en": "the results file"},
    "error.io.is_folder": {"nb": "{what} er en mappe, ikke en fil", "en": "{what} is a folder, not a file"},
    "error.io.right_file_order_hint": {
        "nb": "Er det riktig fil? Sjekk rekkefølgen på argumentene.",
        "en": "Is it the right file? Check the order of the arguments.",
    },
    "error.io.right_file_hint": {"nb": "Er det riktig fil?", "en": "Is it the right file?"},
    "error.io.yaml_too_large_size": {
        "nb": "{what} er for stor ({size} kB) til å være en YAML-fil med innstillinger",
        "en": "{what} is too large ({size} kB) to be a YAML file of settings",
    },
    "error.io.yaml_too_large": {
        "nb": "{what} er for stor til å være en YAML-fil med innstillinger",
        "en": "{what} is too large to be a YAML file of settings",
    },
    "error.io.not_text": {"nb": "{what} er ikke en tekstfil", "en": "{what} is not a text file"},
    "error.io.not_utf8": {"nb": "{what} er ikke UTF-8-tekst", "en": "{what} is not UTF-8 text"},
    "error.io.save_utf8_hint": {"nb": "Lagre filen som UTF-8.", "en": "Save the file as UTF-8."},
    "error.io.yaml_too_deep": {
        "nb": "{what} er for dypt nøstet til å være en fil med innstillinger",
        "en": "{what} is nested too deeply to be a file of settings",
    },
    "error.yaml.key_twice": {"nb": "nøkkelen «{key}» står to ganger; bare én av dem kan gjelde",
                             "en": "the key «{key}» appears twice; only one of them can apply"},
    "error.io.yaml_invalid": {"nb": "{what} er ikke gyldig YAML ({problem})", "en": "{what} is not valid YAML ({problem})"},
    "error.io.yaml_invalid_hint": {
        "nb": "Sjekk innrykk og kolon på linjen; tekst med kolon eller # må stå i anførselstegn.",
        "en": "Check the indentation and colons on the line; text with a colon or # must be in quotes.",
    },
    # ------------------------------------------------------------------ shared hints
    "error.did_you_mean": {"nb": "Mente du «{name}»?", "en": "Did you mean «{name}»?"},
    "error.see_checks": {"nb": "Se «nav-audit checks».", "en": "See «nav-audit checks»."},
    # ------------------------------------------------------------------ audit/params.py
    "error.params.not_a_number": {"nb": "verdien for {where} skal være et tall", "en": "the value for {where} must be a number"},
    "error.params.not_a_number_hint": {"nb": "For eksempel 30 eller 37,5.", "en": "For example 30 or 37.5."},
    "error.params.out_of_range": {
        "nb": "verdien for {where} er utenfor det som gir mening",
        "en": "the value for {where} is outside any sensible range",
    },
    "error.params.out_of_range_hint": {"nb": "Bruk et vanlig tall, for eksempel 30.", "en": "Use an ordinary number, for example 30."},
    "error.params.unknown_check": {
        "nb": "ukjent kontroll «{check}» i suite «{suite}»",
        "en": "unknown check «{check}» in suite «{suite}»",
    },
    "error.params.unknown_parameter": {
        "nb": "kontrollen «{check}» har ingen parameter «{name}»",
        "en": "the check «{check}» has no parameter «{name}»",
    },
    "error.params.parameters_are": {"nb": "Parametrene er: {names}.", "en": "Its parameters are: {names}."},
    "error.params.no_parameters": {"nb": "Kontrollen har ingen parametre.", "en": "The check has no parameters."},
    "error.params.versioned_list": {
        "nb": "{where}: forventet en liste med «from» og «value»",
        "en": "{where}: expected a list with «from» and «value»",
    },
    "error.params.versioned_list_hint": {
        "nb": "For eksempel [{from: null, value: 19}, {from: 2019-01-01, value: 18}].",
        "en": "For example [{from: null, value: 19}, {from: 2019-01-01, value: 18}].",
    },
    "error.params.from_date": {
        "nb": "{where}: «from» skal være en dato (åååå-mm-dd)",
        "en": "{where}: «from» must be a date (yyyy-mm-dd)",
    },
    "error.params.config_shape": {
        "nb": "konfigurasjonsfilen skal ha nøkkelen «{key}: {{kontroll-id: {{parameter: verdi}}}}»",
        "en": "the configuration file must have the key «{key}: {{check-id: {{parameter: value}}}}»",
    },
    "error.params.config_unknown_key": {
        "nb": "ukjent nøkkel «{key}» i konfigurasjonsfilen",
        "en": "unknown key «{key}» in the configuration file",
    },
    "error.params.config_unknown_key_hint": {"nb": "Bare «parameters» er tillatt.", "en": "Only «parameters» is allowed."},
    "error.params.check_values": {"nb": "«{check}» skal ha parameter: verdi", "en": "«{check}» must have parameter: value"},
    "error.params.value_not_a_number": {"nb": "«{where}» skal være et tall", "en": "«{where}» must be a number"},
    "error.params.set_form": {
        "nb": "--set «{item}»: forventet kontroll.parameter=verdi",
        "en": "--set «{item}»: expected check.parameter=value",
    },
    "error.params.set_form_hint": {
        "nb": "For eksempel --set kvp.start_delay.deviation_days=21.",
        "en": "For example --set kvp.start_delay.deviation_days=21.",
    },
    # ------------------------------------------------------------------ audit/results_model.py
    "error.results.expected.text": {"nb": "tekst", "en": "text"},
    "error.results.expected.integer": {"nb": "et heltall", "en": "a whole number"},
    "error.results.expected.number": {"nb": "et tall", "en": "a number"},
    "error.results.expected.object": {"nb": "et objekt", "en": "an object"},
    "error.results.expected.list": {"nb": "en liste", "en": "a list"},
    "error.results.expected.scalar": {"nb": "en enkel verdi", "en": "a single value"},
    "error.results.expected.unique_check": {"nb": "en kontroll som står én gang", "en": "a check that appears once"},
    "error.results.expected.column_list": {"nb": "en liste med kolonnenavn", "en": "a list of column names"},
    "error.results.expected.depth": {"nb": "høyst {limit} nivåer nøsting", "en": "nested {limit} levels deep at most"},
    "error.results.not_ours_keys": {
        "nb": "filen er ikke en results.json fra nav-audit (mangler «run» eller «checks»)",
        "en": "the file is not a results.json from nav-audit (it lacks «run» or «checks»)",
    },
    "error.results.not_ours_tool": {
        "nb": "filen er ikke en results.json fra nav-audit (et annet verktøy har skrevet den)",
        "en": "the file is not a results.json from nav-audit (another tool wrote it)",
    },
    "error.results.not_ours_hint": {
        "nb": "Oppgi results.json fra en kjøring av nav-audit.",
        "en": "Give the results.json of a nav-audit run.",
    },
    "error.results.shape": {
        "nb": "resultatfilen har feil form: «{where}» skal være {expected}",
        "en": "the results file has the wrong shape: «{where}» must be {expected}",
    },
    "error.results.shape_hint": {
        "nb": "Filen må være results.json fra nav-audit, uendret.",
        "en": "The file must be a results.json from nav-audit, unchanged.",
    },
    "error.results.line": {"nb": "linje {line}", "en": "line {line}"},
    "error.results.give_results_hint": {
        "nb": "Oppgi results.json fra en kjøring av nav-audit, eller mappen den ligger i.",
        "en": "Give the results.json of a nav-audit run, or the folder it is in.",
    },
    "error.results.too_large": {
        "nb": "filen er for stor ({size} MB) til å være en results.json",
        "en": "the file is too large ({size} MB) to be a results.json",
    },
    "error.results.missing": {"nb": "filen finnes ikke", "en": "the file does not exist"},
    "error.results.folder": {"nb": "er en mappe uten results.json", "en": "is a folder without a results.json"},
    "error.results.unreadable": {"nb": "filen kan ikke leses ({reason})", "en": "the file cannot be read ({reason})"},
    "error.results.too_deep": {
        "nb": "filen er for dypt nøstet til å være en results.json (over {limit} nivåer)",
        "en": "the file is nested too deeply to be a results.json (over {limit} levels)",
    },
    "error.results.not_utf8": {"nb": "filen er ikke UTF-8-tekst", "en": "the file is not UTF-8 text"},
    "error.results.invalid_json": {
        "nb": "filen er ikke gyldig JSON (ugyldig JSON: {problem})",
        "en": "the file is not valid JSON ({problem})",
    },
    # ------------------------------------------------------------------ audit/datasets.py, checks/__init__.py
    "error.datasets.unknown": {"nb": "ukjent datasett «{name}»", "en": "unknown dataset «{name}»"},
    "error.datasets.unknown_hint": {"nb": "Gyldige datasett er: {names}.", "en": "The valid datasets are: {names}."},
    "error.checks.unknown_suite": {"nb": "ukjent suite «{name}»", "en": "unknown suite «{name}»"},
    "error.checks.unknown_suite_hint": {"nb": "Gyldige suiter er: {names}.", "en": "The valid suites are: {names}."},
    # ------------------------------------------------------------------ audit/supervision/sampling.py, reports/sample_file.py
    "error.sample.age_groups_integers": {
        "nb": "aldersgruppene skal være hele tall skilt med komma",
        "en": "the age groups must be whole numbers separated by commas",
    },
    "error.sample.age_groups_rising": {
        "nb": "aldersgrensene må være stigende positive tall",
        "en": "the age limits must be rising positive numbers",
    },
    "error.sample.age_groups_hint": {"nb": "For eksempel --age-groups 25,30,40,50.", "en": "For example --age-groups 25,30,40,50."},
    "error.sample.age_group_needs_birth": {
        "nb": "stratum «age_group» trenger fødselsdato eller fødselsår (birth_date/birth_year), men uttrekket har ingen av dem",
        "en": "the stratum «age_group» needs the date or year of birth (birth_date/birth_year), but the export has neither",
    },
    "error.sample.decision_year_needs_date": {
        "nb": "stratum «decision_year» trenger vedtaksdato (decision_date)",
        "en": "the stratum «decision_year» needs the decision date (decision_date)",
    },
    "error.sample.kind.not_canonical": {"nb": "ikke en kanonisk kolonne", "en": "not a canonical column"},
    "error.sample.kind.date_or_number": {"nb": "en dato eller et tall", "en": "a date or a number"},
    "error.sample.not_a_stratum": {
        "nb": "«{name}» kan ikke brukes som stratum: det er {kind}",
        "en": "«{name}» cannot be used as a stratum: it is {kind}",
    },
    "error.sample.strata_hint": {
        "nb": "Mulige strata i dette uttrekket: {names}.",
        "en": "Possible strata in this export: {names}.",
    },
    "error.sample.stratum_missing": {
        "nb": "stratumkolonnen «{name}» finnes ikke i uttrekket",
        "en": "the stratum column «{name}» is not in the export",
    },
    "error.sample.filter_column_missing": {
        "nb": "filteret gjelder kolonnen «{name}», som ikke finnes i uttrekket",
        "en": "the filter is on the column «{name}», which is not in the export",
    },
    "error.sample.filter_form": {
        "nb": "filteret skal skrives KOLONNE=VERDI[,VERDI]",
        "en": "the filter must be written COLUMN=VALUE[,VALUE]",
    },
    "error.sample.filter_form_hint": {"nb": "For eksempel --only decision=granted.", "en": "For example --only decision=granted."},
    "error.sample.total_or_per_stratum": {
        "nb": "oppgi enten totalt antall saker (--total) eller antall per stratum (--per-stratum)",
        "en": "give either the total number of cases (--total) or the number per stratum (--per-stratum)",
    },
    "error.sample.size_positive": {
        "nb": "utvalgsstørrelsen må være et positivt heltall",
        "en": "the sample size must be a positive whole number",
    },
    "error.sample.min_negative": {
        "nb": "minste antall per stratum kan ikke være negativt",
        "en": "the minimum per stratum cannot be negative",
    },
    "error.sample.min_only_total": {
        "nb": "--min-per-stratum gjelder bare proporsjonal fordeling (--total)",
        "en": "--min-per-stratum applies only to proportional allocation (--total)",
    },
    "error.sample.empty_population": {
        "nb": "populasjonen er tom: ingen saker er igjen etter filteret",
        "en": "the population is empty: no cases are left after the filter",
    },
    "error.sample.empty_population_hint": {
        "nb": "Sjekk verdiene i --only (de kanoniske kodene, f.eks. decision=granted).",
        "en": "Check the values in --only (the canonical codes, e.g. decision=granted).",
    },
    "error.sample.min_needs": {
        "nb": "minst {min} per stratum krever {need} saker, men totalen er {total}",
        "en": "at least {min} per stratum needs {need} cases, but the total is {total}",
    },
    "error.sample.min_needs_hint": {
        "nb": "Øk --total eller senk --min-per-stratum.",
        "en": "Raise --total or lower --min-per-stratum.",
    },
    "error.sample.file_no_key": {
        "nb": "utvalgsfilen har ingen kolonne «{key}»",
        "en": "the sample file has no column «{key}»",
    },
    "error.sample.file_no_key_hint": {
        "nb": "Bruk filen «nav-audit sample» skrev, eller en tabell med nøkkelkolonnen.",
        "en": "Use the file «nav-audit sample» wrote, or a table with the key column.",
    },
    "error.sample.key_twice": {"nb": "nøkkelen står to ganger i utvalget", "en": "the key appears twice in the sample"},
    "error.sample.file_empty": {"nb": "utvalgsfilen har ingen saker", "en": "the sample file has no cases"},
    "error.sample.csv_or_xlsx": {"nb": "utvalget skrives som .csv eller .xlsx", "en": "the sample is written as .csv or .xlsx"},
    # ------------------------------------------------------------------ audit/supervision/compare.py
    "error.compare.file_twice": {"nb": "resultatfilen er gitt to ganger", "en": "the results file is given twice"},
    "error.compare.file_twice_hint": {
        "nb": "Samme fil som {other}; gi hver fil bare én gang.",
        "en": "The same file as {other}; give each file only once.",
    },
    "error.compare.run_twice": {"nb": "kjøringen {run} er gitt to ganger", "en": "the run {run} is given twice"},
    "error.compare.run_twice_hint": {
        "nb": "Samme kjøring som {other}; gi hver kjøring bare én gang.",
        "en": "The same run as {other}; give each run only once.",
    },
    "error.compare.unknown_by": {"nb": "ukjent inndeling «{by}»", "en": "unknown grouping «{by}»"},
    "error.compare.unknown_by_hint": {"nb": "Bruk {names}.", "en": "Use {names}."},
    "error.compare.no_files": {"nb": "ingen resultatfiler å sammenligne", "en": "no results files to compare"},
    "error.compare.labels_count": {
        "nb": "{files} resultatfiler men {labels} --label",
        "en": "{files} results files but {labels} --label",
    },
    "error.compare.labels_count_hint": {
        "nb": "Gi én --label per fil, i samme rekkefølge, eller ingen.",
        "en": "Give one --label per file, in the same order, or none.",
    },
    "error.compare.suites_differ": {
        "nb": "resultatfilene gjelder ulike suiter: {suites}",
        "en": "the results files are of different suites: {suites}",
    },
    "error.compare.suites_differ_hint": {
        "nb": "Sammenlign bare kjøringer av samme suite.",
        "en": "Compare only runs of the same suite.",
    },
    "error.compare.same_label": {
        "nb": "to resultatfiler har samme navn «{label}»",
        "en": "two results files have the same name «{label}»",
    },
    "error.compare.same_label_hint": {"nb": "Gi hver fil et eget navn med --label.", "en": "Give each file a name of its own with --label."},
    "error.compare.unit_in_both": {
        "nb": "«{label}» finnes i både {first} og {second}",
        "en": "«{label}» is in both {first} and {second}",
    },
    "error.compare.unit_in_both_hint": {
        "nb": "Sammenlign kjøringer av samme enhet med --by run.",
        "en": "Compare runs of the same unit with --by run.",
    },
    "error.compare.join_syntax": {
        "nb": "--join «{value}» er ikke på formen ENHET=ENHET",
        "en": "--join «{value}» is not of the form UNIT=UNIT",
    },
    "error.compare.join_syntax_hint": {
        "nb": "Skriv enheten som skal telles med og enheten den telles i, f.eks. "
              "--join \"NAV Lerkendal=NAV Trondheim sør\".",
        "en": "Write the unit to count and the unit it is counted in, e.g. --join \"NAV Lerkendal=NAV Trondheim sør\".",
    },
    "error.compare.join_by_run": {
        "nb": "--join slår sammen kontorer eller kommuner og virker bare med --by office eller --by municipality",
        "en": "--join joins offices or municipalities and works only with --by office or --by municipality",
    },
    "error.compare.join_by_run_hint": {
        "nb": "Med --by run er hver resultatfil én enhet; gi den et navn med --label.",
        "en": "With --by run each results file is one unit; name it with --label.",
    },
    "error.compare.join_unknown": {
        "nb": "--join: «{unit}» finnes ikke blant enhetene i dataene",
        "en": "--join: «{unit}» is not among the units in the data",
    },
    "error.compare.join_unknown_hint": {
        "nb": "Skriv navnet slik det står i filene, f.eks. {names}.",
        "en": "Write the name as the files have it, e.g. {names}.",
    },
    "error.compare.join_ambiguous": {
        "nb": "--join: «{unit}» passer til flere enheter: {names}",
        "en": "--join: «{unit}» fits several units: {names}",
    },
    "error.compare.join_ambiguous_hint": {
        "nb": "Skriv enheten med kommunenummeret, f.eks. «NAV Sentrum (5001)».",
        "en": "Write the unit with its municipality number, e.g. «NAV Sentrum (5001)».",
    },
    "error.compare.join_self": {
        "nb": "--join: «{unit}» er slått sammen med seg selv",
        "en": "--join: «{unit}» is joined with itself",
    },
    "error.compare.join_twice": {
        "nb": "--join: «{unit}» er slått sammen med både «{first}» og «{second}»; sakene ville telt to ganger",
        "en": "--join: «{unit}» is joined with both «{first}» and «{second}»; its cases would count twice",
    },
    "error.compare.join_twice_hint": {
        "nb": "Tell hver enhet i én enhet: et delt kontor slås sammen med kontoret det ble delt fra.",
        "en": "Count each unit in one unit: a split office is joined with the office it was split from.",
    },
    "error.compare.join_circle": {
        "nb": "--join går i ring: {units}",
        "en": "--join goes round in a circle: {units}",
    },
    "error.compare.no_by_office": {
        "nb": "resultatfilene har ingen tall per kontor (by_office)",
        "en": "the results files have no figures per office (by_office)",
    },
    "error.compare.no_by_office_hint": {
        "nb": "Bruk --by run, eller kjør revisjonen med kolonnene office og municipality.",
        "en": "Use --by run, or run the audit with the columns office and municipality.",
    },
    # ------------------------------------------------------------------ audit/supervision/review.py, reports/review_workbook.py
    "error.review.not_judgeable": {
        "nb": "«{column}» er ikke en kolonne som kan vurderes i datasett «{dataset}»",
        "en": "«{column}» is not a column that can be judged in the dataset «{dataset}»",
    },
    "error.review.not_judgeable_hint": {"nb": "Mulige vurderinger: {names}.", "en": "Possible judgements: {names}."},
    "error.review.no_judgements": {
        "nb": "arbeidsboka må ha minst én vurderingskolonne",
        "en": "the workbook must have at least one judgement column",
    },
    "error.review.sample_keys_missing.one": {
        "nb": "{count} sak i utvalget finnes ikke i uttrekket: «{first}»",
        "en": "{count} case of the sample is not in the export: «{first}»",
    },
    "error.review.sample_keys_missing.other": {
        "nb": "{count} saker i utvalget finnes ikke i uttrekket, blant dem «{first}»",
        "en": "{count} cases of the sample are not in the export, among them «{first}»",
    },
    "error.review.sample_keys_missing_hint": {
        "nb": "Bruk det samme uttrekket (og den samme mappingen) som utvalget ble trukket fra.",
        "en": "Use the same export (and the same mapping) the sample was drawn from.",
    },
    "error.review.same_header": {
        "nb": "to kolonner i arbeidsboka ville fått samme overskrift",
        "en": "two columns of the workbook would get the same heading",
    },
    "error.review.xlsx_only": {
        "nb": "gjennomgangsarbeidsboka skrives som .xlsx",
        "en": "the review workbook is written as .xlsx",
    },
    # ------------------------------------------------------------------ audit/cli/*
    "error.cli.bad_date": {"nb": "{option}: ugyldig dato", "en": "{option}: not a valid date"},
    "error.cli.bad_date_hint": {"nb": "Bruk åååå-mm-dd, for eksempel 2025-12-31.", "en": "Use yyyy-mm-dd, for example 2025-12-31."},
    "error.cli.period_form": {"nb": "--period: forventet FRA..TIL", "en": "--period: expected FROM..TO"},
    "error.cli.period_form_hint": {
        "nb": "For eksempel --period 2025-01-01..2025-12-31.",
        "en": "For example --period 2025-01-01..2025-12-31.",
    },
    "error.cli.period_reversed": {
        "nb": "--period: startdatoen er etter sluttdatoen",
        "en": "--period: the start date is after the end date",
    },
    "error.cli.history_period_form": {
        "nb": "--period: forventet FRA..TIL eller et år",
        "en": "--period: expected FROM..TO or a year",
    },
    "error.cli.history_period_form_hint": {
        "nb": "For eksempel --period 2025 eller --period 2025-01-01..2025-06-30.",
        "en": "For example --period 2025 or --period 2025-01-01..2025-06-30.",
    },
    "error.cli.unknown_format": {"nb": "--format: ukjent format «{format}»", "en": "--format: unknown format «{format}»"},
    "error.cli.no_format": {"nb": "--format: ingen format oppgitt", "en": "--format: no format given"},
    "error.cli.run_formats_hint": {"nb": "Bruk xlsx, html eller none.", "en": "Use xlsx, html or none."},
    "error.cli.report_formats_hint": {"nb": "Bruk xlsx, html eller xlsx,html.", "en": "Use xlsx, html or xlsx,html."},
    "error.cli.compare_formats_hint": {"nb": "Bruk xlsx, html og/eller json.", "en": "Use xlsx, html and/or json."},
    "error.cli.each_mappings": {
        "nb": "--each: {files} filer men {mappings} mappingfiler",
        "en": "--each: {files} files but {mappings} mapping files",
    },
    "error.cli.each_mappings_hint": {
        "nb": "Gi én --mapping for alle filene, eller én per fil i samme rekkefølge.",
        "en": "Give one --mapping for all the files, or one per file in the same order.",
    },
    "error.cli.results_exist": {
        "nb": "mappen har allerede resultater fra en kjøring ({files})",
        "en": "the folder already holds the results of a run ({files})",
    },
    "error.cli.results_exist_hint": {
        "nb": "Velg en annen --out, eller bruk --overwrite for å skrive over.",
        "en": "Choose another --out, or use --overwrite to write over them.",
    },
    "error.cli.unknown_activity": {
        "nb": "--activity: aktiviteten «{activity}» finnes ikke i årshjulet",
        "en": "--activity: the activity «{activity}» is not in the årshjul",
    },
    "error.cli.activities_are": {"nb": "Aktivitetene er: {names}.", "en": "The activities are: {names}."},
    "error.cli.file_exists": {"nb": "filen finnes allerede", "en": "the file already exists"},
    "error.cli.file_exists_hint": {
        "nb": "Velg et annet navn, eller bruk --overwrite.",
        "en": "Choose another name, or use --overwrite.",
    },
    "error.cli.out_is_export": {
        "nb": "--out er selve uttrekket; det skrives aldri over",
        "en": "--out is the export itself; it is never written over",
    },
    "error.cli.what.on_date": {"nb": "dato (--on)", "en": "date (--on)"},
    "error.cli.what.sample_file": {"nb": "utvalgsfilen", "en": "the sample file"},
    "error.cli.what.metadata_file": {"nb": "metadatafilen", "en": "the metadata file"},
    "error.cli.what.workbook": {"nb": "arbeidsboka", "en": "the workbook"},
    "error.cli.what_exists": {"nb": "{what} finnes allerede", "en": "{what} already exists"},
    "error.cli.overwrite_hint": {
        "nb": "Velg et annet filnavn, eller bruk --overwrite for å skrive over.",
        "en": "Choose another file name, or use --overwrite to write over it.",
    },
    "error.cli.sample_size": {
        "nb": "oppgi utvalgets størrelse med --total eller --per-stratum",
        "en": "give the size of the sample with --total or --per-stratum",
    },
    "error.cli.sample_size_hint": {
        "nb": "For eksempel --total 40 eller --per-stratum 5.",
        "en": "For example --total 40 or --per-stratum 5.",
    },
    "error.cli.either_option": {
        "nb": "bruk enten {first} eller {second}, ikke begge",
        "en": "use either {first} or {second}, not both",
    },
    "error.cli.workbook_xlsx": {"nb": "arbeidsboka skrives som .xlsx", "en": "the workbook is written as .xlsx"},
    "error.cli.unknown_check": {
        "nb": "ukjent kontroll «{check}» (verken i katalogen eller i historikken).",
        "en": "unknown check «{check}» (neither in the catalogue nor in the history).",
    },
    "error.cli.unknown_check_hint_close": {
        "nb": "Mente du «{names}»? Se «nav-audit checks».",
        "en": "Did you mean «{names}»? See «nav-audit checks».",
    },
    "error.cli.no_follow_up": {
        "nb": "fant ingen oppfølging med nummer {id}.",
        "en": "found no follow-up with number {id}.",
    },
    "error.cli.no_follow_up_hint": {"nb": "Se «nav-audit follow-up list».", "en": "See «nav-audit follow-up list»."},
    "error.cli.nothing_to_change": {"nb": "ingenting å endre.", "en": "nothing to change."},
    "error.cli.nothing_to_change_hint": {
        "nb": "Oppgi minst én av --status, --responsible, --action, --due, --note.",
        "en": "Give at least one of --status, --responsible, --action, --due, --note.",
    },
    # ------------------------------------------------------------------ audit/cli/grounds.py
    "error.grounds.csv_only": {"nb": "tabellen skrives som .csv", "en": "the table is written as .csv"},
    "error.grounds.missing": {"nb": "filen eller mappen finnes ikke", "en": "the file or folder does not exist"},
    "error.grounds.not_a_letter": {
        "nb": "dette er ikke et vedtaksbrev nav-audit kan lese",
        "en": "this is not a decision letter nav-audit can read",
    },
    "error.grounds.not_a_letter_hint": {"nb": "Brevene må være {suffixes}.", "en": "The letters must be {suffixes}."},
    "error.grounds.no_letters": {"nb": "fant ingen vedtaksbrev", "en": "found no decision letters"},
    "error.grounds.no_letters_hint": {
        "nb": "Mappen må inneholde {suffixes}-filer.",
        "en": "The folder must hold {suffixes} files.",
    },
    "error.grounds.over_a_letter": {
        "nb": "tabellen ville skrevet over et av brevene",
        "en": "the table would write over one of the letters",
    },
    "error.grounds.over_a_letter_hint": {"nb": "Velg et annet filnavn for --out.", "en": "Choose another file name for --out."},
    "error.grounds.exists": {"nb": "tabellen finnes allerede", "en": "the table already exists"},
    # ------------------------------------------------------------------ audit/schedule/* (the årshjul file)
    # A message about one key reads «nøkkel «activities[kvp].day»: <message>.»; «{{ }}» are braces
    # in messages that have values (the value given to such a message may go unused).
    "error.schedule.at_key": {"nb": "nøkkel «{key}»: {message}", "en": "key «{key}»: {message}"},
    "error.schedule.sentence": {"nb": "{text}.", "en": "{text}."},
    "error.schedule.unknown_key": {"nb": "ukjent nøkkel", "en": "unknown key"},
    "error.schedule.bad_key": {"nb": "ugyldig nøkkel", "en": "not a valid key"},
    "error.schedule.key_twice": {"nb": "nøkkelen «{key}» står to ganger", "en": "the key «{key}» appears twice"},
    "error.schedule.valid_keys": {"nb": "Gyldige nøkler: {names}.", "en": "Valid keys: {names}."},
    "error.schedule.missing": {"nb": "mangler", "en": "missing"},
    "error.schedule.text": {"nb": "skal være tekst", "en": "must be text"},
    "error.schedule.empty": {"nb": "er tom", "en": "is empty"},
    "error.schedule.integer_range": {
        "nb": "skal være et heltall fra {low} til {high}",
        "en": "must be a whole number from {low} to {high}",
    },
    "error.schedule.bad_date": {"nb": "ugyldig dato", "en": "not a valid date"},
    "error.schedule.bad_date_hint": {
        "nb": "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-01-01.",
        "en": "Write the date as YYYY-MM-DD, for example 2025-01-01.",
    },
    "error.schedule.missing_file_hint": {
        "nb": "Lag et med «nav-audit init MAPPE», eller se «nav-audit schedule --help».",
        "en": "Make one with «nav-audit init FOLDER», or see «nav-audit schedule --help».",
    },
    "error.schedule.top_keys": {
        "nb": "forventet nøkler som title, scope og activities på øverste nivå",
        "en": "expected keys such as title, scope and activities at the top level",
    },
    "error.schedule.version": {
        "nb": "denne versjonen av nav-audit leser bare årshjulfiler av versjon 1",
        "en": "this version of nav-audit reads only årshjul files of version 1",
    },
    "error.schedule.activities_list": {
        "nb": "skal være en liste med minst én kontrollaktivitet",
        "en": "must be a list of at least one control activity",
    },
    "error.schedule.activity_table": {
        "nb": "skal være en tabell med id, title, months, day, period …",
        "en": "must be a table with id, title, months, day, period …",
    },
    "error.schedule.id_twice": {"nb": "id «{id}» er brukt før (linje {line})", "en": "the id «{id}» is already used (line {line})"},
    "error.schedule.id_twice_hint": {"nb": "Hver aktivitet trenger sin egen id.", "en": "Each activity needs an id of its own."},
    "error.schedule.same_line": {
        "nb": "«{other}» (linje {line}) kjører også suite «{suite}» med omfang «{scope}» for {period}; historikken kan ikke skille dem",
        "en": "«{other}» (line {line}) also runs the suite «{suite}» with scope «{scope}» for the {period}; the history cannot tell them apart",
    },
    "error.schedule.same_line_hint": {
        "nb": "Gi en av dem et eget «scope», eller slå dem sammen.",
        "en": "Give one of them a «scope» of its own, or merge them.",
    },
    "error.schedule.id_form": {
        "nb": "skal bestå av små bokstaver a–z, sifre, - og _ (den blir et mappenavn)",
        "en": "must consist of small letters a–z, digits, - and _ (it becomes a folder name)",
    },
    "error.schedule.id_form_hint": {"nb": "For eksempel «kvp-oppstart».", "en": "For example «kvp-start»."},
    "error.schedule.suite_or_report": {
        "nb": "en aktivitet kjører enten en suite («suite: kvp») eller en rapport («report: annual»)",
        "en": "an activity runs either a suite («suite: kvp») or a report («report: annual»)",
    },
    "error.schedule.unknown_report": {"nb": "ukjent rapport", "en": "unknown report"},
    "error.schedule.unknown_report_hint": {"nb": "Gyldige rapporter: {names}.", "en": "Valid reports: {names}."},
    "error.schedule.annual_year": {"nb": "årsrapporten dekker et år", "en": "the annual report covers a year"},
    "error.schedule.annual_year_hint": {"nb": "Skriv «period: year».", "en": "Write «period: year»."},
    "error.schedule.inputs_needed": {
        "nb": "en aktivitet som kjører en suite trenger minst én inndatafil",
        "en": "an activity that runs a suite needs at least one input file",
    },
    "error.schedule.suite_only": {
        "nb": "gjelder bare aktiviteter som kjører en suite",
        "en": "applies only to activities that run a suite",
    },
    "error.schedule.scope_needed": {
        "nb": "mangler: en aktivitet som kjører en suite trenger et omfang (scope), som historikken kjenner kjøringene igjen på",
        "en": "missing: an activity that runs a suite needs a scope, by which the history recognises its runs",
    },
    "error.schedule.scope_needed_hint": {
        "nb": "Skriv «scope: 5001» (f.eks. kommunenummer eller kontor) her eller øverst i filen.",
        "en": "Write «scope: 5001» (e.g. the municipality number or the office) here or at the top of the file.",
    },
    "error.schedule.bad_value": {"nb": "ugyldig verdi", "en": "not a valid value"},
    "error.schedule.as_of_hint": {
        "nb": "Bruk «period_end» (periodens siste dag, standard) eller «run_date» (dagen det kjøres).",
        "en": "Use «period_end» (the last day of the period, the default) or «run_date» (the day it runs).",
    },
    "error.schedule.title_form": {"nb": "skal være tekst, eller {nb: …, en: …}", "en": "must be text, or {nb: …, en: …}"},
    "error.schedule.period_missing_hint": {
        "nb": "Skriv hvilken periode kjøringen dekker: month, quarter, tertial eller year.",
        "en": "Write which period the run covers: month, quarter, tertial or year.",
    },
    "error.schedule.unknown_period": {"nb": "ukjent periode", "en": "unknown period"},
    "error.schedule.unknown_period_hint": {
        "nb": "Bruk month, quarter, tertial eller year (eller måned, kvartal, tertial, år): den siste hele perioden før den planlagte dagen.",
        "en": "Use month, quarter, tertial or year (or måned, kvartal, tertial, år): the last whole period before the scheduled day.",
    },
    "error.schedule.months_missing_hint": {
        "nb": "For eksempel «months: [1, 4, 7, 10]» eller «months: all».",
        "en": "For example «months: [1, 4, 7, 10]» or «months: all».",
    },
    "error.schedule.bad_month": {"nb": "ugyldig måned", "en": "not a valid month"},
    "error.schedule.bad_month_hint": {
        "nb": "Bruk månedsnummer 1–12, månedsnavn (januar …) eller «all».",
        "en": "Use month numbers 1–12, month names (januar … or January …) or «all».",
    },
    "error.schedule.month_twice": {"nb": "måneden står to ganger", "en": "the month appears twice"},
    "error.schedule.day": {
        "nb": "skal være en dag i måneden, 1–31 (eller «last»)",
        "en": "must be a day of the month, 1–31 (or «last»)",
    },
    "error.schedule.same_period": {
        "nb": "månedene {first} og {second} dekker begge samme periode ({period} i 2025-eksempelet)",
        "en": "the months {first} and {second} both cover the same period ({period} in the 2025 example)",
    },
    "error.schedule.same_period_hint.quarter": {
        "nb": "Kvartalsvise kontroller: «months: [1, 4, 7, 10]».",
        "en": "Quarterly controls: «months: [1, 4, 7, 10]».",
    },
    "error.schedule.same_period_hint.tertial": {
        "nb": "Tertialvise kontroller: «months: [1, 5, 9]».",
        "en": "Controls per tertial: «months: [1, 5, 9]».",
    },
    "error.schedule.same_period_hint.year": {"nb": "En årlig kontroll har én måned.", "en": "A yearly control has one month."},
    "error.schedule.template_field_of_period": {
        "nb": "perioden «{kind}» har ikke feltet {{{name}}}",
        "en": "the period «{kind}» has no field {{{name}}}",
    },
    "error.schedule.template_unknown_field": {
        "nb": "ukjent felt {{{name}}} i stimalen",
        "en": "unknown field {{{name}}} in the path template",
    },
    "error.schedule.template_fields_hint": {"nb": "Tillatte felt her: {names}.", "en": "Fields allowed here: {names}."},
    "error.schedule.template_invalid": {"nb": "ugyldig stimal ({problem})", "en": "not a valid path template ({problem})"},
    "error.schedule.input_form": {
        "nb": "skal være en sti, eller {path: …, mapping: …}",
        "en": "must be a path, or {path: …, mapping: …}",
    },
    "error.schedule.checks_list": {"nb": "skal være en liste med kontroll-id-er", "en": "must be a list of check ids"},
    "error.schedule.checks_list_hint": {
        "nb": "For eksempel «checks: [kvp.start_delay]».",
        "en": "For example «checks: [kvp.start_delay]».",
    },
    "error.schedule.parameters_table": {
        "nb": "skal være en tabell {{kontroll-id: {{parameter: verdi}}}}",
        "en": "must be a table {{check id: {{parameter: value}}}}",
    },
    "error.schedule.parameter_values": {
        "nb": "skal være en tabell {{parameter: verdi}}",
        "en": "must be a table {{parameter: value}}",
    },
    "error.schedule.number": {"nb": "skal være et tall", "en": "must be a number"},
    "error.schedule.number_hint": {
        "nb": "Datoavhengige parametre settes i en konfigurasjonsfil (config: …).",
        "en": "Parameters that depend on a date are set in a configuration file (config: …).",
    },
    "error.schedule.unknown_format": {"nb": "ukjent rapportformat", "en": "unknown report format"},
    "error.schedule.unknown_format_hint": {
        "nb": "Bruk xlsx, html, begge, eller «none».",
        "en": "Use xlsx, html, both, or «none».",
    },
    "error.schedule.unknown_suite": {
        "nb": "suiten «{suite}» finnes ikke i denne versjonen av nav-audit.",
        "en": "the suite «{suite}» does not exist in this version of nav-audit.",
    },
    "error.schedule.suites_are": {"nb": "Suiter: {names}.", "en": "Suites: {names}."},
    "error.schedule.unknown_check": {
        "nb": "kontrollen «{check}» finnes ikke i suite «{suite}».",
        "en": "the check «{check}» does not exist in the suite «{suite}».",
    },
    # ------------------------------------------------------------------ audit/onboarding/*
    "error.onboarding.file_not_folder": {
        "nb": "det finnes en fil med dette navnet; oppgi en mappe",
        "en": "there is a file of this name; give a folder",
    },
    "error.onboarding.folder_not_empty": {"nb": "mappen finnes og er ikke tom", "en": "the folder exists and is not empty"},
    "error.onboarding.folder_not_empty_hint": {
        "nb": "Velg en ny mappe, eller bruk --overwrite for å skrive filene på nytt (andre filer røres ikke).",
        "en": "Choose a new folder, or use --overwrite to write the files again (other files are left alone).",
    },
    "error.onboarding.kostra_file": {
        "nb": "dette er en KOSTRA-fil (11CF/11F); den trenger ingen mappingfil",
        "en": "this is a KOSTRA file (11CF/11F); it needs no mapping file",
    },
    "error.onboarding.kostra_file_hint": {
        "nb": "«nav-audit run FIL» leser KOSTRA-filer direkte: 11CF som kvp, 11F med --suite stonad.",
        "en": "«nav-audit run FILE» reads KOSTRA files directly: 11CF as kvp, 11F with --suite stonad.",
    },
    "error.onboarding.header_numbers": {
        "nb": "overskriftsraden ser ut til å inneholde identitetsnumre eller lange tallrekker",
        "en": "the header row seems to hold identity numbers or long strings of digits",
    },
    "error.onboarding.header_numbers_hint": {
        "nb": "Filen trenger en rad med kolonneoverskrifter øverst; nav-audit viser ikke verdiene.",
        "en": "The file needs a row of column headings at the top; nav-audit does not show the values.",
    },
    # ------------------------------------------------------------------ audit/annual.py
    "error.annual.what.date": {"nb": "dato", "en": "date"},
    "error.annual.where.suite": {"nb": "suite {suite}", "en": "suite {suite}"},
    "error.annual.where.scope": {"nb": "omfang {scope}", "en": "scope {scope}"},
    "error.annual.where.both": {"nb": "suite {suite}, omfang {scope}", "en": "suite {suite}, scope {scope}"},
    "error.annual.no_runs": {
        "nb": "historikken {store} har ingen kjøringer i {year}.",
        "en": "the history {store} has no runs in {year}.",
    },
    "error.annual.no_runs_where": {
        "nb": "historikken {store} har ingen kjøringer i {year} ({where}).",
        "en": "the history {store} has no runs in {year} ({where}).",
    },
    "error.annual.no_runs_hint": {
        "nb": "Se «nav-audit history list» for årene som finnes, eller oppgi en annen --history.",
        "en": "See «nav-audit history list» for the years there are, or give another --history.",
    },
    # ------------------------------------------------------------------ click's own messages (audit/cli/click_words.py)
    # «en» is click's message word for word (the lookup is by it); «word.*» are words click fills in.
    "error.click.error": {"nb": "Feil: {message}", "en": "Error: {message}"},
    "error.click.try_help": {"nb": 'Se «{command} {option}» for hjelp.', "en": "Try '{command} {option}' for help."},
    "error.click.invalid_value_for": {"nb": "Ugyldig verdi for {param_hint}: {message}", "en": "Invalid value for {param_hint}: {message}"},
    "error.click.invalid_value": {"nb": "Ugyldig verdi: {message}", "en": "Invalid value: {message}"},
    "error.click.missing_argument": {"nb": "Mangler argument", "en": "Missing argument"},
    "error.click.missing_option": {"nb": "Mangler valg", "en": "Missing option"},
    "error.click.missing_parameter": {"nb": "Mangler parameter", "en": "Missing parameter"},
    "error.click.missing_type": {"nb": "Mangler {param_type}", "en": "Missing {param_type}"},
    "error.click.missing_parameter_name": {"nb": "Mangler parameter: {param_name}", "en": "Missing parameter: {param_name}"},
    "error.click.missing_command": {"nb": "Mangler kommando.", "en": "Missing command."},
    "error.click.no_such_option": {"nb": "Ukjent valg {name!r}.", "en": "No such option {name!r}."},
    "error.click.no_such_command": {"nb": "Ukjent kommando {name!r}.", "en": "No such command {name!r}."},
    "error.click.did_you_mean.one": {"nb": "Mente du {possibility}?", "en": "Did you mean {possibility}?"},
    "error.click.did_you_mean.other": {"nb": "(Mente du en av disse: {possibilities}?)", "en": "(Did you mean one of: {possibilities}?)"},
    "error.click.unknown_error": {"nb": "ukjent feil", "en": "unknown error"},
    "error.click.cannot_open": {"nb": "Kunne ikke åpne filen {filename!r}: {message}", "en": "Could not open file {filename!r}: {message}"},
    "error.click.not_choice.one": {"nb": "{value!r} er ikke {choice}.", "en": "{value!r} is not {choice}."},
    "error.click.not_choice.other": {"nb": "{value!r} er ikke en av {choices}.", "en": "{value!r} is not one of {choices}."},
    "error.click.format.one": {"nb": "{value!r} har ikke formatet {format}.", "en": "{value!r} does not match the format {format}."},
    "error.click.format.other": {"nb": "{value!r} har ikke noen av formatene {formats}.", "en": "{value!r} does not match the formats {formats}."},
    "error.click.range": {"nb": "{value} er utenfor området {range}.", "en": "{value} is not in the range {range}."},
    "error.click.boolean": {"nb": "{value!r} er ikke en gyldig sannhetsverdi. Gyldige verdier: {states}", "en": "{value!r} is not a valid boolean. Recognized values: {states}"},
    "error.click.number": {"nb": "{value!r} er ikke et gyldig {number_type}.", "en": "{value!r} is not a valid {number_type}."},
    "error.click.uuid": {"nb": "{value!r} er ikke en gyldig UUID.", "en": "{value!r} is not a valid UUID."},
    "error.click.path_missing": {"nb": "{name} {filename!r} finnes ikke.", "en": "{name} {filename!r} does not exist."},
    "error.click.path_is_file": {"nb": "{name} {filename!r} er en fil.", "en": "{name} {filename!r} is a file."},
    "error.click.path_is_folder": {"nb": "{name} {filename!r} er en mappe.", "en": "{name} {filename!r} is a directory."},
    "error.click.path_unreadable": {"nb": "{name} {filename!r} kan ikke leses.", "en": "{name} {filename!r} is not readable."},
    "error.click.path_unwritable": {"nb": "{name} {filename!r} kan ikke skrives.", "en": "{name} {filename!r} is not writable."},
    "error.click.path_not_executable": {"nb": "{name} {filename!r} kan ikke kjøres.", "en": "{name} {filename!r} is not executable."},
    "error.click.requires_value.one": {"nb": "Valget {name!r} trenger en verdi.", "en": "Option {name!r} requires an argument."},
    "error.click.requires_value.other": {"nb": "Valget {name!r} trenger {nargs} verdier.", "en": "Option {name!r} requires {nargs} arguments."},
    "error.click.takes_no_value": {"nb": "Valget {name!r} tar ingen verdi.", "en": "Option {name!r} does not take a value."},
    "error.click.argument_values": {"nb": "Argumentet {name!r} tar {nargs} verdier.", "en": "Argument {name!r} takes {nargs} values."},
    "error.click.extra_arguments.one": {"nb": "Fikk et argument for mye ({args})", "en": "Got unexpected extra argument ({args})"},
    "error.click.extra_arguments.other": {"nb": "Fikk argumenter for mye ({args})", "en": "Got unexpected extra arguments ({args})"},
    "error.click.values_given.one": {"nb": "Tar {nargs} verdier, men 1 ble gitt.", "en": "Takes {nargs} values but 1 was given."},
    "error.click.values_given.other": {"nb": "Tar {nargs} verdier, men {len} ble gitt.", "en": "Takes {nargs} values but {len} were given."},
    "error.click.aborted": {"nb": "Avbrutt!", "en": "Aborted!"},
    # the frame of every --help (the help texts themselves are bokmål in the commands)
    "error.click.help.usage": {"nb": "Bruk:", "en": "Usage:"},
    "error.click.help.options": {"nb": "Valg", "en": "Options"},
    "error.click.help.arguments": {"nb": "Argumenter", "en": "Positional arguments"},
    "error.click.help.commands": {"nb": "Kommandoer", "en": "Commands"},
    "error.click.help.default": {"nb": "standard: {default}", "en": "default: {default}"},
    "error.click.help.required": {"nb": "påkrevd", "en": "required"},
    "error.click.help.env_var": {"nb": "miljøvariabel: {var}", "en": "env var: {var}"},
    "error.click.word.file": {"nb": "Filen", "en": "File"},
    "error.click.word.directory": {"nb": "Mappen", "en": "Directory"},
    "error.click.word.path": {"nb": "Stien", "en": "Path"},
    "error.click.word.integer": {"nb": "heltall", "en": "integer"},
    "error.click.word.float": {"nb": "desimaltall", "en": "float"},
    "error.click.word.integer_range": {"nb": "heltall", "en": "integer range"},
    "error.click.word.float_range": {"nb": "desimaltall", "en": "float range"},
}
