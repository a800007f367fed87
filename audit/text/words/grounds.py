"""Words of ``nav-audit grounds`` (reading decision letters) and the review-sheet suggestions."""

TEXT: dict[str, dict[str, str]] = {
    # evidence, per criterion
    "grounds.evidence.grounds": {"nb": "begrunnet i {where}: {terms}", "en": "grounds in {where}: {terms}"},
    "grounds.evidence.named": {"nb": "nevnt uten begrunnelse i {where}", "en": "named without grounds in {where}"},
    "grounds.evidence.quoted": {"nb": "bare vilkåret/loven gjengitt i {where}",
                                "en": "only the criterion or the law quoted in {where}"},
    "grounds.evidence.negated": {"nb": "sagt å ikke være vurdert i {where}", "en": "said not to be assessed in {where}"},
    "grounds.evidence.absent": {"nb": "ikke nevnt", "en": "not mentioned"},
    "grounds.evidence.unreadable": {"nb": "brevet kunne ikke leses", "en": "the letter could not be read"},
    "grounds.paragraph.one": {"nb": "avsnitt {numbers}", "en": "paragraph {numbers}"},
    "grounds.paragraph.other": {"nb": "avsnitt {numbers}", "en": "paragraphs {numbers}"},
    # the learned reader's evidence (audit/grounds/evidence.py): what decided, in words, and the rule's second opinion
    "grounds.evidence.learned.grounds_nowhere": {"nb": "begrunnet: {terms}", "en": "grounds: {terms}"},
    "grounds.evidence.learned.decided": {"nb": "; avgjort av: {terms}", "en": "; decided by: {terms}"},
    "grounds.evidence.rule_says_yes": {"nb": " | regelen sier ja: {evidence}", "en": " | the rule says yes: {evidence}"},
    "grounds.evidence.rule_says_no": {"nb": " | regelen sier nei: {evidence}", "en": " | the rule says no: {evidence}"},
    "grounds.feature.word": {"nb": "«{word}»", "en": "“{word}”"},
    "grounds.feature.number": {"nb": "(tall)", "en": "(number)"},
    "grounds.feature.other_word": {"nb": "(ord)", "en": "(word)"},
    "grounds.feature.f.date": {"nb": "en dato", "en": "a date"},
    "grounds.feature.f.year": {"nb": "et årstall", "en": "a year"},
    "grounds.feature.f.amount": {"nb": "et beløp", "en": "an amount"},
    "grounds.feature.f.years": {"nb": "et antall år", "en": "a number of years"},
    "grounds.feature.f.age": {"nb": "en alder", "en": "an age"},
    "grounds.feature.f.duration": {"nb": "en varighet", "en": "a duration"},
    "grounds.feature.f.hours": {"nb": "et antall timer eller dager", "en": "a number of hours or days"},
    "grounds.feature.f.percent": {"nb": "en prosentsats", "en": "a percentage"},
    "grounds.feature.f.number": {"nb": "et tall", "en": "a number"},
    "grounds.feature.f.law": {"nb": "en henvisning til lov eller rundskriv", "en": "a reference to a law or circular"},
    "grounds.feature.r.named": {"nb": "vilkåret nevnt", "en": "the criterion named"},
    "grounds.feature.r.topic": {"nb": "en setning om vilkårets tema", "en": "a sentence on the criterion's subject"},
    "grounds.feature.r.heading": {"nb": "under en overskrift om vilkåret", "en": "under a heading naming the criterion"},
    "grounds.feature.r.heading_line": {"nb": "en overskrift om vilkåret", "en": "a heading naming the criterion"},
    "grounds.feature.r.item": {"nb": "et punkt i en liste", "en": "an item of a list"},
    "grounds.feature.r.question": {"nb": "et spørsmål", "en": "a question"},
    "grounds.feature.n.0": {"nb": "ingen setning om vilkåret", "en": "no sentence about the criterion"},
    "grounds.feature.n.1": {"nb": "én setning om vilkåret", "en": "one sentence about the criterion"},
    "grounds.feature.n.2": {"nb": "to setninger om vilkåret", "en": "two sentences about the criterion"},
    "grounds.feature.n.3+": {"nb": "tre eller flere setninger om vilkåret", "en": "three or more sentences about the criterion"},
    # why a letter cannot be read
    "grounds.problem.too_large": {"nb": "filen er for stor til å være et vedtaksbrev",
                                  "en": "the file is too large to be a decision letter"},
    "grounds.problem.too_long": {"nb": "teksten er for lang til å være et vedtaksbrev",
                                 "en": "the text is too long to be a decision letter"},
    "grounds.problem.damaged_docx": {"nb": "Word-filen er skadet eller ikke en .docx",
                                     "en": "the Word file is damaged or not a .docx"},
    "grounds.problem.damaged_pdf": {"nb": "PDF-filen er skadet", "en": "the PDF file is damaged"},
    "grounds.problem.damaged_txt": {"nb": "tekstfilen kan ikke leses", "en": "the text file cannot be read"},
    "grounds.problem.encrypted_pdf": {"nb": "PDF-filen er passordbeskyttet", "en": "the PDF file is password protected"},
    "grounds.problem.no_text_pdf": {"nb": "PDF-filen har ikke noe tekstlag (skannet?)",
                                    "en": "the PDF file has no text layer (scanned?)"},
    "grounds.problem.empty": {"nb": "filen har ingen tekst", "en": "the file has no text"},
    "grounds.problem.binary": {"nb": "filen er ikke en tekstfil", "en": "the file is not a text file"},
    "grounds.problem.ole": {"nb": "filen er et gammelt Word-dokument (.doc) eller et passordbeskyttet Word-dokument "
                                  "– lagre det som .docx uten passord",
                            "en": "the file is an old Word document (.doc) or a password-protected Word document "
                                  "– save it as .docx without a password"},
    "grounds.problem.garbled_pdf": {"nb": "PDF-filens tekstlag er ikke lesbar tekst (skrift uten tegnkart)",
                                    "en": "the PDF file's text layer is not readable text (fonts without a character map)"},
    "grounds.problem.alt_chunk": {"nb": "Word-filen har tekst lagt inn som et eget dokument (altChunk) – åpne den i Word "
                                        "og lagre den på nytt",
                                  "en": "the Word file holds text inserted as a document of its own (altChunk) – open it "
                                        "in Word and save it again"},
    "grounds.problem.rtf": {"nb": "filen er RTF – lagre den som .docx eller .txt",
                            "en": "the file is RTF – save it as .docx or .txt"},
    # terminal
    "grounds.summary": {"nb": "Leste {letters} brev: {judged} vurdert, {unreadable} kunne ikke leses, {skipped} hoppet over.",
                        "en": "Read {letters} letters: {judged} judged, {unreadable} could not be read, {skipped} skipped."},
    "grounds.summary.criterion": {"nb": "  {column:<22} ja {yes:>4}   nei {no:>4}",
                                  "en": "  {column:<22} yes {yes:>4}   no {no:>4}"},
    "grounds.written": {"nb": "Skrev {path}. Dette er et førsteutkast som en saksbehandler må bekrefte, ikke en konklusjon.",
                        "en": "Wrote {path}. This is a first pass for a person to confirm, not a verdict."},
    "grounds.note.unreadable": {"nb": "Merk: {name} kunne ikke leses ({why}); raden har tomme verdier.",
                                "en": "Note: {name} could not be read ({why}); its row has empty values."},
    "grounds.note.identity": {"nb": "Merk: {name} inneholder {count} fødselsnummer/D-nummer (vises ikke). Brevet er vurdert, "
                                    "men bør anonymiseres før det deles.",
                              "en": "Note: {name} holds {count} identity number(s) (not shown). The letter was judged, "
                                    "but should be anonymised before it is shared."},
    "grounds.note.identity_skipped": {"nb": "Merk: {name} inneholder {count} fødselsnummer/D-nummer (vises ikke) og bør "
                                            "anonymiseres før det deles.",
                                      "en": "Note: {name} holds {count} identity number(s) (not shown) and should be "
                                            "anonymised before it is shared."},
    "grounds.note.ignored.one": {"nb": "Merk: {count} fil i mappene er ikke {suffixes} og er ikke lest: {names}.",
                                 "en": "Note: {count} file in the folders is not {suffixes} and was not read: {names}."},
    "grounds.note.ignored.other": {"nb": "Merk: {count} filer i mappene er ikke {suffixes} og er ikke lest: {names}.",
                                   "en": "Note: {count} files in the folders are not {suffixes} and were not read: {names}."},
    "grounds.note.no_key": {"nb": "Merk: fant ingen saksnøkkel i {name}; brevet er hoppet over.",
                            "en": "Note: no case key found in {name}; the letter was skipped."},
    "grounds.note.identity_key": {"nb": "Merk: saksnøkkelen til {name} ser ut som et fødselsnummer (vises ikke); "
                                        "brevet er hoppet over.",
                                  "en": "Note: the case key of {name} looks like an identity number (not shown); "
                                        "the letter was skipped."},
    "grounds.error.duplicate_key": {"nb": "to brev har samme saksnøkkel «{key}»: {first} og {second}",
                                    "en": "two letters have the same case key «{key}»: {first} and {second}"},
    "grounds.error.duplicate_hint": {"nb": "Ett brev per sak: fjern det ene, eller angi nøkkelen med --key-pattern.",
                                     "en": "One letter per case: remove one, or give the key with --key-pattern."},
    "grounds.error.no_rows": {"nb": "ingen av brevene fikk en rad (se merknadene over); tabellen er ikke skrevet",
                              "en": "none of the letters got a row (see the notes above); the table was not written"},
    "grounds.error.no_rows_hint": {"nb": "Gi saksnøkkelen med --key-pattern, eller hent den fra filnavnet med --key-from name.",
                                   "en": "Give the case key with --key-pattern, or take it from the file name with --key-from name."},
    "grounds.error.bad_suggestion_hint": {"nb": "Begrunnelseskolonnene i forslagsfilen skal være ja, nei eller tomme; "
                                                "lag den på nytt med «nav-audit grounds».",
                                          "en": "The ground columns of the suggestions file must be ja, nei or empty; "
                                                "make it again with «nav-audit grounds»."},
    # review-sheet suggestions
    "grounds.suggestion.header": {"nb": "Forslag: {header}", "en": "Suggestion: {header}"},
    "grounds.suggestion.heading": {"nb": "Forslag", "en": "Suggestions"},
    "grounds.suggestion.guide": {
        "nb": "Kolonnene «Forslag: …» er fylt inn av «nav-audit grounds», som leser vedtaksbrevene. De er forslag, ikke "
              "vurderinger: les brevet og skriv ditt eget svar i den gule cellen ved siden av. Kommentaren i "
              "forslagscellen sier hvilket avsnitt og hvilke ord forslaget bygger på.",
        "en": "The «Suggestion: …» columns were filled in by «nav-audit grounds», which reads the decision letters. "
              "They are suggestions, not judgements: read the letter and write your own answer in the yellow cell "
              "beside. The suggestion cell's comment says which paragraph and which words it rests on."},
    "grounds.suggestion.note_unknown.one": {"nb": "{n} sak i forslagsfilen finnes ikke i arbeidsboka: «{key}».",
                                            "en": "{n} case of the suggestions file is not in the workbook: «{key}»."},
    "grounds.suggestion.note_unknown": {"nb": "{n} saker i forslagsfilen finnes ikke i arbeidsboka, blant dem «{key}».",
                                        "en": "{n} cases of the suggestions file are not in the workbook, among them «{key}»."},
}
