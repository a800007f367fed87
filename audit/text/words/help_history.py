"""The --help of history, follow-up and annual:
each command's description and example, each option's help, bokmål and English side by side
(audit/cli/help_text.py).

The example command lines are the same in both languages (they are commands); a «\\b» line
keeps click from rewrapping the block that follows."""


# The example command lines of a help, the same in both languages (they are commands).
_EXAMPLE_ANNUAL = ("  nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\\n"
                   "      --period 2025-10-01..2025-12-31 --out demo/rapporter/kvp-2025k4 --history demo/historikk.sqlite\n"
                   "  nav-audit annual --year 2025 --history demo/historikk.sqlite --out demo/rapporter/arsrapport")
_EXAMPLE_FOLLOW_UP = ("  nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\\n"
                      '      --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\\n'
                      "      --history demo/historikk.sqlite\n"
                      '  nav-audit follow-up add --check kvp.start_delay --status "under arbeid" \\\n'
                      '      --action "Ny rutine for oppstart" --due 2026-03-31 --history demo/historikk.sqlite\n'
                      "  nav-audit follow-up list --overdue --history demo/historikk.sqlite\n"
                      '  nav-audit follow-up update 1 --status lukket --note "Startet 2026-01-15" --history demo/historikk.sqlite')
_EXAMPLE_FOLLOW_UP_ADD = ("  nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\\n"
                          '      --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\\n'
                          "      --history demo/historikk.sqlite")
_EXAMPLE_FOLLOW_UP_LIST = ("  nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\\n"
                           '      --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\\n'
                           "      --history demo/historikk.sqlite\n"
                           "  nav-audit follow-up list --overdue --history demo/historikk.sqlite\n"
                           '  nav-audit follow-up list --check kvp.start_delay --status åpen --status "under arbeid" --history demo/historikk.sqlite')
_EXAMPLE_FOLLOW_UP_SHOW = ("  nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\\n"
                           '      --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\\n'
                           "      --history demo/historikk.sqlite\n"
                           "  nav-audit follow-up show 1 --history demo/historikk.sqlite")
_EXAMPLE_FOLLOW_UP_UPDATE = ("  nav-audit follow-up add --check kvp.start_delay --key K-0042 --status åpen \\\n"
                             '      --responsible "Leder NAV Lerkendal" --action "Start programmet" --due 2026-01-31 \\\n'
                             "      --history demo/historikk.sqlite\n"
                             '  nav-audit follow-up update 1 --status lukket --note "Programmet startet 2026-01-15" --history demo/historikk.sqlite')
_EXAMPLE_HISTORY = ("  nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\\n"
                    "      --out demo/rapporter/kvp-lagret --history demo/historikk.sqlite\n"
                    "  nav-audit history list --suite kvp --since 2025-01-01 --until 2025-12-31 --history demo/historikk.sqlite\n"
                    "  nav-audit history show siste --cases --history demo/historikk.sqlite\n"
                    "  nav-audit history remove siste --history demo/historikk.sqlite")
_EXAMPLE_HISTORY_LIST = ("  nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\\n"
                         "      --out demo/rapporter/kvp-2025 --period 2025-01-01..2025-12-31 --history demo/historikk.sqlite\n"
                         "  nav-audit history list --suite kvp --since 2025-01-01 --until 2025-12-31 --history demo/historikk.sqlite\n"
                         "  nav-audit history list --suite kvp --period 2025 --history demo/historikk.sqlite")
_EXAMPLE_HISTORY_REMOVE = ("  nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\\n"
                           "      --out demo/rapporter/kvp-lagret --history demo/historikk.sqlite\n"
                           "  nav-audit history remove siste --history demo/historikk.sqlite")
_EXAMPLE_HISTORY_SHOW = ("  nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\\n"
                         "      --out demo/rapporter/kvp-lagret --history demo/historikk.sqlite\n"
                         "  nav-audit history show siste --cases --history demo/historikk.sqlite")


