"""The letter's layout: its sentences, its lists (a lead-in and its items), its headings, and which criteria a
sentence names (vocabulary.py, rules 2, 2a and 4d; round 12's inline label). The layer between
:mod:`audit.grounds.terms` (words and terms) and :mod:`audit.grounds.classify` (the rules).
"""

from __future__ import annotations

import re

from audit.grounds import vocabulary as V
from audit.grounds.terms import Sentence, find_terms, split_sentences, tokens

_BULLET = re.compile(V.LIST_BULLET)


def sentences_of(paragraphs: list[str]) -> list[list[Sentence]]:
    """The sentences of each paragraph; a list item under a lead-in line is read as the lead-in continued.

    «Programmet består av:» followed by the items «- arbeidspraksis i en barnehage» and
    «- norskkurs, 15 timer i uken»: each item becomes one sentence «Programmet består av:
    - arbeidspraksis …» numbered as the item's paragraph, so the lead-in's criterion, its
    person words and its rule words apply to what the item says (vocabulary.py, 2a).
    """
    out = []
    lead: Sentence | None = None  # the last sentence of a paragraph ending with «:»
    # the list's items share their form (round 12): after a first item with a bullet or number, a short paragraph
    # without one is no item («– gjeld på kr 10 465» / «Dette skal du gjøre»: a heading)
    bulleted: bool | None = None
    paragraphs = [_cells_as_labels(p) for p in paragraphs]
    for i, p in enumerate(paragraphs, start=1):
        sents = []
        item = lead is not None and _is_list_item(p, lead) and (not bulleted or bool(_BULLET.match(p)))
        if not item and i < len(paragraphs) and _broken_line(p, paragraphs[i]):
            first, *rest = split_sentences(paragraphs[i].lstrip())
            p, paragraphs[i] = f"{p.rstrip()} {first}", " ".join(rest)
        if item and bulleted is None:
            bulleted = bool(_BULLET.match(p))
        for text in (part for x in split_sentences(_BULLET.sub("", p, count=1) if item else p) for part in split_labels(x)):
            w, lem = tokens(text)
            if w:
                sents.append(Sentence(i, text, w, lem))
        if item and sents:
            sents = [Sentence(i, f"{lead.text} {s.text}", lead.words + s.words, lead.lemmas + s.lemmas, lead=lead)
                     for s in sents]
        elif sents and p.rstrip().endswith(":"):
            lead, bulleted = sents[-1], None
        else:
            lead = None
        out.append(sents)
    return out


# Round 18 (rule 4u): a table's cell separator — a tab, or « | » — in a row flattened to one line of text
_CELL = re.compile(r"[ \u00a0]*(?:\t+|[ \u00a0]+\|[ \u00a0]+)[ \u00a0]*")


def table_row(p: str) -> bool:
    """Round 18 (rule 4u): the paragraph is a table's row (or rows) flattened to text: its cells split by a tab or « | »."""
    return bool(_CELL.search(p))


def _cells_as_labels(p: str) -> str:
    """Round 18 (rule 4u): a two-column table («Vilkår» | «Vurdering») flattened to text puts the criterion in the
    row's first cell and the assessment in the second, a tab or « | » between: the first cell is the second's label,
    as a field label before its colon is (rule 4o). The separator is read as that colon, so a row is «label: value»
    and the rows run together in a paragraph are split by their labels (rule 4g's inline labels)."""
    if not table_row(p):
        return p
    return _CELL.sub(": ", p.strip())


def _broken_line(p: str, after: str) -> bool:
    """Round 18 (rule 4u): a sentence broken over two lines — a paragraph (not a list item) that ends with no sentence
    end (a comma or a word; not «:», which leads in a list) and a next paragraph that begins in lower case, without a
    bullet — is one sentence: the line break is the page's, not the writer's (a table row or a PDF line broken in
    two). The next paragraph's first sentence is read with it; the paragraph numbers stay."""
    a, b = p.rstrip(), after.lstrip()
    return bool(a) and bool(b) and b[0].islower() and a[-1] not in ".!?:;»\")" and not _BULLET.match(after)


_LABEL = re.compile(r"(?:^|(?<=\s))([A-ZÆØÅ][\w/-]*(?:\s+[\w/-]+){0,%d})\s*:(?=\s*\S)" % (V.INLINE_LABEL_WORDS - 1))


def label_colon(s: Sentence) -> int | None:
    """The colon of a label inside a sentence: within its first INLINE_LABEL_WORDS + 1 words, a slash not counted
    (round 18: «Ingen/svært begrensede ytelser:» joins two alternatives in one label)."""
    window = V.INLINE_LABEL_WORDS + 1
    for i, w in enumerate(s.words):
        if w == ":":
            return i
        if w != "/":
            window -= 1
        if window <= 0:
            return None
    return None


