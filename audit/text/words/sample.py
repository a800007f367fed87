"""Words of the sample file (``nav-audit sample``): stratum labels and the method."""

TEXT: dict[str, dict[str, str]] = {
    "sample.empty": {"nb": "(tom)", "en": "(empty)"},
    "sample.unknown_age": {"nb": "ukjent alder", "en": "unknown age"},
    "sample.all": {"nb": "alle", "en": "all"},
    "sample.yes": {"nb": "ja", "en": "yes"},
    "sample.no": {"nb": "nei", "en": "no"},
    "sample.age.under": {"nb": "under {age}", "en": "under {age}"},
    "sample.age.between": {"nb": "{low}–{high}", "en": "{low}–{high}"},
    "sample.age.over": {"nb": "{age} og eldre", "en": "{age} and older"},
    "sample.sheet": {"nb": "Utvalg", "en": "Sample"},
    "sample.method": {
        "nb": "Innenfor hvert stratum er sakene med lavest SHA-256 av «frø:nøkkel» (heksadesimalt) valgt. "
              "Utvalget avhenger bare av frøet og nøklene, ikke av rekkefølgen i uttrekket.",
        "en": "Within each stratum the cases with the lowest SHA-256 of «seed:key» (hexadecimal) are chosen. "
              "The sample depends only on the seed and the keys, not on the order of the export.",
    },
}
