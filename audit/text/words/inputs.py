"""Words of the input side: loading, limits, identity numbers, overwriting, the user's environment."""

TEXT = {
    "inputs.identity.name": {
        "nb": "{what} ser ut til å inneholde et fødselsnummer eller D-nummer (vises ikke)",
        "en": "{what} seems to contain a national identity number or D-number (not shown)",
    },
    "inputs.identity.name_hint": {
        "nb": "Gi filen, arket eller kolonnen et navn uten fødselsnummer.",
        "en": "Rename the file, sheet or column so that it holds no identity number.",
    },
    "inputs.identity.column_hint": {
        "nb": "Fjern fødselsnumrene fra feltet i uttrekket; nav-audit skriver dem aldri.",
        "en": "Remove the identity numbers from the field in the export; nav-audit never writes them.",
    },
    "inputs.identity.yaml_hint": {
        "nb": "Filen eller navnet inneholder noe som ser ut som et fødselsnummer; fjern det.",
        "en": "The file or its name holds what looks like an identity number; remove it.",
    },
    "inputs.identity.masked": {
        "nb": "{file}: {count} verdier i kolonnen «{column}» har gyldige kontrollsifre som et fødselsnummer der regnearket "
              "har fjernet den ledende nullen (trolig tilfeldig blant mange id-er, så kjøringen stopper ikke), og er "
              "maskert i alt som skrives: «••••••••••• #rad» (rad {rows})",
        "en": "{file}: {count} values in the column «{column}» have valid check digits as an identity number whose "
              "leading zero a spreadsheet dropped (likely chance among many ids, so the run does not stop), and are "
              "masked in everything written: «••••••••••• #row» (rows {rows})",
    },
    "inputs.identity.masked.one": {
        "nb": "{file}: én verdi i kolonnen «{column}» har gyldige kontrollsifre som et fødselsnummer der regnearket har "
              "fjernet den ledende nullen (trolig tilfeldig blant mange id-er, så kjøringen stopper ikke), og er "
              "maskert i alt som skrives: «••••••••••• #{rows}» (rad {rows})",
        "en": "{file}: one value in the column «{column}» has valid check digits as an identity number whose leading "
              "zero a spreadsheet dropped (likely chance among many ids, so the run does not stop), and is masked in "
              "everything written: «••••••••••• #{rows}» (row {rows})",
    },
    "inputs.xlsx.identity_part": {
        "nb": "{part} inneholder det som ser ut som et fødselsnummer eller D-nummer (vises ikke); en arbeidsbok med "
              "fødselsnumre leses ikke, heller ikke i deler som ikke revideres",
        "en": "{part} holds what looks like a national identity number or D-number (not shown); a workbook holding "
              "identity numbers is not read, not even in parts that are not audited",
    },
    "inputs.xlsx.identity_part_hint": {
        "nb": "Fjern nummeret fra arbeidsboken (også skjulte ark, kommentarer og notater, dokumentegenskaper under "
              "Fil › Info, definerte navn, topp- og bunntekst) og lagre den på nytt.",
        "en": "Remove the number from the workbook (hidden sheets, comments and notes, document properties under "
              "File › Info, defined names, headers and footers included) and save it again.",
    },
    "inputs.xlsx.scan_too_large": {
        "nb": "delene av arbeidsboken utenom arket som leses er {size} MB utpakket; over {limit} MB kan de ikke "
              "kontrolleres for fødselsnumre",
        "en": "the parts of the workbook besides the sheet read unpack to {size} MB; over {limit} MB they cannot be "
              "checked for identity numbers",
    },
    "inputs.xlsx.part.cell": {"nb": "arket «{sheet}», celle {cell},", "en": "sheet «{sheet}», cell {cell},"},
    "inputs.xlsx.part.hidden_cell": {"nb": "det skjulte arket «{sheet}», celle {cell},",
                                     "en": "the hidden sheet «{sheet}», cell {cell},"},
    "inputs.xlsx.part.sheet_name": {"nb": "navnet på ark {position}", "en": "the name of sheet {position}"},
    "inputs.xlsx.part.part_name": {"nb": "navnet på en del inne i filen", "en": "the name of a part inside the file"},
    "inputs.xlsx.part.header_footer": {"nb": "topp- eller bunnteksten i arket «{sheet}»",
                                       "en": "the header or footer of sheet «{sheet}»"},
    "inputs.xlsx.part.sheet_extras": {"nb": "en datavalidering, betinget formatering eller hyperkobling i arket «{sheet}»",
                                      "en": "a data validation, conditional format or hyperlink in sheet «{sheet}»"},
    "inputs.xlsx.part.comment": {"nb": "kommentaren i celle {cell} (arket «{sheet}»)",
                                 "en": "the comment in cell {cell} (sheet «{sheet}»)"},
    "inputs.xlsx.part.property": {"nb": "dokumentegenskapen «{name}»", "en": "the document property «{name}»"},
    "inputs.xlsx.part.custom_property": {"nb": "den egendefinerte dokumentegenskapen «{name}»",
                                         "en": "the custom document property «{name}»"},
    "inputs.xlsx.part.defined_name": {"nb": "det definerte navnet «{name}»", "en": "the defined name «{name}»"},
    "inputs.xlsx.part.other": {"nb": "delen {part} i filen", "en": "the part {part} in the file"},
    "inputs.xlsx.property.author": {"nb": "forfatter", "en": "author"},
    "inputs.xlsx.property.title": {"nb": "tittel", "en": "title"},
    "inputs.xlsx.property.subject": {"nb": "emne", "en": "subject"},
    "inputs.xlsx.property.keywords": {"nb": "stikkord", "en": "keywords"},
    "inputs.xlsx.property.comments": {"nb": "kommentarer", "en": "comments"},
    "inputs.xlsx.property.last_modified_by": {"nb": "sist endret av", "en": "last modified by"},
    "inputs.xlsx.property.category": {"nb": "kategori", "en": "category"},
    "inputs.xlsx.property.status": {"nb": "status", "en": "status"},
    "inputs.xlsx.property.company": {"nb": "firma", "en": "company"},
    "inputs.xlsx.property.manager": {"nb": "leder", "en": "manager"},
    "inputs.xlsx.property.hyperlink_base": {"nb": "hyperkoblingsbase", "en": "hyperlink base"},
    "inputs.identity.title_row": {
        "nb": "tittellinjen over overskriften ser ut til å inneholde et fødselsnummer eller D-nummer (vises ikke)",
        "en": "the title line above the header seems to hold a national identity number or D-number (not shown)",
    },
    "inputs.parquet.identity_metadata": {
        "nb": "metadatafeltet «{key}» i Parquet-filen ser ut til å inneholde et fødselsnummer eller D-nummer (vises ikke)",
        "en": "the metadata field «{key}» of the Parquet file seems to hold a national identity number or D-number (not shown)",
    },
    "inputs.identity.option": {
        "nb": "{option} ser ut til å inneholde et fødselsnummer eller D-nummer (vises ikke)",
        "en": "{option} seems to contain a national identity number or D-number (not shown)",
    },
    "inputs.identity.option_hint": {
        "nb": "Bruk et navn eller en tekst uten fødselsnummer; nav-audit skriver aldri fødselsnumre.",
        "en": "Use a name or text without identity numbers; nav-audit never writes them.",
    },
    "inputs.identity.results": {
        "nb": "resultatfilen inneholder {count} verdier som ser ut som fødselsnumre eller D-numre (vises ikke; første sted: {where})",
        "en": "the results file holds {count} values that look like identity numbers (not shown; first at {where})",
    },
    "inputs.identity.results_hint": {
        "nb": "Filen er ikke skrevet av denne versjonen av nav-audit, eller den er endret. Kjør revisjonen på nytt.",
        "en": "The file was not written by this version of nav-audit, or it was edited. Run the audit again.",
    },
    "inputs.io.output_is_input": {
        "nb": "utfilen er den samme filen som innfilen {input} (samme sti, en snarvei eller en hard lenke)",
        "en": "the output file is the same file as the input {input} (same path, a symlink or a hard link)",
    },
    "inputs.io.output_is_input_hint": {
        "nb": "Innfiler endres aldri; oppgi en annen utfil eller mappe.",
        "en": "Inputs are never changed; give another output file or folder.",
    },
    "inputs.io.exists": {
        "nb": "filen finnes allerede",
        "en": "the file already exists",
    },
    "inputs.io.exists_hint": {
        "nb": "Velg et annet navn, eller bruk --overwrite for å erstatte den.",
        "en": "Choose another name, or use --overwrite to replace it.",
    },
    "inputs.file.missing": {"nb": "{what} finnes ikke", "en": "{what} does not exist"},
    "inputs.file.unreadable": {"nb": "{what} kan ikke leses ({reason})", "en": "{what} cannot be read ({reason})"},
    "inputs.file.not_regular": {
        "nb": "{what} er ikke en vanlig fil (en enhet, rør eller sokkel)",
        "en": "{what} is not a regular file (a device, pipe or socket)",
    },
    "inputs.file.not_regular_hint": {
        "nb": "Oppgi en vanlig fil.",
        "en": "Give a regular file.",
    },
    "inputs.file.too_large": {
        "nb": "{what} er for stor ({size} kB; grensen er {limit} kB)",
        "en": "{what} is too large ({size} kB; the limit is {limit} kB)",
    },
    "inputs.kostra.long_line": {
        "nb": "linjen er lengre enn {limit} tegn; en KOSTRA-post er 136–338 tegn",
        "en": "the line is longer than {limit} characters; a KOSTRA record has 136–338",
    },
    "inputs.kostra.long_line_hint": {
        "nb": "Er det riktig fil? KOSTRA-filer har én post per linje.",
        "en": "Is it the right file? KOSTRA files have one record per line.",
    },
    "inputs.yaml.bomb": {
        "nb": "{what} har YAML-aliaser («&» og «*») som blir til over {limit} verdier (ved «{where}»); det er ikke en fil med innstillinger",
        "en": "{what} has YAML aliases («&» and «*») that expand to over {limit} values (at «{where}»); not a settings file",
    },
    "inputs.yaml.bomb_hint": {
        "nb": "Skriv verdiene ut uten aliaser.",
        "en": "Write the values out without aliases.",
    },
    "inputs.pseudonymise.other_column": {
        "nb": "Ingenting er skrevet. Legg til --column \"{column}\" så blir også den kolonnen pseudonymisert.",
        "en": "Nothing was written. Add --column \"{column}\" to pseudonymise that column too.",
    },
    "inputs.what.file_name": {"nb": "filnavnet", "en": "the file name"},
    "inputs.what.sheet_name": {"nb": "arknavnet", "en": "the sheet name"},
    "inputs.io.not_a_folder": {
        "nb": "utmappen er ikke en mappe (en fil, en enhet eller en snarvei i ring)",
        "en": "the output folder is not a folder (a file, a device or a symlink loop)",
    },
    "inputs.io.not_a_folder_hint": {
        "nb": "Oppgi en mappe med --out (den lages hvis den ikke finnes).",
        "en": "Give a folder with --out (it is created when missing).",
    },
    "inputs.io.cannot_write": {
        "nb": "kan ikke skrive her ({reason})",
        "en": "cannot write here ({reason})",
    },
    "inputs.io.cannot_write_hint": {
        "nb": "Sjekk at mappen finnes, at du har skrivetilgang og at disken ikke er full; ingenting halvferdig er lagt igjen.",
        "en": "Check that the folder exists, that you may write there and that the disk is not full; nothing half-written was left.",
    },
    "inputs.xlsx.too_large": {
        "nb": "arbeidsboka blir {size} MB når den pakkes ut; grensen er {limit} MB",
        "en": "the workbook unpacks to {size} MB; the limit is {limit} MB",
    },
    "inputs.xlsx.ratio": {
        "nb": "delen «{part}» av arbeidsboka er pakket {ratio} ganger (grensen er {limit}); mulig «zip-bombe»",
        "en": "the part «{part}» of the workbook is compressed {ratio} times (the limit is {limit}); possibly a zip bomb",
    },
    "inputs.xlsx.bomb_hint": {
        "nb": "Excel lager ikke slike filer. Åpne arbeidsboka i Excel og lagre den på nytt, eller eksporter til CSV.",
        "en": "Excel does not make such files. Open the workbook in Excel and save it again, or export to CSV.",
    },
    "inputs.xlsx.grid": {
        "nb": "arket går til rad {rows} og kolonne {columns} ({grid} celler å lese, {cells} fylt ut); grensen er {limit} celler, og glisne ark over 1 million celler må være minst 1/{sparse} fylt ut",
        "en": "the sheet reaches row {rows} and column {columns} ({grid} cells to read, {cells} filled); the limit is {limit} cells, and sparse sheets over 1 million cells must be at least 1/{sparse} filled",
    },
    "inputs.xlsx.grid_hint": {
        "nb": "Slett tomme eller overflødige celler langt ute i arket (Ctrl+End viser den siste), eller eksporter til CSV.",
        "en": "Delete stray cells far out in the sheet (Ctrl+End shows the last one), or export to CSV.",
    },
    "inputs.csv.long_field": {
        "nb": "et felt har {length} tegn; grensen er {limit} (det Excel kan ha i én celle)",
        "en": "a field has {length} characters; the limit is {limit} (what Excel holds in one cell)",
    },
    "inputs.csv.long_field_hint": {
        "nb": "Er skilletegn eller anførselstegn feil, slik at mange rader er lest som ett felt?",
        "en": "Are the delimiter or the quotes wrong, so that many rows were read as one field?",
    },
    "inputs.csv.long_line": {
        "nb": "overskriftsraden er lengre enn {limit} MB",
        "en": "the header line is longer than {limit} MB",
    },
    "inputs.label.too_long": {
        "nb": "verdien har {length} tegn; en saks-id, et kontor eller en saksbehandler kan ha høyst {limit}",
        "en": "the value has {length} characters; a case id, an office or a caseworker has at most {limit}",
    },
    "inputs.parquet.date_range.one": {
        "nb": "{count} dato ligger utenfor årene 1–9999",
        "en": "{count} date lies outside the years 1–9999",
    },
    "inputs.parquet.date_range": {
        "nb": "{count} datoer ligger utenfor årene 1–9999",
        "en": "{count} dates lie outside the years 1–9999",
    },
    "inputs.parquet.date_range_hint": {
        "nb": "Rett datoene i kildesystemet, eller skriv filen på nytt.",
        "en": "Correct the dates in the source system, or write the file again.",
    },
    "inputs.review.damaged": {
        "nb": "gjennomgangsarbeidsboka kan ikke leses: det skjulte arket «nav-audit» er endret eller skadet",
        "en": "the review workbook cannot be read: its hidden sheet «nav-audit» was changed or damaged",
    },
    "inputs.review.damaged_hint": {
        "nb": "Lag arbeidsboka på nytt med «nav-audit review-sheet», og kopier inn vurderingene.",
        "en": "Make the workbook again with «nav-audit review-sheet» and copy the judgements over.",
    },
}
