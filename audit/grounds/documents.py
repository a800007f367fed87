"""A document named in a sentence (round 18, rule 4s): what belongs to its name besides the noun — its subject
(«vedtaket om innsatsbehov») and its legal basis («etter NAV-loven § 14 a») — so that a reference to it
(audit/grounds/furniture.py: «Vi viser til vedtaket om innsatsbehov etter NAV-loven § 14 a datert …») is passed over
whole: it names where a finding is, not the finding.
"""

from __future__ import annotations

import re

from audit.grounds import vocabulary as V
from audit.grounds.terms import Sentence

# Round 18 (rule 4s): a document's subject («vedtaket om innsatsbehov») is a short noun phrase, ended by its legal
# basis, who wrote it, its date or the clause's end; a word of the person in it makes it a statement about the person.
DOCUMENT_SUBJECT_WORDS = 4
DOCUMENT_NAME_ENDS = ("etter", "jf", "jfr", "iht", "fra", "frå", "datert", "dagsett", "av", "og")
_LAW = re.compile(r"^(?:\w*lov\w*|\w*lova|forskrift\w*)$")
CLAUSE_END = (".", ",", ";", ")", "!", "?")


def document_subject(s: Sentence, j: int) -> int:
    """Round 18 (rule 4s): a document named by its subject — «om» and a short noun phrase («vedtaket om innsatsbehov»,
    «rapporten om arbeidsutprøvinga») — says what the document is about, not what it found: the subject is part of
    its name. Not a clause («vedtaket om at du har …» says what it found) nor a phrase about the person («om deg»)."""
    n = len(s.words)
    if not (j < n and s.words[j] == "om"):
        return j
    k = j + 1
    while k < n and k <= j + DOCUMENT_SUBJECT_WORDS and s.words[k][:1].isalpha() \
            and s.words[k] not in DOCUMENT_NAME_ENDS:
        if s.words[k] in ("at", "om", "hvorvidt", "kvarvidt", "som", "der") or s.words[k] in V.PERSON:
            return j
        k += 1
    if k == j + 1 or (k < n and s.words[k] not in DOCUMENT_NAME_ENDS and s.words[k] not in CLAUSE_END):
        return j
    return k


def document_basis(s: Sentence, j: int) -> int:
    """Round 18 (rule 4s): a document named by its legal basis — «etter» / «jf.» and a statute with its section
    («vedtaket om innsatsbehov etter NAV-loven § 14 a») — is a decision of another kind, named: its basis is part of
    its name, as its date is."""
    n = len(s.words)
    if not (j + 1 < n and s.words[j] in ("etter", "jf", "jfr", "iht")):
        return j
    k = j + 1
    if k < n and s.words[k] == ".":
        k += 1
    start = k
    while k < n and (s.words[k] == "§" or s.words[k][:1].isdigit() or (len(s.words[k]) == 1 and s.words[k].isalpha())
                     or _LAW.match(s.words[k].rsplit("-", 1)[-1]) or s.words[k] in ("nr", "første", "andre", "ledd")):
        k += 1
    return k if k > start and any(w == "§" or _LAW.match(w.rsplit("-", 1)[-1]) for w in s.words[start:k]) else j


__all__ = ["document_basis", "document_subject"]
