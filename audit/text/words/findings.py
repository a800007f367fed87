"""Draft findings in the county governor's form (audit.findings, reports/findings_*.py).

The legal wording of each theme is declared in ``checks/themes.py``; these are the
sentences around it.
"""

TEXT: dict[str, dict[str, str]] = {
    # --- headings
    "findings.title": {"nb": "Utkast til funn", "en": "Draft findings"},
    "findings.subtitle": {"nb": "{suite} – {subject}", "en": "{suite} – {subject}"},
    "findings.h.summary": {"nb": "Konklusjon", "en": "Conclusion"},
    "findings.h.basis": {"nb": "Grunnlag og metode", "en": "Basis and method"},
    "findings.h.theme": {"nb": "Tema {n}: {title}", "en": "Theme {n}: {title}"},
    "findings.h.requirement": {"nb": "Krav", "en": "Requirement"},
    "findings.h.facts": {"nb": "Funn", "en": "Findings"},
    "findings.h.assessment": {"nb": "Vurdering", "en": "Assessment"},
    "findings.h.conclusion": {"nb": "Konklusjon", "en": "Conclusion"},
    "findings.h.internal_control": {"nb": "Internkontroll", "en": "Internal control"},
    "findings.h.appendix": {"nb": "Vedlegg: saker med avvik", "en": "Appendix: cases with deviations"},
    "findings.ic.requirement_before": {
        "nb": "Etter sosialtjenesteloven § 5 og forskrift om internkontroll for kommunen i arbeids- og "
              "velferdsforvaltningen skal kommunen føre internkontroll for å sikre at virksomheten og tjenestene etter "
              "loven er i samsvar med krav fastsatt i lov eller forskrift. Internkontrollen skal tilpasses "
              "virksomhetens størrelse, egenart, aktiviteter og risikoforhold.",
        "en": "Under the Social Services Act section 5 and the regulations on internal control for the municipality "
              "in the labour and welfare administration, the municipality must have internal control ensuring that "
              "its activities and services under the Act meet the requirements of law and regulation. Internal "
              "control must be adapted to the size, nature, activities and risks of the service."},
    "findings.h.other": {"nb": "Andre krav", "en": "Other requirements"},
    # --- front matter
    "findings.draft_note": {
        "nb": "Utkastet er laget automatisk fra results.json og må kontrolleres mot sakene før det brukes.",
        "en": "This draft was generated from results.json and must be checked against the cases before use.",
    },
    "findings.run": {"nb": "Kjøring {id}, kontrolldato {as_of}.", "en": "Run {id}, audit date {as_of}."},
    "findings.units": {
        "nb": "Sakene er behandlet ved {offices}, som er enheter i {subject}. Pliktene etter sosialtjenesteloven "
              "ligger hos kommunen.",
        "en": "The cases were handled by {offices}, units within {subject}. The duties under the Social Services "
              "Act rest with the municipality.",
    },
    "findings.units.one": {
        "nb": "Sakene er behandlet ved {offices}, som er en enhet i {subject}. Pliktene etter sosialtjenesteloven "
              "ligger hos kommunen.",
        "en": "The cases were handled by {offices}, a unit within {subject}. The duties under the Social Services "
              "Act rest with the municipality.",
    },
    "findings.subject.one": {"nb": "kommune {number}", "en": "municipality {number}"},
    "findings.subject.one_named": {"nb": "{name} kommune ({number})", "en": "{name} municipality ({number})"},
    "findings.subject.many": {"nb": "kommunene {numbers}", "en": "municipalities {numbers}"},
    "findings.subject.none": {"nb": "kommunen", "en": "the municipality"},
    "findings.and": {"nb": "og", "en": "and"},
    "findings.quote": {"nb": "«{text}»", "en": "“{text}”"},
    "findings.summary": {"nb": "Utkastet konkluderer med {breaches} og {remarks}.",
                         "en": "The draft concludes with {breaches} and {remarks}."},
    "findings.summary.remarks_only": {"nb": "Utkastet konkluderer ikke med lovbrudd, men med {remarks}.",
                                      "en": "The draft concludes with no breach, but with {remarks}."},
    "findings.summary.none": {"nb": "Utkastet konkluderer ikke med lovbrudd eller merknader.",
                              "en": "The draft concludes with no breach and no remark."},
    "findings.summary.themes": {"nb": "Lovbrudd: {themes}.", "en": "Breaches: {themes}."},
    "findings.count.breach.one": {"nb": "{n} lovbrudd", "en": "{n} breach"},
    "findings.count.breach.other": {"nb": "{n} lovbrudd", "en": "{n} breaches"},
    "findings.count.remark.one": {"nb": "{n} merknad", "en": "{n} remark"},
    "findings.count.remark.other": {"nb": "{n} merknader", "en": "{n} remarks"},
    "findings.materiality": {
        "nb": "Et tema konkluderer med lovbrudd bare når svikten er systematisk: minst {min_cases} saker med avvik "
              "og minst {min_share} av de vurderte sakene. Færre avvik gir en merknad. Avvik fra en praksisgrense "
              "(en grense loven ikke setter som tall) gir aldri lovbrudd alene.",
        "en": "A theme concludes with a breach only when the failure is systematic: at least {min_cases} cases with "
              "deviations and at least {min_share} of the cases assessed. Fewer deviations give a remark. Deviations "
              "from a practice threshold (a limit the law does not set as a number) never give a breach on their own.",
    },
    # --- what the data rest on
    "findings.source.export": {"nb": "uttrekket", "en": "the export"},
    "findings.source.kostra": {"nb": "KOSTRA-filen ({form}, {year})", "en": "the KOSTRA file ({form}, {year})"},
    "findings.basis.population": {"nb": "Funnene bygger på alle {rows} saker i {source}.",
                                  "en": "The findings rest on all {rows} cases in {source}."},
    "findings.appendix.limit": {"nb": "grense {limit}", "en": "limit {limit}"},
    "findings.basis.population_period": {
        "nb": "Funnene bygger på alle {rows} saker i {source}, for perioden {period}.",
        "en": "The findings rest on all {rows} cases in {source}, for the period {period}."},
    "findings.basis.no_period": {
        "nb": "Resultatene oppgir ikke hvilken periode sakene gjelder (nav-audit run --period).",
        "en": "The results do not state which period the cases cover (nav-audit run --period)."},
    "findings.basis.sample": {
        "nb": "Funnene om {checks} bygger på et utvalg: {size} av {population} saker, trukket tilfeldig {strata} "
              "med frø {seed}. Saker utenfor utvalget er ikke gjennomgått, og funnene sier ikke noe om dem.",
        "en": "The findings on {checks} rest on a sample: {size} of {population} cases, drawn at random {strata} "
              "with seed {seed}. Cases outside the sample were not reviewed, and the findings say nothing about them.",
    },
    "findings.basis.review": {
        "nb": "Funnene om {checks} bygger på en gjennomgang av {size} utvalgte saker. Saker utenfor gjennomgangen "
              "er ikke vurdert.",
        "en": "The findings on {checks} rest on a review of {size} selected cases. Cases outside the review were not "
              "assessed.",
    },
    "findings.stratum.age_group": {"nb": "Aldersgruppe", "en": "Age group"},
    "findings.stratum.decision_year": {"nb": "Vedtaksår", "en": "Decision year"},
    "findings.basis.strata": {"nb": "innen strata etter {columns}", "en": "within strata by {columns}"},
    "findings.basis.no_strata": {"nb": "uten strata", "en": "without strata"},
    "findings.basis.not_started.one": {"nb": "{n} sak i utvalget er ennå ikke gjennomgått.",
                                       "en": "{n} case in the sample has not been reviewed yet."},
    "findings.basis.not_started.other": {"nb": "{n} saker i utvalget er ennå ikke gjennomgått.",
                                         "en": "{n} cases in the sample have not been reviewed yet."},
    # --- facts per check
    "findings.fact.one": {"nb": "I {n} av {total} vurdert sak {found}{extent}.",
                          "en": "In {n} of {total} case assessed {found}{extent}."},
    "findings.fact.other": {"nb": "I {n} av {total} vurderte saker {found}{extent}.",
                            "en": "In {n} of {total} cases assessed {found}{extent}."},
    "findings.fact.sample.one": {"nb": "I {n} av {total} vurdert sak i utvalget {found}{extent}.",
                                 "en": "In {n} of {total} case assessed in the sample {found}{extent}."},
    "findings.fact.sample.other": {"nb": "I {n} av {total} vurderte saker i utvalget {found}{extent}.",
                                   "en": "In {n} of {total} cases assessed in the sample {found}{extent}."},
    "findings.fact.ok.one": {"nb": "Kravet «{title}»: den ene vurderte saken viste ikke avvik.",
                             "en": "Requirement “{title}”: the one case assessed showed no deviation."},
    "findings.fact.ok.other": {"nb": "Kravet «{title}»: ingen av de {total} vurderte sakene viste avvik.",
                               "en": "Requirement “{title}”: none of the {total} cases assessed showed a deviation."},
    "findings.fact.ok.sample.one": {"nb": "Kravet «{title}»: den ene vurderte saken i utvalget viste ikke avvik.",
                                    "en": "Requirement “{title}”: the one case assessed in the sample showed no deviation."},
    "findings.fact.ok.sample.other": {
        "nb": "Kravet «{title}»: ingen av de {total} vurderte sakene i utvalget viste avvik.",
        "en": "Requirement “{title}”: none of the {total} cases assessed in the sample showed a deviation."},
    "findings.fact.warned.one": {
        "nb": "I {n} sak til var verdien over vurderingsgrensen på {limit}, men ikke over avviksgrensen.",
        "en": "In {n} further case the value was above the warning threshold of {limit}, but not above the "
              "deviation threshold."},
    "findings.fact.warned.other": {
        "nb": "I {n} saker til var verdien over vurderingsgrensen på {limit}, men ikke over avviksgrensen.",
        "en": "In {n} further cases the value was above the warning threshold of {limit}, but not above the "
              "deviation threshold."},
    "findings.fact.warned_only.one": {
        "nb": "I {n} sak var verdien over vurderingsgrensen på {limit}, men ikke over avviksgrensen.",
        "en": "In {n} case the value was above the warning threshold of {limit}, but not above the deviation "
              "threshold."},
    "findings.fact.warned_only.other": {
        "nb": "I {n} saker var verdien over vurderingsgrensen på {limit}, men ikke over avviksgrensen.",
        "en": "In {n} cases the value was above the warning threshold of {limit}, but not above the deviation "
              "threshold."},
    "findings.fact.unknown.one": {"nb": "{n} sak kunne ikke vurderes fordi opplysninger manglet eller ikke kunne leses.",
                                  "en": "{n} case could not be assessed because information was missing or unreadable."},
    "findings.fact.unknown.other": {
        "nb": "{n} saker kunne ikke vurderes fordi opplysninger manglet eller ikke kunne leses.",
        "en": "{n} cases could not be assessed because information was missing or unreadable."},
    "findings.fact.versions": {"nb": "Grensen som gjaldt for sakene med avvik: {parts}.",
                               "en": "The limit that applied to the cases with deviations: {parts}."},
    "findings.fact.version_part.one": {"nb": "{limit} for {event} {period} ({n} sak)",
                                       "en": "{limit} for {event} {period} ({n} case)"},
    "findings.fact.version_part.other": {"nb": "{limit} for {event} {period} ({n} saker)",
                                         "en": "{limit} for {event} {period} ({n} cases)"},
    "findings.fact.version_plain.one": {"nb": "{limit} ({n} sak)", "en": "{limit} ({n} case)"},
    "findings.fact.version_plain.other": {"nb": "{limit} ({n} saker)", "en": "{limit} ({n} cases)"},
    "findings.version_note": {"nb": "{value} for {event} {period}", "en": "{value} for {event} {period}"},
    "findings.period.before": {"nb": "før {date}", "en": "before {date}"},
    "findings.period.from": {"nb": "fra {date}", "en": "from {date}"},
    "findings.event.cases": {"nb": "saker", "en": "cases"},
    "findings.fact.not_evaluated.one": {
        "nb": "Kravet «{title}» kunne ikke kontrolleres: {source} har ikke kolonnen {columns}.",
        "en": "The requirement “{title}” could not be checked: {source} lacks the column {columns}.",
    },
    "findings.fact.not_evaluated.other": {
        "nb": "Kravet «{title}» kunne ikke kontrolleres: {source} har ikke kolonnene {columns}.",
        "en": "The requirement “{title}” could not be checked: {source} lacks the columns {columns}.",
    },
    "findings.fact.error": {"nb": "Kravet «{title}» kunne ikke kontrolleres på grunn av en feil i kjøringen.",
                            "en": "The requirement “{title}” could not be checked because of an error in the run."},
    "findings.fact.cannot_clear": {
        "nb": "{source} har ingen opplysning om {what}, som kunne ha vist at kravet likevel var oppfylt i disse "
              "sakene. Det konkluderes derfor ikke med lovbrudd på dette grunnlaget.",
        "en": "{source} holds no information on {what}, which could have shown that the requirement was met in these "
              "cases after all. No breach is therefore concluded on this basis.",
    },
    "findings.fact.practice": {"nb": "Dette er praksis, ikke lov: {practice}.",
                               "en": "This is practice, not law: {practice}."},
    # --- assessment
    "findings.assess.systematic": {
        "nb": "{lead}Avvikene i {n} av {total} saker ({share}) når tersklene for systematisk svikt (minst {min_cases} "
              "saker og {min_share}).",
        "en": "{lead}The deviations in {n} of {total} cases ({share}) reach the thresholds for a systematic failure "
              "(at least {min_cases} cases and {min_share}).",
    },
    "findings.assess.isolated": {
        "nb": "{lead}Avvikene i {n} av {total} saker ({share}) er under tersklene for systematisk svikt (minst "
              "{min_cases} saker og {min_share}) og regnes som enkeltstående feil.",
        "en": "{lead}The deviations in {n} of {total} cases ({share}) are below the thresholds for a systematic "
              "failure (at least {min_cases} cases and {min_share}) and are treated as isolated errors.",
    },
    "findings.assess.practice": {
        "nb": "{lead}Funnet bygger på praksis, ikke på en grense i loven. Antallet alene viser ikke lovbrudd; sakene "
              "må vurderes konkret mot kravet i {basis}.",
        "en": "{lead}The finding rests on practice, not on a limit in the law. The number alone does not show a breach; "
              "the cases must be assessed one by one against the requirement in {basis}.",
    },
    "findings.assess.cannot_clear": {
        "nb": "{lead}Dataene kan ikke vise om kravet likevel ble oppfylt; sakene må gjennomgås før det konkluderes.",
        "en": "{lead}The data cannot show whether the requirement was met after all; the cases must be reviewed "
              "before concluding.",
    },
    "findings.assess.none": {"nb": "Dataene viser ikke avvik fra kravene i dette temaet.",
                             "en": "The data show no deviation from the requirements in this theme."},
    "findings.assess.not_assessed": {"nb": "Temaet kunne ikke vurderes ut fra dataene.",
                                     "en": "The theme could not be assessed from the data."},
    "findings.assess.lead": {"nb": "{titles}: ", "en": "{titles}: "},
    # --- conclusions
    "findings.conclusion.breach": {"nb": "{subject} sikrer ikke at {ensure}. Dette er lovbrudd på {basis}.",
                                   "en": "{subject} does not ensure that {ensure}. This is a breach of {basis}."},
    "findings.conclusion.remark": {"nb": "Merknad: {subject} bør sikre at {ensure}.",
                                   "en": "Remark: {subject} should ensure that {ensure}."},
    "findings.conclusion.none": {"nb": "Ingen lovbrudd eller merknader.", "en": "No breach and no remark."},
    "findings.conclusion.not_assessed": {"nb": "Ingen konklusjon: temaet kunne ikke vurderes.",
                                         "en": "No conclusion: the theme could not be assessed."},
    "findings.kind.breach": {"nb": "lovbrudd", "en": "breach"},
    "findings.kind.remark": {"nb": "merknad", "en": "remark"},
    "findings.kind.none": {"nb": "ingen funn", "en": "no finding"},
    "findings.kind.not_assessed": {"nb": "ikke vurdert", "en": "not assessed"},
    # --- internal control
    "findings.ic.facts": {
        "nb": "Utkastet konkluderer med lovbrudd i {themes}. Svikten er systematisk etter tersklene i dette utkastet.",
        "en": "The draft concludes with breaches in {themes}. The failure is systematic by the thresholds of this "
              "draft.",
    },
    "findings.ic.conclusion": {
        "nb": "{subject} sin internkontroll er ikke tilstrekkelig egnet til å sikre at kravene i {themes} blir "
              "oppfylt. Dette er lovbrudd på {basis}.",
        "en": "{subject}'s internal control is not adequate to ensure that the requirements in {themes} are "
              "met. This is a breach of {basis}.",
    },
    "findings.ic.theme": {"nb": "temaet {title}", "en": "the theme {title}"},
    "findings.ic.themes": {"nb": "temaene {titles}", "en": "the themes {titles}"},
    # --- fallback for a deviation check that no theme declares
    "findings.other.requirement": {"nb": "Kravet «{title}» følger av {law}.",
                                   "en": "The requirement “{title}” follows from {law}."},
    "findings.other.found": {"nb": "var kravet ikke oppfylt", "en": "the requirement was not met"},
    "findings.other.ensure": {"nb": "kravet «{title}» blir oppfylt", "en": "the requirement “{title}” is met"},
    # --- appendix
    "findings.appendix.note": {
        "nb": "Saksnøklene er pseudonymer. Ta vedlegget ut (--no-case-list) før rapporten sendes ut av kontoret.",
        "en": "Case keys are pseudonyms. Leave this appendix out (--no-case-list) before the report leaves the office.",
    },
    "findings.col.theme": {"nb": "Tema", "en": "Theme"},
    "findings.col.check": {"nb": "Krav (kontroll)", "en": "Requirement (check)"},
    "findings.col.cases": {"nb": "Saker", "en": "Cases"},
    "findings.col.conclusion": {"nb": "Konklusjon", "en": "Conclusion"},
    # --- CLI
    "findings.cli.written.one": {"nb": "Skrev utkast til funn ({themes} tema): {files}",
                                 "en": "Wrote draft findings ({themes} theme): {files}"},
    "findings.cli.written.other": {"nb": "Skrev utkast til funn ({themes} tema): {files}",
                                   "en": "Wrote draft findings ({themes} themes): {files}"},
    "findings.cli.bad_suffix": {"nb": "utkast til funn skrives som .md eller .docx",
                                "en": "draft findings are written as .md or .docx"},
}