TEXT: dict[str, dict[str, str]] = {
    "help.annual": {
        "nb": ("Årsrapport for internkontrollen: avvik per kvartal og måned, funn og tiltak, indikatorer.\n"
               "\n"
               "Bygger rapporten fra historikken (kjøringene som er lagret med «nav-audit run»):\n"
               "per kontroll avviksandel per kvartal og måned med utvikling gjennom året og\n"
               "samme periode året før, avvik per kontor, funn åpnet, løst og fortsatt åpne ved\n"
               "årets slutt, forfalte tiltak og indikatorene mot målene. Rapporten slutter med et\n"
               "kort sammendrag i klarspråk som kan limes inn i årsrapporten til kommunestyret.\n"
               "\n"
               "Skriver arsrapport_ÅÅÅÅ.xlsx og arsrapport_ÅÅÅÅ.html (atomisk). Kode 0 når\n"
               "rapporten er skrevet; 2 når historikken ikke har kjøringer det året.\n"
               "\n"
               "En historikk med åtte kvartaler å prøve rapporten på lages (i en klone, eller med Python-en\n"
               "nav-audit er installert i) med «python -m sample_data.history --out MAPPE».\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_ANNUAL,
        "en": ("Annual report of the internal control: deviations per quarter and month, findings and measures, indicators.\n"
               "\n"
               "Builds the report from the history (the runs recorded with «nav-audit run»):\n"
               "per check the share of deviations per quarter and month, with the trend through the year and\n"
               "the same period the year before, deviations per office, findings opened, resolved and still open at\n"
               "the end of the year, overdue measures and the indicators against their targets. The report ends with a\n"
               "short plain-language summary that can be pasted into the annual report to the municipal council.\n"
               "\n"
               "Writes arsrapport_ÅÅÅÅ.xlsx and arsrapport_ÅÅÅÅ.html (atomically). Exit code 0 when\n"
               "the report is written; 2 when the history has no runs that year.\n"
               "\n"
               "A history with eight quarters to try the report on is made (in a clone, or with the Python\n"
               "nav-audit is installed in) with «python -m sample_data.history --out FOLDER».\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_ANNUAL,
    },
    "help.annual.year": {"nb": "Året rapporten gjelder.", "en": "The year the report covers."},
    "help.annual.out_dir": {
        "nb": "Mappe for arsrapport_ÅÅÅÅ.xlsx og arsrapport_ÅÅÅÅ.html.",
        "en": "Folder for arsrapport_ÅÅÅÅ.xlsx and arsrapport_ÅÅÅÅ.html.",
    },
    "help.annual.suite": {
        "nb": "Bare kjøringer av dette kontrollsettet (kvp, stonad). Standard: alle.",
        "en": "Only runs of this check suite (kvp, stonad). Default: all.",
    },
    "help.annual.scope": {
        "nb": "Bare kjøringer med dette omfanget (--scope i «nav-audit run»). Standard: alle.",
        "en": "Only runs with this scope (--scope in «nav-audit run»). Default: all.",
    },
    "help.annual.join": {
        "nb": "Tell kontoret til venstre som kontoret til høyre, f.eks. «NAV Lerkendal=NAV Trondheim sør» for et kontor "
              "som ble delt, slått sammen eller fikk nytt navn i året (kan gjentas). Tallene per kontor legges "
              "sammen, hver sak én gang; rapporten sier hvilke kontorer som er slått sammen.",
        "en": "Count the office on the left as the office on the right, e.g. «NAV Lerkendal=NAV Trondheim sør» for an "
              "office split, merged or renamed during the year (repeatable). The per-office figures are added up, "
              "each case once; the report says which offices were joined.",
    },
    "help.annual.lang": {
        "nb": "Språk i rapporten: nb (bokmål) eller en.",
        "en": "Language of the report: nb (bokmål) or en.",
    },
    "help.annual.overwrite": {
        "nb": "Skriv over en eksisterende årsrapport i --out (aldri historikken).",
        "en": "Overwrite an existing annual report in --out (never the history).",
    },
    "help.follow_up": {
        "nb": ("Oppfølging av funn: hvem gjør hva innen når, for én sak eller en hel kontroll.\n"
               "\n"
               "Oppfølgingen vises i senere rapporter og i «follow-up list», med forfalte tiltak\n"
               "merket. Alle endringer tas vare på. Skriv bare saksnøkler (pseudonymer) fra\n"
               "rapporten, aldri fødselsnummer.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_FOLLOW_UP,
        "en": ("Follow-up of findings: who does what by when, for one case or a whole check.\n"
               "\n"
               "The follow-up is shown in later reports and in «follow-up list», with overdue measures\n"
               "marked. Every change is kept. Write only case keys (pseudonyms) from\n"
               "the report, never a national identity number.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_FOLLOW_UP,
    },
    "help.follow_up.add": {
        "nb": ("Registrer oppfølging av et funn (--key) eller av en hel kontroll.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_FOLLOW_UP_ADD,
        "en": ("Record the follow-up of a finding (--key) or of a whole check.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_FOLLOW_UP_ADD,
    },
    "help.follow_up.add.check_id": {"nb": "Kontroll-id, f.eks. kvp.start_delay.", "en": "Check id, e.g. kvp.start_delay."},
    "help.follow_up.add.key": {
        "nb": "Saksnøkkel (pseudonym) fra rapporten. Uten: oppfølging av hele kontrollen.",
        "en": "Case key (pseudonym) from the report. Without it: follow-up of the whole check.",
    },
    "help.follow_up.add.scope": {
        "nb": "Bare for kjøringer med dette omfanget (f.eks. kommunenummer). Standard: alle.",
        "en": "Only for runs with this scope (e.g. municipality number). Default: all.",
    },
    "help.follow_up.status": {
        "nb": "Status: åpen, «under arbeid», lukket eller «ikke relevant» (også open, in_progress, done, not_relevant).",
        "en": "Status: åpen, «under arbeid», lukket or «ikke relevant» (or open, in_progress, done, not_relevant).",
    },
    "help.follow_up.add.responsible": {
        "nb": "Hvem som er ansvarlig (rolle eller navn).",
        "en": "Who is responsible (role or name).",
    },
    "help.follow_up.add.action": {"nb": "Tiltaket som skal gjøres.", "en": "The measure to be taken."},
    "help.follow_up.add.due": {"nb": "Frist (åååå-mm-dd eller dd.mm.åååå).", "en": "Deadline (yyyy-mm-dd or dd.mm.yyyy)."},
    "help.follow_up.add.note": {"nb": "Merknad.", "en": "Note."},
    "help.follow_up.list": {
        "nb": ("Vis oppfølginger, med forfalte tiltak merket.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_FOLLOW_UP_LIST,
        "en": ("Show follow-ups, with overdue measures marked.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_FOLLOW_UP_LIST,
    },
    "help.follow_up.list.check_id": {
        "nb": "Bare oppfølginger av denne kontrollen.",
        "en": "Only follow-ups of this check.",
    },
    "help.follow_up.list.key": {"nb": "Bare oppfølginger av denne saken.", "en": "Only follow-ups of this case."},
    "help.follow_up.list.statuses": {
        "nb": "Bare denne statusen (kan gjentas). Status: åpen, «under arbeid», lukket eller «ikke relevant» (også open, in_progress, done, not_relevant).",
        "en": "Only this status (may be repeated). Status: åpen, «under arbeid», lukket or «ikke relevant» (or open, in_progress, done, not_relevant).",
    },
    "help.follow_up.list.overdue": {
        "nb": "Bare forfalte: åpen eller under arbeid med frist før --on.",
        "en": "Only overdue ones: open or in progress with a deadline before --on.",
    },
    "help.follow_up.list.on": {
        "nb": "Dagen forfall vurderes mot. Standard: i dag.",
        "en": "The day against which deadlines are judged. Default: today.",
    },
    "help.follow_up.show": {
        "nb": ("Vis én oppfølging med alle endringer.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_FOLLOW_UP_SHOW,
        "en": ("Show one follow-up with all its changes.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_FOLLOW_UP_SHOW,
    },
    "help.follow_up.update": {
        "nb": ("Endre en oppfølging; bare feltene du oppgir endres, og endringen lagres i loggen.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_FOLLOW_UP_UPDATE,
        "en": ("Change a follow-up; only the fields you give are changed, and the change is kept in the log.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_FOLLOW_UP_UPDATE,
    },
    "help.follow_up.update.responsible": {
        "nb": "Ny ansvarlig («» tømmer feltet).",
        "en": "New person responsible («» empties the field).",
    },
    "help.follow_up.update.action": {"nb": "Nytt tiltak («» tømmer feltet).", "en": "New measure («» empties the field)."},
    "help.follow_up.update.due": {"nb": "Ny frist («» fjerner fristen).", "en": "New deadline («» removes the deadline)."},
    "help.follow_up.update.note": {"nb": "Ny merknad («» tømmer feltet).", "en": "New note («» empties the field)."},
    "help.history": {
        "nb": ("Historikk over kjøringer: se, sammenlign og fjern lagrede revisjoner.\n"
               "\n"
               "Hver «nav-audit run» lagres i historikken (med mindre --no-history er gitt):\n"
               "kjørings-id, tid, versjon, suite, kontrolldato, periode, inndata (sti, sha256,\n"
               "rader), parametre, antall per kontroll og saksnøklene til sakene med avvik eller\n"
               "til vurdering. Ingen saksdata utover results.json lagres.\n"
               "\n"
               "\x08\n"
               "Hvor historikken ligger (den første som er gitt):\n"
               "  1. --history STI_ELLER_URL på kommandoen\n"
               "  2. miljøvariabelen NAV_AUDIT_HISTORY\n"
               "  3. $XDG_DATA_HOME/nav-audit/history.sqlite (~/.local/share/nav-audit/history.sqlite)\n"
               "En sti er en SQLite-fil; en postgresql://bruker:passord@vert/db-URL er en delt\n"
               "PostgreSQL-database for et team.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_HISTORY,
        "en": ("History of runs: view, compare and remove recorded audits.\n"
               "\n"
               "Every «nav-audit run» is recorded in the history (unless --no-history is given):\n"
               "run id, time, version, suite, audit date, period, inputs (path, sha256,\n"
               "rows), parameters, counts per check and the case keys with warnings or deviations.\n"
               "No case data beyond results.json is stored.\n"
               "\n"
               "\x08\n"
               "Where the history is (the first one given):\n"
               "  1. --history PATH_OR_URL on the command\n"
               "  2. the environment variable NAV_AUDIT_HISTORY\n"
               "  3. $XDG_DATA_HOME/nav-audit/history.sqlite (~/.local/share/nav-audit/history.sqlite)\n"
               "A path is an SQLite file; a postgresql://user:password@host/db URL is a shared\n"
               "PostgreSQL database for a team.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_HISTORY,
    },
    "help.history.list": {
        "nb": ("Vis lagrede kjøringer, eldste først.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_HISTORY_LIST,
        "en": ("Show recorded runs, oldest first.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_HISTORY_LIST,
    },
    "help.history.list.suite": {
        "nb": "Bare kjøringer av denne suiten (kvp eller stonad).",
        "en": "Only runs of this suite (kvp or stonad).",
    },
    "help.history.list.since": {
        "nb": "Bare kjøringer med kontrolldato (as_of) fra og med denne datoen.",
        "en": "Only runs with an audit date (as_of) on or after this date.",
    },
    "help.history.list.until": {
        "nb": "Bare kjøringer med kontrolldato (as_of) til og med denne datoen.",
        "en": "Only runs with an audit date (as_of) on or before this date.",
    },
    "help.history.list.period": {
        "nb": "Bare kjøringer der perioden de dekker (run --period) overlapper denne, f.eks. 2025.",
        "en": "Only runs whose period (run --period) overlaps this one, e.g. 2025.",
    },
    "help.history.list.scope": {
        "nb": "Bare kjøringer med dette omfanget (f.eks. kommunenummer).",
        "en": "Only runs with this scope (e.g. municipality number).",
    },
    "help.history.remove": {
        "nb": ("Fjern én kjøring fra historikken (spør først). Oppfølginger beholdes.\n"
               "\n"
               "KJØRING som i «history show»: hele id-en, en entydig begynnelse eller «siste».\n"
               "\n"
               "Senere kjøringer sammenlignes deretter med kjøringen før den fjernede.\n"
               "Kode 0 når kjøringen er fjernet, 1 når du svarer nei (ingenting fjernes).\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_HISTORY_REMOVE,
        "en": ("Remove one run from the history (asks first). Follow-ups are kept.\n"
               "\n"
               "RUN_ID as in «history show»: the whole id, an unambiguous beginning, or «last».\n"
               "\n"
               "Later runs are then compared with the run before the removed one.\n"
               "Exit code 0 when the run is removed, 1 when you answer no (nothing is removed).\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_HISTORY_REMOVE,
    },
    "help.history.remove.yes": {"nb": "Ikke spør om bekreftelse.", "en": "Do not ask for confirmation."},
    "help.history.show": {
        "nb": ("Vis én kjøring: inndata, kontroller, funn og hva som er nytt, vedvarende og løst\n"
               "siden forrige kjøring av samme suite og omfang. KJØRING kan forkortes så lenge den er entydig;\n"
               "«siste» er den nyeste kjøringen.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_HISTORY_SHOW,
        "en": ("Show one run: inputs, checks, findings and what is new, persisting and resolved\n"
               "since the previous run of the same suite and scope. RUN_ID may be shortened as long as it is unambiguous;\n"
               "«last» is the newest run.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_HISTORY_SHOW,
    },
    "help.history.show.cases": {
        "nb": "Vis også hver sak med funn, med livsløp (ny, vedvarende, løst).",
        "en": "Also show each case with findings, with its life cycle (new, persisting, resolved).",
    },
}
