"""Themes of a supervision report: which checks each requirement rests on, and its title.

The county governor's inspection reports (system audits) are written per theme: the
requirement (krav) with its legal basis, what was found, the assessment and a
conclusion — a *lovbrudd* («Kommunen sikrer ikke at … Dette er lovbrudd på …») when the
failure is systematic, a *merknad* when it is not. A theme here is its title and the
checks it rests on (by id, in the order the report states them); each check's own words
in the finding — the requirement, what was found, what the municipality must ensure, the
legal basis of a breach, the practice behind a practice threshold — are part of the
check's declaration (``finding=Finding(...)`` in ``checks/kvp.py`` and ``checks/stonad.py``),
so a lawyer reviews one check in one place. Internal control, concluded when a report has
a lovbrudd, is declared here because it belongs to no check.

Texts are ``(bokmål, English)``. Which conclusion a theme reaches (materiality) is
decided in :mod:`audit.findings`; nothing here computes.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.base import Words  # (bokmål, English)


@dataclass(frozen=True)
class Theme:
    id: str
    suite: str
    title: Words
    checks: tuple[str, ...]  # check ids; each check's finding words are in its declaration


THEMES: tuple[Theme, ...] = (
    Theme("kvp.information", "kvp",
          ("Informasjon om kvalifiseringsprogrammet", "Information about the qualification programme"),
          ("kvp.early_information",)),
    Theme("kvp.processing", "kvp", ("Saksbehandling og vedtak", "Case processing and decisions"),
          ("kvp.processing_time", "kvp.work_ability_assessment", "kvp.age", "kvp.appeal_info")),
    Theme("kvp.grounds", "kvp", ("Begrunnelse i vedtaket", "Grounds in the decision"),
          ("kvp.grounds.age", "kvp.grounds.work_ability", "kvp.grounds.benefits", "kvp.grounds.necessity",
           "kvp.grounds.program")),
    Theme("kvp.start", "kvp", ("Oppstart og venteliste", "Start and waiting list"),
          ("kvp.before_decision", "kvp.start_delay")),
    Theme("kvp.content", "kvp", ("Programmets innhold og evaluering", "Programme content and evaluation"),
          ("kvp.full_time", "kvp.evaluation_planned")),
    Theme("kvp.duration", "kvp", ("Varighet og forlengelse", "Duration and extension"),
          ("kvp.duration_stated", "kvp.max_duration", "kvp.extension_in_time")),
    Theme("stonad.processing", "stonad", ("Saksbehandlingstid", "Processing time"),
          ("stonad.processing_time",)),
    Theme("stonad.emergency", "stonad", ("Nødhjelp", "Emergency help"),
          ("stonad.emergency_same_day",)),
    Theme("stonad.young", "stonad",
          ("Vilkår om aktivitet for unge mottakere", "Activity conditions for young recipients"),
          ("stonad.activity_conditions_under_30",)),
    Theme("stonad.children", "stonad", ("Barn i husholdningen", "Children in the household"),
          ("stonad.child_benefit_excluded",)),
    Theme("stonad.kvp_information", "stonad",
          ("Informasjon om kvalifiseringsprogrammet", "Information about the qualification programme"),
          ("stonad.kvp_information_long_term",)),
)

# Internal control (sosialtjenesteloven § 5, jf. kommuneloven § 25-1, from 2021-01-01): concluded when a report
# has at least one lovbrudd.
INTERNAL_CONTROL_FROM = "2021-01-01"
INTERNAL_CONTROL = {
    "title": ("Internkontroll", "Internal control"),
    "requirement": (
        "Etter sosialtjenesteloven § 5, jf. kommuneloven § 25-1, skal kommunen ha internkontroll med at oppgavene "
        "etter loven utføres i samsvar med lover og forskrifter. Internkontrollen skal være systematisk og tilpasset "
        "virksomhetens størrelse, egenart, aktiviteter og risikoforhold.",
        "Under the Social Services Act section 5, cf. the Local Government Act section 25-1, the municipality must "
        "have internal control ensuring that its duties under the Act are carried out in accordance with the law. "
        "Internal control must be systematic and adapted to the size, nature, activities and risks of the service."),
    "breach": ("sosialtjenesteloven § 5, jf. kommuneloven § 25-1",
               "the Social Services Act section 5, cf. the Local Government Act section 25-1"),
    "breach_before": ("sosialtjenesteloven § 5 og forskrift om internkontroll for kommunen i arbeids- og "
                      "velferdsforvaltningen",
                      "the Social Services Act section 5 and the regulations on internal control for the municipality "
                      "in the labour and welfare administration"),
}


def themes_for(suite: str | None) -> list[Theme]:
    """The themes of a suite, in report order (all themes when ``suite`` is None)."""
    return [t for t in THEMES if suite is None or t.suite == suite]


def theme_of(check_id: str) -> Theme | None:
    """The theme a check belongs to."""
    return next((t for t in THEMES if check_id in t.checks), None)
