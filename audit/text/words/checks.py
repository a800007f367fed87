"""Words of the check catalogue that are not part of one check's declaration: the generic
reasons a case gets when its check declares none that fits, and the catalogue document's
headings (``nav-audit checks --format md``). A check's own reason texts live with its
declaration in checks/kvp.py and checks/stonad.py."""

TEXT: dict[str, dict[str, str]] = {
    "checks.reason.requirement_not_met": {"nb": "Kravet er ikke oppfylt.", "en": "The requirement is not met."},
    "checks.reason.above_limit": {"nb": "Målt verdi er over grensen.", "en": "The measured value is above the limit."},
    "checks.reason.below_limit": {"nb": "Målt verdi er under grensen.", "en": "The measured value is below the limit."},
    "checks.reason.above_warning_limit": {"nb": "Målt verdi er over varselgrensen.",
                                          "en": "The measured value is above the warning limit."},
    "checks.reason.below_warning_limit": {"nb": "Målt verdi er under varselgrensen.",
                                          "en": "The measured value is below the warning limit."},
    "checks.basis.law": {"nb": "lov", "en": "law"},
    "checks.basis.practice": {"nb": "praksis", "en": "practice"},
    "checks.basis.none": {"nb": "—", "en": "—"},
}
