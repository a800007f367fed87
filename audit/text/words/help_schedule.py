"""The --help of schedule (the annual cycle) and grounds:
each command's description and example, each option's help, bokmål and English side by side
(audit/cli/help_text.py).

The example command lines are the same in both languages (they are commands); a «\\b» line
keeps click from rewrapping the block that follows."""


# The example command lines of a help, the same in both languages (they are commands).
_EXAMPLE_GROUNDS = ("  nav-audit grounds demo/vedtaksbrev --out demo/begrunnelser.csv\n"
                    "  nav-audit run demo/kvp_saker.xlsx demo/begrunnelser.csv \\\n"
                    "      --mapping demo/kvp_mapping_uten_begrunnelser.yaml -m - --as-of 2025-12-31 \\\n"
                    "      --out demo/rapporter/kvp-begrunnelser --no-history\n"
                    "  nav-audit review-sheet demo/kvp_saker.xlsx -m demo/kvp_mapping.yaml --keys K-000153,K-000173 \\\n"
                    "      --suggestions demo/begrunnelser.csv --out demo/gjennomgang-to-saker.xlsx\n"
                    "  nav-audit grounds demo/vedtaksbrev --method rule --out demo/begrunnelser-regel.csv")
_EXAMPLE_SCHEDULE = ("  nav-audit schedule show -f demo/arshjul.yaml --year 2026\n"
                     "  nav-audit schedule due -f demo/arshjul.yaml --on 2026-04-15 --history demo/historikk.sqlite\n"
                     "  nav-audit schedule run -f demo/arshjul.yaml --history demo/historikk.sqlite --out demo/rapporter\n"
                     "  nav-audit schedule ics -f demo/arshjul.yaml --year 2026 --out arshjul-2026.ics")
_EXAMPLE_SCHEDULE_DUE = "  nav-audit schedule due -f demo/arshjul.yaml --on 2026-04-15 --all --history demo/historikk.sqlite"
_EXAMPLE_SCHEDULE_ICS = "  nav-audit schedule ics -f demo/arshjul.yaml --year 2026 --out arshjul-2026.ics"
_EXAMPLE_SCHEDULE_RUN = ("  nav-audit schedule run -f demo/arshjul.yaml --on 2026-04-20 --history demo/historikk.sqlite\n"
                         "  nav-audit schedule due -f demo/arshjul.yaml --on 2026-04-20 --all --history demo/historikk.sqlite")
_EXAMPLE_SCHEDULE_SHOW = ("  nav-audit schedule show -f demo/arshjul.yaml --year 2026\n"
                          "  nav-audit schedule show -f demo/arshjul.yaml --html arshjul-2026.html")


