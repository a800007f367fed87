"""The --help of sample, review-sheet, compare and findings:
each command's description and example, each option's help, bokmål and English side by side
(audit/cli/help_text.py).

The example command lines are the same in both languages (they are commands); a «\\b» line
keeps click from rewrapping the block that follows."""


# The example command lines of a help, the same in both languages (they are commands).
_EXAMPLE_COMPARE = ("  nav-audit compare demo/rapporter/kvp/results.json --by office --out demo/rapporter/kontorer\n"
                    "  nav-audit compare demo/rapporter/kvp/results.json --by office \\\n"
                    "      --join \"NAV Lerkendal=NAV Trondheim sør\" --join \"NAV Heimdal=NAV Trondheim sør\" \\\n"
                    "      --out demo/rapporter/kontorer-samlet\n"
                    "  nav-audit run demo/kvp_saker.csv -m demo/kvp_mapping.yaml --as-of 2025-12-31 \\\n"
                    "      --out demo/rapporter/kvp-21 --set kvp.start_delay.deviation_days=21 --no-history\n"
                    "  nav-audit compare demo/rapporter/kvp/results.json demo/rapporter/kvp-21/results.json \\\n"
                    "      --out demo/rapporter/sammenligning")
_EXAMPLE_FINDINGS = ('  nav-audit findings demo/rapporter/kvp/results.json --subject "Trondheim kommune" \\\n'
                     "      --out demo/funn.docx --out demo/funn.md\n"
                     "  nav-audit findings demo/rapporter/kvp/results.json --no-case-list --min-cases 5 --out demo/funn-kort.docx")
_EXAMPLE_REVIEW_SHEET = ("  nav-audit sample demo/kvp_saker.csv -m demo/kvp_mapping.yaml --only decision=granted \\\n"
                         "      --strata office --total 40 --seed 2024 --out demo/utvalg.csv\n"
                         "  nav-audit review-sheet demo/kvp_saker.csv -m demo/kvp_mapping.yaml \\\n"
                         "      --sample demo/utvalg.csv --out demo/gjennomgang.xlsx\n"
                         "  nav-audit run demo/kvp_saker.csv demo/gjennomgang.xlsx -m demo/kvp_mapping.yaml \\\n"
                         "      --out demo/rapporter/gjennomgang --no-history\n"
                         "  nav-audit grounds demo/vedtaksbrev --out demo/begrunnelser.csv\n"
                         "  nav-audit review-sheet demo/kvp_saker.csv -m demo/kvp_mapping.yaml --sample demo/utvalg.csv \\\n"
                         "      --suggestions demo/begrunnelser.csv --out demo/gjennomgang-med-forslag.xlsx")
_EXAMPLE_SAMPLE = ("  nav-audit sample demo/kvp_saker.csv -m demo/kvp_mapping.yaml \\\n"
                   "      --only decision=granted --strata office,age_group --total 40 --seed 2024 --out utvalg.csv")


