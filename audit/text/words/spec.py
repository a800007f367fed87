"""Words of the spec lane's conformance fixes (inputs read as the contract says)."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "inputs.xlsx.note.two_level_header": {
        "nb": "{file}: overskriften går over radene {first}–{last} (nøkkelens celle er slått sammen nedover); "
              "hver kolonne har fått den nederste overskriften sin.",
        "en": "{file}: the header spans rows {first}–{last} (the key's cell is merged downwards); each column "
              "takes its lowest header.",
    },
    "inputs.mapping.sheet_from": {"nb": "Arket er oppgitt som «sheet» i mappingfilen {path}.",
                                  "en": "The sheet is given as «sheet» in the mapping file {path}."},
    "error.mapping.key_twice": {
        "nb": "nøkkelen «{key}» står to ganger i samme avsnitt, med «{first}» og med «{second}»; skriv den én gang",
        "en": "the key «{key}» appears twice in the same section, with «{first}» and with «{second}»; write it once",
    },
    "inputs.csv.utf8_bom": {
        "nb": "filen begynner med UTF-8-merket (BOM), så den er UTF-8, men mappingfilen sier «encoding: {encoding}»",
        "en": "the file starts with the UTF-8 mark (BOM), so it is UTF-8, but the mapping file says "
              "«encoding: {encoding}»",
    },
    "inputs.xlsx.note.hidden_sheets": {
        "nb": "{file}: ark som er skjult, er hoppet over; leser «{sheet}», det første synlige arket. "
              "Oppgi «sheet» i mappingfilen for å lese et annet ark.",
        "en": "{file}: hidden sheets are passed over; reading «{sheet}», the first visible sheet. "
              "Give «sheet» in the mapping file to read another sheet.",
    },
    "inputs.xlsx.note.hidden_rows": {
        "nb": "{file}, arket «{sheet}»: {count} rader er skjult (av et filter eller for hånd); de er lest som de "
              "andre radene.",
        "en": "{file}, sheet «{sheet}»: {count} rows are hidden (by a filter or by hand); they were read like the "
              "other rows.",
    },
    "inputs.xlsx.note.hidden_rows.one": {
        "nb": "{file}, arket «{sheet}»: 1 rad er skjult (av et filter eller for hånd); den er lest som de andre radene.",
        "en": "{file}, sheet «{sheet}»: 1 row is hidden (by a filter or by hand); it was read like the other rows.",
    },
    "error.canonical.other_suite": {
        "nb": "Filen har kolonnen «{key}», nøkkelen i datasettet «{dataset}»: kjør med --suite {dataset}.",
        "en": "The file has the column «{key}», the key of the dataset «{dataset}»: run with --suite {dataset}.",
    },
    "error.canonical.wrong_suite": {
        "nb": "filen ser ut til å være et uttrekk for datasettet «{dataset}» (den har kolonnen «{key}»), "
              "men kjøringen gjelder «{suite}»",
        "en": "the file looks like an export of the dataset «{dataset}» (it has the column «{key}»), "
              "but the run is for «{suite}»",
    },
    "error.canonical.wrong_suite_hint": {"nb": "Kjør med --suite {dataset}.", "en": "Run with --suite {dataset}."},
    "inputs.xlsx.other_sheets": {
        "nb": "Uten «sheet» i mappingfilen leses det første synlige arket («{sheet}»); arbeidsboka har også {sheets}. "
              "Oppgi arket med sakene som «sheet» i mappingfilen.",
        "en": "Without «sheet» in the mapping file the first visible sheet («{sheet}») is read; the workbook also has "
              "{sheets}. Give the sheet with the cases as «sheet» in the mapping file.",
    },
    "checks.md.nav_practice_source": {"nb": "NAVs praksis", "en": "NAV's practice"},
    "inputs.xlsx.error_cell": {
        "nb": "feilverdi «{value}» fra Excel (en formel som ikke kunne regnes ut), ikke en verdi",
        "en": "Excel error value «{value}» (a formula that could not be computed), not a value",
    },
    "inputs.xlsx.error_cell_key_hint": {
        "nb": "Rett formelen i arbeidsboka eller skriv inn saksnøkkelen, og lagre på nytt.",
        "en": "Fix the formula in the workbook or type in the case key, and save it again.",
    },
    "inputs.xlsx.formula_without_value": {
        "nb": "formel uten lagret verdi (arbeidsboka er laget av et program og aldri lagret i Excel; åpne og lagre den "
              "i Excel eller LibreOffice, så regnes verdien ut)",
        "en": "formula without a stored value (the workbook was written by a program and never saved in Excel; open "
              "and save it in Excel or LibreOffice to compute the value)",
    },
    "inputs.value.code_digits": {
        "nb": "ugyldig nummer '{value}' (forventet {digits} sifre, f.eks. kommunenummer 0301)",
        "en": "invalid number '{value}' (expected {digits} digits, e.g. municipality number 0301)",
    },
    "params.value.whole_months": {
        "nb": "verdien for {where} skal være et helt antall måneder (0 eller mer), for eksempel 1 eller 24",
        "en": "the value for {where} must be a whole number of months (0 or more), for example 1 or 24",
    },
    "params.value.share": {
        "nb": "verdien for {where} er en andel mellom 0 og 1: skriv 0,8 eller «80 %» for 80 %",
        "en": "the value for {where} is a share between 0 and 1: write 0.8 or «80 %» for 80 %",
    },
    "inputs.join.leading_zeros": {
        "nb": "{count} nøkler er samme tall med og uten innledende nuller i {left_file} og {right_file} og er "
              "koblet som samme sak (f.eks. «{left}» = «{right}»). Et tall i en Excel-celle mister nullene foran; "
              "formater kolonnen som tekst hvis de skal være ulike saker.",
        "en": "{count} keys are the same number with and without leading zeros in {left_file} and {right_file} and "
              "are joined as one case (e.g. «{left}» = «{right}»). A number in an Excel cell loses its leading "
              "zeros; format the column as text if they are different cases.",
    },
    "inputs.value.out_of_bounds": {
        "nb": "umulig verdi '{value}' (forventet et tall fra {low} til {high})",
        "en": "impossible value '{value}' (expected a number from {low} to {high})",
    },
    "inputs.value.negative": {
        "nb": "umulig verdi '{value}' (forventet 0 eller mer)",
        "en": "impossible value '{value}' (expected 0 or more)",
    },
    "kostra.note.own_layout": {
        "nb": "{file}, linje {lines}: VERSION ({years}) er et annet år enn filens rapporteringsår {year}, og "
              "postlengden passer det året; lest med det årets postbeskrivelse.",
        "en": "{file}, line {lines}: VERSION ({years}) is another year than the file's reporting year {year}, and "
              "the record length fits that year; read with that year's record layout.",
    },
}
