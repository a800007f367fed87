"""Units of measured values and limits."""

TEXT: dict[str, dict[str, str]] = {
    "unit.days.one": {"nb": "dag", "en": "day"},
    "unit.days.other": {"nb": "dager", "en": "days"},
    "unit.working_days.one": {"nb": "virkedag", "en": "working day"},
    "unit.working_days.other": {"nb": "virkedager", "en": "working days"},
    "unit.months.one": {"nb": "måned", "en": "month"},
    "unit.months.other": {"nb": "måneder", "en": "months"},
    "unit.years.one": {"nb": "år", "en": "year"},
    "unit.years.other": {"nb": "år", "en": "years"},
    "unit.hours.one": {"nb": "time", "en": "hour"},
    "unit.hours.other": {"nb": "timer", "en": "hours"},
    "unit.hours_per_week.one": {"nb": "time per uke", "en": "hour per week"},
    "unit.hours_per_week.other": {"nb": "timer per uke", "en": "hours per week"},
    "unit.count.one": {"nb": "stk.", "en": "pcs."},
    "unit.count.other": {"nb": "stk.", "en": "pcs."},
}
