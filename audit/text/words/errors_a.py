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
    "error.sample.larger_than_population": {
        "nb": "utvalget ({total}) er større enn populasjonen ({population} saker)",
        "en": "the sample ({total}) is larger than the population ({population} cases)",
    },
    "error.sample.larger_than_population_hint": {
        "nb": "Bruk --total {population} eller mindre.",
        "en": "Use --total {population} or less.",
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
    "error.review.sample_keys_missing": {
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
}
