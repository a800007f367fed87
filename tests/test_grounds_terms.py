"""terms.find_term / find_terms: the quick refusal (a plain word of the term is none of the sentence's forms) and the
remembered answers give exactly what scanning every position gives."""

from __future__ import annotations

import random

from audit.grounds import terms as T
from audit.grounds.terms import Sentence, find_term, find_terms, tokens

WORDS = ["du", "har", "hatt", "helseplager", "helse", "arbeidsevne", "nedsatt", "ikke", "vært", "nok", "søker",
         "rygg-smerter", "smerter", "hjerneslag-diagnose", "diagnose", "kurs", "praksis", "sosialhjelp", "fra", "2021"]
TERMS = ("helse*", "arbeidsevne", "nedsatt arbeidsevne", "ikke vært nok", "diagnose", "smerte", "smerter", "*hjelp",
         "har hatt", "du har", "kurs*", "sosial* fra", "ingen slike")


def _scan(term: str, s: Sentence) -> list[int]:
    """The plain reading: every position, every part."""
    parts = T._compiled(term)
    return [i for i in range(len(s.words) - len(parts) + 1)
            if all(T._word_matches(parts[k], s.words[i + k], s.lemmas[i + k]) for k in range(len(parts)))]


def test_quick_refusal_and_remembered_answers_equal_the_scan():
    rng = random.Random(7)
    for _ in range(400):
        words, lemmas = tokens(" ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 12))))
        s = Sentence(0, "", words, lemmas)
        expected = {t: _scan(t, s) for t in TERMS if _scan(t, s)}
        assert {t: find_term(t, s) for t in TERMS if find_term(t, s)} == expected
        assert find_terms(TERMS, s) == expected  # remembered (a tuple)
        assert find_terms(list(TERMS), s) == expected  # not remembered (a list)


def test_a_hyphenated_compound_still_matches_by_its_last_part():
    s = Sentence(0, "", *tokens("Hun har en hjerneslag-diagnose"))
    assert find_terms(("diagnose",), s) == {"diagnose": [3]}


def test_a_remembered_answer_is_a_copy():
    s = Sentence(0, "", *tokens("du har hatt helseplager"))
    first = find_terms(TERMS, s)
    first["du har"].append(99)
    first.pop("har hatt")
    assert find_terms(TERMS, s) == {"du har": [0], "har hatt": [1], "helse*": [3]}


def test_a_sentence_whose_words_change_is_read_anew():
    s = Sentence(0, "", *tokens("du har"))
    assert "helse*" not in find_terms(TERMS, s)
    w, lem = tokens("helseplager")
    s.words.extend(w)
    s.lemmas.extend(lem)
    assert find_terms(TERMS, s)["helse*"] == [2]


def test_no_declared_word_list_repeats_an_entry():
    """The rule book is read by a lawyer: a word listed twice in one list says nothing more and reads as a mistake."""
    from audit.grounds import vocabulary, vocabulary_topics

    repeated = {f"{m.__name__}.{name}": sorted({w for w in v if v.count(w) > 1})
                for m in (vocabulary, vocabulary_topics) for name, v in vars(m).items()
                if name.isupper() and isinstance(v, tuple) and v and all(isinstance(w, str) for w in v)}
    assert {k: v for k, v in repeated.items() if v} == {}
