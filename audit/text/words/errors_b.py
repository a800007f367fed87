"""Words of errors about inputs: files, CSV, XLSX, Parquet, KOSTRA, review workbooks, mappings,
joins, the history, pseudonym keys and the run (``error.*`` keys of lane B's modules).

Messages are lower-case sentences without a full stop (the where-words go before them,
the hint after); hints are whole sentences."""

TEXT = {
    # ---------------------------------------------------------------- any file
    "error.file.missing": {"nb": "filen finnes ikke", "en": "the file does not exist"},
    "error.file.missing_hint": {"nb": "Sjekk stien og filnavnet.", "en": "Check the path and the file name."},
    "error.file.is_folder": {"nb": "dette er en mappe, ikke en fil", "en": "this is a folder, not a file"},
    "error.file.not_regular": {"nb": "dette er ikke en vanlig fil", "en": "this is not a regular file"},
    "error.file.give_export": {"nb": "Oppgi selve uttrekksfilen.", "en": "Give the export file itself."},
    "error.file.no_access": {"nb": "filen kan ikke leses (mangler tilgang)",
                             "en": "the file cannot be read (no permission)"},
    "error.file.no_access_hint": {"nb": "Sjekk filrettighetene; nav-audit trenger bare lesetilgang.",
                                  "en": "Check the file permissions; nav-audit only needs to read it."},
    "error.file.cannot_open": {"nb": "filen kan ikke åpnes ({reason})", "en": "the file cannot be opened ({reason})"},
    "error.file.cannot_read": {"nb": "filen kan ikke leses ({reason})", "en": "the file cannot be read ({reason})"},
    "error.file.empty": {"nb": "filen er tom (0 byte)", "en": "the file is empty (0 bytes)"},
    "error.file.office_lock": {
        "nb": "filen er en låsefil som Excel lager mens en arbeidsbok er åpen (navnet begynner med «~$»), ikke selve arbeidsboka",
        "en": "the file is a lock file Excel writes while a workbook is open (its name begins with «~$»), not the workbook itself",
    },
    "error.file.office_lock_hint": {
        "nb": "Oppgi arbeidsboka selv (samme navn uten «~$» foran). Låsefila forsvinner når arbeidsboka lukkes i Excel.",
        "en": "Give the workbook itself (the same name without «~$» in front). The lock file goes away when the workbook is closed in Excel.",
    },
    "error.file.need_rows_hint": {"nb": "Uttrekket må ha en overskriftsrad og minst én rad med saker.",
                                  "en": "The export needs a header row and at least one row of cases."},
    "error.file.too_big_for_memory": {"nb": "filen er for stor til å leses i minnet på denne maskinen",
                                      "en": "the file is too large to be read into memory on this machine"},
    "error.file.too_big_for_memory_hint": {
        "nb": "Del uttrekket i flere filer (for eksempel per år), eller bruk en maskin med mer minne.",
        "en": "Split the export into several files (for example one per year), or use a machine with more memory.",
    },
}
TEXT.update({
    # ---------------------------------------------------------------- headers (every table format)
    "error.header.underscores": {
        "nb": "overskriften i kolonne {position} begynner med «__», som nav-audit bruker for egne kolonner",
        "en": "the header of column {position} begins with «__», which nav-audit uses for its own columns",
    },
    "error.header.underscores_hint": {"nb": "Gi kolonnen et navn som ikke begynner med to understreker.",
                                      "en": "Give the column a name that does not begin with two underscores."},
    "error.header.reserved": {"nb": "overskriften i kolonne {position} kan ikke brukes som kolonnenavn",
                              "en": "the header of column {position} cannot be used as a column name"},
    "error.header.reserved_hint": {"nb": "Gi kolonnen et annet navn (ikke «*», og ikke ^ først og $ sist).",
                                   "en": "Give the column another name (not «*», and not ^ first and $ last)."},
    "error.header.duplicate": {"nb": "overskriften finnes i både kolonne {first} og kolonne {second}",
                               "en": "the header appears in both column {first} and column {second}"},
    "error.header.duplicate_hint": {"nb": "Gi kolonnene ulike navn i uttrekket.",
                                    "en": "Give the columns different names in the export."},
    # ---------------------------------------------------------------- format detection
    "error.ole.encrypted": {"nb": "en passordbeskyttet (kryptert) Excel-arbeidsbok",
                            "en": "a password-protected (encrypted) Excel workbook"},
    "error.ole.xls": {"nb": "en gammel Excel-fil (.xls, Excel 97–2003)", "en": "an old Excel file (.xls, Excel 97–2003)"},
    "error.ole.unknown": {"nb": "en passordbeskyttet (kryptert) arbeidsbok eller en gammel .xls-fil",
                          "en": "a password-protected (encrypted) workbook or an old .xls file"},
    "error.ole.unreadable": {"nb": "filen er {what}, som nav-audit ikke kan lese",
                             "en": "the file is {what}, which nav-audit cannot read"},
    "error.ole.password_hint": {
        "nb": "Fjern passordet (Fil > Info > Beskytt arbeidsbok) og lagre som .xlsx, eller eksporter til CSV.",
        "en": "Remove the password (File > Info > Protect Workbook) and save as .xlsx, or export to CSV.",
    },
    "error.ole.xls_hint": {"nb": "Åpne den i Excel og lagre som .xlsx, eller eksporter til CSV.",
                           "en": "Open it in Excel and save as .xlsx, or export to CSV."},
    "error.registry.kostra": {"nb": "dette er en KOSTRA-fil (11CF/11F), som ikke kan brukes her",
                              "en": "this is a KOSTRA file (11CF/11F), which cannot be used here"},
    "error.registry.kostra_hint": {
        "nb": "«nav-audit run» leser KOSTRA-filer direkte (11CF som kvp, 11F som stonad) og pseudonymiserer "
              "fødselsnummeret selv; oppgi rapporteringsåret med --kostra-year hvis VERSION-feltet mangler.",
        "en": "«nav-audit run» reads KOSTRA files directly (11CF as kvp, 11F as stonad) and pseudonymises the "
              "identity number itself; give the reporting year with --kostra-year if the VERSION field is empty.",
    },
})
TEXT.update({
    # ---------------------------------------------------------------- CSV
    "error.csv.delimiter.semicolon": {"nb": "semikolon «;»", "en": "semicolon «;»"},
    "error.csv.delimiter.comma": {"nb": "komma «,»", "en": "comma «,»"},
    "error.csv.delimiter.tab": {"nb": "tabulator", "en": "tab"},
    "error.csv.delimiter.bar": {"nb": "loddrett strek «|»", "en": "vertical bar «|»"},
    "error.csv.magic.pdf": {"nb": "en PDF-fil", "en": "a PDF file"},
    "error.csv.magic.gzip": {"nb": "en gzip-komprimert fil", "en": "a gzip-compressed file"},
    "error.csv.magic.rtf": {"nb": "et RTF-dokument", "en": "an RTF document"},
    "error.csv.magic.sqlite": {"nb": "en SQLite-database", "en": "an SQLite database"},
    "error.csv.magic.png": {"nb": "et PNG-bilde", "en": "a PNG image"},
    "error.csv.magic.jpeg": {"nb": "et JPEG-bilde", "en": "a JPEG image"},
    "error.csv.magic.xml": {"nb": "en XML-fil", "en": "an XML file"},
    "error.csv.magic.html": {"nb": "en HTML-side", "en": "an HTML page"},
    "error.csv.not_a_table": {"nb": "filen ser ut til å være {what}, ikke en tabell (CSV, XLSX eller Parquet)",
                              "en": "the file seems to be {what}, not a table (CSV, XLSX or Parquet)"},
    "error.csv.not_a_table_hint": {"nb": "Eksporter sakene som CSV eller XLSX fra fagsystemet.",
                                   "en": "Export the cases as CSV or XLSX from the case system."},
    "error.csv.binary": {"nb": "filen ser ut til å være en binærfil, ikke tekst (CSV)",
                         "en": "the file seems to be a binary file, not text (CSV)"},
    "error.csv.binary_hint": {
        "nb": "Oppgi et uttrekk som CSV, XLSX eller Parquet. Er filen skadet eller lagret i et annet format?",
        "en": "Give an export as CSV, XLSX or Parquet. Is the file damaged or saved in another format?",
    },
    "error.csv.encoding": {"nb": "filen kan ikke leses som {encoding}: byte som ikke hører til tegnkodingen",
                           "en": "the file cannot be read as {encoding}: bytes that do not belong to the encoding"},
    "error.csv.encoding_hint": {
        "nb": "Rett «encoding» i mappingfilen (for eksempel utf-8 eller cp1252), eller fjern den for automatisk gjenkjenning.",
        "en": "Correct «encoding» in the mapping file (for example utf-8 or cp1252), or remove it to have it detected.",
    },
    "error.csv.one_column.other": {"nb": "med {delimiter} blir det {count}", "en": "with {delimiter} there are {count}"},
    "error.csv.one_column.others.1": {"nb": " ({a})", "en": " ({a})"},
    "error.csv.one_column.others.2": {"nb": " ({a}; {b})", "en": " ({a}; {b})"},
    "error.csv.one_column.others.3": {"nb": " ({a}; {b}; {c})", "en": " ({a}; {b}; {c})"},
    "error.csv.one_column.given": {
        "nb": "Filen ble lest med skilletegnet {delimiter} fra mappingfilen og ga bare én kolonne{others}. "
              "Er skilletegnet riktig? Oppgi «delimiter» i mappingfilen.",
        "en": "The file was read with the delimiter {delimiter} from the mapping file and gave only one column{others}. "
              "Is the delimiter right? Give «delimiter» in the mapping file.",
    },
    "error.csv.one_column.detected": {
        "nb": "Fant bare én kolonne: ingen av skilletegnene semikolon, komma, tabulator eller loddrett strek "
              "deler overskriftsraden{others}. Er skilletegnet riktig? Oppgi «delimiter» i mappingfilen.",
        "en": "Found only one column: none of the delimiters semicolon, comma, tab or vertical bar splits the "
              "header row{others}. Is the delimiter right? Give «delimiter» in the mapping file.",
    },
    "error.csv.row_too_wide": {"nb": "raden har {fields} felt, men overskriften har {header}",
                               "en": "the row has {fields} fields, but the header has {header}"},
    "error.csv.unclosed_quote": {
        "nb": "et felt i anførselstegn er ikke lukket (eller anførselstegn står midt i et felt)",
        "en": "a quoted field is not closed (or a quote stands in the middle of a field)",
    },
    "error.csv.unreadable": {"nb": "filen kan ikke leses som CSV med skilletegn {delimiter}: {what}",
                             "en": "the file cannot be read as CSV with the delimiter {delimiter}: {what}"},
    "error.csv.unreadable_hint": {
        "nb": "Sjekk at alle rader har like mange felt som overskriften, at anførselstegn er lukket, og at "
              "skilletegnet ikke også står i verdiene (bruk anførselstegn rundt slike verdier).",
        "en": "Check that every row has as many fields as the header, that quotes are closed, and that the "
              "delimiter does not also appear in the values (put quotes around such values).",
    },
    "error.csv.note.replaced": {
        "nb": "{file}: ugyldige UTF-8-tegn (første gang i linje {line}) er erstattet med «\ufffd».",
        "en": "{file}: invalid UTF-8 characters (first on line {line}) were replaced with «\ufffd».",
    },
    "error.csv.note.cp1252": {
        "nb": "{file}: ikke gyldig UTF-8 (første gang i linje {line}); lest som cp1252 (Windows). "
              "Oppgi «encoding» i mappingfilen hvis tegn som æøå ser feil ut.",
        "en": "{file}: not valid UTF-8 (first on line {line}); read as cp1252 (Windows). "
              "Give «encoding» in the mapping file if characters such as æøå look wrong.",
    },
    "error.csv.blank": {"nb": "filen inneholder bare blanke tegn", "en": "the file holds only blank characters"},
    "error.csv.header_unreadable": {"nb": "overskriftsraden kan ikke leses ({reason})",
                                    "en": "the header row cannot be read ({reason})"},
    "error.csv.header_unreadable_hint": {"nb": "Sjekk at anførselstegn i overskriftene er lukket.",
                                         "en": "Check that quotes in the headers are closed."},
    "error.csv.leading_blank_lines": {"nb": "filen begynner med blanke linjer; overskriftsraden må være første linje",
                                      "en": "the file begins with blank lines; the header row must be the first line"},
    "error.csv.leading_blank_lines_hint": {"nb": "Slett de tomme linjene øverst i filen.",
                                           "en": "Delete the empty lines at the top of the file."},
})
TEXT.update({
    # ---------------------------------------------------------------- hints of several sentences
    "error.sentences.2": {"nb": "{a} {b}", "en": "{a} {b}"},
    "error.sentences.3": {"nb": "{a} {b} {c}", "en": "{a} {b} {c}"},
    "error.sentences.4": {"nb": "{a} {b} {c} {d}", "en": "{a} {b} {c} {d}"},
    # ---------------------------------------------------------------- canonical columns and keys
    "error.canonical.closest_headers": {"nb": "Nærmeste overskrifter som finnes: {headers}.",
                                        "en": "The closest headers there are: {headers}."},
    "error.canonical.file_headers": {"nb": "Overskriftene i filen er: {headers}.",
                                     "en": "The headers in the file are: {headers}."},
    "error.canonical.mapped_header_missing": {
        "nb": "mappingen knytter «{canon}» til overskriften «{header}», men den finnes ikke i filen",
        "en": "the mapping links «{canon}» to the header «{header}», but the file has no such header",
    },
    "error.canonical.pseudonymise_missing": {
        "nb": "kolonnen som skal pseudonymiseres (under «pseudonymise» i mappingfilen) finnes ikke i filen",
        "en": "the column to be pseudonymised (under «pseudonymise» in the mapping file) is not in the file",
    },
    "error.canonical.key_missing": {"nb": "nøkkelkolonnen «{key}» finnes ikke", "en": "the key column «{key}» is missing"},
    "error.canonical.key_missing_hint": {
        "nb": "Oppgi overskriften i mappingfilen under «columns», for eksempel «{key}: {header}».",
        "en": "Give the header in the mapping file under «columns», for example «{key}: {header}».",
    },
    "error.canonical.no_rows": {"nb": "filen har overskrifter, men ingen rader med saker",
                                "en": "the file has headers but no rows of cases"},
    "error.canonical.no_rows_hint": {
        "nb": "Er det riktig fil, eller ble uttrekket avgrenset til en periode uten saker?",
        "en": "Is it the right file, or was the export limited to a period without cases?",
    },
    "error.canonical.key_empty.one": {"nb": "nøkkelen mangler ({count} rad uten verdi)",
                                      "en": "the key is missing ({count} row without a value)"},
    "error.canonical.key_empty": {"nb": "nøkkelen mangler ({count} rader uten verdi)",
                                  "en": "the key is missing ({count} rows without a value)"},
    "error.canonical.key_empty_hint": {"nb": "Hver rad må ha en saks-id; fjern tomme rader eller fyll inn nøkkelen.",
                                       "en": "Every row needs a case id; remove empty rows or fill in the key."},
    "error.canonical.key_duplicate": {"nb": "nøkkelen er ikke unik: den står i radene {rows}{more}",
                                      "en": "the key is not unique: it appears in rows {rows}{more}"},
    "error.canonical.keys_duplicated": {"nb": " ({count} nøkler i alt er duplisert)",
                                        "en": " ({count} keys in all are duplicated)"},
    "error.canonical.key_duplicate_hint": {"nb": "Hver sak skal stå på én rad.", "en": "Each case belongs on one row."},
})
TEXT.update({
    # ---------------------------------------------------------------- the identity guard
    "error.identity.column": {
        "nb": "kolonnen ser ut til å inneholde fødselsnumre eller D-numre ({count} av {values} verdier har gyldige "
              "kontrollsifre); verdiene vises ikke",
        "en": "the column seems to hold national identity numbers or D-numbers ({count} of {values} values have "
              "valid check digits); the values are not shown",
    },
    "error.identity.column_hint": {
        "nb": "Fjern kolonnen fra uttrekket, eller oppgi den under «pseudonymise» i mappingfilen slik at den "
              "erstattes med pseudonymer, eller lag en pseudonymisert kopi: nav-audit pseudonymise INN UT --column \"{column}\".",
        "en": "Remove the column from the export, or list it under «pseudonymise» in the mapping file so that it is "
              "replaced by pseudonyms, or make a pseudonymised copy: nav-audit pseudonymise IN OUT --column \"{column}\".",
    },
    "error.identity.header": {
        "nb": "overskriften i kolonne {position} ser ut til å være et fødselsnummer eller D-nummer (vises ikke)",
        "en": "the header of column {position} seems to be a national identity number or D-number (not shown)",
    },
    "error.identity.header_hint": {"nb": "Mangler filen overskriftsrad? Første rad må ha kolonnenavnene.",
                                   "en": "Does the file lack a header row? The first row must hold the column names."},
    "error.identity.split": {
        "nb": "kolonnene «{date}» og «{number}» ser ut til å inneholde fødselsnumre delt i to: fødselsdatoen og de fem "
              "sifrene i samme rad har gyldige kontrollsifre i {count} av {rows} rader; verdiene vises ikke",
        "en": "the columns «{date}» and «{number}» seem to hold national identity numbers split in two: the birth date "
              "and the five digits of the same row have valid check digits in {count} of {rows} rows; the values are "
              "not shown",
    },
    "error.identity.split_hint": {
        "nb": "Fjern personnummerkolonnen fra uttrekket, eller oppgi den under «pseudonymise» i mappingfilen, eller "
              "lag en pseudonymisert kopi: nav-audit pseudonymise INN UT --column \"{column}\".",
        "en": "Remove the personal-number column from the export, or list it under «pseudonymise» in the mapping file, "
              "or make a pseudonymised copy: nav-audit pseudonymise IN OUT --column \"{column}\".",
    },
    # ---------------------------------------------------------------- pseudonymised copies
    "error.pseudonymise.no_columns": {"nb": "ingen kolonner å pseudonymisere", "en": "no columns to pseudonymise"},
    "error.pseudonymise.no_columns_hint": {"nb": "Oppgi minst én --column.", "en": "Give at least one --column."},
    "error.pseudonymise.suffix": {"nb": "utfilen må ha samme filtype som innfilen ({suffix})",
                                  "en": "the output file must have the same file type as the input ({suffix})"},
    "error.pseudonymise.no_suffix": {"nb": "ingen", "en": "none"},
    "error.pseudonymise.column_missing": {"nb": "kolonnen finnes ikke", "en": "the column does not exist"},
    "error.pseudonymise.columns_are": {"nb": "Kolonnene i filen er: {columns}.", "en": "The columns in the file are: {columns}."},
})
TEXT.update({
    # ---------------------------------------------------------------- XLSX
    "error.xlsx.ods": {"nb": "filen er et OpenDocument-regneark (.ods), ikke en Excel-arbeidsbok (.xlsx)",
                       "en": "the file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)"},
    "error.xlsx.ods_hint": {"nb": "Åpne den og lagre som .xlsx, eller eksporter til CSV.",
                            "en": "Open it and save as .xlsx, or export to CSV."},
    "error.xlsx.word": {"nb": "et Word-dokument", "en": "a Word document"},
    "error.xlsx.zip": {"nb": "en zip-fil", "en": "a zip file"},
    "error.xlsx.not_a_workbook": {"nb": "filen er {what}, ikke en Excel-arbeidsbok",
                                  "en": "the file is {what}, not an Excel workbook"},
    "error.xlsx.not_a_workbook_hint": {"nb": "Oppgi uttrekket som .xlsx, CSV eller Parquet.",
                                       "en": "Give the export as .xlsx, CSV or Parquet."},
    "error.xlsx.dtd": {
        "nb": "arbeidsboka inneholder en XML-DTD eller -entiteter («{part}»), som ikke tillates (mulig «XML-bombe»)",
        "en": "the workbook holds an XML DTD or entities («{part}»), which are not allowed (possibly an «XML bomb»)",
    },
    "error.xlsx.dtd_hint": {
        "nb": "Excel lager aldri slike filer. Åpne arbeidsboka i Excel og lagre den på nytt, eller eksporter til CSV.",
        "en": "Excel never makes such files. Open the workbook in Excel and save it again, or export to CSV.",
    },
    "error.xlsx.save_again_hint": {"nb": "Åpne den i Excel og lagre som .xlsx på nytt.",
                                   "en": "Open it in Excel and save it as .xlsx again."},
    "error.xlsx.text_hint": {
        "nb": "Filen ser ut til å være tekst: er det en CSV-fil med feil filendelse? Gi den endelsen .csv.",
        "en": "The file seems to be text: is it a CSV file with the wrong extension? Give it the extension .csv.",
    },
    "error.xlsx.invalid": {"nb": "filen er ikke en gyldig XLSX-arbeidsbok ({reason})",
                           "en": "the file is not a valid XLSX workbook ({reason})"},
    "error.xlsx.entities": {"nb": "arbeidsboka inneholder XML-entiteter som ikke tillates (mulig «XML-bombe»)",
                            "en": "the workbook holds XML entities, which are not allowed (possibly an «XML bomb»)"},
    "error.xlsx.workbook_unreadable": {"nb": "arbeidsboka kan ikke leses ({reason})",
                                       "en": "the workbook cannot be read ({reason})"},
    "error.xlsx.no_sheets": {"nb": "arbeidsboka har ingen regneark", "en": "the workbook has no worksheets"},
    "error.xlsx.no_sheet_number": {"nb": "arbeidsboka har ikke ark nummer {number}",
                                   "en": "the workbook has no sheet number {number}"},
    "error.xlsx.sheets_are": {"nb": "Arkene er: {sheets}.", "en": "The sheets are: {sheets}."},
    "error.xlsx.no_sheet": {"nb": "arbeidsboka har ikke arket «{sheet}»", "en": "the workbook has no sheet «{sheet}»"},
    "error.xlsx.chart_sheet": {"nb": "arket «{sheet}» er et diagramark, ikke en tabell",
                               "en": "the sheet «{sheet}» is a chart sheet, not a table"},
    "error.xlsx.chart_sheet_hint": {"nb": "Oppgi arket med sakene under «sheet» i mappingfilen.",
                                    "en": "Give the sheet with the cases under «sheet» in the mapping file."},
    "error.xlsx.sheet_unreadable": {"nb": "arket kan ikke leses ({reason})", "en": "the sheet cannot be read ({reason})"},
    "error.xlsx.save_or_export_hint": {
        "nb": "Åpne arbeidsboka i Excel og lagre den på nytt, eller eksporter til CSV.",
        "en": "Open the workbook in Excel and save it again, or export to CSV.",
    },
    "error.xlsx.empty_sheet": {"nb": "arket er tomt", "en": "the sheet is empty"},
    # CSV and XLSX alike: lines above the header with only one filled cell.
    "inputs.csv.note.sep_line": {
        "nb": "{file}: rad 1 «{line}» er Excels angivelse av skilletegnet, ikke en overskrift; skilletegnet er {delimiter}.",
        "en": "{file}: row 1 «{line}» is Excel's line naming the delimiter, not a header; the delimiter is {delimiter}.",
    },
    "error.input.note.title_rows": {
        "nb": "{file}: rad {rows} er lest som tittel, ikke som overskrift (bare én celle er fylt ut).",
        "en": "{file}: row {rows} was read as a title, not as the header (only one cell is filled in).",
    },
    "inputs.note.totals_rows": {
        "nb": "{file}: rad {rows} nederst ({labels}) er lest som summering, ikke som sak.",
        "en": "{file}: row {rows} at the foot ({labels}) was read as a total, not as a case.",
    },
    "inputs.note.duplicate_header": {
        "nb": "{file}: overskriften «{header}» står i både kolonne {first} og kolonne {second}; ingen kontroll bruker den, "
              "og kolonne {second} tas med som «{new}».",
        "en": "{file}: the header «{header}» is in both column {first} and column {second}; no check uses it, "
              "and column {second} is carried along as «{new}».",
    },
    "inputs.note.header_below": {
        "nb": "{file}: overskriftsraden er rad {header}, der nøkkelkolonnens overskrift står; rad {rows} over den er ikke lest.",
        "en": "{file}: the header row is row {header}, where the key column's header is; row {rows} above it was not read.",
    },
    "inputs.csv.note.excel_text": {
        "nb": "{file}: verdier skrevet som =\"…\" (slik uttrekk for Excel bevarer ledende nuller) er lest som teksten "
              "mellom anførselstegnene, i kolonne {columns}.",
        "en": "{file}: values written as =\"…\" (as exports for Excel keep leading zeros) were read as the text "
              "between the quotes, in column {columns}.",
    },
    "inputs.note.sql_null": {
        "nb": "{file}: «NULL» (slik SQL-verktøy skriver en tom celle) er lest som tom i kolonne {columns}.",
        "en": "{file}: «NULL» (as SQL tools write an empty cell) was read as empty in column {columns}.",
    },
    "inputs.note.repeated_header": {
        "nb": "{file}: rad {rows} gjentar overskriftsraden og er ikke lest som sak.",
        "en": "{file}: row {rows} repeats the header row and was not read as a case.",
    },
    "error.xlsx.note.merged": {
        "nb": "{file}: {count} sammenslåtte celleområder; verdien øverst til venstre er brukt i alle cellene i området.",
        "en": "{file}: {count} merged cell ranges; the top-left value is used in every cell of the range.",
    },
    "error.xlsx.value_without_header": {"nb": "cellen i kolonne {position} har en verdi, men kolonnen har ingen overskrift",
                                        "en": "the cell in column {position} has a value, but the column has no header"},
    "error.xlsx.value_without_header_hint": {"nb": "Gi kolonnen en overskrift i overskriftsraden, eller slett verdien.",
                                             "en": "Give the column a header in the header row, or delete the value."},
})
TEXT.update({
    # ---------------------------------------------------------------- Parquet
    "error.parquet.invalid": {"nb": "filen er ikke en gyldig Parquet-fil ({reason})",
                              "en": "the file is not a valid Parquet file ({reason})"},
    "error.parquet.invalid_hint": {"nb": "Skriv filen på nytt, eller eksporter til CSV.",
                                   "en": "Write the file again, or export to CSV."},
    "error.parquet.as_text": {"nb": "kolonnene kan ikke leses som tekst ({reason})",
                              "en": "the columns cannot be read as text ({reason})"},
    # ---------------------------------------------------------------- several files joined on the key
    "error.join.conflict": {
        "nb": "filene er uenige om «{column}» for nøkkel «{key}»: «{left}» i {left_file} og «{right}» i {right_file}{more}",
        "en": "the files disagree on «{column}» for key «{key}»: «{left}» in {left_file} and «{right}» in {right_file}{more}",
    },
    "error.join.true": {"nb": "ja", "en": "yes"},
    "error.join.false": {"nb": "nei", "en": "no"},
    "error.join.conflicts": {"nb": " ({count} konflikter i alt)", "en": " ({count} conflicts in all)"},
    "error.join.conflict_hint": {"nb": "Rett verdien i den ene filen, eller la feltet stå tomt der.",
                                 "en": "Correct the value in one of the files, or leave the field empty there."},
    # ---------------------------------------------------------------- loading
    "error.load.kostra_dataset": {"nb": "KOSTRA-filen er skjema {form} (datasett «{found}»), men kjøringen gjelder «{dataset}»",
                                  "en": "the KOSTRA file is form {form} (dataset «{found}»), but the run is for «{dataset}»"},
    "error.load.kostra_dataset_hint": {"nb": "Kjør den med --suite {found}, eller med --suite kostra for SSBs kontroller.",
                                       "en": "Run it with --suite {found}, or with --suite kostra for Statistics Norway's controls."},
    "inputs.progress.reading": {"nb": "leser {name} ({size})", "en": "reading {name} ({size})"},
    "inputs.progress.records.one": {"nb": "leste {count} post fra {name}", "en": "read {count} record from {name}"},
    "inputs.progress.records": {"nb": "leste {count} poster fra {name}", "en": "read {count} records from {name}"},
    "inputs.progress.rows": {"nb": "leste {rows} rader og {columns} kolonner fra {name}; kontrollerer verdiene",
                             "en": "read {rows} rows and {columns} columns from {name}; checking the values"},
})
TEXT.update({
    # ---------------------------------------------------------------- mapping files
    "error.mapping.file": {"nb": "mappingfilen", "en": "the mapping file"},
    "error.mapping.invalid": {"nb": "mappingfilen er ugyldig: {what}", "en": "the mapping file is invalid: {what}"},
    "error.mapping.not_keys": {"nb": "forventet nøkler som dataset, columns og values på øverste nivå",
                               "en": "expected keys such as dataset, columns and values at the top level"},
    "error.mapping.not_keys_hint": {"nb": "Se «nav-audit map --help», eller lag et utkast med «nav-audit map UTTREKK».",
                                    "en": "See «nav-audit map --help», or make a draft with «nav-audit map EXPORT»."},
    "error.mapping.unknown_key": {"nb": "ukjent nøkkel «{key}»", "en": "unknown key «{key}»"},
    "error.mapping.valid_keys": {"nb": "Gyldige nøkler: {keys}.", "en": "Valid keys: {keys}."},
    "error.mapping.no_dataset": {"nb": "nøkkelen «dataset» mangler", "en": "the key «dataset» is missing"},
    "error.mapping.dataset_name": {"nb": "«dataset» skal være et navn", "en": "«dataset» must be a name"},
    "error.mapping.dataset_hint": {"nb": "Skriv for eksempel «dataset: kvp».", "en": "Write for example «dataset: kvp»."},
    "error.mapping.other_dataset": {"nb": "mappingen gjelder datasett «{found}», men kjøringen gjelder «{dataset}»",
                                    "en": "the mapping is for the dataset «{found}», but the run is for «{dataset}»"},
    "error.mapping.other_dataset_hint": {"nb": "Bruk mappingfilen med riktig --suite, eller rett «dataset».",
                                         "en": "Use the mapping file with the right --suite, or correct «dataset»."},
    "error.mapping.not_text": {"nb": "«{key}» skal være tekst", "en": "«{key}» must be text"},
    "error.mapping.delimiter": {"nb": "«delimiter» skal være ett tegn (ikke anførselstegn eller linjeskift)",
                                "en": "«delimiter» must be one character (not a quote or a line break)"},
    "error.mapping.delimiter_hint": {"nb": "For eksempel «delimiter: \";\"» eller «delimiter: \"\\t\"» for tabulator.",
                                     "en": "For example «delimiter: \";\"», or «delimiter: \"\\t\"» for a tab."},
    "error.mapping.encoding": {"nb": "ukjent tegnkoding i «encoding»", "en": "unknown encoding in «encoding»"},
    "error.mapping.encoding_hint": {"nb": "Bruk for eksempel utf-8 eller cp1252.", "en": "Use for example utf-8 or cp1252."},
    "error.mapping.date_format": {"nb": "«date_format» beskriver ikke en hel dato (dag, måned og år)",
                                  "en": "«date_format» does not describe a whole date (day, month and year)"},
    "error.mapping.date_format_hint": {
        "nb": "Bruk strftime-koder, for eksempel «%d.%m.%Y» for 31.12.2025 eller «%Y%m%d» for 20251231.",
        "en": "Use strftime codes, for example «%d.%m.%Y» for 31.12.2025 or «%Y%m%d» for 20251231.",
    },
    "error.mapping.sheet": {"nb": "«sheet» skal være arknavn eller nummer (1 er det første arket)",
                            "en": "«sheet» must be a sheet name or number (1 is the first sheet)"},
    "error.mapping.pseudonymise": {"nb": "«pseudonymise» skal være en liste med kolonneoverskrifter",
                                   "en": "«pseudonymise» must be a list of column headers"},
    "error.mapping.a_list": {"nb": "en liste", "en": "a list"},
    "error.mapping.a_table": {"nb": "en tabell", "en": "a table"},
    "error.mapping.columns": {"nb": "«columns» skal være en tabell kanonisk navn: overskrift",
                              "en": "«columns» must be a table canonical name: header"},
    "error.mapping.not_canonical": {"nb": "«{column}» er ikke en kanonisk kolonne i datasett «{dataset}»",
                                    "en": "«{column}» is not a canonical column of the dataset «{dataset}»"},
    "error.mapping.header_missing": {"nb": "overskriften for «{column}» mangler eller er ikke tekst",
                                     "en": "the header for «{column}» is missing or not text"},
    "error.mapping.header_missing_hint": {
        "nb": "Skriv for eksempel «{column}: Saksnummer» (overskriften slik den står i uttrekket).",
        "en": "Write for example «{column}: Saksnummer» (the header as it stands in the export).",
    },
    "error.mapping.header_twice": {"nb": "overskriften «{header}» er brukt for både «{first}» og «{second}»",
                                   "en": "the header «{header}» is used for both «{first}» and «{second}»"},
    "error.mapping.values": {"nb": "«{key}» skal være en tabell kanonisk kolonne: {{verdi i uttrekket: kanonisk verdi}}",
                             "en": "«{key}» must be a table canonical column: {{value in the export: canonical value}}"},
    "error.mapping.values_not_canonical": {"nb": "«{column}» under «values» er ikke en kanonisk kolonne",
                                           "en": "«{column}» under «values» is not a canonical column"},
    "error.mapping.values_table": {"nb": "«values.{column}» skal være en tabell {{verdi: kanonisk verdi}}",
                                   "en": "«values.{column}» must be a table {{value: canonical value}}"},
    "error.mapping.values_scalar": {"nb": "«values.{column}» skal oversette enkeltverdier, ikke lister eller tabeller",
                                    "en": "«values.{column}» must translate single values, not lists or tables"},
    "error.mapping.bad_value": {"nb": "«{value}» er ikke en gyldig verdi for «{column}»",
                                "en": "«{value}» is not a valid value for «{column}»"},
    "error.mapping.valid_values": {"nb": "Gyldige verdier: {values}.", "en": "Valid values: {values}."},
    "error.mapping.values_bool": {"nb": "«values.{column}» skal oversette til true eller false",
                                  "en": "«values.{column}» must translate to true or false"},
})
TEXT.update({
    # ---------------------------------------------------------------- review workbooks read back
    "error.review.unreadable": {"nb": "gjennomgangsarbeidsboka kan ikke leses ({reason})",
                                "en": "the review workbook cannot be read ({reason})"},
    "error.review.no_meta": {"nb": "arbeidsboka mangler det skjulte arket «{sheet}»",
                             "en": "the workbook lacks the hidden sheet «{sheet}»"},
    "error.review.not_review": {"nb": "arket «{sheet}» er ikke fra en gjennomgangsarbeidsbok",
                                "en": "the sheet «{sheet}» is not from a review workbook"},
    "error.review.version": {
        "nb": "gjennomgangsarbeidsboka har formatversjon {found}, denne versjonen av nav-audit leser versjon {version}",
        "en": "the review workbook has format version {found}; this version of nav-audit reads version {version}",
    },
    "error.review.damaged_field": {"nb": "arket «{sheet}» er skadet (feltet «{field}»)",
                                   "en": "the sheet «{sheet}» is damaged (the field «{field}»)"},
    "error.review.no_key": {"nb": "arket «{sheet}» er skadet (ingen nøkkelkolonne)",
                            "en": "the sheet «{sheet}» is damaged (no key column)"},
    "error.review.other_dataset": {
        "nb": "gjennomgangsarbeidsboka gjelder datasett «{found}», men kjøringen gjelder «{dataset}»",
        "en": "the review workbook is for the dataset «{found}», but the run is for «{dataset}»",
    },
    "error.review.other_dataset_hint": {"nb": "Bruk --suite {found}.", "en": "Use --suite {found}."},
    "error.review.header_missing": {"nb": "overskriften «{header}» mangler i arket «{sheet}»",
                                    "en": "the header «{header}» is missing from the sheet «{sheet}»"},
    "error.review.header_missing_hint": {"nb": "Ikke endre eller slett overskriftene i gjennomgangsarbeidsboka.",
                                         "en": "Do not change or delete the headers of the review workbook."},
})
TEXT.update({
    # ---------------------------------------------------------------- KOSTRA files
    "error.kostra.form": {"nb": "ukjent KOSTRA-skjema «{form}»", "en": "unknown KOSTRA form «{form}»"},
    "error.kostra.form_hint": {"nb": "Gyldige skjema er 11CF og 11F.", "en": "The valid forms are 11CF and 11F."},
    "error.kostra.year_invalid": {"nb": "ugyldig rapporteringsår «{year}»", "en": "invalid reporting year «{year}»"},
    "error.kostra.other_form": {"nb": "filen ser ut som en KOSTRA {found}-fil, ikke {form}",
                                "en": "the file looks like a KOSTRA {found} file, not {form}"},
    "error.kostra.other_form_hint": {"nb": "Sjekk hvilket skjema filen er for.", "en": "Check which form the file is for."},
    "error.kostra.version_differs": {"nb": "VERSION i filen viser rapporteringsår {found}, men {year} er oppgitt",
                                     "en": "VERSION in the file gives the reporting year {found}, but {year} was given"},
    "error.kostra.version_differs_hint": {"nb": "Rett oppgitt år, eller la være å oppgi det så brukes VERSION.",
                                          "en": "Correct the year given, or leave it out so that VERSION is used."},
    "error.kostra.version_not_year": {"nb": "VERSION er ikke et tosifret årstall", "en": "VERSION is not a two-digit year"},
    "error.kostra.give_year": {"nb": "Oppgi rapporteringsåret.", "en": "Give the reporting year."},
    "error.kostra.version_empty": {"nb": "kan ikke avgjøre rapporteringsåret: VERSION er tom i alle poster",
                                   "en": "cannot tell the reporting year: VERSION is empty in every record"},
    "error.kostra.version_empty_hint": {"nb": "Oppgi rapporteringsåret ({years}).", "en": "Give the reporting year ({years})."},
    "error.kostra.note.year_from_length": {
        "nb": "{file}: VERSION er tom; rapporteringsår {year} er utledet av postlengden {length}.",
        "en": "{file}: VERSION is empty; the reporting year {year} was inferred from the record length {length}.",
    },
    "error.kostra.not_found": {"nb": "finner ikke filen", "en": "cannot find the file"},
    "error.kostra.is_folder": {"nb": "er en mappe, ikke en fil", "en": "is a folder, not a file"},
    "error.kostra.unreadable": {"nb": "kan ikke lese filen: {reason}", "en": "cannot read the file: {reason}"},
    "error.kostra.note.read": {
        "nb": "{file}: KOSTRA {form} for rapporteringsår {year}, {records} poster (tegnsett {encoding}).",
        "en": "{file}: KOSTRA {form} for the reporting year {year}, {records} records (encoding {encoding}).",
    },
    "error.kostra.journal_unreadable": {"nb": "journalnummeret {why}; posten kan ikke kobles",
                                        "en": "the journal number cannot be read ({why}); the record cannot be linked"},
    "error.kostra.journal_missing": {"nb": "journalnummeret mangler; posten kan ikke kobles",
                                     "en": "the journal number is missing; the record cannot be linked"},
    "error.kostra.journal_missing_hint": {
        "nb": "Hver post må ha et journalnummer (posisjon 9–16 i 2024, 17–24 fra 2025).",
        "en": "Every record needs a journal number (positions 9–16 in 2024, 17–24 from 2025).",
    },
    "error.kostra.journal_duplicate": {"nb": "journalnummeret er ikke unikt: det står i linje {first} og {second}",
                                       "en": "the journal number is not unique: it appears on lines {first} and {second}"},
    "error.kostra.journal_duplicate_hint": {"nb": "Hver person skal stå i én post.",
                                            "en": "Each person belongs in one record."},
})
TEXT.update({
    # ---------------------------------------------------------------- the history
    "error.history.not_regular": {"nb": "historikken må være en vanlig fil (SQLite)",
                                  "en": "the history must be a regular file (SQLite)"},
    "error.history.other_file_hint": {"nb": "Oppgi en annen fil med --history eller NAV_AUDIT_HISTORY.",
                                      "en": "Give another file with --history or NAV_AUDIT_HISTORY."},
    "error.history.folder": {"nb": "kan ikke opprette mappen for historikken ({reason}).",
                             "en": "cannot create the folder for the history ({reason})."},
    "error.history.not_sqlite": {"nb": "filen kan ikke åpnes som historikk (SQLite: {reason}).",
                                 "en": "the file cannot be opened as a history (SQLite: {reason})."},
    "error.history.environment": {"nb": "historikken kan ikke skrives eller leses (SQLite: {reason}).",
                                  "en": "the history cannot be written or read (SQLite: {reason})."},
    "error.history.environment_hint": {
        "nb": "Sjekk ledig plass og skrivetilgang, eller oppgi en annen fil med --history.",
        "en": "Check the free space and the write permission, or give another file with --history.",
    },
    "error.history.postgres": {"nb": "kan ikke koble til PostgreSQL-historikken {url} ({reason}).",
                               "en": "cannot connect to the PostgreSQL history {url} ({reason})."},
    "error.history.postgres_hint": {"nb": "Sjekk adressen i --history eller NAV_AUDIT_HISTORY.",
                                    "en": "Check the address in --history or NAV_AUDIT_HISTORY."},
    "error.history.schema": {
        "nb": "historikken har skjemaversjon {current}, men denne versjonen av nav-audit kjenner bare versjon {known}.",
        "en": "the history has schema version {current}, but this version of nav-audit knows only version {known}.",
    },
    "error.history.schema_hint": {"nb": "Oppgrader nav-audit før du bruker denne historikken.",
                                  "en": "Upgrade nav-audit before you use this history."},
    "error.history.already_recorded": {"nb": "perioden er allerede kjørt og lagret i historikken (kjøring {run_id}).",
                                       "en": "the period has already been run and recorded in the history (run {run_id})."},
    "error.history.in_progress": {
        "nb": "en annen kjøring av samme suite, omfang og periode pågår (kjøring {run_id}, startet {started}); "
              "denne kjøringen stoppes og lagres ikke.",
        "en": "another run of the same suite, scope and period is under way (run {run_id}, started {started}); "
              "this run stops and is not recorded.",
    },
    "error.history.in_progress_hint": {"nb": "Vent til den andre kjøringen er ferdig.",
                                       "en": "Wait until the other run has finished."},
    "error.history.no_claim": {"nb": "kjøringen fikk ikke reservert suite, omfang og periode i historikken.",
                               "en": "the run could not reserve its suite, scope and period in the history."},
    "error.history.stored_differently": {"nb": "kjøringen «{run_id}» er allerede lagret i historikken med andre resultater.",
                                         "en": "the run «{run_id}» is already recorded in the history with other results."},
    "error.history.stored_differently_hint": {
        "nb": "En kjøring lagres én gang; fjern den gamle med «nav-audit history remove» om den skal byttes ut.",
        "en": "A run is recorded once; remove the old one with «nav-audit history remove» if it is to be replaced.",
    },
    "error.history.no_run": {"nb": "fant ingen kjøring «{run_id}» i historikken {history}.",
                             "en": "found no run «{run_id}» in the history {history}."},
    "error.history.no_run_hint": {"nb": "Se «nav-audit history list».", "en": "See «nav-audit history list»."},
    "error.history.ambiguous": {"nb": "«{prefix}» passer med {count} kjøringer ({runs}…).",
                                "en": "«{prefix}» matches {count} runs ({runs}…)."},
    "error.history.ambiguous_hint": {"nb": "Skriv mer av kjørings-id-en.", "en": "Write more of the run id."},
    "error.history.identity": {
        "nb": "verdien ser ut til å inneholde et fødselsnummer eller D-nummer; det lagres ikke i historikken.",
        "en": "the value seems to hold a national identity number or D-number; it is not stored in the history.",
    },
    "error.history.identity_hint": {"nb": "Bruk saksnøkkelen (pseudonym) fra rapporten.",
                                    "en": "Use the case key (pseudonym) from the report."},
    "error.history.results_missing": {"nb": "resultatfilen mangler «{key}».", "en": "the results file lacks «{key}»."},
    "error.history.as_of": {"nb": "«run.as_of» er ikke en dato.", "en": "«run.as_of» is not a date."},
    "error.history.check_without_id": {"nb": "kontroll nr. {position} i resultatfilen mangler «id».",
                                       "en": "check no. {position} in the results file lacks «id»."},
    "error.history.check_twice": {"nb": "kontrollen «{check}» står to ganger i resultatfilen.",
                                  "en": "the check «{check}» appears twice in the results file."},
    "error.history.case_twice": {"nb": "saken «{key}» står to ganger under kontrollen «{check}».",
                                 "en": "the case «{key}» appears twice under the check «{check}»."},
    "error.history.what.date": {"nb": "dato", "en": "date"},
    "error.history.what.due": {"nb": "frist", "en": "due date"},
    "error.history.what.period": {"nb": "periode", "en": "period"},
    "error.history.what.since": {"nb": "fra-dato", "en": "from date"},
    "error.history.what.until": {"nb": "til-dato", "en": "to date"},
    "error.history.what.on": {"nb": "dato (--on)", "en": "date (--on)"},
    # ---------------------------------------------------------------- follow-ups
    "error.followup.no_check": {"nb": "oppfølgingen mangler kontroll-id.", "en": "the follow-up lacks a check id."},
    "error.followup.empty_status": {"nb": "statusen kan ikke være tom.", "en": "the status cannot be empty."},
    "error.followup.not_found": {"nb": "fant ingen oppfølging med nummer {id}.", "en": "found no follow-up with number {id}."},
    "error.followup.not_found_hint": {"nb": "Se «nav-audit follow-up list».", "en": "See «nav-audit follow-up list»."},
    "error.followup.status": {"nb": "ukjent status «{value}».", "en": "unknown status «{value}»."},
    "error.followup.statuses": {
        "nb": "Gyldige verdier: {open} (open), {in_progress} (in_progress), {done} (done), {not_relevant} (not_relevant).",
        "en": "Valid values: {open} (open), {in_progress} (in_progress), {done} (done), {not_relevant} (not_relevant).",
    },
    "error.followup.date": {"nb": "ugyldig {what} «{value}».", "en": "invalid {what} «{value}»."},
    "error.followup.date_hint": {"nb": "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-31.",
                                 "en": "Write the date as YYYY-MM-DD, for example 2026-03-31."},
})
TEXT.update({
    # ---------------------------------------------------------------- pseudonym keys
    "error.key.too_short": {"nb": "pseudonymnøkkelen er for kort ({size} byte, minst {min})",
                            "en": "the pseudonym key is too short ({size} bytes, at least {min})"},
    "error.key.too_short_hint": {"nb": "Bruk for eksempel 32 tilfeldige byte skrevet som heksadesimal.",
                                 "en": "Use for example 32 random bytes written as hexadecimal."},
    "error.key.file": {"nb": "nøkkelfilen", "en": "the key file"},
    "error.key.default": {"nb": "standard nøkkelfil", "en": "the default key file"},
    "error.key.missing": {"nb": "finner ikke nøkkelfilen ({what})", "en": "cannot find the key file ({what})"},
    "error.key.missing_hint": {"nb": "Oppgi en eksisterende nøkkelfil, eller la være så brukes standardnøkkelen.",
                               "en": "Give an existing key file, or leave it out to use the default key."},
    "error.key.unreadable": {"nb": "kan ikke lese nøkkelfilen: {reason}", "en": "cannot read the key file: {reason}"},
    "error.key.file_too_short": {"nb": "nøkkelen i filen er for kort (minst {min} byte)",
                                 "en": "the key in the file is too short (at least {min} bytes)"},
    "error.key.env_too_short": {"nb": "nøkkelen i {name} er for kort (minst {min} byte)",
                                "en": "the key in {name} is too short (at least {min} bytes)"},
    "error.key.note.created": {
        "nb": "Laget ny pseudonymnøkkel i {path} (kun lesbar for deg). Ta vare på den: "
              "de samme personene får bare de samme pseudonymene med samme nøkkel.",
        "en": "Made a new pseudonym key in {path} (readable by you only). Keep it: "
              "the same people get the same pseudonyms only with the same key.",
    },
    "error.key.note.readable": {"nb": "Advarsel: nøkkelfilen {path} kan leses av andre (rettigheter {mode}); kjør «chmod 600 {path}».",
                                "en": "Warning: the key file {path} can be read by others (permissions {mode}); run «chmod 600 {path}»."},
})
TEXT.update({
    # ---------------------------------------------------------------- unreadable values (input_issues)
    "error.value.date": {
        "nb": "ugyldig dato '{value}' (forventet dato (åååå-mm-dd, dd.mm.åååå, «1. mars 2025» eller Excel-dato, år 1900–2199))",
        "en": "invalid date '{value}' (expected a date (yyyy-mm-dd, dd.mm.yyyy, «1 March 2025» or an Excel date, years 1900–2199))",
    },
    "error.value.boolean": {"nb": "ugyldig ja/nei-verdi '{value}' (forventet ja/nei, true/false, yes/no, 1/0 eller x)",
                            "en": "invalid yes/no value '{value}' (expected ja/nei, true/false, yes/no, 1/0 or x)"},
    "error.value.integer": {"nb": "ugyldig heltall '{value}' (forventet et heltall)",
                            "en": "invalid integer '{value}' (expected a whole number)"},
    "error.value.number": {"nb": "ugyldig tall '{value}' (forventet et tall)", "en": "invalid number '{value}' (expected a number)"},
    "error.value.category": {"nb": "ukjent verdi '{value}' (forventet en av {choices})",
                             "en": "unknown value '{value}' (expected one of {choices})"},
    "error.kostra.issue.mandatory": {"nb": "mangler verdi (obligatorisk felt)", "en": "no value (mandatory field)"},
    "error.kostra.issue.date": {"nb": "ugyldig dato '{value}' (forventet {mask})", "en": "invalid date '{value}' (expected {mask})"},
    "error.kostra.issue.integer": {"nb": "ikke et heltall: '{value}'", "en": "not an integer: '{value}'"},
    "error.kostra.issue.code": {"nb": "ukjent kode '{value}' (gyldige koder: {codes})",
                                "en": "unknown code '{value}' (valid codes: {codes})"},
    "error.kostra.issue.short": {"nb": "feil postlengde: {length} tegn, forventet {expected} (manglende tegn er lest som blanke)",
                                 "en": "wrong record length: {length} characters, expected {expected} (missing characters read as blanks)"},
    "error.kostra.issue.long": {
        "nb": "feil postlengde: {length} tegn, forventet {expected} (tegn etter posisjon {expected} er ikke lest)",
        "en": "wrong record length: {length} characters, expected {expected} (characters after position {expected} not read)",
    },
    "error.kostra.issue.tab": {"nb": "tabulator i posisjon {position}: en KOSTRA-post har bare mellomrom (feltene etter kan være forskjøvet)",
                               "en": "a tab at position {position}: a KOSTRA record has blanks only (the fields after it may be shifted)"},
    "error.kostra.issue.version": {"nb": "VERSION '{value}' stemmer ikke med rapporteringsåret {year}",
                                   "en": "VERSION '{value}' does not match the reporting year {year}"},
    "error.kostra.issue.identity_part": {"nb": "ser ut til å inneholde deler av personens fødselsnummer eller fødselsdato og er utelatt",
                                         "en": "seems to hold part of the person's identity number or birth date and is left out"},
    "error.kostra.issue.identity_invalid": {
        "nb": "ugyldig fødselsnummer (ikke 11 sifre med riktige kontrollsifre)",
        "en": "invalid identity number (not 11 digits with the right check digits)",
    },
    "error.kostra.issue.birth_date": {"nb": "fødselsdatoen kan ikke utledes av fødselsnummeret",
                                      "en": "the birth date cannot be derived from the identity number"},
    # ---------------------------------------------------------------- the run
    "error.run.strict.one": {"nb": "{issue} ({count} verdi kan ikke leses; --strict stopper kjøringen)",
                             "en": "{issue} ({count} value cannot be read; --strict stops the run)"},
    "error.run.strict": {"nb": "{issue} ({count} verdier kan ikke leses; --strict stopper kjøringen)",
                         "en": "{issue} ({count} values cannot be read; --strict stops the run)"},
    "error.run.mappings": {"nb": "{inputs} inndatafiler men {mappings} mappingfiler",
                           "en": "{inputs} input files but {mappings} mapping files"},
    "error.run.mappings_hint": {"nb": "Gi én --mapping per fil i samme rekkefølge, eller én som gjelder alle.",
                                "en": "Give one --mapping per file in the same order, or one that applies to all."},
    "error.run.no_inputs": {"nb": "ingen inndatafiler er oppgitt", "en": "no input files were given"},
    "error.run.no_inputs_hint": {"nb": "Oppgi minst én fil med saker.", "en": "Give at least one file of cases."},
    "error.run.results_appeared": {"nb": "mappen fikk en results.json fra en annen kjøring mens denne kjørte",
                                   "en": "the folder got a results.json from another run while this one ran"},
    "error.run.results_appeared_hint": {"nb": "Velg en annen --out, eller bruk --overwrite for å skrive over.",
                                        "en": "Choose another --out, or use --overwrite to write over it."},
})
TEXT.update({
    "inputs.size.bytes": {"nb": "{count} byte", "en": "{count} bytes"},
})
