"""Words of the run, annual and comparison reports added for issue 15 (why, limits, rates,
navigation, print). Keys start with ``reports.``; the older report words are in the
reports module of this package."""

TEXT: dict[str, dict[str, str]] = {
    # --- why a case is listed ----------------------------------------------------
    "reports.col.limit": {"nb": "Grense", "en": "Limit"},
    "reports.col.reason": {"nb": "Årsak", "en": "Reason"},
    "reports.col.rule": {"nb": "Regelversjon", "en": "Rule version"},
    "reports.col.facts": {"nb": "Opplysninger", "en": "Facts"},
    "reports.col.basis": {"nb": "Grunnlag", "en": "Basis"},
    "reports.col.thresholds": {"nb": "Grenser", "en": "Limits"},
    "reports.col.legal_sources": {"nb": "Rettskilder", "en": "Legal sources"},
    "reports.col.rate_of_evaluated": {"nb": "Andel avvik", "en": "Deviation rate"},
    "reports.col.cases_link": {"nb": "Saker", "en": "Cases"},
    "reports.rule.before": {"nb": "regel før {date}", "en": "rule before {date}"},
    "reports.rule.from": {"nb": "regel fra {date}", "en": "rule from {date}"},
    "reports.limit.date": {"nb": "frist {date}", "en": "due {date}"},
    "reports.limit.at_most": {"nb": "høyst {limit}", "en": "at most {limit}"},
    "reports.limit.at_least": {"nb": "minst {limit}", "en": "at least {limit}"},
    "reports.value.not_met": {"nb": "ikke oppfylt", "en": "not met"},
    "reports.reason.unknown": {
        "nb": "Kan ikke vurderes: en verdi kontrollen trenger, mangler eller kan ikke leses.",
        "en": "Cannot be judged: a value the check needs is missing or unreadable.",
    },
    # what an unknown row lacks (reports.unknown_view): «Kan ikke vurderes: mangler Vedtaksdato (decision_date).»
    "reports.reason.unknown_lacks": {"nb": "Kan ikke vurderes: {lacks}.", "en": "Cannot be judged: {lacks}."},
    "reports.reason.unknown_missing": {"nb": "mangler {names}", "en": "no value for {names}"},
    # an unreadable mark without an input issue (a review workbook's unjudged value): said as it is known
    "reports.reason.unknown_unreadable": {"nb": "{name} mangler eller kan ikke leses",
                                          "en": "{name} is missing or cannot be read"},
    "reports.reason.unknown_unreadable_issue": {"nb": "{name} kan ikke leses: {issue}",
                                                "en": "{name} cannot be read: {issue}"},
    "reports.reason.unknown_and": {"nb": "og", "en": "and"},
    "reports.limit.must_be_met": {"nb": "skal være oppfylt", "en": "must be met"},
    "reports.reason.not_met": {"nb": "Kravet er ikke oppfylt.", "en": "The requirement is not met."},
    "reports.basis.law": {"nb": "lovkrav", "en": "statutory requirement"},
    "reports.basis.practice": {"nb": "god praksis", "en": "good practice"},
    "reports.basis.label": {"nb": "Grunnlag: {basis}", "en": "Basis: {basis}"},
    "reports.in_force_from": {"nb": "i kraft fra {date}", "en": "in force from {date}"},
    "reports.in_force_between": {"nb": "i kraft {start}–{end}", "en": "in force {start}–{end}"},
    "reports.thresholds.label": {"nb": "Grenser", "en": "Limits"},
    "reports.requirement": {"nb": "Krav", "en": "Requirement"},
    "reports.thresholds.none": {"nb": "ingen tallgrense (oppfylt eller ikke)", "en": "no numeric limit (met or not)"},
    "reports.threshold.value_from": {"nb": "{value} fra {date}", "en": "{value} from {date}"},
    "reports.threshold.value_until": {"nb": "{value} til og med {date}", "en": "{value} up to {date}"},
    "reports.ledd": {"nb": "{ledd}. ledd", "en": "subsection {ledd}"},
    "reports.source.county_governor_practice": {"nb": "statsforvalterens praksis", "en": "the county governor's practice"},
    "reports.source.nav_practice": {"nb": "NAVs praksis", "en": "NAV's practice"},
    # parameter names in words (the thresholds a check uses)
    "reports.param.warning_days": {"nb": "Til vurdering over", "en": "Warning above"},
    "reports.param.deviation_days": {"nb": "Avvik over", "en": "Deviation above"},
    "reports.param.warning_working_days": {"nb": "Til vurdering over", "en": "Warning above"},
    "reports.param.deviation_working_days": {"nb": "Avvik over", "en": "Deviation above"},
    "reports.param.min_age": {"nb": "Laveste alder", "en": "Minimum age"},
    "reports.param.max_age": {"nb": "Høyeste alder", "en": "Maximum age"},
    "reports.param.age_limit": {"nb": "Gjelder mottakere under", "en": "Applies to recipients under"},
    "reports.param.allowed_days_before": {"nb": "Tillatt før vedtaket", "en": "Allowed before the decision"},
    "reports.param.tolerance_days": {"nb": "Tillatt avvik", "en": "Tolerance"},
    "reports.param.months": {"nb": "Frist", "en": "Time limit"},
    "reports.param.limit_months": {"nb": "Frist", "en": "Time limit"},
    "reports.param.extended_months": {"nb": "Frist ved forlengelse", "en": "Time limit when extended"},
    # a case's facts, where the parameter's word would mislead: kvp.max_duration's months in force for
    # the case (extended or not) sit beside its limit «frist 15.01.2022»; «Frist: 24» read as a second deadline
    "reports.fact.limit_months": {"nb": "Lengste varighet (måneder)", "en": "Longest duration (months)"},
    "reports.param.extended_limit_months": {"nb": "Frist ved forlengelse", "en": "Time limit when extended"},
    "reports.param.min_evaluations": {"nb": "Minste antall evalueringer", "en": "Minimum number of evaluations"},
    "reports.param.min_hours": {"nb": "Minste antall timer per uke", "en": "Minimum hours per week"},
    "reports.param.target_share": {"nb": "Mål: minste andel", "en": "Target: minimum share"},
    "reports.param.target": {"nb": "Mål", "en": "Target"},
    "reports.param.target_days": {"nb": "Mål: høyeste median", "en": "Target: maximum median"},
    "reports.param.days": {"nb": "Frist", "en": "Time limit"},
    "reports.param.extended": {"nb": "Forlenget", "en": "Extended"},
    # a check's own word where its parameter is no time limit (checks.md: whom it applies to, what is short)
    "reports.param.stonad.kvp_information_long_term.months": {
        "nb": "Gjelder mottakere med stønad i minst (av de siste 12 månedene)",
        "en": "Applies to recipients on assistance for at least (of the last 12 months)"},
    "reports.param.stonad.short_decisions.months": {"nb": "Kortvarig når perioden er under",
                                                    "en": "Short when the period is under"},
    "reports.param.stonad.follow_up_after_decision.days": {"nb": "Møte senest etter vedtaket",
                                                           "en": "Meeting at the latest after the decision"},
    "reports.param.kvp.max_duration.months": {"nb": "Lengste varighet", "en": "Maximum duration"},
    "reports.param.kvp.max_duration.extended_months": {"nb": "Lengste varighet med begrunnet forlengelse",
                                                       "en": "Maximum duration with a justified extension"},
    "reports.param.limit_days": {"nb": "Frist", "en": "Time limit"},
    "reports.param.limit_date": {"nb": "Fristdato", "en": "Due date"},
    # --- counts named for what they count ------------------------------------
    "reports.findings_in_cases": {
        "nb": "{findings} i {cases} med avvik eller til vurdering.",
        "en": "{findings} in {cases} at deviation or warning level.",
    },
    "reports.count.findings.one": {"nb": "{n} funn", "en": "{n} finding"},
    "reports.count.findings.other": {"nb": "{n} funn", "en": "{n} findings"},
    "reports.count.cases.one": {"nb": "{n} sak", "en": "{n} case"},
    "reports.count.cases.other": {"nb": "{n} saker", "en": "{n} cases"},
    "reports.count.checks.one": {"nb": "{n} kontroll", "en": "{n} check"},
    "reports.count.checks.other": {"nb": "{n} kontroller", "en": "{n} checks"},
    "reports.count.runs.one": {"nb": "{n} kjøring", "en": "{n} run"},
    "reports.count.runs.other": {"nb": "{n} kjøringer", "en": "{n} runs"},
    "reports.count.assessments.one": {"nb": "{n} vurdering", "en": "{n} assessment"},
    "reports.count.assessments.other": {"nb": "{n} vurderinger", "en": "{n} assessments"},
    "reports.count.deviations.one": {"nb": "{n} avvik", "en": "{n} deviation"},
    "reports.count.deviations.other": {"nb": "{n} avvik", "en": "{n} deviations"},
    "reports.count.warnings.one": {"nb": "{n} til vurdering", "en": "{n} warning"},
    "reports.count.warnings.other": {"nb": "{n} til vurdering", "en": "{n} warnings"},
    "reports.count.indicators.one": {"nb": "{n} indikator", "en": "{n} indicator"},
    "reports.count.indicators.other": {"nb": "{n} indikatorer", "en": "{n} indicators"},
    "reports.count.units.one": {"nb": "{n} enhet", "en": "{n} unit"},
    "reports.count.units.other": {"nb": "{n} enheter", "en": "{n} units"},
    # --- the rate chart ---------------------------------------------------------
    "reports.chart.rate_title": {
        "nb": "Andel avvik per kontroll (avvik av vurderte saker)",
        "en": "Deviation rate per check (deviations of cases evaluated)",
    },
    "reports.chart.rate_desc": {
        "nb": "Liggende søyler: andelen av de vurderte sakene som har avvik, per kontroll. Tallet bak søylen er andelen og antallet.",
        "en": "Horizontal bars: the share of the cases evaluated that have a deviation, per check. The figure after the bar is the share and the count.",
    },
    "reports.chart.bar_value": {"nb": "{rate} ({failed} av {evaluated})", "en": "{rate} ({failed} of {evaluated})"},
    "reports.chart.axis": {"nb": "Andel avvik av vurderte saker", "en": "Deviations as a share of cases evaluated"},
    "reports.matrix.cell": {"nb": "{failed} av {evaluated}", "en": "{failed} of {evaluated}"},
    "reports.matrix.rate_caption": {
        "nb": "Andel avvik per kontor og kontroll (antall avvik av vurderte saker under)",
        "en": "Deviation rate per office and check (deviations of cases evaluated below)",
    },
    "reports.matrix.legend": {
        "nb": "Tegnforklaring: ● markerer den høyeste andelen for kontrollen; fet skrift og rød bakgrunn markerer celler med avvik. «–» betyr ikke vurdert.",
        "en": "Legend: ● marks the highest rate for the check; bold text on a red background marks cells with deviations. “–” means not evaluated.",
    },
    "reports.matrix.total_findings": {"nb": "Funn i alt (antall avvik)", "en": "Findings in all (deviations)"},
    "reports.matrix.all": {"nb": "Alle", "en": "All"},
    "reports.municipality_no": {"nb": "kommune {number}", "en": "municipality {number}"},
    "reports.where.rates_sheet": {"nb": "Andel avvik", "en": "Deviation rate"},
    "reports.where.counts_heading": {"nb": "Antall avvik per kontor og kontroll", "en": "Deviations per office and check"},
    "reports.where.counts_municipality": {"nb": "Antall avvik per kommune", "en": "Deviations per municipality"},
    # --- navigation -----------------------------------------------------------
    "reports.nav.to_cases": {"nb": "Se sakene", "en": "See the cases"},
    "reports.nav.to_summary": {"nb": "Tilbake til sammendraget", "en": "Back to the summary"},
    "reports.nav.checks": {"nb": "Kontroller", "en": "Checks"},
    "reports.nav.top": {"nb": "Til toppen", "en": "To the top"},
}
TEXT.update({
    # --- the comparison across units ----------------------------------------------
    "reports.compare.whole_municipality": {"nb": "Hele kommunen ({municipality})", "en": "Whole municipality ({municipality})"},
    "reports.compare.no_office": {"nb": "(uten kontor)", "en": "(no office)"},
    "reports.compare.note.sources": {
        "nb": "Enhetene bygger på ulike kilder: KOSTRA-fil ({kostra}) og saksuttrekk ({export}). En KOSTRA-fil mangler "
              "enkelte kolonner (f.eks. dato for foreløpig svar), så andelene er ikke direkte sammenlignbare.",
        "en": "The units rest on different sources: a KOSTRA file ({kostra}) and case exports ({export}). A KOSTRA file "
              "lacks some columns (e.g. the preliminary-reply date), so the rates are not directly comparable.",
    },
    "reports.compare.note.sample": {
        "nb": "{sample} bygger på et utvalg av saker som er gjennomgått; {whole} bygger på alle sakene i uttrekket. "
              "Et utvalg gir bredere usikkerhet, og utvalget kan være trukket annerledes enn populasjonen.",
        "en": "{sample} rests on a reviewed sample of cases; {whole} on every case in the export. "
              "A sample gives a wider uncertainty and may be drawn differently from the population.",
    },
    "reports.compare.note.column": {
        "nb": "{units} mangler kolonnen «{column}» som kontrollen bruker; andelen kan være lavere av den grunn alene.",
        "en": "{units} lack the column “{column}” the check uses; the rate may be lower for that reason alone.",
    },
    "reports.compare.note.parameter": {
        "nb": "Ulik verdi for «{name}»: {values}.",
        "en": "Different value of “{name}”: {values}.",
    },
    "reports.compare.few_cases": {"nb": "få saker, ikke rangert", "en": "few cases, not ranked"},
    "reports.compare.no_difference": {"nb": "ikke påvisbar forskjell", "en": "no detectable difference"},
    "reports.compare.no_difference_from": {
        "nb": "ikke påvisbar forskjell fra {units}", "en": "no detectable difference from {units}",
    },
    "reports.compare.overview_caption": {
        "nb": "Oversikt: andel avvik per kontroll og {by}", "en": "Overview: deviation rate per check and {by}",
    },
    "reports.compare.legend": {
        "nb": "Tegnforklaring: tallet er andelen saker med avvik av de vurderte. Fargen følger andelen: grønn 0 %, gul under "
              "10 %, oransje 10–25 %, rød 25 % og over. * = færre enn {n} vurderte saker (usikker andel). "
              "▲ = høyest andel for kontrollen og påvisbart forskjellig fra de andre. – = ikke vurdert.",
        "en": "Legend: the figure is the share of the cases judged with a deviation. The colour follows the rate: green 0 %, "
              "yellow below 10 %, orange 10–25 %, red 25 % and above. * = fewer than {n} cases judged (uncertain rate). "
              "▲ = highest rate for the check and detectably different from the others. – = not evaluated.",
    },
    "reports.compare.axis": {"nb": "Andel avvik med 95 % konfidensintervall", "en": "Deviation rate with 95% confidence interval"},
    "reports.compare.chart_desc": {
        "nb": "Per enhet: punktet er andelen avvik, streken er 95 % konfidensintervall.",
        "en": "Per unit: the dot is the deviation rate, the line is the 95% confidence interval.",
    },
    "reports.compare.rank_note": {
        "nb": "Rang vises bare der konfidensintervallet ikke overlapper andre enheters; ellers står det «ikke påvisbar forskjell».",
        "en": "A rank is shown only where the confidence interval overlaps no other unit's; otherwise it says “no detectable difference”.",
    },
    "reports.compare.contents": {"nb": "Innhold", "en": "Contents"},
    "reports.compare.checks_heading": {"nb": "Kontrollene enkeltvis", "en": "The checks one by one"},
    "reports.compare.distinct": {"nb": "Påvisbar forskjell", "en": "Detectable difference"},
})
TEXT.update({
    # --- the annual report ----------------------------------------------------------
    "reports.annual.rate_of_assessments": {"nb": "{failed} av {evaluated}", "en": "{failed} of {evaluated}"},
    "reports.annual.total_of_assessments": {"nb": "avvik av vurderinger", "en": "deviations of assessments"},
    "reports.kind.annual": {"nb": "årsrapport", "en": "annual report"},
    "reports.quote": {"nb": "«{text}»", "en": "“{text}”"},
    "reports.annual.finding_cases": {"nb": "Funnene gjaldt {cases}.", "en": "The findings concerned {cases}."},
    "reports.annual.line_skipped": {
        "nb": "Omfanget «{scope}» kontrollerer de samme sakene som «{counted}» og er ikke talt med en gang til.",
        "en": "The scope “{scope}” audits the same cases as “{counted}” and is not counted again.",
    },
    "reports.annual.too_few_total": {
        "nb": "Endringen gjennom året omtales ikke fordi et av kvartalene bygger på færre enn {min} vurderte saker.",
        "en": "The change through the year is not described because one of the quarters rests on fewer than {min} cases evaluated.",
    },
    "reports.annual.too_few_checks": {
        "nb": "For {checks} bygger tallene på færre enn {min} vurderte saker i et kvartal, så endringen omtales ikke.",
        "en": "For {checks}, the figures rest on fewer than {min} cases evaluated in a quarter, so the change is not described.",
    },
    "reports.annual.min_cases_method": {
        "nb": "En endring i andelen avvik omtales i sammendraget bare når begge kvartalene bygger på minst {min} vurderte saker.",
        "en": "A change in the deviation rate is described in the summary only when both quarters rest on at least {min} cases evaluated.",
    },
    "reports.annual.lines_method": {
        "nb": "Omfang som kontrollerer de samme kommunene ({municipalities}), telles én gang: årsrapporten teller «{counted}» og ikke «{scope}».",
        "en": "Scopes that audit the same municipalities ({municipalities}) are counted once: the report counts “{counted}”, not “{scope}”.",
    },
    "reports.annual.col.open_findings": {"nb": "Åpne funn ved årsslutt", "en": "Open findings at year end"},
    "reports.annual.col.overdue": {"nb": "Forfalte tiltak", "en": "Overdue actions"},
})
