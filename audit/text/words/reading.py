"""Words of the letters' reading path in ``nav-audit grounds``: the --key-pattern guard."""

TEXT: dict[str, dict[str, str]] = {
    "grounds.pattern.invalid": {
        "nb": "--key-pattern «{pattern}» er ikke et gyldig regulært uttrykk ({problem})",
        "en": "--key-pattern «{pattern}» is not a valid regular expression ({problem})",
    },
    "grounds.pattern.hint": {
        "nb": "Nøkkelen er gruppen «key», ellers den første gruppen, ellers hele treffet, f.eks. "
              "'Journalnr\\.?:\\s*(\\S+)' eller 'K-\\d+'.",
        "en": "The key is the group «key», else the first group, else the whole match, e.g. "
              "'Journalnr\\.?:\\s*(\\S+)' or 'K-\\d+'.",
    },
    "grounds.pattern.compile_timeout": {
        "nb": "--key-pattern «{pattern}» er for stort til å tolkes ({problem})",
        "en": "--key-pattern «{pattern}» is too large to compile ({problem})",
    },
    "grounds.pattern.compile_timeout_detail": {
        "nb": "det tar mer enn {seconds} {unit} eller for mye minne; store gjentakelsestall som «{{65535}}» gjør det slik",
        "en": "it takes more than {seconds} {unit} or too much memory; large repeat counts such as «{{65535}}» do that",
    },
    "grounds.pattern.timeout": {
        "nb": "--key-pattern «{pattern}» brukte mer enn {seconds} {unit} på ett brev og er stoppet: uttrykket prøver "
              "trolig svært mange måter å treffe på (f.eks. nestede gjentakelser som «(a+)+»)",
        "en": "--key-pattern «{pattern}» took more than {seconds} {unit} on one letter and was stopped: the expression "
              "probably tries a vast number of ways to match (e.g. nested repetitions such as «(a+)+»)",
    },
    "grounds.pattern.timeout_hint": {
        "nb": "Skriv uttrykket uten nestede eller store gjentakelser, f.eks. 'Journalnr\\.?:\\s*(\\S+)'.",
        "en": "Write the expression without nested or large repetitions, e.g. 'Journalnr\\.?:\\s*(\\S+)'.",
    },
    "grounds.problem.image_only": {
        "nb": "brevet er et bilde (skannet?) med nesten ingen tekst – gjør teksten lesbar (OCR) før brevet vurderes",
        "en": "the letter is an image (scanned?) with almost no text – make its text readable (OCR) before the letter is judged",
    },
    "grounds.problem.xfa_pdf": {
        "nb": "PDF-filen er et dynamisk XFA-skjema som bare Adobe Reader kan vise – skriv det ut som PDF først",
        "en": "the PDF file is a dynamic XFA form only Adobe Reader can show – print it to PDF first",
    },
    "grounds.problem.xfa_data": {
        "nb": "PDF-skjemaets XFA-data (feltverdiene) er skadet eller har XML som ikke kan leses trygt (entiteter)",
        "en": "the PDF form's XFA data (its field values) is damaged or holds XML that cannot be read safely (entities)",
    },
    "grounds.problem.odt": {
        "nb": "filen er et OpenDocument-dokument (.odt fra LibreOffice) med feil navn – lagre det som .docx eller PDF",
        "en": "the file is an OpenDocument text (.odt from LibreOffice) under another name – save it as .docx or PDF",
    },
    "grounds.problem.damaged_odt": {
        "nb": "OpenDocument-filen er skadet eller ikke et tekstdokument (.odt)",
        "en": "the OpenDocument file is damaged or not a text document (.odt)",
    },
    "grounds.problem.damaged_fodt": {
        "nb": "OpenDocument-filen er skadet eller ikke et tekstdokument (.fodt)",
        "en": "the OpenDocument file is damaged or not a text document (.fodt)",
    },
    "grounds.problem.encrypted_odt": {
        "nb": "OpenDocument-filen er passordbeskyttet – lagre den uten passord",
        "en": "the OpenDocument file is password protected – save it without a password",
    },
    "grounds.note.copy": {
        "nb": "Merk: {name} er en kopi av {original} (samme innhold) og er lest én gang.",
        "en": "Note: {name} is a copy of {original} (the same content) and was read once.",
    },
    "grounds.note.parts": {
        "nb": "Merk: {names} er lest som ett brev i {count} deler, i den rekkefølgen.",
        "en": "Note: {names} were read as one letter in {count} parts, in that order.",
    },
    "grounds.note.missing_parts": {
        "nb": "Merk: del {numbers} av brevet {name} mangler; brevet er vurdert uten den – legg den til og kjør på nytt.",
        "en": "Note: part {numbers} of the letter {name} is missing; the letter was judged without it – add it and run again.",
    },
    "grounds.note.broken_links.one": {
        "nb": "Merk: {count} snarvei (symbolsk lenke) i mappene peker ikke på noen fil og er ikke lest: {names}.",
        "en": "Note: {count} shortcut (symbolic link) in the folders leads to no file and was not read: {names}.",
    },
    "grounds.note.broken_links.other": {
        "nb": "Merk: {count} snarveier (symbolske lenker) i mappene peker ikke på noen fil og er ikke lest: {names}.",
        "en": "Note: {count} shortcuts (symbolic links) in the folders lead to no file and were not read: {names}.",
    },
    "grounds.note.special.one": {
        "nb": "Merk: {count} fil i mappene er ikke en vanlig fil (en navngitt pipe, en enhet eller en socket) og er ikke lest: "
              "{names}.",
        "en": "Note: {count} file in the folders is not an ordinary file (a named pipe, a device or a socket) and was not "
              "read: {names}.",
    },
    "grounds.note.special.other": {
        "nb": "Merk: {count} filer i mappene er ikke vanlige filer (navngitte pipes, enheter eller socketer) og er ikke lest: "
              "{names}.",
        "en": "Note: {count} files in the folders are not ordinary files (named pipes, devices or sockets) and were not "
              "read: {names}.",
    },
    "grounds.note.locked.one": {
        "nb": "Merk: {count} mappe kan ikke åpnes (ingen tilgang), og brevene i den er ikke lest: {names}.",
        "en": "Note: {count} folder cannot be opened (no permission), and the letters in it were not read: {names}.",
    },
    "grounds.note.locked.other": {
        "nb": "Merk: {count} mapper kan ikke åpnes (ingen tilgang), og brevene i dem er ikke lest: {names}.",
        "en": "Note: {count} folders cannot be opened (no permission), and the letters in them were not read: {names}.",
    },
    "error.grounds.empty_name": {
        "nb": "et tomt navn er gitt som brev (en tom variabel i skriptet?), og det ville lest hele mappen du står i",
        "en": "an empty name was given as a letter (an empty variable in the script?), which would read the whole "
              "current folder",
    },
    "error.grounds.empty_name_hint": {
        "nb": "Oppgi brevene eller mappen de ligger i; «.» for mappen du står i.",
        "en": "Give the letters or their folder; «.» for the current folder.",
    },
    "error.grounds.not_a_file": {
        "nb": "dette er ikke en vanlig fil (en navngitt pipe, en enhet eller en socket), og den leses ikke",
        "en": "this is not an ordinary file (a named pipe, a device or a socket) and is not read",
    },
    "grounds.problem.no_access": {"nb": "du har ikke tilgang til å lese filen", "en": "you have no permission to read the file"},
    "grounds.problem.glued_pdf": {
        "nb": "PDF-filens tekstlag mangler mellomrom mellom ordene (vanlig i skannede brev med tekstgjenkjenning) – "
              "kjør tekstgjenkjenningen (OCR) på nytt eller lagre brevet som tekst",
        "en": "the PDF file's text layer lacks the spaces between its words (common in scanned letters with text "
              "recognition) – run the text recognition (OCR) again or save the letter as text",
    },
    "grounds.note.keys_from_names": {
        "nb": "Merk: {count} av {total} brev har ingen «Saksnr»-linje; saksnøkkelen er filnavnet (f.eks. «{example}»).",
        "en": "Note: {count} of {total} letters have no «Saksnr» line; the case key is the file name (e.g. «{example}»).",
    },
    "grounds.note.keys_from_names_hint": {
        "nb": "Er saksnummeret bare en del av navnet, gi --key-pattern, f.eks. --key-pattern 'K-\\d+'.",
        "en": "If the case number is only part of the name, give --key-pattern, e.g. --key-pattern 'K-\\d+'.",
    },
    "grounds.problem.page_too_large": {
        "nb": "en side i PDF-filen har langt flere tegneinstruksjoner enn en brevside (over 4 MB) og ville tatt minutter å lese",
        "en": "a page of the PDF file holds far more drawing instructions than a letter's page (over 4 MB) and would take "
              "minutes to read",
    },
    "unit.seconds.one": {"nb": "sekund", "en": "second"},
    "unit.seconds.other": {"nb": "sekunder", "en": "seconds"},
}
