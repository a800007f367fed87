"""The --help of nav-audit itself, run, checks, report, pseudonymise, demo, map and init:
each command's description and example, each option's help, bokmål and English side by side
(audit/cli/help_text.py).

The example command lines are the same in both languages (they are commands); a «\\b» line
keeps click from rewrapping the block that follows."""


# The example command lines of a help, the same in both languages (they are commands).
_EXAMPLE_MAIN = ("  nav-audit demo --out demo\n"
                 "  nav-audit run demo/kvp_saker.csv \\\n"
                 "      --mapping demo/kvp_mapping.yaml --as-of 2025-12-31 --out demo/rapporter/kvp-csv --no-history")
_EXAMPLE_CHECKS = ("  nav-audit checks --suite kvp\n"
                   "  nav-audit checks --format json > katalog.json\n"
                   "  nav-audit checks --format md --out kontrollkatalog.md")
_EXAMPLE_DEMO = ("  nav-audit demo --out demo\n"
                 "  nav-audit run demo/kvp_saker.xlsx --mapping demo/kvp_mapping.yaml \\\n"
                 "      --as-of 2025-12-31 --out demo/rapporter/kvp --no-history")
_EXAMPLE_INIT = ("  nav-audit demo --out demo\n"
                 "  nav-audit init internkontroll --export demo/kvp_saker.csv --scope 5001\n"
                 "  nav-audit schedule show -f internkontroll/arshjul.yaml")
_EXAMPLE_MAP = ("  nav-audit demo --out demo\n"
                "  nav-audit map demo/kvp_saker.csv --out demo/min_mapping.yaml\n"
                "  nav-audit map demo/kvp_saker.csv --check demo/min_mapping.yaml")
_EXAMPLE_PSEUDONYMISE = ("  nav-audit pseudonymise demo/uttrekk_med_fodselsnummer.csv demo/uttrekk_pseudonymisert.csv \\\n"
                         "      --column Fødselsnummer")
_EXAMPLE_REPORT = "  nav-audit report demo/rapporter/kvp/results.json --lang en --out demo/rapporter/kvp-en"
_EXAMPLE_RUN = ("  nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml \\\n"
                "      --as-of 2025-12-31 --out demo/rapporter/kvp-21 --set kvp.start_delay.deviation_days=21 --no-history\n"
                "  nav-audit run demo/kvp_11cf_2025.dat --suite kostra --out demo/rapporter/kostra --no-history\n"
                "  nav-audit run demo/kvp_11cf_2025.dat demo/stonad_11f_2025.dat --suite kostra --each \\\n"
                "      --out demo/rapporter/kostra-hver-fil --no-history")