TEXT: dict[str, dict[str, str]] = {
    "help.compare": {
        "nb": ("Sammenlign resultater fra flere kommuner, kontorer eller kjøringer.\n"
               "\n"
               "For hver kontroll: andel saker med avvik per enhet, rangert med høyeste andel\n"
               "først, med antall og 95 % konfidensintervall (Wilson). Få vurderte saker merkes.\n"
               "Skriver sammenligning.xlsx, sammenligning.html og sammenligning.json.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo» og KVP-kjøringen den foreslår):\n") + _EXAMPLE_COMPARE,
        "en": ("Compare results from several municipalities, offices or runs.\n"
               "\n"
               "For each check: the share of cases with deviations per unit, ranked with the highest share\n"
               "first, with counts and a 95 % confidence interval (Wilson). Few evaluated cases are marked.\n"
               "Writes sammenligning.xlsx, sammenligning.html and sammenligning.json.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo» and the KVP run it suggests):\n") + _EXAMPLE_COMPARE,
    },
    "help.compare.by": {
        "nb": "Enhetene som sammenlignes: én per resultatfil (run), eller kommuner/kontorer i filene.",
        "en": "The units compared: one per results file (run), or the municipalities/offices in the files.",
    },
    "help.compare.labels": {
        "nb": "Navn på enheten for hver resultatfil (med --by run), i samme rekkefølge.",
        "en": "The name of the unit for each results file (with --by run), in the same order.",
    },
    "help.compare.join": {
        "nb": "Tell enheten til venstre som enheten til høyre, f.eks. «NAV Lerkendal=NAV Trondheim sør» for et kontor "
              "som ble delt, slått sammen eller fikk nytt navn i perioden (med --by office eller municipality; "
              "kan gjentas). Hver sak telles én gang; sammenligningen sier hvilke enheter som er slått sammen.",
        "en": "Count the unit on the left as the unit on the right, e.g. «NAV Lerkendal=NAV Trondheim sør» for an office "
              "split, merged or renamed during the period (with --by office or municipality; repeatable). Each case "
              "counts once; the comparison says which units were joined.",
    },
    "help.compare.min_n": {
        "nb": "Under så mange vurderte saker merkes andelen som usikker.",
        "en": "Below this many evaluated cases the share is marked as uncertain.",
    },
    "help.compare.formats": {"nb": "Filer som skrives: xlsx, html, json.", "en": "Files written: xlsx, html, json."},
    "help.compare.out_dir": {"nb": "Mappe for sammenligningen.", "en": "Folder for the comparison."},
    "help.compare.overwrite": {
        "nb": "Skriv over en eksisterende sammenligning i --out (aldri en innfil).",
        "en": "Overwrite an existing comparison in --out (never an input file).",
    },
    "help.findings": {
        "nb": ("Skriv utkast til funn i statsforvalterens form fra en results.json.\n"
               "\n"
               "Ett avsnitt per tema: kravet og hjemmelen, funnene (n av N saker, hele\n"
               "populasjonen eller et utvalg), vurderingen og konklusjonen. Et tema konkluderer\n"
               "med lovbrudd («Kommunen sikrer ikke at … Dette er lovbrudd på …») bare når svikten\n"
               "er systematisk (--min-cases og --min-share), ellers med en merknad; avvik fra en\n"
               "praksisgrense gir aldri lovbrudd alene. Med lovbrudd konkluderes det også om\n"
               "internkontrollen. Saksnøklene står bare i vedlegget. Utkastet må kontrolleres mot\n"
               "sakene før det brukes.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo» og KVP-kjøringen den foreslår):\n") + _EXAMPLE_FINDINGS,
        "en": ("Write draft findings in the County Governor's form from a results.json.\n"
               "\n"
               "One section per topic: the requirement and its legal basis, the findings (n of N cases, the whole\n"
               "population or a sample), the assessment and the conclusion. A topic concludes\n"
               "with a breach of the law («The municipality does not ensure that … This is a breach of …») only when the failure\n"
               "is systematic (--min-cases and --min-share), otherwise with a remark; deviations from a\n"
               "practice limit never make a breach of the law on their own. With a breach, a conclusion is also drawn about\n"
               "the internal control. The case keys are only in the appendix. The draft must be checked against\n"
               "the cases before it is used.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo» and the KVP run it suggests):\n") + _EXAMPLE_FINDINGS,
    },
    "help.findings.outs": {
        "nb": "Fil for utkastet: .md (Markdown) eller .docx (Word). Kan gjentas. Uten --out: Markdown til skjermen.",
        "en": "File for the draft: .md (Markdown) or .docx (Word). May be repeated. Without --out: Markdown to the screen.",
    },
    "help.findings.subject": {
        "nb": "Kommunen konklusjonen gjelder, f.eks. «Trondheim kommune». Standard: kommunenummeret i dataene med "
              "navnet det hadde i resultatenes år («Halden kommune (3101)»), ellers nummeret alene («kommune 3101»).",
        "en": "The municipality the conclusion concerns, e.g. «Trondheim kommune». Default: the municipality number in "
              "the data with its name in the year of the results («Halden municipality (3101)»), else the number alone "
              "(«municipality 3101»).",
    },
    "help.findings.min_cases": {
        "nb": "Lovbrudd krever minst så mange saker med avvik i en kontroll.",
        "en": "A breach of the law requires at least this many cases with deviations in one check.",
    },
    "help.findings.min_share": {
        "nb": "Lovbrudd krever også minst så mange prosent avvik blant de vurderte sakene.",
        "en": "A breach of the law also requires at least this percentage of deviations among the evaluated cases.",
    },
    "help.findings.no_case_list": {
        "nb": "Uten vedlegget med saksnøkler (før rapporten sendes ut av kontoret).",
        "en": "Without the appendix of case keys (before the report leaves the office).",
    },
    "help.findings.overwrite": {"nb": "Skriv over en eksisterende fil.", "en": "Overwrite an existing file."},
    "help.review_sheet": {
        "nb": ("Lag en arbeidsbok for gjennomgang av saker (én rad per sak).\n"
               "\n"
               "Kjente opplysninger fra uttrekket er fylt inn og låst; kolonnene for vurderingene\n"
               "har nedtrekkslister (Ja / Nei / Ikke relevant), og arket «Veiledning» forklarer\n"
               "utfyllingen. Den utfylte arbeidsboka revideres med «nav-audit run» sammen med\n"
               "uttrekket; det som ikke er fylt inn, rapporteres som ikke gjennomgått.\n"
               "\n"
               "\x08\n"
               "Eksempel (etter «nav-audit demo --out demo»):\n") + _EXAMPLE_REVIEW_SHEET,
        "en": ("Make a workbook for reviewing cases (one row per case).\n"
               "\n"
               "What the export already says is filled in and locked; the columns for the judgements\n"
               "have drop-down lists (Yes / No / Not applicable), and the sheet «Veiledning»\n"
               "(«Guide» in English) explains how to fill it in. The completed workbook is audited with «nav-audit run» together with\n"
               "the export; what is not filled in is reported as not reviewed.\n"
               "\n"
               "\x08\n"
               "Example (after «nav-audit demo --out demo»):\n") + _EXAMPLE_REVIEW_SHEET,
    },
    "help.review_sheet.sample_file": {
        "nb": "Utvalget fra «nav-audit sample» (eller en tabell med nøkkelkolonnen).",
        "en": "The sample from «nav-audit sample» (or a table with the key column).",
    },
    "help.review_sheet.keys": {
        "nb": "Saks-idene som skal gjennomgås, skilt med komma (i stedet for --sample).",
        "en": "The case ids to review, separated by commas (instead of --sample).",
    },
    "help.review_sheet.judgements": {
        "nb": "Vurderingskolonnene, skilt med komma. Standard for kvp: ground_age, ground_work_ability, ground_benefits, ground_necessity, ground_program, appeal_info, evaluations_planned, kvp_informed_date.",
        "en": "The judgement columns, separated by commas. Default for kvp: ground_age, ground_work_ability, ground_benefits, ground_necessity, ground_program, appeal_info, evaluations_planned, kvp_informed_date.",
    },
    "help.review_sheet.suggestions_file": {
        "nb": "Tabellen fra «nav-audit grounds»: forslag til begrunnelsesvurderingene, i egne låste kolonner som den som gjennomgår bekrefter.",
        "en": "The table from «nav-audit grounds»: suggestions for the judgements of the reasons, in locked columns of their own that the reviewer confirms.",
    },
    "help.review_sheet.out": {"nb": "Arbeidsboka (.xlsx) som skal skrives.", "en": "The workbook (.xlsx) to write."},
    "help.review_sheet.overwrite": {
        "nb": "Skriv over en eksisterende arbeidsbok (en utfylt gjennomgang går tapt).",
        "en": "Overwrite an existing workbook (a completed review is lost).",
    },
    "help.review_sheet.lang": {
        "nb": "Språk i arbeidsboka (en: Yes / No / Not applicable) og i utskriften.",
        "en": "Language of the workbook (en: Yes / No / Not applicable) and of the output.",
    },
    "help.sample": {
        "nb": ("Trekk et stratifisert tilfeldig utvalg av saker til gjennomgang.\n"
               "\n"
               "Utvalget er reproduserbart: samme frø og samme uttrekk gir de samme sakene, uansett\n"
               "rekkefølgen i filen. Med --total fordeles sakene proporsjonalt på strata (største\n"
               "rest), med --per-stratum tas like mange fra hvert. Filen får nøkkel, strata og\n"
               "stratum; JSON-filen ved siden av har frø, populasjon, strata og størrelser.\n"
               "\n"
               "\x08\n"
               "Eksempel:\n") + _EXAMPLE_SAMPLE,
        "en": ("Draw a stratified random sample of cases for review.\n"
               "\n"
               "The sample is reproducible: the same seed and the same export give the same cases, whatever\n"
               "the order in the file. With --total the cases are allocated proportionally to the strata (largest\n"
               "remainder), with --per-stratum the same number is taken from each. The file gets the key, the strata and\n"
               "the stratum; the JSON file beside it has the seed, the population, the strata and the sizes.\n"
               "\n"
               "\x08\n"
               "Example:\n") + _EXAMPLE_SAMPLE,
    },
    "help.sample.strata": {
        "nb": "Strata, skilt med komma: kanoniske kolonner (office, decision, municipality …), age_group (aldersgruppe) og decision_year (vedtaksår).",
        "en": "Strata, separated by commas: canonical columns (office, decision, municipality …), age_group (age group) and decision_year (year of the decision).",
    },
    "help.sample.total": {
        "nb": "Antall saker i alt, fordelt proporsjonalt på strata.",
        "en": "Number of cases in all, allocated proportionally to the strata.",
    },
    "help.sample.per_stratum": {
        "nb": "Fast antall saker per stratum (alle i mindre strata).",
        "en": "A fixed number of cases per stratum (all of them in smaller strata).",
    },
    "help.sample.min_per_stratum": {
        "nb": "Med --total: minst så mange saker fra hvert stratum.",
        "en": "With --total: at least this many cases from each stratum.",
    },
    "help.sample.seed": {
        "nb": "Frø for trekningen (samme frø og uttrekk gir samme utvalg). Standard: tilfeldig, og det skrives ut.",
        "en": "Seed for the draw (the same seed and export give the same sample). Default: random, and it is printed.",
    },
    "help.sample.filters": {
        "nb": "Populasjonen: bare saker med disse verdiene, f.eks. --only decision=granted.",
        "en": "The population: only cases with these values, e.g. --only decision=granted.",
    },
    "help.sample.as_of": {
        "nb": "Dato for alder når saken mangler vedtaksdato (åååå-mm-dd). Standard: i dag.",
        "en": "Date for the age when the case lacks a decision date (yyyy-mm-dd). Default: today.",
    },
    "help.sample.age_groups": {
        "nb": "Grensene for aldersgruppene (age_group).",
        "en": "The limits of the age groups (age_group).",
    },
    "help.sample.out": {
        "nb": "Utvalget som .csv eller .xlsx; metadata skrives ved siden av som .json.",
        "en": "The sample as .csv or .xlsx; metadata is written beside it as .json.",
    },
    "help.sample.overwrite": {"nb": "Skriv over et eksisterende utvalg.", "en": "Overwrite an existing sample."},
    "help.sample.lang": {
        "nb": "Språk i utskriften og i utvalgsfilens tekster.",
        "en": "Language of the output and of the texts in the sample file.",
    },
}
