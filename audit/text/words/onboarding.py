"""Words of the first hour: ``nav-audit demo``, ``map`` and ``init``."""

TEXT: dict[str, dict[str, str]] = {
    # --- kinds of values found in a column
    "onboarding.kind.date.native": {"nb": "datoer", "en": "dates"},
    "onboarding.kind.date.format": {"nb": "datoer ({format})", "en": "dates ({format})"},
    "onboarding.kind.boolean": {"nb": "ja/nei", "en": "yes/no"},
    "onboarding.kind.integer": {"nb": "heltall", "en": "whole numbers"},
    "onboarding.kind.number": {"nb": "tall", "en": "numbers"},
    "onboarding.kind.text": {"nb": "tekst", "en": "text"},
    "onboarding.draft.flag": {"nb": "kategori: {values} betyr ja, de andre verdiene nei",
                              "en": "category: {values} means yes, the other values no"},
    "onboarding.kind.empty": {"nb": "tom kolonne", "en": "empty column"},
    "onboarding.kind.identity": {"nb": "identitetsnumre", "en": "identity numbers"},
    "onboarding.confidence.high": {"nb": "sikker", "en": "high"},
    "onboarding.confidence.medium": {"nb": "trolig", "en": "medium"},
    "onboarding.confidence.low": {"nb": "usikker", "en": "low"},
    # --- the draft mapping file
    "onboarding.draft.this_file": {"nb": "mapping.yaml", "en": "mapping.yaml"},
    "onboarding.draft.head": {
        "nb": "Utkast til mappingfil for {export}, laget av «nav-audit map» (datasett {dataset}).\n"
              "Les gjennom før bruk. Bak hver kolonne står hvor sikkert treffet er (sikker, trolig,\n"
              "usikker; poeng 0–100) og hva verdiene i kolonnen ser ut som. Rett det som er feil,\n"
              "fyll inn det som mangler (linjer som begynner med #), og prøv filen:\n"
              "  nav-audit map {export} --check {draft}\n"
              "  nav-audit run {export} --mapping {draft} --out revisjon\n"
              "Formatet: «nav-audit map --help».",
        "en": "Draft mapping file for {export}, made by «nav-audit map» (dataset {dataset}).\n"
              "Read it before use. Each column says how sure the match is (high, medium, low;\n"
              "score 0–100) and what the column's values look like. Correct what is wrong, fill in\n"
              "what is missing (lines starting with #), and try the file:\n"
              "  nav-audit map {export} --check {draft}\n"
              "  nav-audit run {export} --mapping {draft} --out audit\n"
              "The format: «nav-audit map --help».",
    },
    "onboarding.draft.delimiter": {"nb": "skilletegnet i CSV-filen", "en": "the CSV file's delimiter"},
    "onboarding.draft.encoding": {"nb": "tegnkodingen i CSV-filen", "en": "the CSV file's encoding"},
    "onboarding.draft.sheet": {"nb": "arket med sakene", "en": "the sheet with the cases"},
    "onboarding.draft.date_format": {
        "nb": "datoformatet i uttrekket (ISO og dd.mm.åååå leses uansett)",
        "en": "the export's date format (ISO and dd.mm.yyyy are read anyway)",
    },
    "onboarding.draft.date_formats_mixed": {
        "nb": "OBS: kolonnene bruker flere formater ({formats}); bare ett kan oppgis.",
        "en": "NB: the columns use several formats ({formats}); only one can be given.",
    },
    "onboarding.draft.not_found": {"nb": "ikke funnet: {meaning}", "en": "not found: {meaning}"},
    "onboarding.draft.ambiguous_date": {
        "nb": "OBS: dag og måned kan ikke skilles; sjekk formatet",
        "en": "NB: day and month cannot be told apart; check the format",
    },
    "onboarding.draft.pseudonymise": {
        "nb": "kolonner med identitetsnumre: erstattes med pseudonymer før noe annet leser dem",
        "en": "columns with identity numbers: replaced with pseudonyms before anything else reads them",
    },
    "onboarding.draft.unused": {
        "nb": "Ikke brukt (tas med urørt, påvirker ingen kontroll): {headers}",
        "en": "Not used (carried along untouched, never changes a check): {headers}",
    },
    "onboarding.draft.blank_false": {
        "nb": "avkrysningskolonne: tom celle betyr nei",
        "en": "tick-box column: a blank cell means no",
    },
    "onboarding.draft.outside": {
        "nb": "betyr «{meaning}», som datasett {dataset} ikke har; velg en av {choices}",
        "en": "means «{meaning}», which dataset {dataset} does not have; choose one of {choices}",
    },
    "onboarding.draft.unknown_value": {
        "nb": "ukjent verdi: velg en av {choices} (uten: verdien blir «ukjent»)",
        "en": "unknown value: choose one of {choices} (without: the value is «unknown»)",
    },
    # --- terminal output of map
    "onboarding.map.found": {
        "nb": "{export}: datasett {dataset}, {found} av {total} kolonner funnet ({high} sikre, {medium} trolige, "
              "{low} usikre).",
        "en": "{export}: dataset {dataset}, {found} of {total} columns found ({high} high, {medium} medium, "
              "{low} low confidence).",
    },
    "onboarding.map.no_key": {
        "nb": "Nøkkelkolonnen «{key}» ble ikke funnet: fyll den inn i utkastet (under «columns»), ellers stopper «run».",
        "en": "The key column «{key}» was not found: fill it in in the draft (under «columns»), or «run» stops.",
    },
    "onboarding.map.runnable": {
        "nb": "Kontroller som kan kjøres: {n} av {total}.",
        "en": "Checks that can run: {n} of {total}.",
    },
    "onboarding.map.missing": {"nb": "kan ikke kjøres, mangler {columns}", "en": "cannot run, lacks {columns}"},
    "onboarding.map.unknown_values": {
        "nb": "{column}: {n} verdier er ukjente; se kommentarene under «values».",
        "en": "{column}: {n} values are unknown; see the comments under «values».",
    },
    "onboarding.map.identity": {
        "nb": "Identitetsnumre funnet i {headers}: ført opp under «pseudonymise» (verdiene vises ikke).",
        "en": "Identity numbers found in {headers}: listed under «pseudonymise» (the values are not shown).",
    },
    "onboarding.map.mixed_dates": {
        "nb": "Datokolonnene bruker flere formater ({formats}); rett uttrekket eller velg ett.",
        "en": "The date columns use several formats ({formats}); correct the export or choose one.",
    },
    "onboarding.map.written": {"nb": "Utkastet er skrevet til {path}.", "en": "The draft is written to {path}."},
    "onboarding.map.next": {
        "nb": "Neste steg: les gjennom utkastet, og prøv det med «nav-audit map {export} --check {draft}».",
        "en": "Next: read the draft through, and try it with «nav-audit map {export} --check {draft}».",
    },
    # --- map --check
    "onboarding.check.ok_headers": {
        "nb": "{export}: mappingen {mapping} (datasett {dataset}) finner {found} av {total} kolonner.",
        "en": "{export}: the mapping {mapping} (dataset {dataset}) finds {found} of {total} columns.",
    },
    "onboarding.check.missing_header": {
        "nb": "FEIL: «{column}» er knyttet til overskriften «{header}», som ikke finnes i filen.",
        "en": "ERROR: «{column}» is mapped to the header «{header}», which the file does not have.",
    },
    "onboarding.check.no_key": {
        "nb": "FEIL: nøkkelkolonnen «{key}» er ikke knyttet til noen overskrift; «run» stopper.",
        "en": "ERROR: the key column «{key}» is not mapped to any header; «run» stops.",
    },
    "onboarding.check.identity": {
        "nb": "FEIL: «{header}» inneholder identitetsnumre, men står ikke under «pseudonymise»; «run» stopper.",
        "en": "ERROR: «{header}» holds identity numbers but is not listed under «pseudonymise»; «run» stops.",
    },
    "onboarding.check.unmapped": {
        "nb": "Overskrifter som ikke brukes (tas med urørt): {headers}",
        "en": "Headers not used (carried along untouched): {headers}",
    },
    "onboarding.check.maybe": {
        "nb": "  «{header}» kan være {column} ({confidence})",
        "en": "  «{header}» may be {column} ({confidence})",
    },
    "onboarding.check.bad_values": {
        "nb": "{column} («{header}»): {rows} rader med {n} verdier som ikke kan leses: {examples}",
        "en": "{column} («{header}»): {rows} rows with {n} values that cannot be read: {examples}",
    },
    "onboarding.check.bad_values_hidden": {
        "nb": "{column} («{header}»): {rows} rader med {n} verdier som ikke kan leses (verdiene vises ikke)",
        "en": "{column} («{header}»): {rows} rows with {n} values that cannot be read (values not shown)",
    },
    "onboarding.check.values_ok": {
        "nb": "Alle verdier i de knyttede kolonnene kan leses.",
        "en": "Every value in the mapped columns can be read.",
    },
    "onboarding.check.not_evaluated": {
        "nb": "Kontroller som blir «ikke vurdert»: {n} av {total}.",
        "en": "Checks that will be «not evaluated»: {n} of {total}.",
    },
    "onboarding.map.header_twice": {
        "nb": "OBS: overskriften «{header}» står i både kolonne {first} og kolonne {second}; «run» stopper så lenge "
              "den brukes. Gi kolonnene ulike navn i uttrekket.",
        "en": "NOTE: the header «{header}» is in both column {first} and column {second}; «run» stops as long as it is "
              "used. Give the columns different names in the export.",
    },
    "onboarding.check.formula_cell": {"nb": "formel uten lagret verdi", "en": "formula without a stored value"},
    "onboarding.check.run_error": {"nb": "FEIL: «run» stopper ved uttrekket: {error}",
                                   "en": "ERROR: «run» stops at the export: {error}"},
    "onboarding.check.stops": {
        "nb": "«nav-audit run» vil stoppe med denne mappingen; rett feilene over.",
        "en": "«nav-audit run» will stop with this mapping; correct the errors above.",
    },
    "onboarding.check.works": {
        "nb": "Mappingen kan brukes med «nav-audit run».",
        "en": "The mapping can be used with «nav-audit run».",
    },
    # --- parameter file and årshjul
    "onboarding.params.head": {
        "nb": "Parametre for nav-audit: tersklene kontrollene bruker, her med standardverdiene.\n"
              "Endre en verdi for å bruke en annen terskel, og kjør med «--config» og denne filen:\n"
              "  nav-audit run UTTREKK --mapping MAPPING --config parametre.yaml\n"
              "Filen kan holde begge suitene (kvp og stonad); hver kjøring bruker sine egne.\n"
              "Over hver kontroll står rettsgrunnlaget. Avvik fra lovens krav må kunne begrunnes.\n"
              "Alle kontroller og parametre: «nav-audit checks».",
        "en": "Parameters for nav-audit: the thresholds the checks use, here at their defaults.\n"
              "Change a value to use another threshold, and run with «--config» and this file:\n"
              "  nav-audit run EXPORT --mapping MAPPING --config parametre.yaml\n"
              "The file may hold both suites (kvp and stonad); each run uses its own.\n"
              "Above each check is its legal basis. Departing from what the law requires needs a reason.\n"
              "Every check and parameter: «nav-audit checks».",
    },
    "onboarding.params.basis": {"nb": "Rettsgrunnlag: {basis}", "en": "Legal basis: {basis}"},
    "onboarding.params.versioned": {
        "nb": "endret ved lov: verdien gjelder etter datoen i {column} (from: første dag)",
        "en": "changed by law: the value applies by the date in {column} (from: first day)",
    },
    "onboarding.wheel.head": {
        "nb": "Årshjul for internkontroll: hvilke kontroller som kjøres hvilken måned.\n"
              "Vis året:           nav-audit schedule show -f arshjul.yaml\n"
              "Hva skal kjøres nå: nav-audit schedule due -f arshjul.yaml\n"
              "Kjør det som står for tur (f.eks. fra cron): nav-audit schedule run -f arshjul.yaml\n"
              "Stier gjelder fra mappen denne filen ligger i. {year} og {quarter} i en sti\n"
              "byttes ut med perioden kjøringen gjelder. Formatet: «nav-audit schedule --help».",
        "en": "Annual control cycle: which checks run in which month.\n"
              "Show the year:      nav-audit schedule show -f arshjul.yaml\n"
              "What is due now:    nav-audit schedule due -f arshjul.yaml\n"
              "Run what is due (e.g. from cron): nav-audit schedule run -f arshjul.yaml\n"
              "Paths are relative to this file's folder. {year} and {quarter} in a path\n"
              "become the period the run covers. The format: «nav-audit schedule --help».",
    },
    "onboarding.wheel.start": {
        "nb": "Planlagte dager før denne datoen (dagen mappen ble laget) blir aldri forfalt.\n"
              "Sett en tidligere dato for å følge opp det som gjenstår fra før.",
        "en": "Scheduled days before this date (the day the folder was made) are never due.\n"
              "Set an earlier date to chase what is left from before.",
    },
    "onboarding.wheel.kvp_quarter": {"nb": "Kvartalsvis gjennomgang av KVP-saker",
                                     "en": "Quarterly review of KVP cases"},
    "onboarding.wheel.kvp_quarter.who": {"nb": "Fagleder KVP", "en": "KVP team lead"},
    "onboarding.wheel.stonad_quarter": {"nb": "Kvartalsvis gjennomgang av søknader om økonomisk stønad",
                                        "en": "Quarterly review of applications for social assistance"},
    "onboarding.wheel.stonad_quarter.who": {"nb": "Fagleder økonomisk sosialhjelp",
                                            "en": "Social assistance team lead"},
    "onboarding.wheel.kostra_11cf": {"nb": "KOSTRA-kontroll av 11CF (kvalifiseringsstønad) før innsending",
                                     "en": "KOSTRA control of 11CF (qualification benefit) before submission"},
    "onboarding.wheel.kostra_11cf.who": {"nb": "KOSTRA-ansvarlig", "en": "KOSTRA officer"},
    "onboarding.wheel.kostra_11f": {"nb": "KOSTRA-kontroll av 11F (økonomisk sosialhjelp) før innsending",
                                    "en": "KOSTRA control of 11F (social assistance) before submission"},
    "onboarding.wheel.kostra_11f.who": {"nb": "KOSTRA-ansvarlig", "en": "KOSTRA officer"},
    "onboarding.wheel.annual": {"nb": "Årsrapport om internkontroll til kommunedirektøren",
                                "en": "Annual internal control report to the chief municipal executive"},
    "onboarding.wheel.annual.who": {"nb": "NAV-leder", "en": "Head of the NAV office"},
    # --- demo
    "onboarding.demo.wheel_title": {"nb": "Årshjul for internkontroll – eksempel (NAV Trondheim)",
                                     "en": "Annual control cycle – example (NAV Trondheim)"},
    "onboarding.demo.written": {
        "nb": "Eksempelfilene er skrevet til {folder}: {files}.",
        "en": "The sample files are written to {folder}: {files}.",
    },
    "onboarding.demo.next": {"nb": "Prøv så (fra mappen du står i nå):", "en": "Then try (from the folder you are in now):"},
    "onboarding.demo.cmd.run_kvp": {
        "nb": "Revider KVP-eksempelet (lagres ikke i historikken):",
        "en": "Audit the KVP sample (not recorded in the history):",
    },
    "onboarding.demo.cmd.run_stonad": {
        "nb": "Revider stønadseksempelet med parameterfilen; historikken lagres i eksempelmappen:",
        "en": "Audit the assistance sample with the parameter file; the history is kept in the sample folder:",
    },
    "onboarding.demo.cmd.kostra": {"nb": "Revider en KOSTRA 11CF-fil (trenger ingen mapping):",
                                   "en": "Audit a KOSTRA 11CF file (needs no mapping):"},
    "onboarding.demo.cmd.map": {"nb": "Foreslå en mapping for et uttrekk:", "en": "Propose a mapping for an export:"},
    "onboarding.demo.cmd.check": {"nb": "Prøv en mapping mot et uttrekk:", "en": "Try a mapping against an export:"},
    "onboarding.demo.cmd.grounds": {"nb": "Les vedtaksbrevene: gir de begrunnelse for hvert vilkår i § 29?",
                                    "en": "Read the decision letters: do they give grounds for each § 29 criterion?"},
    "onboarding.demo.cmd.grounds_run": {"nb": "Kontroller de samme sakene med begrunnelsene fra brevene:",
                                        "en": "Audit the same cases with the grounds read from the letters:"},
    "onboarding.demo.cmd.history": {"nb": "Se historikken i eksempelmappen:", "en": "See the history in the sample folder:"},
    "onboarding.demo.cmd.wheel": {"nb": "Se årshjulet:", "en": "See the annual cycle:"},
    "onboarding.demo.cmd.pseudonymise": {
        "nb": "Bytt ut fødselsnumrene i et uttrekk med pseudonymer (numrene i eksempelet er syntetiske):",
        "en": "Replace the identity numbers in an export with pseudonyms (the sample's numbers are synthetic):"},
    "onboarding.demo.cmd.report_en": {"nb": "Lag rapportene på engelsk fra results.json:",
                                      "en": "Make the reports in English from results.json:"},
    # --- init
    "onboarding.init.wheel_title": {"nb": "Årshjul for internkontroll – sosiale tjenester i NAV",
                                    "en": "Annual internal control cycle – social services in NAV"},
    "onboarding.init.written": {
        "nb": "Arbeidsmappen er laget i {folder}: {files}.",
        "en": "The working folder is made in {folder}: {files}.",
    },
    "onboarding.init.next": {"nb": "Neste steg:", "en": "Next:"},
    "onboarding.init.exports_named": {
        "nb": "Årshjulet venter hvert kvartals uttrekk som {pattern} (for eksempel {example}); uttrekket du ga, er "
              "brukt til mappingutkastet.",
        "en": "The annual cycle expects each quarter's export as {pattern} (for example {example}); the export you "
              "gave was used for the mapping draft.",
    },
    "onboarding.init.cmd.read": {"nb": "Les hva som skal gjøres hver måned:", "en": "Read what to do each month:"},
    "onboarding.init.cmd.check": {"nb": "Les gjennom mappingutkastet og prøv det:",
                                  "en": "Read the mapping draft through and try it:"},
    "onboarding.init.cmd.wheel": {"nb": "Se årshjulet:", "en": "See the annual cycle:"},
    "onboarding.init.cmd.due": {"nb": "Hva skal kjøres nå:", "en": "What is due now:"},
    "onboarding.init.readme": {
        "nb": """# {title}

Arbeidsmappe for internkontroll med sosiale tjenester i NAV, laget av `nav-audit init`.
Kommandoene under kjøres fra denne mappen.

| fil eller mappe | hva |
|---|---|
| `{wheel}` | årshjulet: hvilke kontroller som kjøres hvilken måned |
| `{params}` | tersklene kontrollene bruker, med rettsgrunnlag |
| `{kvp_mapping}`, `{stonad_mapping}` | hvordan uttrekkets overskrifter og verdier skal leses |
| `{exports}/` | uttrekkene fra fagsystemet, ett per kvartal |
| `{kostra}/` | KOSTRA-filene (11CF og 11F) før innsending |
| `{out}/` | rapportene, én mappe per periode og aktivitet |
| `{history}` | historikken: hvilke funn som er nye, vedvarer eller er lukket |

## Første gang

1. Legg et uttrekk i `{exports}/` og lag en mapping for det:
   `nav-audit map {exports}/FIL.csv --out {kvp_mapping}` (eller `--suite stonad --out {stonad_mapping}`).
2. Les gjennom mappingen; rett linjene merket «usikker» og fyll inn det som mangler.
   Prøv den: `nav-audit map {exports}/FIL.csv --check {kvp_mapping}`.
3. Gi uttrekkene navnene årshjulet venter (`{kvp_input}`, `{stonad_input}`),
   eller rett stiene i `{wheel}`.
4. Se året: `nav-audit schedule show -f {wheel}`.

## Hver måned

- Sjekk hva som står for tur: `nav-audit schedule due -f {wheel} --history {history}`.
- Kjør det: `nav-audit schedule run -f {wheel} --history {history}` (kan settes opp i cron).
- Gå gjennom nye avvik i rapportene under `{out}/`, og før opp tiltak:
  `nav-audit follow-up --help`.

## Gjennom året

- **Januar, april, juli, oktober:** kvartalsvis gjennomgang av KVP-saker og søknader om
  økonomisk stønad for forrige kvartal. Legg kvartalets uttrekk i `{exports}/` først.
- **Februar:** KOSTRA-kontroll av 11CF- og 11F-filene i `{kostra}/` før innsending til SSB.
- **Januar (siste dag):** årsrapport om internkontroll for året før:
  `nav-audit annual --year ÅR --history {history}`.

## Tersklene

`{params}` har alle parametre med standardverdier og rettsgrunnlag. Endrer dere en
terskel, skriv hvorfor i filen. Alle kontroller: `nav-audit checks`.
Uttrekk med fødselsnummer: kolonnen føres opp under `pseudonymise` i mappingen.
""",
        "en": """# {title}

Working folder for internal control of the social services at NAV, made by `nav-audit init`.
Run the commands below from this folder.

| file or folder | what |
|---|---|
| `{wheel}` | the annual cycle: which checks run in which month |
| `{params}` | the thresholds the checks use, with their legal basis |
| `{kvp_mapping}`, `{stonad_mapping}` | how the export's headers and values are read |
| `{exports}/` | the exports from the case system, one per quarter |
| `{kostra}/` | the KOSTRA files (11CF and 11F) before submission |
| `{out}/` | the reports, one folder per period and activity |
| `{history}` | the history: which findings are new, persist or are resolved |

## The first time

1. Put an export in `{exports}/` and make a mapping for it:
   `nav-audit map {exports}/FILE.csv --out {kvp_mapping}` (or `--suite stonad --out {stonad_mapping}`).
2. Read the mapping through; correct the lines marked «low» and fill in what is missing.
   Try it: `nav-audit map {exports}/FILE.csv --check {kvp_mapping}`.
3. Give the exports the names the cycle expects (`{kvp_input}`, `{stonad_input}`),
   or correct the paths in `{wheel}`.
4. See the year: `nav-audit schedule show -f {wheel}`.

## Every month

- See what is due: `nav-audit schedule due -f {wheel} --history {history}`.
- Run it: `nav-audit schedule run -f {wheel} --history {history}` (can be set up in cron).
- Go through new deviations in the reports under `{out}/`, and record actions:
  `nav-audit follow-up --help`.

## Through the year

- **January, April, July, October:** quarterly review of KVP cases and applications for
  social assistance for the previous quarter. Put the quarter's export in `{exports}/` first.
- **February:** KOSTRA control of the 11CF and 11F files in `{kostra}/` before submission to SSB.
- **January (last day):** annual internal control report for the year before:
  `nav-audit annual --year YEAR --history {history}`.

## The thresholds

`{params}` has every parameter with its default and legal basis. If you change a
threshold, write why in the file. Every check: `nav-audit checks`.
Exports with identity numbers: list the column under `pseudonymise` in the mapping.
""",
    },
    # --- map --interactive
    "onboarding.ask.yes": {"nb": "ja", "en": "yes"},
    "onboarding.ask.no": {"nb": "nei", "en": "no"},
    "onboarding.ask.column": {
        "nb": "{column} ← «{header}» ({confidence}). Godta [{yes}], avvis [{no}] eller skriv overskriften",
        "en": "{column} ← «{header}» ({confidence}). Accept [{yes}], reject [{no}] or type the header",
    },
    "onboarding.ask.unknown_header": {
        "nb": "Uttrekket har ingen overskrift «{header}».",
        "en": "The export has no header «{header}».",
    },
}
