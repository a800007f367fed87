"""Matching an export's headers to canonical columns, and its values to canonical values.

A header gets a score (0–100) for every canonical column: the best of

* the fuzzy similarity of the whole header to a phrase of :mod:`audit.onboarding.names`
  (rapidfuzz ``ratio`` on the text with and without spaces; ``token_set_ratio`` when the
  phrase's words all occur in the header, less 4 points per extra word), and
* a cue match (every cue group of the column found in the header: 82 for one group,
  86 for two),

then moved by what the header's values look like (dates for a date column, yes/no for a
boolean, known words for a category; a clash costs 25–60 points). Headers and columns are
paired greedily, best score first, each used once. Scores of 95 and up are «high»
confidence, 82 and up «medium», 70 and up «low»; below 70 a column is left unmapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from audit.datasets import BOOL, CATEGORY, DATE, INT, NUM, TEXT, Dataset
from audit.onboarding.inspect import ColumnFacts, bool_word, fold, normalise
from audit.onboarding.names import (CATEGORY_WORDS, FLAG_MAX_VALUES, FLAG_WORDS, KOSTRA_YES_NO, NATIVE_FALSE, NATIVE_TRUE,
                                    OUTCOME_CODES, Names, names_for)

ACCEPT, MEDIUM, HIGH = 70, 82, 95
FLAG = 84  # a category column whose values name a boolean column's flag: medium, whatever its header


def confidence(score: float) -> str:
    return "high" if score >= HIGH else "medium" if score >= MEDIUM else "low"


def has_stem(stem: str, text: str) -> bool:
    """``stem`` in the normalised ``text``: whole word (≤ 3 letters), word start (4), or inside a word (≥ 5)."""
    if " " in stem.strip():
        return f" {stem.strip()}" in f" {text}"
    for w in text.split():
        if len(stem) <= 3:
            if w == stem:
                return True
        elif w.startswith(stem) or (len(stem) >= 5 and stem in w):
            return True
    return False


def phrase_score(header: str, phrases: tuple[str, ...]) -> float:
    hw = header.split()
    compact = header.replace(" ", "")
    best = 0.0
    for phrase in phrases:
        p = normalise(phrase)
        if p == header or p.replace(" ", "") == compact:
            return 100.0
        s = max(fuzz.ratio(header, p), fuzz.ratio(compact, p.replace(" ", "")))
        pw = p.split()
        if pw and all(w in hw for w in pw):
            s = max(s, min(92.0, 100.0 - 4 * (len(hw) - len(pw))))
        best = max(best, s)
    return best


def cue_score(header: str, names: Names) -> float:
    if not names.cues or not all(any(has_stem(s, header) for s in group) for group in names.cues):
        return 0.0
    return min(90.0, 78.0 + 4 * len(names.cues))


def flag_value(column: str, raw: str) -> bool:
    """In a category column holding ``column``'s flag: does this value say it (a flag word in it)?"""
    text = normalise(raw, expand=False)
    return any(has_stem(word, text) for word in FLAG_WORDS[column])


def holds_flag(column: str, facts: ColumnFacts | None) -> bool:
    """A category column (a few words, not yes/no) with a value naming ``column``'s flag (e.g. «Nødhjelp»)."""
    return (column in FLAG_WORDS and facts is not None and facts.kind == "text" and bool(facts.distinct)
            and len(facts.distinct) <= FLAG_MAX_VALUES and any(flag_value(column, v) for v in facts.distinct))


def type_fit(col_type: str, col_name: str, facts: ColumnFacts | None, categories: tuple[str, ...]) -> float:
    """Points for values that fit the column's type (positive) or clash with it (negative)."""
    if facts is None or facts.kind == "empty":
        return 0.0
    kind = facts.kind
    if kind == "identity":
        return 0.0 if col_name in ("case_id", "application_id") else -60.0
    if col_type == DATE:
        return 8.0 if kind == "date" else -40.0
    if kind == "date":
        return -40.0
    if col_type == BOOL:
        return 8.0 if kind == "boolean" else -25.0
    if col_type == INT:
        return 5.0 if kind == "integer" else 0.0 if kind == "boolean" else -10.0 if kind == "number" else -30.0
    if col_type == NUM:
        return 5.0 if kind in ("integer", "number") else -30.0
    if col_type == CATEGORY:
        if not facts.distinct:
            return -20.0
        known = sum(n for v, n in facts.distinct.items() if value_for(col_name, v, categories)[0] is not None)
        share = known / max(1, sum(facts.distinct.values()))
        return 8.0 if share >= 0.5 else -5.0 if share > 0 else -20.0
    if col_type == TEXT and kind == "boolean":
        return -10.0
    return 0.0


@dataclass
class Match:
    column: str
    header: str
    score: float
    phrase: float
    cue: float
    fit: float

    @property
    def confidence(self) -> str:
        return confidence(self.score)


def score(header: str, col, names: Names | None, facts: ColumnFacts | None) -> Match:
    h = normalise(header)
    n = names or Names(())
    phrases = (col.name.replace("_", " "),) + n.phrases
    ph = phrase_score(h, phrases)
    cu = cue_score(h, n)
    if ph < 100 and any(has_stem(s, h) for s in n.not_cues):
        ph, cu = min(ph, 40.0), 0.0
    fit = type_fit(col.type, col.name, facts, col.categories)
    if col.type == BOOL and holds_flag(col.name, facts):  # the values say it where the header does not
        return Match(col.name, header, max(ph, cu, FLAG), ph, cu, 0.0)
    if header.strip().lower() == col.name:  # `run` reads a canonical header as its column, whatever its values
        return Match(col.name, header, 100.0, 100.0, cu, fit)
    return Match(col.name, header, max(ph, cu) + fit, ph, cu, fit)


