"""Words of the check catalogue document (``nav-audit checks --format md``) for the parts of a check's
declaration it prints besides the rule: its words in a draft finding and the words for its coded values.
The finding sentences themselves are the draft's own (``findings.*``), filled with the default parameters."""

TEXT: dict[str, dict[str, str]] = {
    "checks.md.values": {"nb": "Ord for kodene", "en": "Words for the codes"},
    "checks.md.finding": {
        "nb": "I utkast til funn – tema «{theme}» (tallene er standardverdiene; utkastet bruker verdiene fra "
              "kjøringen)",
        "en": "In draft findings – theme “{theme}” (the numbers are the defaults; the draft uses the run's "
              "values)"},
    "checks.md.finding.requirement": {"nb": "Krav", "en": "Requirement"},
    "checks.md.finding.requirement_in_theme": {
        "nb": "Står i temaets første kontroll, `{check}`.", "en": "Stated by the theme's first check, `{check}`."},
    "checks.md.finding.found": {"nb": "Funn", "en": "Finding"},
    "checks.md.finding.breach": {"nb": "Konklusjon når svikten er systematisk",
                                 "en": "Conclusion when the failure is systematic"},
    "checks.md.finding.remark": {"nb": "Konklusjon ellers", "en": "Conclusion otherwise"},
    "checks.md.finding.remark_only": {"nb": "Konklusjon (praksis gir aldri lovbrudd alene)",
                                      "en": "Conclusion (practice alone never gives a breach)"},
    "checks.md.finding.practice": {"nb": "Praksis", "en": "Practice"},
    "checks.md.finding.clears": {
        "nb": "Uten `{column}` ({what}) i kilden konkluderes det ikke med lovbrudd",
        "en": "Without `{column}` ({what}) in the source no breach is concluded"},
}
