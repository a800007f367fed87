"""Words of the comparison across municipalities, offices and runs (``nav-audit compare``)."""

TEXT: dict[str, dict[str, str]] = {
    "compare.title": {"nb": "Sammenligning av kontrollresultater", "en": "Comparison of audit results"},
    "compare.by.run": {"nb": "kjøring", "en": "run"},
    "compare.by.municipality": {"nb": "kommune", "en": "municipality"},
    "compare.by.office": {"nb": "NAV-kontor", "en": "NAV office"},
    "compare.unit": {"nb": "Enhet", "en": "Unit"},
    "compare.rank": {"nb": "Rang", "en": "Rank"},
    "compare.rate": {"nb": "Andel avvik", "en": "Deviation rate"},
    "compare.failed": {"nb": "Avvik", "en": "Deviations"},
    "compare.evaluated": {"nb": "Vurdert", "en": "Judged"},
    "compare.warned": {"nb": "Til vurdering", "en": "Warnings"},
    "compare.unknown": {"nb": "Ukjent", "en": "Unknown"},
    "compare.ci": {"nb": "95 % KI", "en": "95% CI"},
    "compare.low": {"nb": "KI nedre", "en": "CI low"},
    "compare.high": {"nb": "KI øvre", "en": "CI high"},
    "compare.small": {"nb": "Få saker", "en": "Small n"},
    "compare.small_note": {
        "nb": "færre enn {n} vurderte saker: usikker andel",
        "en": "fewer than {n} cases judged: uncertain rate",
    },
    "compare.check": {"nb": "Kontroll", "en": "Check"},
    "compare.legal": {"nb": "Hjemmel", "en": "Legal basis"},
    "compare.all": {"nb": "Alle", "en": "All"},
    "compare.not_evaluated": {"nb": "ikke vurdert", "en": "not evaluated"},
    "compare.overview": {"nb": "Oversikt", "en": "Overview"},
    "compare.ranking": {"nb": "Rangering", "en": "Ranking"},
    "compare.about": {"nb": "Om", "en": "About"},
    "compare.intro": {
        "nb": "Andel saker med avvik per kontroll og {by}, rangert med høyeste andel først. "
              "Konfidensintervallet (Wilson, 95 %) viser usikkerheten; bredt intervall betyr få saker.",
        "en": "Share of cases with deviations per check and {by}, highest first. "
              "The confidence interval (Wilson, 95%) shows the uncertainty; a wide interval means few cases.",
    },
    "compare.method": {
        "nb": "Andel avvik = saker med avvik / vurderte saker. Lik andel gir lik rang; rekkefølgen blant dem "
              "følger nedre konfidensgrense. Enheter uten vurderte saker har ingen rang.",
        "en": "Deviation rate = cases with deviations / cases judged. Equal rates share a rank; among them the "
              "order follows the lower confidence limit. Units without judged cases have no rank.",
    },
    "compare.inputs": {"nb": "Resultatfiler", "en": "Results files"},
    "compare.notes": {"nb": "Merknader", "en": "Notes"},
    "compare.yes": {"nb": "ja", "en": "yes"},
    "compare.suite": {"nb": "Kontrollsett", "en": "Check suite"},
    "compare.as_of": {"nb": "Kontrolldato", "en": "Audit date"},
    "compare.source": {"nb": "Fil", "en": "File"},
    "compare.id": {"nb": "Id", "en": "Id"},
    # notes made while comparing
    "compare.note.periods_differ": {
        "nb": "Enhetene dekker ulike perioder: {periods}. Andelene er ikke direkte sammenlignbare; lag uttrekkene "
              "for samme periode og oppgi den med «nav-audit run --period».",
        "en": "The units cover different periods: {periods}. The rates are not directly comparable; make the "
              "exports for the same period and state it with «nav-audit run --period».",
    },
    "compare.period.none": {"nb": "ikke oppgitt (hele uttrekket)", "en": "not stated (the whole export)"},
    "compare.period.kostra": {"nb": "(KOSTRA-året {year})", "en": "(KOSTRA year {year})"},
    "compare.note.as_of_differ": {
        "nb": "Kontrolldatoene er ulike ({dates}); tidsavhengige kontroller er ikke helt sammenlignbare.",
        "en": "The audit dates differ ({dates}); time-dependent checks are not strictly comparable.",
    },
    "compare.note.parameters_differ": {
        "nb": "Parametrene er ulike mellom resultatfilene; ratene er ikke helt sammenlignbare.",
        "en": "The parameters differ between the results files; the rates are not strictly comparable.",
    },
    "compare.note.joined": {
        "nb": "Enheter slått sammen (--join): {joins}. Hver sak telles én gang, i enheten den er slått sammen med.",
        "en": "Units joined (--join): {joins}. Each case counts once, in the unit it is joined with.",
    },
    "compare.note.joined_one": {"nb": "{units} telles som {into}", "en": "{units} counted as {into}"},
    "compare.no_municipality": {"nb": "(uten kommune)", "en": "(no municipality)"},
    # terminal (nav-audit compare)
    "compare.cli.summary": {"nb": "Sammenlignet {units} på {checks}.", "en": "Compared {units} on {checks}."},
    "compare.cli.small": {"nb": "* færre enn {n} vurderte saker", "en": "* fewer than {n} cases judged"},
}
