"""Words of the check catalogue that are not part of one check's declaration: the generic
reasons a case gets when its check declares none that fits, and the catalogue document's
headings (``nav-audit checks --format md``). A check's own reason texts live with its
declaration in checks/kvp.py and checks/stonad.py."""

TEXT: dict[str, dict[str, str]] = {
    "checks.reason.requirement_not_met": {"nb": "Kravet er ikke oppfylt.", "en": "The requirement is not met."},
    "checks.reason.above_limit": {"nb": "Målt verdi er over grensen.", "en": "The measured value is above the limit."},
    "checks.reason.below_limit": {"nb": "Målt verdi er under grensen.", "en": "The measured value is below the limit."},
    "checks.reason.above_warning_limit": {"nb": "Målt verdi er over vurderingsgrensen.",
                                          "en": "The measured value is above the warning limit."},
    "checks.reason.below_warning_limit": {"nb": "Målt verdi er under vurderingsgrensen.",
                                          "en": "The measured value is below the warning limit."},
    "checks.basis.law": {"nb": "lov", "en": "law"},
    "checks.basis.practice": {"nb": "praksis", "en": "practice"},
    "checks.basis.none": {"nb": "—", "en": "—"},
    # the catalogue document (nav-audit checks --format md, docs/checks.md)
    "checks.md.title": {"nb": "Kontrollkatalogen", "en": "The check catalogue"},
    "checks.md.intro": {
        "nb": "Dette dokumentet er laget av `nav-audit checks --format md` fra kontrollenes deklarasjoner "
              "(checks/kvp.py og checks/stonad.py). Eksemplene er kjørt gjennom verktøyet i testene, så de viser "
              "det verktøyet faktisk finner. For hver kontroll står kravet med egne ord, hjemmelen, hvem kontrollen "
              "gjelder, tersklene og om de følger av loven eller er praksis, fra hvilken dato regelen gjelder, "
              "ordene for kodene i kolonnene den leser, og ordene den har i et utkast til funn.",
        "en": "This document is made by `nav-audit checks --format md` from the check declarations "
              "(checks/kvp.py and checks/stonad.py). The examples are run through the tool by the tests, so they "
              "show what the tool actually finds. For each check: the requirement in plain words, the legal "
              "source, whom it applies to, the thresholds and whether law or practice sets them, the date "
              "the rule applies from, the words for the codes of the columns it reads, and its words in a draft "
              "finding."},
    "checks.md.common_rules": {"nb": "Felles regler", "en": "Common rules"},
    "checks.md.rule.as_of": {
        "nb": "**Kontrolldato** (as_of) er datoen kontrollen gjelder. Et steg som skulle vært gjort innen den "
              "datoen og mangler dato, vurderes som om det skjedde på kontrolldatoen.",
        "en": "**The audit date** (as_of) is the date the audit is made for. A step that should have happened by "
              "then and has no date is judged as if it happened on the audit date."},
    "checks.md.rule.days": {
        "nb": "**Dager** er kalenderdager. «Mer enn 30 dager» betyr 31 dager eller flere.",
        "en": "**Days** are calendar days. «More than 30 days» means 31 or more."},
    "checks.md.rule.months": {
        "nb": "**Måneder:** D + 1 måned er samme dag neste måned, eller siste dag i måneden når den mangler "
              "datoen (31.01 + 1 måned = 28.02 eller 29.02).",
        "en": "**Months:** D + 1 month is the same day next month, or that month's last day when it has no such "
              "day (31 January + 1 month = 28/29 February)."},
    "checks.md.rule.age": {
        "nb": "**Alder** er fylte år på datoen kontrollen nevner. Den som er født 29.02, fyller år 01.03 i år "
              "som ikke er skuddår. Med bare fødselsår: årstallet minus fødselsåret. En fødsel etter datoen gir "
              "ingen alder (ukjent). "
              "Fødselsdato vises aldri i resultatene.",
        "en": "**Age** is full years on the date the check names. Someone born on 29 February has their birthday "
              "on 1 March in a year that is not a leap year. With only a birth year: the year minus the "
              "birth year. A birth after that date gives no age (unknown). A birth date is never shown in the results."},
    "checks.md.rule.empty": {
        "nb": "**Tomme verdier:** en tom ja/nei-verdi eller et tomt tall betyr «ukjent»; saken telles som ukjent, "
              "ikke som i orden.",
        "en": "**Empty values:** an empty yes/no or number means «not known»; the case counts as unknown, not as "
              "compliant."},
    "checks.md.rule.in_force": {
        "nb": "**Gjeldende rett:** en regel gjelder bare hendelser fra den datoen den trådte i kraft "
              "(§ 20 a: 01.01.2017; § 18 tredje ledd om barnetrygd: 01.09.2022; lovendringen om KVP: 01.01.2019). "
              "Hver sak vurderes etter grensen som gjaldt på hendelsesdatoen, og saken viser grensen og versjonen.",
        "en": "**Law in force:** a rule applies only to events from the day it came into force (§ 20 a: "
              "2017-01-01; § 18 tredje ledd on child benefit: 2022-09-01; the KVP amendment: 2019-01-01). Each "
              "case is judged by the limit in force on its event date and shows that limit and version."},
    "checks.md.rule.law_or_practice": {
        "nb": "**Lov eller praksis:** en terskel er enten satt i loven (aldersgrenser, én måned i forvaltningsloven "
              "§ 11 a, lengste varighet) eller en anbefalt praksis som loven ikke fastsetter som tall. Funn mot en "
              "praksisterskel er ikke i seg selv et lovbrudd.",
        "en": "**Law or practice:** a threshold is either set by law (age limits, one month in fvl § 11 a, the "
              "maximum duration) or a recommended practice the law does not fix as a number. A finding against a "
              "practice threshold is not by itself a breach of the law."},
    "checks.md.rule.kinds": {
        "nb": "**Typer:** *avvik* er brudd på et krav; *indikator* er et tall ledere følger, med et mål, aldri et "
              "brudd; *data* betyr at uttrekket ikke henger sammen.",
        "en": "**Kinds:** *deviation* is a breach of a requirement; *indicator* is a figure leaders follow, with a "
              "target, never a breach; *data* means the export is inconsistent."},
    "checks.md.suite": {"nb": "Suite", "en": "Suite"},
    "checks.md.requirement": {"nb": "Krav", "en": "Requirement"},
    "checks.md.kind": {"nb": "Type", "en": "Kind"},
    "checks.md.kind.deviation": {"nb": "avvik", "en": "deviation"},
    "checks.md.kind.indicator": {"nb": "indikator", "en": "indicator"},
    "checks.md.kind.data": {"nb": "data", "en": "data"},
    "checks.md.basis": {"nb": "Lov eller praksis", "en": "Law or practice"},
    "checks.md.legal_basis": {"nb": "Hjemmel", "en": "Legal basis"},
    "checks.md.sources": {"nb": "Rettskilder", "en": "Legal sources"},
    "checks.md.practice_source": {"nb": "Statsforvalterens praksis", "en": "The county governor's practice"},
    "checks.md.regulation": {"nb": "forskrift", "en": "regulation"},
    "checks.md.applies_to": {"nb": "Gjelder", "en": "Applies to"},
    "checks.md.measure": {"nb": "Måles", "en": "Measured"},
    "checks.md.levels": {"nb": "Nivå", "en": "Level"},
    "checks.md.in_force_from": {"nb": "Gjelder fra", "en": "In force from"},
    "checks.md.in_force_to": {"nb": "Gjelder til", "en": "In force until"},
    "checks.md.always": {"nb": "hele perioden verktøyet reviderer (ingen senere ikrafttredelse)",
                         "en": "the whole period the tool audits (no later entry into force)"},
    "checks.md.needs": {"nb": "Kolonner", "en": "Columns"},
    "checks.md.any_of": {"nb": "én av {columns}", "en": "one of {columns}"},
    "checks.md.at_least": {"nb": "minst {n} av {columns}", "en": "at least {n} of {columns}"},
    "checks.md.optional": {"nb": "valgfrie", "en": "optional"},
    "checks.md.none": {"nb": "ingen (ikke et lovkrav)", "en": "none (not a legal requirement)"},
    "checks.md.parameter": {"nb": "Parameter", "en": "Parameter"},
    "checks.md.value": {"nb": "Standardverdi", "en": "Default"},
    "checks.md.threshold_basis": {"nb": "Lov eller praksis", "en": "Law or practice"},
    "checks.md.description": {"nb": "Betydning", "en": "Meaning"},
    "checks.md.reasons": {"nb": "Begrunnelser en sak kan få", "en": "Reasons a case can get"},
    "checks.md.examples": {"nb": "Eksempler", "en": "Examples"},
    "checks.md.passes": {"nb": "Består", "en": "Passes"},
    "checks.md.fails": {"nb": "Feiler", "en": "Fails"},
    "checks.md.example_line": {"nb": "{values}; kontrolldato {as_of} → {level}.",
                               "en": "{values}; audit date {as_of} → {level}."},
    "checks.md.level.ok": {"nb": "i orden", "en": "ok"},
    "checks.md.level.warning": {"nb": "til vurdering", "en": "warning"},
    "checks.md.level.deviation": {"nb": "avvik", "en": "deviation"},
    "checks.md.fails_when_not_met": {"nb": "{level} når kravet ikke er oppfylt", "en": "{level} when the requirement is not met"},
    "checks.md.fails_above": {"nb": "{level} når målt verdi er over {limit}", "en": "{level} when the value is above {limit}"},
    "checks.md.fails_below": {"nb": "{level} når målt verdi er under {limit}", "en": "{level} when the value is below {limit}"},
    "checks.md.computed_limit": {"nb": "grensen beregnet for saken", "en": "the limit computed for the case"},
    "checks.md.fails_after_date": {"nb": "{level} når det som måles, skjedde etter fristdatoen (fristdatoen vises per sak)",
                                   "en": "{level} when what is measured happened after the limit date (shown per case)"},
    "checks.md.target_at_least": {"nb": "mål: minst", "en": "target: at least"},
    "checks.md.target_at_most": {"nb": "mål: høyst", "en": "target: at most"},
    "checks.md.before": {"nb": "før {date}", "en": "before {date}"},
    "checks.md.from": {"nb": "fra {date}", "en": "from {date}"},
    "checks.md.yes": {"nb": "ja", "en": "yes"},
    "checks.md.no": {"nb": "nei", "en": "no"},
    "checks.md.empty": {"nb": "(tom)", "en": "(empty)"},
}