TEXT: dict[str, dict[str, str]] = {
    "help.main": {
        "nb": ("nav-audit: internkontroll og tilsyn med sosiale tjenester i NAV.\n"
               "\n"
               "Leser anonymiserte saksuttrekk (CSV, XLSX, Parquet, KOSTRA 11CF/11F), kjører\n"
               "lovkrav som kontroller og skriver results.json og rapporter.\n"
               "\n"
               "\x08\n"
               "Eksempel (eksempelfilene skrives til mappen demo):\n") + _EXAMPLE_MAIN,
        "en": ("nav-audit: internal control and supervision of social services in NAV.\n"
               "\n"
               "Reads anonymised case exports (CSV, XLSX, Parquet, KOSTRA 11CF/11F), runs\n"
               "legal requirements as checks and writes results.json and reports.\n"
               "\n"
               "\x08\n"
               "Example (the example files are written to the folder demo):\n") + _EXAMPLE_MAIN,
    },
    "help.main.version": {"nb": "Vis versjonen og avslutt.", "en": "Show the version and exit."},
    "help.main.debug": {
        "nb": "Vis full traceback ved feil (for utviklere).",
        "en": "Show the full traceback on errors (for developers).",
    },
    "help.option.help": {"nb": "Vis denne hjelpen og avslutt.", "en": "Show this help and exit."},
    "help.option.history": {
        "nb": "Historikk: SQLite-fil eller postgresql://-URL. Standard: miljøvariabelen NAV_AUDIT_HISTORY, ellers $XDG_DATA_HOME/nav-audit/history.sqlite (~/.local/share/nav-audit/history.sqlite).",
        "en": "History: an SQLite file or a postgresql:// URL. Default: the environment variable NAV_AUDIT_HISTORY, otherwise $XDG_DATA_HOME/nav-audit/history.sqlite (~/.local/share/nav-audit/history.sqlite).",
    },
    "help.checks": {
        "nb": ("List kontrollkatalogen: id, type, tittel, hjemmel, lov eller praksis, gjelder fra og parametre.\n"
               "\n"
               "Med --format md skrives katalogen som et dokument en jurist kan lese i én økt\n"
               "(prosjektets dokumentasjon av kontrollkatalogen er laget slik).\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_CHECKS,
        "en": ("List the check catalogue: id, type, title, legal basis, law or practice, in force from, and parameters.\n"
               "\n"
               "With --format md the catalogue is written as a document a lawyer can read in one sitting\n"
               "(the project's documentation of the check catalogue is made this way).\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_CHECKS,
    },
    "help.checks.suite": {
        "nb": "Vis bare én suite (kvp, stonad eller kostra).",
        "en": "Show only one suite (kvp, stonad or kostra).",
    },
    "help.checks.fmt": {
        "nb": "table: to linjer per kontroll; json: alt om hver kontroll; md: katalogen som dokument for juridisk gjennomgang (krav, hjemmel, terskler, lov eller praksis, eksempler).",
        "en": "table: two lines per check; json: everything about each check; md: the catalogue as a document for legal review (requirement, legal basis, thresholds, law or practice, examples).",
    },
    "help.checks.out": {
        "nb": "Skriv til denne filen (atomisk) i stedet for til skjermen.",
        "en": "Write to this file (atomically) instead of to the screen.",
    },
    "help.option.lang": {"nb": "Språk.", "en": "Language."},
    "help.demo": {
        "nb": ("Skriv eksempeluttrekk å prøve nav-audit på, og vis kommandoene å prøve dem med.\n"
               "\n"
               "Mappen får to eksempeluttrekk fra fagsystemet (KVP som xlsx og csv, økonomisk stønad\n"
               "som csv) med mappingfilene sine, to KOSTRA-filer (11CF og 11F), en parameterfil med\n"
               "alle terskler og rettsgrunnlag, et årshjul, 24 vedtaksbrev (mappen vedtaksbrev) og et\n"
               "lite uttrekk med syntetiske fødselsnumre å prøve «pseudonymise» på. Kommandoene som\n"
               "skrives ut virker fra mappen du står i.\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_DEMO,
        "en": ("Write example exports to try nav-audit on, and show the commands to try them with.\n"
               "\n"
               "The folder gets two example exports from the case system (KVP as xlsx and csv, social assistance\n"
               "as csv) with their mapping files, two KOSTRA files (11CF and 11F), a parameter file with\n"
               "every threshold and legal basis, an annual cycle, 24 decision letters (the folder vedtaksbrev) and a\n"
               "small export with synthetic national identity numbers to try «pseudonymise» on. The commands\n"
               "printed work from the folder you are in.\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_DEMO,
    },
    "help.demo.out_dir": {
        "nb": "Mappen eksempelfilene skrives til (lages; en mappe med innhold avvises uten --overwrite).",
        "en": "The folder the example files are written to (created; a folder with contents is refused without --overwrite).",
    },
    "help.demo.overwrite": {
        "nb": "Skriv eksempelfilene på nytt i en mappe som ikke er tom.",
        "en": "Write the example files again in a folder that is not empty.",
    },
    "help.option.lang_output_files": {
        "nb": "Språk i utskriften og i filene som skrives.",
        "en": "Language of the output and of the files written.",
    },
    "help.option.lang_tables": {"nb": "Språk i tabellene.", "en": "Language of the tables."},
    "help.option.table_or_json": {"nb": "Tabell i terminalen eller JSON.", "en": "A table in the terminal, or JSON."},
    "help.init": {
        "nb": ("Lag en arbeidsmappe for internkontrollen på et kontor.\n"
               "\n"
               "Mappen får et årshjul (kvartalsvis gjennomgang av KVP og økonomisk stønad,\n"
               "KOSTRA-kontroll i februar, årsrapport i januar), en parameterfil med alle terskler og\n"
               "rettsgrunnlag, et mappingutkast når et uttrekk er gitt (--export), mapper for uttrekk\n"
               "og KOSTRA-filer, og LESMEG.md som sier hva som skal gjøres hver måned.\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_INIT,
        "en": ("Make a working folder for the internal control at an office.\n"
               "\n"
               "The folder gets an annual cycle (quarterly review of KVP and social assistance,\n"
               "KOSTRA check in February, annual report in January), a parameter file with every threshold and\n"
               "legal basis, a draft mapping when an export is given (--export), folders for exports\n"
               "and KOSTRA files, and LESMEG.md, which says what to do each month.\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_INIT,
    },
    "help.init.export": {"nb": "Et uttrekk å lage mappingutkast for.", "en": "An export to make a draft mapping for."},
    "help.init.suite": {
        "nb": "Datasettet uttrekket gjelder (standard: gjettes).",
        "en": "The dataset the export belongs to (default: guessed).",
    },
    "help.init.scope": {
        "nb": "Omfanget kjøringene lagres med, f.eks. kommunenummer eller kontor.",
        "en": "The scope the runs are recorded with, e.g. municipality number or office.",
    },
    "help.init.title": {
        "nb": "Tittel på årshjulet, f.eks. «Årshjul – NAV Lerkendal».",
        "en": "Title of the annual cycle, e.g. «Årshjul – NAV Lerkendal».",
    },
    "help.init.overwrite": {
        "nb": "Skriv filene på nytt i en mappe som ikke er tom.",
        "en": "Write the files again in a folder that is not empty.",
    },
    "help.map": {
        "nb": ("Foreslå en mappingfil for et uttrekk med egne overskrifter, eller prøv en (--check).\n"
               "\n"
               "Hver kanonisk kolonne knyttes til en overskrift etter en tabell med norske og engelske\n"
               "navn og forkortelser og etter likhet, og verdiene i kolonnen sjekkes (datoer og\n"
               "datoformat, ja/nei, tall). For vedtak, KOSTRA-status og situasjon etter program lages\n"
               "en oversettelse av verdiene som finnes. Utkastet er en kommentert YAML-fil i formatet\n"
               "«run» leser, med sikkerhet per kolonne; det skrives ut (eller til --out), og under\n"
               "står hvilke kontroller som kan kjøres og hva som mangler for de andre. Identitetsnumre\n"
               "vises aldri; kolonner med slike føres opp under «pseudonymise».\n"
               "\n"
               "\x08\n"
               "Mappingfilens nøkler:\n"
               "  dataset      kvp eller stonad\n"
               "  columns      kanonisk kolonne: overskrift i uttrekket («nav-audit checks» viser hva\n"
               "               kontrollene trenger)\n"
               "  values       kanonisk kolonne: {verdi i uttrekket: kanonisk verdi}, f.eks.\n"
               "               decision: {Innvilget: granted, Avslag: refused}; status: KOSTRA-kode 1–7\n"
               '  date_format  f.eks. "%d/%m/%Y" (ISO-datoer, dd.mm.åååå og «1. mars 2025» leses uten)\n'
               "  sheet, delimiter, encoding, pseudonymise\n"
               "\n"
               "Med --check: overskrifter som mangler eller ikke brukes, verdier mappingen ikke\n"
               "kjenner, og kontroller som blir «ikke vurdert». Kode 0 når «run» kan bruke\n"
               "mappingen, 2 når «run» ville stoppe.\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_MAP,
        "en": ("Suggest a mapping file for an export with its own headings, or try one (--check).\n"
               "\n"
               "Each canonical column is matched to a heading by a table of Norwegian and English\n"
               "names and abbreviations and by similarity, and the values in the column are checked (dates and\n"
               "date format, yes/no, numbers). For the decision, the KOSTRA status and the situation after the programme a\n"
               "translation of the values found is made. The draft is a commented YAML file in the format\n"
               "«run» reads, with a confidence per column; it is printed (or written to --out), and below it\n"
               "are the checks that can be run and what is missing for the others. Identity numbers\n"
               "are never shown; columns holding them are listed under «pseudonymise».\n"
               "\n"
               "\x08\n"
               "The mapping file's keys:\n"
               "  dataset      kvp or stonad\n"
               "  columns      canonical column: heading in the export («nav-audit checks» shows what\n"
               "               the checks need)\n"
               "  values       canonical column: {value in the export: canonical value}, e.g.\n"
               "               decision: {Innvilget: granted, Avslag: refused}; status: KOSTRA code 1–7\n"
               '  date_format  e.g. "%d/%m/%Y" (ISO dates, dd.mm.yyyy and «1 March 2025» are read without it)\n'
               "  sheet, delimiter, encoding, pseudonymise\n"
               "\n"
               "With --check: headings that are missing or not used, values the mapping does not\n"
               "know, and checks that become «not evaluated». Exit code 0 when «run» can use\n"
               "the mapping, 2 when «run» would stop.\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_MAP,
    },
    "help.map.suite": {
        "nb": "Datasettet uttrekket gjelder. Standard: det som passer best.",
        "en": "The dataset the export belongs to. Default: the one that fits best.",
    },
    "help.map.out_file": {
        "nb": "Skriv utkastet til denne filen (finnes den, kreves --overwrite). Standard: skjermen.",
        "en": "Write the draft to this file (if it exists, --overwrite is required). Default: the screen.",
    },
    "help.map.check_file": {
        "nb": "Prøv en ferdig mappingfil mot uttrekket i stedet for å foreslå en.",
        "en": "Try a finished mapping file against the export instead of suggesting one.",
    },
    "help.map.sheet": {
        "nb": "Arket i en xlsx-fil (navn). Standard: det første synlige.",
        "en": "The sheet in an xlsx file (name). Default: the first visible one.",
    },
    "help.map.overwrite": {"nb": "Skriv over en eksisterende fil i --out.", "en": "Overwrite an existing file in --out."},
    "help.map.interactive": {
        "nb": "Spør om hver kolonne som ikke er sikker: godta, avvis eller oppgi overskriften selv.",
        "en": "Ask about each column that is not certain: accept, reject or give the heading yourself.",
    },
    "help.pseudonymise": {
        "nb": ("Lag en kopi av INN der KOLONNE er byttet ut med pseudonymer.\n"
               "\n"
               "INN kan være CSV, XLSX eller Parquet; UT får samme filtype og de samme\n"
               "kolonnene, lest som tekst slik revisjonen leser dem. Pseudonymene er de samme som\n"
               "KOSTRA-leseren gir (HMAC-SHA256 med din nøkkel), så filer fra samme kontor kan\n"
               "kobles uten fødselsnumre. INN endres aldri. Har en annen kolonne også\n"
               "fødselsnumre, skrives ingenting: legg til --column for den.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; fødselsnumrene der er syntetiske):\n") + _EXAMPLE_PSEUDONYMISE,
        "en": ("Make a copy of SOURCE in which COLUMN is replaced by pseudonyms.\n"
               "\n"
               "SOURCE may be CSV, XLSX or Parquet; TARGET gets the same file type and the same\n"
               "columns, read as text as the audit reads them. The pseudonyms are the same as the\n"
               "KOSTRA reader gives (HMAC-SHA256 with your key), so files from the same office can\n"
               "be joined without national identity numbers. SOURCE is never changed. If another column also holds\n"
               "national identity numbers, nothing is written: add --column for it.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the identity numbers there are synthetic):\n") + _EXAMPLE_PSEUDONYMISE,
    },
    "help.pseudonymise.columns": {
        "nb": "Kolonne som skal pseudonymiseres (kan gjentas).",
        "en": "Column to pseudonymise (may be repeated).",
    },
    "help.pseudonymise.key_file": {
        "nb": "Fil med pseudonymnøkkelen. Standard: NAV_AUDIT_PSEUDONYM_KEY, NAV_AUDIT_KEY_FILE eller ~/.config/nav-audit/pseudonym.key (lages ved første bruk).",
        "en": "File with the pseudonym key. Default: NAV_AUDIT_PSEUDONYM_KEY, NAV_AUDIT_KEY_FILE or ~/.config/nav-audit/pseudonym.key (created at first use).",
    },
    "help.pseudonymise.sheet": {
        "nb": "XLSX: arket som skal kopieres (navn eller nummer). Standard: det første synlige.",
        "en": "XLSX: the sheet to copy (name or number). Default: the first visible one.",
    },
    "help.pseudonymise.overwrite": {
        "nb": "Erstatt UT hvis den finnes fra før (aldri INN).",
        "en": "Replace TARGET if it already exists (never SOURCE).",
    },
    "help.option.lang_output": {"nb": "Språk i utskriften.", "en": "Language of the output."},
    "help.report": {
        "nb": ("Lag Excel- og HTML-rapportene på nytt fra en results.json, uten å kjøre kontrollene igjen.\n"
               "\n"
               "Rapportene heter rapport.xlsx og rapport.html og skrives atomisk (en halvskrevet\n"
               "fil blir aldri liggende). Kode 0 når rapportene er skrevet; 2 når results.json\n"
               "mangler eller ikke kan leses.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo» og KVP-kjøringen den foreslår):\n") + _EXAMPLE_REPORT,
        "en": ("Make the Excel and HTML reports again from a results.json, without running the checks again.\n"
               "\n"
               "The reports are called rapport.xlsx and rapport.html and are written atomically (a half-written\n"
               "file is never left behind). Exit code 0 when the reports are written; 2 when results.json\n"
               "is missing or cannot be read.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo» and the KVP run it suggests):\n") + _EXAMPLE_REPORT,
    },
    "help.report.out_dir": {
        "nb": "Mappe for rapportene. Standard: mappen der results.json ligger.",
        "en": "Folder for the reports. Default: the folder results.json is in.",
    },
    "help.report.lang": {
        "nb": "Språk i rapportene: nb (bokmål) eller en. Standard: språket kjøringen brukte, ellers nb.",
        "en": "Language of the reports: nb (bokmål) or en. Default: the language the run used, otherwise nb.",
    },
    "help.option.html_case_limit": {
        "nb": "Høyeste antall saker per kontroll i HTML-rapporten (arbeidsboka har alle).",
        "en": "The largest number of cases per check in the HTML report (the workbook has them all).",
    },
    "help.report.formats": {
        "nb": "Rapporter som skrives: xlsx, html eller begge (kommaseparert).",
        "en": "Reports written: xlsx, html or both (comma-separated).",
    },
    "help.report.overwrite": {
        "nb": "Skriv over eksisterende rapporter i mappen (aldri results.json).",
        "en": "Overwrite existing reports in the folder (never results.json).",
    },
    "help.option.dataset": {"nb": "Datasett: kvp eller stonad.", "en": "Dataset: kvp or stonad."},
    "help.option.mappings": {
        "nb": "Mappingfil (YAML). Én per fil, eller én for alle.",
        "en": "Mapping file (YAML). One per file, or one for all.",
    },
    "help.option.kostra_year": {"nb": "Rapporteringsår for KOSTRA-filer.", "en": "Reporting year of KOSTRA files."},
    "help.run": {
        "nb": ("Revider ett datasett: les filene, kjør kontrollene og skriv results.json og rapporter.\n"
               "\n"
               "Flere filer for samme datasett kobles på nøkkelen (f.eks. en KOSTRA 11CF-fil og en\n"
               "gjennomgangsarbeidsbok). Kode 0 når revisjonen er kjørt, uansett funn; 1 med\n"
               "--fail-on når funn når nivået; 2 ved feil i inndata.\n"
               "\n"
               "Med --each revideres hver fil for seg (egen results.json, rapporter og\n"
               "historikkpost i --out/FILNAVN/), i én kjøring av programmet, som starter bare én gang.\n"
               "En fil med feil stopper ikke de andre (kode 2 til slutt). Med --scope blir omfanget\n"
               "OMFANG/FILNAVN, så hver fil sammenlignes med sine egne tidligere kjøringer.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»):\n") + _EXAMPLE_RUN,
        "en": ("Audit one dataset: read the files, run the checks and write results.json and reports.\n"
               "\n"
               "Several files for the same dataset are joined on the key (e.g. a KOSTRA 11CF file and a\n"
               "review workbook). Exit code 0 when the audit has run, whatever the findings; 1 with\n"
               "--fail-on when findings reach the level; 2 on errors in the input.\n"
               "\n"
               "With --each every file is audited on its own (its own results.json, reports and\n"
               "history record in --out/FILENAME/), in one run of the program, which starts only once.\n"
               "A file with errors does not stop the others (exit code 2 at the end). With --scope the scope becomes\n"
               "SCOPE/FILENAME, so each file is compared with its own earlier runs.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»):\n") + _EXAMPLE_RUN,
    },
    "help.run.suite": {
        "nb": "Kontrollsuite: kvp, stonad eller kostra (SSBs kontroller av en 11CF-/11F-fil).",
        "en": "Check suite: kvp, stonad or kostra (Statistics Norway's checks of an 11CF/11F file).",
    },
    "help.run.mappings": {
        "nb": "Mappingfil (YAML) for en fil med egne overskrifter. Én per fil, eller én for alle.",
        "en": "Mapping file (YAML) for a file with its own headings. One per file, or one for all.",
    },
    "help.run.as_of": {
        "nb": "Kontrolldato (åååå-mm-dd). Standard: i dag.",
        "en": "Audit date (yyyy-mm-dd). Default: today.",
    },
    "help.run.out_dir": {"nb": "Mappe for results.json og rapporter.", "en": "Folder for results.json and reports."},
    "help.run.config": {
        "nb": "Konfigurasjonsfil (YAML) med parametre.",
        "en": "Configuration file (YAML) with parameters.",
    },
    "help.run.overrides": {
        "nb": "Overstyr en parameter, f.eks. --set kvp.start_delay.deviation_days=21.",
        "en": "Override a parameter, e.g. --set kvp.start_delay.deviation_days=21.",
    },
    "help.run.fail_on": {
        "nb": "Avslutt med kode 1 når funn når dette nivået.",
        "en": "Exit with code 1 when findings reach this level.",
    },
    "help.run.strict": {
        "nb": "Stopp (kode 2) ved første verdi som ikke kan leses.",
        "en": "Stop (exit code 2) at the first value that cannot be read.",
    },
    "help.option.lang_reports": {"nb": "Språk i rapportene.", "en": "Language of the reports."},
    "help.run.formats": {
        "nb": "Rapporter som skrives: xlsx, html, begge, eller «none».",
        "en": "Reports written: xlsx, html, both, or «none».",
    },
    "help.run.scope": {
        "nb": "Navn på omfanget (f.eks. kontor); standard: kommunenumrene i dataene. Med --suite kostra er et kommunenummer her kommunen filen rapporteres for (SSBs kontroll 03).",
        "en": "Name of the scope (e.g. office); default: the municipality numbers in the data. With --suite kostra a municipality number here is the municipality the file reports for (Statistics Norway's check 03).",
    },
    "help.run.period": {
        "nb": "Perioden kjøringen dekker, FRA..TIL (åååå-mm-dd..åååå-mm-dd).",
        "en": "The period the run covers, FROM..TO (yyyy-mm-dd..yyyy-mm-dd).",
    },
    "help.run.kostra_year": {
        "nb": "Rapporteringsår for KOSTRA-filer (standard: fra VERSION-feltet).",
        "en": "Reporting year of KOSTRA files (default: from the VERSION field).",
    },
    "help.run.overwrite": {
        "nb": "Skriv over en eksisterende results.json i --out, med rapportene; en rapport fra en tidligere kjøring "
              "som ikke skrives nå (se --format), fjernes.",
        "en": "Overwrite an existing results.json in --out, with the reports; a report of an earlier run that is not "
              "written now (see --format) is removed.",
    },
    "help.run.history": {
        "nb": "Historikk (SQLite-fil eller postgresql://-URL). Standard: se «nav-audit history --help».",
        "en": "History (an SQLite file or a postgresql:// URL). Default: see «nav-audit history --help».",
    },
    "help.run.no_history": {"nb": "Ikke lagre kjøringen i historikken.", "en": "Do not record the run in the history."},
    "help.run.each": {
        "nb": "Revider hver fil som en egen kjøring: én resultatmappe per fil under --out og én historikkpost hver, i én prosess (f.eks. mange kommuner etter hverandre).",
        "en": "Audit each file as a run of its own: one results folder per file under --out and one history record each, in one process (e.g. many municipalities one after another).",
    },
}