def match_headers(ds: Dataset, headers: list[str], facts: dict[str, ColumnFacts]) -> dict[str, Match]:
    """canonical column -> its best header (each header used once), for scores of at least ACCEPT."""
    names = names_for(ds.name)
    cands = [score(h, col, names.get(col.name), facts.get(h)) for col in ds.columns for h in headers]
    cands.sort(key=lambda m: (-m.score, -m.phrase, headers.index(m.header)))
    out: dict[str, Match] = {}
    used: set[str] = set()
    for m in cands:
        if m.score < ACCEPT:
            break
        if m.column in out or m.header in used:
            continue
        out[m.column] = m
        used.add(m.header)
    return out


# ---------------------------------------------------------------- values

_CODE_PREFIX = re.compile(r"^\s*(\d{1,2})\s*(?:[-:.)=]|\s)\s*\S")


def value_for(column: str, raw: str, categories: tuple[str, ...]) -> tuple[str | None, float]:
    """The canonical value ``raw`` means in a category column, and how sure (0–100); (None, 0) if unknown.

    The result may be a value outside ``categories`` (e.g. «partly» for kvp): callers check.
    """
    text = raw.strip()
    low = fold(text)
    if low in categories:
        return low, 100.0
    digits = re.sub(r"\.0+$", "", low)
    prefix = _CODE_PREFIX.match(text)
    code = digits if digits.isdigit() else prefix.group(1) if prefix else None
    if code is not None and column == "status" and code.lstrip("0") in tuple("1234567"):
        return code.lstrip("0"), 100.0 if digits.isdigit() else 95.0
    if code is not None and column == "outcome" and (code in OUTCOME_CODES or code.zfill(2) in OUTCOME_CODES):
        return OUTCOME_CODES.get(code, OUTCOME_CODES.get(code.zfill(2))), 95.0
    table = CATEGORY_WORDS.get(column)
    if not table:
        return None, 0.0
    norm = normalise(text[prefix.end(1):] if prefix else text, expand=False)
    best: tuple[str | None, float] = (None, 0.0)
    for target, phrases in table.items():
        for phrase in phrases:
            p = normalise(phrase, expand=False)
            if not p:
                continue
            if p == norm:
                s = 100.0
            elif len(p) >= 4 and f" {p} " in f" {norm} ":
                s = min(99.0, 80.0 + len(p) / 3)  # the longer phrase found is the more specific
            elif len(p) >= 5 and len(norm) >= 5 and fuzz.ratio(norm, p) >= 85:
                s = fuzz.ratio(norm, p) - 10
            elif _abbreviates(norm, p):
                s = 70.0 + fuzz.ratio(norm, p) / 10
            else:
                s = 0.0
            if s > best[1]:
                best = (target, s)
    return best if best[1] >= 70 else (None, 0.0)


def _abbreviates(short: str, word: str) -> bool:
    """«arb» for «arbeid», «sos hjelp» for «sosialhjelp»: same first letter, the letters in order."""
    a, b = short.replace(" ", ""), word.replace(" ", "")
    if len(a) < 3 or len(a) >= len(b) or a[0] != b[0]:
        return False
    it = iter(b)
    return all(ch in it for ch in a)


@dataclass
class ValueMap:
    entries: dict[str, object] = field(default_factory=dict)  # export value -> canonical value (only needed ones)
    native: list[str] = field(default_factory=list)  # values the loader reads by itself
    unknown: list[str] = field(default_factory=list)  # values nobody knows: the user decides
    outside: dict[str, str] = field(default_factory=dict)  # value -> a meaning this dataset does not have
    blank_false: bool = False  # a check-box column: blank means no
    known_share: float = 1.0  # share of the values (counted per row) that are understood


def value_map(col, facts: ColumnFacts) -> ValueMap:
    """The ``values`` entries a category or boolean column needs, from the values found."""
    vm = ValueMap()
    total = sum(facts.distinct.values()) or 1
    known = 0
    if col.type == BOOL and holds_flag(col.name, facts):
        vm.entries = {v: flag_value(col.name, v) for v in facts.distinct}
        known = total
    elif col.type == BOOL:
        lows = {fold(v.strip()) for v in facts.distinct}
        kostra = lows <= set(KOSTRA_YES_NO) and "2" in lows
        for v, n in facts.distinct.items():
            low = fold(v.strip())
            if kostra:
                vm.entries[v] = KOSTRA_YES_NO[low]
                known += n
            elif low in NATIVE_TRUE or low in NATIVE_FALSE:
                vm.native.append(v)
                known += n
            elif (b := bool_word(v)) is not None:
                vm.entries[v] = b
                known += n
            else:
                vm.unknown.append(v)
        trues = [v for v in facts.distinct if bool_word(v) is True or (kostra and v.strip() == "1")]
        falses = [v for v in facts.distinct if bool_word(v) is False or (kostra and v.strip() == "2")]
        vm.blank_false = bool(trues) and not falses and facts.total > facts.filled
    elif col.type == CATEGORY:
        for v, n in facts.distinct.items():
            target, _ = value_for(col.name, v, col.categories)
            if target is None:
                vm.unknown.append(v)
            elif target not in col.categories:
                vm.outside[v] = target
            else:
                known += n
                if v.strip().lower() == target:
                    vm.native.append(v)
                else:
                    vm.entries[v] = target
    vm.known_share = known / total
    return vm