TEXT: dict[str, dict[str, str]] = {
    "help.grounds": {
        "nb": ("Les vedtaksbrev og foreslå om vedtaket begrunner hvert vilkår i § 29.\n"
               "\n"
               "Leser anonymiserte vedtaksbrev om kvalifiseringsprogram (.txt, .docx, .odt, .pdf\n"
               "med tekstlag), ett brev per sak, filer eller mapper. For hvert vilkår (alder, nedsatt\n"
               "arbeidsevne, ytelser, nødvendig og hensiktsmessig, tilpasset program) skrives «ja»\n"
               "når brevet sier hvorfor vilkåret er oppfylt for denne personen, «nei» når vilkåret\n"
               "bare er nevnt, loven er sitert uten fakta, det står at det ikke er vurdert, eller\n"
               "det mangler, og tomt når brevet ikke kan leses. En lært leser avgjør (--method rule:\n"
               "bare den håndskrevne regelen); regelen leser brevet også, og der den er uenig, står\n"
               "det i bevisene. Bevisene er avsnittsnummer og det som avgjorde, i ord (et ord, to\n"
               "ord, «en dato», «et beløp» …), aldri setninger eller tall fra brevet. Tabellen er et\n"
               "førsteutkast som en person bekrefter: bruk den i «nav-audit run» eller som forslag\n"
               "i «nav-audit review-sheet --suggestions».\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»):\n") + _EXAMPLE_GROUNDS,
        "en": ("Read decision letters and suggest whether the decision gives reasons for each condition in § 29.\n"
               "\n"
               "Reads anonymised decision letters on the qualification programme (.txt, .docx, .odt, .pdf\n"
               "with a text layer), one letter per case, files or folders. For each condition (age, reduced\n"
               "work capacity, benefits, necessary and appropriate, adapted programme) it writes «ja»\n"
               "when the letter says why the condition is met for this person, «nei» when the condition\n"
               "is only mentioned, the law is quoted without facts, the letter says it was not assessed, or\n"
               "it is missing, and leaves it empty when the letter cannot be read. A learned reader decides\n"
               "(--method rule: the hand-written rule alone); the rule reads the letter too, and where it\n"
               "disagrees the evidence says so. The evidence is paragraph numbers and what decided, in words\n"
               "(a word, two words, «a date», «an amount» …), never sentences or numbers from the letter. The table is a\n"
               "first draft that a person confirms: use it in «nav-audit run» or as suggestions\n"
               "in «nav-audit review-sheet --suggestions».\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»):\n") + _EXAMPLE_GROUNDS,
    },
    "help.grounds.out": {
        "nb": "Tabellen som skrives (.csv): case_id, ground_age … ground_program (ja/nei) og bevisene.",
        "en": "The table written (.csv): case_id, ground_age … ground_program (ja/nei) and the evidence.",
    },
    "help.grounds.key_from": {
        "nb": "Hvor saksnøkkelen hentes: auto = linjen «Saksnr»/«Saksnummer»/«Vår ref» i brevet, ellers filnavnet; text = bare brevet; name = bare filnavnet.",
        "en": "Where the case key comes from: auto = the line «Saksnr»/«Saksnummer»/«Vår ref» in the letter, otherwise the file name; text = only the letter; name = only the file name.",
    },
    "help.grounds.key_pattern": {
        "nb": "Regulært uttrykk for saksnøkkelen, med nøkkelen i en gruppe (gruppen «key», ellers første gruppe), prøvd på brevet og så på filnavnet, f.eks. 'Journalnr\\.?:\\s*(\\S+)'. Et uttrykk som bruker mer enn ett sekund på et brev, stopper kommandoen.",
        "en": "Regular expression for the case key, with the key in a group (the group «key», otherwise the first group), tried on the letter and then on the file name, e.g. 'Journalnr\\.?:\\s*(\\S+)'. An expression that spends more than one second on a letter stops the command.",
    },
    "help.grounds.method": {
        "nb": "Hva som avgjør ja/nei: learned = den lærte leseren, med regelens vurdering som annen mening i bevisene (standard); rule = bare den håndskrevne regelen, som før.",
        "en": "What decides ja/nei: learned = the learned reader, with the rule's judgement as a second opinion in the evidence (default); rule = the hand-written rule alone, as before.",
    },
    "help.grounds.lang": {
        "nb": "Språk for bevisene i tabellen og meldingene.",
        "en": "Language of the evidence in the table and of the messages.",
    },
    "help.grounds.overwrite": {
        "nb": "Skriv over en eksisterende tabell (aldri et av brevene).",
        "en": "Overwrite an existing table (never one of the letters).",
    },
    "help.schedule": {
        "nb": ("Årshjul for internkontroll: planlagte kontroller måned for måned, hva som skal\n"
               "kjøres, kjøring (f.eks. fra cron) og kalenderfil.\n"
               "\n"
               "Årshjulfilen (YAML) lister kontrollaktivitetene: hvilken suite eller rapport de\n"
               "kjører, i hvilke måneder og på hvilken dag, hvilken periode hver kjøring dekker\n"
               "(forrige måned, kvartal, tertial eller år), inndatafiler og ansvarlig.\n"
               "«nav-audit init MAPPE» lager et årshjul for kontoret; «nav-audit demo --out demo»\n"
               "skriver et eksempel til demo/arshjul.yaml.\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_SCHEDULE,
        "en": ("Annual cycle of the internal control: planned checks month by month, what is\n"
               "due, running them (e.g. from cron) and a calendar file.\n"
               "\n"
               "The annual cycle file (YAML) lists the control activities: which suite or report they\n"
               "run, in which months and on which day, which period each run covers\n"
               "(the previous month, quarter, four-month period or year), input files and the person responsible.\n"
               "«nav-audit init FOLDER» makes an annual cycle for the office; «nav-audit demo --out demo»\n"
               "writes an example to demo/arshjul.yaml.\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_SCHEDULE,
    },
    "help.schedule.due": {
        "nb": ("Vis hva som skal kjøres eller er forsinket på en dag, vurdert mot historikken.\n"
               "\n"
               "En aktivitet er utført for en periode når historikken har en kjøring av samme suite\n"
               "og omfang for akkurat den perioden (årsrapporten: når mappen har en vellykket\n"
               "kjøring). Forsinket: planlagt dag (pluss grace_days) er passert. Aktiviteter\n"
               "planlagt mer enn lookback_months måneder tilbake (standard 12) tas ikke med.\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_SCHEDULE_DUE,
        "en": ("Show what is due or overdue on a day, judged against the history.\n"
               "\n"
               "An activity is done for a period when the history has a run of the same suite\n"
               "and scope for exactly that period (the annual report: when the folder has a successful\n"
               "run). Overdue: the planned day (plus grace_days) has passed. Activities\n"
               "planned more than lookback_months months back (default 12) are left out.\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_SCHEDULE_DUE,
    },
    "help.schedule.file": {
        "nb": "Årshjulfilen (YAML, formatet: «nav-audit schedule --help»). Standard: miljøvariabelen NAV_AUDIT_SCHEDULE, ellers arshjul.yaml i gjeldende mappe.",
        "en": "The annual cycle file (YAML, the format: «nav-audit schedule --help»). Default: the environment variable NAV_AUDIT_SCHEDULE, otherwise arshjul.yaml in the current folder.",
    },
    "help.schedule.due.on": {
        "nb": "Dagen det gjelder (åååå-mm-dd). Standard: i dag.",
        "en": "The day in question (yyyy-mm-dd). Default: today.",
    },
    "help.schedule.due.include_done": {
        "nb": "Vis også det som allerede er utført.",
        "en": "Also show what has already been done.",
    },
    "help.schedule.due.ahead": {
        "nb": "Vis også det som kommer de neste DAGER dagene.",
        "en": "Also show what comes in the next DAYS days.",
    },
    "help.schedule.out": {
        "nb": "Rotmappe for rapportene (standard: «output» i årshjulfilen). Hver kjøring skriver i <rot>/<periode>/<aktivitet>/.",
        "en": "Root folder for the reports (default: «output» in the annual cycle file). Each run writes in <root>/<period>/<activity>/.",
    },
    "help.schedule.history": {
        "nb": "Historikk (SQLite-fil eller postgresql://-URL). Standard: miljøvariabelen NAV_AUDIT_HISTORY, ellers ~/.local/share/nav-audit/history.sqlite.",
        "en": "History (an SQLite file or a postgresql:// URL). Default: the environment variable NAV_AUDIT_HISTORY, otherwise ~/.local/share/nav-audit/history.sqlite.",
    },
    "help.schedule.ics": {
        "nb": ("Lag en kalenderfil (iCalendar, .ics) med årets kontrollaktiviteter for Outlook og andre kalendere.\n"
               "\n"
               "Hver planlagt dag blir en heldagsavtale med periode, inndata og ansvarlig i\n"
               "beskrivelsen. Avtalene har faste id-er, så en ny import oppdaterer dem.\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_SCHEDULE_ICS,
        "en": ("Make a calendar file (iCalendar, .ics) with the year's control activities for Outlook and other calendars.\n"
               "\n"
               "Each planned day becomes an all-day event with the period, the inputs and the person responsible in\n"
               "the description. The events have fixed ids, so a new import updates them.\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_SCHEDULE_ICS,
    },
    "help.schedule.ics.year": {
        "nb": "Året som eksporteres. Standard: i år.",
        "en": "The year exported. Default: this year.",
    },
    "help.schedule.ics.out_path": {
        "nb": "Kalenderfilen som skrives. Standard: arshjul-ÅR.ics; «-» skriver til standard ut.",
        "en": "The calendar file written. Default: arshjul-YEAR.ics; «-» writes to standard output.",
    },
    "help.schedule.ics.overwrite": {
        "nb": "Skriv over en eksisterende kalenderfil (aldri årshjulfilen).",
        "en": "Overwrite an existing calendar file (never the annual cycle file).",
    },
    "help.schedule.run": {
        "nb": ("Kjør alt som skal kjøres eller er forsinket, hver aktivitet for sin periode.\n"
               "\n"
               "Kjøringene lagres i historikken, og rapportene skrives i <rot>/<periode>/<aktivitet>/\n"
               "med en activity.json som sier hva som ble kjørt og hvordan det gikk. Mangler en\n"
               "inndatafil, meldes det, og de andre aktivitetene kjøres likevel. Stille når alt går\n"
               "bra, så kommandoen kan kjøres fra cron.\n"
               "\n"
               "\x08\n"
               "Kode 0: alt som skulle kjøres, er kjørt (eller ingenting skulle kjøres).\n"
               "Kode 1: med --fail-on, en aktivitet hadde funn på det nivået.\n"
               "Kode 2: feil i årshjulfilen eller i kommandoen; ingenting er kjørt.\n"
               "Kode 4: minst én aktivitet feilet (f.eks. manglende inndatafil); de andre er kjørt.\n"
               "\n"
               "\x08\n"
               "I crontab, hver natt kl. 02.15 (med stiene til ditt årshjul og din historikk):\n"
               "  15 2 * * *  nav-audit schedule run -f /srv/nav-audit/arshjul.yaml --history /srv/nav-audit/historikk.sqlite\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»; historikken i demo/, ikke din egen):\n") + _EXAMPLE_SCHEDULE_RUN,
        "en": ("Run everything that is due or overdue, each activity for its period.\n"
               "\n"
               "The runs are recorded in the history, and the reports are written in <root>/<period>/<activity>/\n"
               "with an activity.json that says what was run and how it went. A missing\n"
               "input file is reported, and the other activities are run all the same. Quiet when all goes\n"
               "well, so the command can be run from cron.\n"
               "\n"
               "\x08\n"
               "Exit code 0: everything that was due has run (or nothing was due).\n"
               "Exit code 1: with --fail-on, an activity had findings at that level.\n"
               "Exit code 2: an error in the annual cycle file or in the command; nothing has run.\n"
               "Exit code 4: at least one activity failed (e.g. a missing input file); the others have run.\n"
               "\n"
               "\x08\n"
               "In crontab, every night at 02:15 (with the paths of your annual cycle and your history):\n"
               "  15 2 * * *  nav-audit schedule run -f /srv/nav-audit/arshjul.yaml --history /srv/nav-audit/historikk.sqlite\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»; the history in demo/, not your own):\n") + _EXAMPLE_SCHEDULE_RUN,
    },
    "help.schedule.run.on": {
        "nb": "Dagen det kjøres for (åååå-mm-dd). Standard: i dag.",
        "en": "The day to run for (yyyy-mm-dd). Default: today.",
    },
    "help.schedule.run.activities": {
        "nb": "Kjør bare denne aktiviteten (kan gjentas).",
        "en": "Run only this activity (may be repeated).",
    },
    "help.schedule.run.fail_on": {
        "nb": "Avslutt med kode 1 når en aktivitet har funn på dette nivået.",
        "en": "Exit with code 1 when an activity has findings at this level.",
    },
    "help.schedule.run.verbose": {
        "nb": "Skriv én linje per aktivitet også når alt gikk bra.",
        "en": "Write one line per activity even when all went well.",
    },
    "help.schedule.run.overwrite": {
        "nb": "Skriv over resultater i en periodemappe fra en kjøring som ikke ble lagret i historikken.",
        "en": "Overwrite results in a period folder from a run that was not recorded in the history.",
    },
    "help.schedule.show": {
        "nb": ("Vis året måned for måned: hvilke kontroller som kjøres når, og hvilken periode de dekker.\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_SCHEDULE_SHOW,
        "en": ("Show the year month by month: which checks run when, and which period they cover.\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_SCHEDULE_SHOW,
    },
    "help.schedule.show.year": {"nb": "Året som vises. Standard: i år.", "en": "The year shown. Default: this year."},
    "help.schedule.show.html_path": {
        "nb": "Skriv året som en HTML-side med årshjulet tegnet (frittstående fil).",
        "en": "Write the year as an HTML page with the annual cycle drawn (a standalone file).",
    },
    "help.schedule.show.overwrite": {
        "nb": "Skriv over en eksisterende HTML-fil (aldri årshjulfilen).",
        "en": "Overwrite an existing HTML file (never the annual cycle file).",
    },
}