def split_labels(text: str) -> list[str]:
    """Round 13: «Label: verdi» lines run together in one paragraph («Alder: 34 år Arbeidsevne: astma … Program:
    arbeidspraksis …», a text block or a PDF paragraph) are one sentence per label (a capitalised word or a few and a
    colon), when two labels or more name a criterion (by names or label_names) — so each value counts for its own
    label's criterion, and a label naming none («Program:») still ends the value before it."""
    cuts, naming = [], 0
    for m in _LABEL.finditer(text):
        w, lem = tokens(m.group(1))
        before = text[:m.start()].split()
        if before and before[-1] in V.GOVERNS:
            continue  # round 18: «… vurdert mot AAP-løp og ordinær oppfølging: …» — a phrase a preposition governs
        cuts.append(m.start())
        naming += bool(named_in(Sentence(0, m.group(1), w, lem), label=True))
    if naming < 2:
        return [text]
    cuts = [c for c in cuts if c > 0]
    bounds = [0, *cuts, len(text)]
    return [part for a, b in zip(bounds, bounds[1:]) if (part := text[a:b].strip())]


def _is_list_item(paragraph: str, lead: Sentence) -> bool:
    """A bulleted or numbered paragraph; or a short one (no more than LIST_ITEM_WORDS words) without a
    full stop that neither ends a section («Med vennlig hilsen») nor names another criterion (a heading)."""
    if _BULLET.match(paragraph):
        return True
    if len(paragraph.split()) > V.LIST_ITEM_WORDS or paragraph.rstrip().endswith((".", "!", "?")):
        return False
    w, lem = tokens(paragraph)
    if not w or find_terms(V.SECTION_END, Sentence(0, "", w[:3], lem[:3])):
        return False
    return set(named_in(Sentence(0, paragraph, w, lem), label=True)) <= set(named_in(lead, label=True))


def named_in(s: Sentence, label: bool = False) -> dict[str, list[int]]:
    """criterion key -> positions where it is named. A name inside a longer name of another criterion
    (or overlapping it) does not name its own («evnen din til å forsørge deg»: work ability, not benefits' «forsørge deg»).
    ``label``: the sentence is a heading, a lead-in or a list item, where ``label_names`` name too
    («Planen for programmet», «Helse og arbeid», «Økonomien din»)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    # round 12: a label inside a sentence — a few words and a colon before the content («Ukeplanen din: mandag til
    # onsdag kurs …») — names by its label_names as a heading or a lead-in does
    colon = label_colon(s)
    prefix = Sentence(s.paragraph, "", s.words[:colon], s.lemmas[:colon]) \
        if not label and colon and colon < len(s.words) - 1 else None
    for c in V.CRITERIA:
        for term, starts in find_terms(c.names + (c.label_names if label else ()), s).items():
            n = len(term.split())
            spans.setdefault(c.key, []).extend((p, p + n) for p in starts)
        if prefix is not None:
            for term, starts in find_terms(c.label_names, prefix).items():
                spans.setdefault(c.key, []).extend((p, p + len(term.split())) for p in starts)
    # the programme as the subject of necessity's predicate («vi vurderer programmet som nødvendig», «programmet
    # ditt er hensiktsmessig») is necessity's: the programme's name then does not name the programme criterion
    for key, judged in V.PREDICATE_OF.items():
        if key in spans and judged in spans:
            spans[judged] = [(a, b) for a, b in spans[judged]
                             if not any(b <= na <= b + V.PREDICATE_GAP for na, _ in spans[key])]
            if not spans[judged]:
                del spans[judged]
    # round 16 (rule 4m): necessity's name in a causal clause after the programme's name gives the reason for an
    # activity of the programme («Du tar førerkort som en del av programmet, siden det er nødvendig for jobb …»): it
    # argues the programme's content, not the criterion
    programme = sorted(p for ps in find_terms(V.PROGRAMME_WORDS, s).values() for p in ps) if "necessity" in spans else []
    if programme:
        spans["necessity"] = [(a, b) for a, b in spans["necessity"] if not (
            a > programme[0] and any(w in V.CAUSAL for w in s.words[max(programme[0], a - 3):a]))]
        if not spans["necessity"]:
            del spans["necessity"]
    out = {}
    for key, own in spans.items():
        others = [sp for k, sps in spans.items() if k != key for sp in sps]
        pos = sorted(a for a, b in own
                     if not any(oa < b and a < ob and (ob - oa) > (b - a) for oa, ob in others))
        if pos:
            out[key] = pos
    return out


def is_heading(paragraph: str, sents: list[Sentence]) -> bool:
    # a question is a heading too: «Er programmet nødvendig?»
    # round 14: words are counted without punctuation («Hvorfor mener vi at arbeidsevnen din er nedsatt?» is eight)
    words = [w for w in sents[0].words if w[0].isalnum()] if len(sents) == 1 else []
    return len(sents) == 1 and len(words) <= 8 and not paragraph.rstrip().endswith((".", "!", ","))


__all__ = ["is_heading", "label_colon", "named_in", "sentences_of", "split_labels", "table_row"]
