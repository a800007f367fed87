"""The reason patterns: part of the declared vocabulary (``audit/grounds/vocabulary.py`` is the rule book and
re-exports ``PATTERNS`` and ``CONCRETE`` from here). Each pattern is a regular expression on the sentence as written,
by the name the evidence shows («alder_i_år», «dato», «beløp» …). Nothing here applies them: terms.py does.
"""

from __future__ import annotations

_WEEKDAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag"
_MONTHS = "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
PATTERNS: dict[str, str] = {
    # «du er 34 år», «har fylt 45 år», «52 år gammel» (not «fylt 18 år» or «67 år»: those are the limits)
    # round 17 (rule 4r): in inverted order the subject stands between, the person in the third person too
    # («Etter søknaden er søkjar 23 år»)
    "alder_i_år": r"\b(?:er|var|blir|ble|vart|fylte|fyller|fylt|fylde)\s+(?:du\s+|hun\s+|han\s+|ho\s+"
                  r"|(?:søkeren|søker|søkjaren|søkjar|brukeren|bruker|brukaren|brukar|vedkommende|vedkomande)\s+)?"
                  r"(?:nå\s+|no\s+|i\s+dag\s+)?"
                  r"(?!18\b|67\b)\d{2}\s+år\b"
                  r"|\b\d{2}\s+år\s+gam(?:mel|al)\b|\b\d{2}-åring\b|\b(?:dine|sine)\s+(?!18\b|67\b)\d{2}\s+år\b"
                  # round 10: «fylte 39 i september», «søker er 30 (f. 1994)», «Opplysninger om deg: 61 år, …»,
                  # «Personalia: – 34 år» (an age as a label's value, not a duration: «i 12 år», «34 år siden»)
                  r"|\b(?:fylte|fyller|fylt|fylde)\s+(?:du\s+|hun\s+|han\s+|ho\s+)?(?!18\b|67\b)[1-6]\d\b"
                  r"(?!\s*(?:[,.]\d|%|prosent|timer|timar|kroner|kr\b|dager|dagar|uker|veker|måneder|månader))"
                  r"|\b(?:er|var)\s+(?:nå\s+|no\s+)?(?!18\b|67\b)[1-6]\d\s*(?=\(f)"
                  r"|(?:^|:\s*|[-–•]\s+)(?!18\b|67\b)[1-6]\d\s+år\b(?!\s+(?:siden|sidan|etter|før|til))"
                  # round 12: an age as a person's attribute — «en kvinne på 41 år», «ein mann på 52 år» — or in
                  # apposition «Søkeren (41 år) …», «…, 41 år, …» (not a duration: «i 12 år», «på to år»)
                  r"|\b(?:en|ei|ein)\s+(?:kvinne|mann|person|søker|søkjar|dame|ungdom|mor|far|forelder|forsørger|forsørgjar)"
                  r"\s+på\s+(?!18\b|67\b)[1-6]\d\s+år\b"
                  r"|[,(]\s*(?!18\b|67\b)[1-6]\d\s+år\s*[,)]",
    "fødselsår": r"\bf(?:ødt|ødd|øydd)\s+(?:i\s+)?(?:19|20)\d{2}\b|\bfødselsår(?:et)?\s*(?:(?:ditt|hans|hennes|er|var|:|\()\s*)*(?:19|20)\d{2}\b"
                 # round 10: «(f. 1994)», «født 14.03.1979», «Fødselsdato: 02.11.1988»
                 r"|\bf\.\s*(?:19|20)\d{2}\b|\bf(?:ødt|ødd|øydd)\s+\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b"
                 r"|\bfødselsdato(?:en)?\s*(?::|er)?\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b",
    "dato": rf"\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:19|20)\d{{2}}\b|\b(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}\b"
            rf"|\b\d{{1,2}}\.\s+(?:{_MONTHS})\b|\b(?:i|frå|fra)\s+(?:{_MONTHS})\b",
    "årstall": r"\b(?:i|siden|sidan|fra|frå|før|etter|til|høsten|hausten|våren|sommeren|sommaren|vinteren)\s+(?:19|20)\d{2}\b",
    "beløp": r"\b(?:kr\.?|NOK)\s*\d|\b\d[\d  .]*(?:,\d+|,-)?\s*(?:kroner|kr)\b",
    "varighet": r"\b(?:\d+|ett|eitt|ei|en|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|flere|fleire|mange)"
                r"\s+(?:år|årene|åra|måneder|månedene|månader|månadene|uker|ukene|veker|vekene)\b",
    "timer": r"\b\d+(?:[,.]\d+)?\s*timer\b",
    # round 12: a weekly rhythm — «fire dager i uken», «to dagar i veka», «mandag til onsdag» (a schedule, 4g)
    # round 16: an adjective in the plural may stand before the unit («to korte dager i uka», «tre faste dagar i veka»)
    "ukerytme": r"\b(?:\d+|en|ein|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\s+(?:[a-zæøå]+e\s+)?(?:dager|dagar|timer|"
                r"timar|kvelder|kveldar|"
                r"ganger|gonger)\s+(?:i|per|pr\.?|hver|kvar)\s+(?:uken|uka|uke|veka|veke)\b"
                rf"|\b(?:{_WEEKDAYS})\s+(?:til|-|–|og)\s+(?:{_WEEKDAYS})\b",
}
CONCRETE = ("dato", "årstall", "beløp", "varighet", "alder_i_år", "fødselsår")  # make a sentence concrete


__all__ = ["CONCRETE", "PATTERNS"]
