"""Words and terms of a letter: sentences (simplemma's split), words with their lemmas, and where a declared
term (vocabulary.py: «arbeidsevne», «helseplage*», «ikke vært nok») or a named pattern occurs in a sentence.

The layer under :mod:`audit.grounds.classify`, which applies the rules to these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from audit.grounds import vocabulary as V

# --------------------------------------------------------------------------- words


TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*-?|\d+(?:[.,]\d+)*|§|[^\w\s]")


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    import simplemma

    try:
        return simplemma.lemmatize(word, lang=V.LANGUAGES).lower()
    except Exception:  # noqa: BLE001 - an odd token: its own form
        return word


@dataclass
class Sentence:
    paragraph: int
    text: str
    words: list[str]  # lower case
    lemmas: list[str]
    lead: "Sentence | None" = None  # a list item: the lead-in line it continues (its words come first)


def tokens(text: str) -> tuple[list[str], list[str]]:
    words = [w.lower() for w in TOKEN.findall(text)]
    return words, [lemma(w) if w.isalpha() else w for w in words]


# After simplemma's split: "§ 29. Du …" ends a sentence (simplemma keeps "29." as an ordinal).
_ORDINAL_END = re.compile(r"(?<=\s\d\.)\s+(?=[A-ZÆØÅ])|(?<=\s\d\d\.)\s+(?=[A-ZÆØÅ])")


def split_sentences(paragraph: str) -> list[str]:
    import simplemma

    out: list[str] = []
    for s in simplemma.split_sentences(paragraph, lang="nb"):
        for x in _ORDINAL_END.split(s):
            x = x.strip()
            if not x:
                continue
            # «…, jf. § 30.» is one sentence (simplemma ends one after the abbreviation); round 14: a sentence does not
            # end inside a parenthesis («Rundskrivet (Hovednr. 35) sier at …» is one sentence, not «Rundskrivet
            # (Hovednr.» and a sentence «35) sier at …» that no longer cites the circular)
            if out and (out[-1].lower().endswith(_ABBREVIATIONS) or _opens_parenthesis(out[-1], x)):
                out[-1] = f"{out[-1]} {x}"
            else:
                out.append(x)
    return out


def _opens_parenthesis(before: str, after: str) -> bool:
    """``before`` leaves a parenthesis open that ``after`` closes."""
    return before.count("(") > before.count(")") and ")" in after.split("(", 1)[0]


# round 17: the abbreviations that point into a source («pkt.», «kap.», «avsn.», «bokst.», «art.») end no sentence
# either («Rundskriv pkt. 4.29.2: …» is one sentence that cites the circular)
_ABBREVIATIONS = (" jf.", " jfr.", " bl.a.", " f.eks.", " ca.", " kr.", " nr.", " pr.", " evt.", " pkt.", " kap.",
                  " avsn.", " bokst.", " art.")


# --------------------------------------------------------------------------- terms


@lru_cache(maxsize=None)
def _compiled(term: str) -> tuple:
    parts = []
    for w in term.lower().split():
        if "*" in w:
            parts.append(re.compile("^" + ".*".join(re.escape(x) for x in w.split("*")) + "$"))
        else:
            parts.append(w)
    return tuple(parts)


def _word_matches(part, word: str, lem: str) -> bool:
    if isinstance(part, str):
        hit = part == word or part == lem
    else:
        hit = bool(part.match(word) or part.match(lem))
    if not hit and "-" in word.strip("-"):
        # a compound written with a hyphen is matched by its last part too («hjerneslag-diagnose»: diagnose)
        tail = word.rsplit("-", 1)[1]
        return _word_matches(part, tail, lemma(tail))
    return hit


@lru_cache(maxsize=None)
def _plain_parts(term: str) -> frozenset[str]:
    """The parts of ``term`` without a wildcard: each must be one of the sentence's forms for the term to occur."""
    return frozenset(p for p in _compiled(term) if isinstance(p, str))


def _forms(s: Sentence) -> set[str]:
    """Every form a plain part can match in the sentence: its words, their lemmas, a hyphenated word's last part
    and that part's lemma (what :func:`_word_matches` compares)."""
    forms = set(s.words)
    forms.update(s.lemmas)
    for w in s.words:
        if "-" in w.strip("-"):
            tail = w.rsplit("-", 1)[1]
            forms.add(tail)
            forms.add(lemma(tail))
    return forms


def find_term(term: str, s: Sentence, forms: set[str] | None = None) -> list[int]:
    """Positions (first word) where ``term`` occurs in the sentence.

    A term one of whose plain words is none of the sentence's forms cannot occur: it is not scanned for (the same
    answer, found without comparing every word with every part).
    """
    if not _plain_parts(term) <= (_forms(s) if forms is None else forms):
        return []
    parts = _compiled(term)
    n = len(parts)
    hits = []
    for i in range(len(s.words) - n + 1):
        if all(_word_matches(parts[k], s.words[i + k], s.lemmas[i + k]) for k in range(n)):
            hits.append(i)
    return hits


def find_terms(terms, s: Sentence) -> dict[str, list[int]]:
    """Term -> positions, for the terms that occur in the sentence.

    The rules ask the same list about the same words many times (a sentence is read for each criterion and each
    principle); a declared list (a tuple) is answered once per word sequence and the answer remembered.
    """
    if type(terms) is tuple:
        return {t: list(p) for t, p in _find_terms_remembered(terms, tuple(s.words), tuple(s.lemmas))}
    return _find_terms(terms, s)


@lru_cache(maxsize=1 << 16)
def _find_terms_remembered(terms: tuple, words: tuple, lemmas: tuple) -> tuple:
    found = _find_terms(terms, Sentence(0, "", list(words), list(lemmas)))
    return tuple((t, tuple(p)) for t, p in found.items())


def _find_terms(terms, s: Sentence) -> dict[str, list[int]]:
    out = {}
    forms = _forms(s)
    for t in terms:
        pos = find_term(t, s, forms)
        if pos:
            out[t] = pos
    return out


@lru_cache(maxsize=None)
def _pattern(name: str) -> re.Pattern:
    return re.compile(V.PATTERNS[name], re.IGNORECASE)


def find_patterns(names, s: Sentence) -> dict[str, list[int]]:
    """Pattern name -> word positions (approximate: the word index where the match starts)."""
    out = {}
    for name in names:
        pos = []
        for m in _pattern(name).finditer(s.text):
            pos.append(len(TOKEN.findall(s.text[: m.start()])))
        if pos:
            out[name] = pos
    return out


__all__ = ["TOKEN", "Sentence", "find_patterns", "find_term", "find_terms", "lemma", "split_sentences", "tokens"]
