"""The learned reader of decision letters (issue 19): per criterion an L2-regularised logistic regression over
readable features (audit/grounds/learned_features.py), trained on the development banks' labelled synthetic letters.
It is what ``nav-audit grounds`` decides with (the shipped ``text`` weights; audit/grounds/decide.py adds the hand
rule's judgement as a second opinion, and ``--method rule`` decides with the rule alone). Measured with
``python -m benchmarks.grounds`` and ``python -m benchmarks.grounds_learn`` (docs/grounds_learned.md).

Two variants: ``text`` reads only the features of the text; ``text+rule`` adds the hand rule's own judgement per
criterion as features (``rule:<status>``: grounds, negated, quoted, named, absent; ``rule:term:<term>``: a declared
term or pattern the rule named as evidence). ``whole`` is a control: every sentence of the letter counts for every
criterion (no attribution by the rule's declared names and topic words).

The shipped weights (learned_weights.json) name every feature with its weight per criterion; a judgement's evidence
is the paragraphs holding the features that pushed the score most towards the decision and those features' names —
the model's own vocabulary, never the letter's sentences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from audit.grounds.classify import ABSENT, GROUNDS, NAMED, Judgement
from audit.grounds.learned_features import KEYS, letter_features, sentence_roles

WEIGHTS = Path(__file__).with_name("learned_weights.json")
VARIANTS = ("text", "text+rule", "whole")
LOBO_VARIANTS = ("text", "text+rule")
TOP = 4  # features named as a judgement's evidence


@dataclass
class LearnedJudgement(Judgement):
    score: float = 0.0  # the model's probability that the criterion has no grounds («nei»)
    contributions: list[tuple[str, float]] = field(default_factory=list)  # (feature, weight) that decided, strongest first
    about: list[int] = field(default_factory=list)  # the paragraphs of the sentences about the criterion
    rule: Judgement | None = None  # the hand rule's judgement of the same criterion (a second opinion), when asked for


@dataclass
class CriterionModel:
    bias: float
    weights: dict[str, float]  # feature -> weight towards «nei» (a positive weight: no grounds)
    threshold: float = 0.5


@dataclass
class Model:
    variant: str
    criteria: dict[str, CriterionModel]
    meta: dict = field(default_factory=dict)

    def to_json(self) -> str:
        body = {"variant": self.variant, "meta": self.meta, "criteria": {
            k: {"bias": round(m.bias, 6), "threshold": m.threshold,
                "weights": {f: round(w, 6) for f, w in sorted(m.weights.items(), key=lambda x: (-abs(x[1]), x[0]))
                            if round(w, 6) != 0}}
            for k, m in self.criteria.items()}}
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Model":
        body = json.loads(text)
        return cls(body["variant"], {k: CriterionModel(m["bias"], m["weights"], m["threshold"])
                                     for k, m in body["criteria"].items()}, body.get("meta", {}))


def rule_features(rule: dict[str, tuple[str, tuple]]) -> dict[str, dict[str, set[int]]]:
    """The hand rule's judgement as features per criterion: its status and the terms it named."""
    out = {}
    for k, (status, terms) in rule.items():
        feats = {f"rule:{status}": set()}
        feats.update({f"rule:term:{t}": set() for t in terms})
        out[k] = feats
    return out


def features(sentences, rule=None, variant: str = "text") -> dict[str, dict[str, set[int]]]:
    """Per criterion key: feature -> paragraphs, for a letter read by :func:`sentence_roles`."""
    out = letter_features([], sentences, whole=variant == "whole").by_criterion
    if variant == "text+rule":
        for k, feats in rule_features(rule).items():
            out[k].update(feats)
    return out


# --------------------------------------------------------------------------- training (numpy only, deterministic)


def _fit(rows: list[list[int]], y: np.ndarray, d: int, l2: float, iters: int, lr: float) -> tuple[np.ndarray, float]:
    """Logistic regression on binary sparse rows (each a list of feature indices), full-batch Adam, fixed steps."""
    lengths = np.array([len(r) for r in rows])
    indices = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(lengths.sum()))
    row_of = np.repeat(np.arange(len(rows)), lengths)
    m = len(rows)
    w, b = np.zeros(d), 0.0
    mw, vw, mb, vb = np.zeros(d), np.zeros(d), 0.0, 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        z = np.bincount(row_of, weights=w[indices], minlength=m) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = (p - y) / m
        gw = np.bincount(indices, weights=r[row_of], minlength=d) + l2 * w
        gb = float(r.sum())
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        step = lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
        w -= step * mw / (np.sqrt(vw) + eps)
        b -= step * mb / (np.sqrt(vb) + eps)
    return w, b


def train(examples: list[tuple[str, dict[str, dict[str, set[int]]], dict[str, str]]], variant: str = "text", *,
          min_banks: int = 3, min_letters: int = 5, l2: float = 1e-3, iters: int = 300, lr: float = 0.05,
          threshold: float = 0.4) -> Model:
    """Train one model per criterion. ``examples``: (bank, features per criterion, labels per criterion ja/nei).
    A feature is kept only when letters of at least ``min_banks`` banks (and ``min_letters`` letters) hold it: a
    word only one author uses says nothing about the next author."""
    criteria = {}
    for k in KEYS:
        banks: dict[str, set[str]] = {}
        letters: dict[str, int] = {}
        for bank, feats, _ in examples:
            for f in feats[k]:
                banks.setdefault(f, set()).add(bank)
                letters[f] = letters.get(f, 0) + 1
        vocab = sorted(f for f, bs in banks.items() if len(bs) >= min_banks and letters[f] >= min_letters)
        index = {f: i for i, f in enumerate(vocab)}
        rows = [[index[f] for f in sorted(feats[k]) if f in index] for _, feats, _ in examples]
        y = np.array([1.0 if labels[k] == "nei" else 0.0 for _, _, labels in examples])
        w, b = _fit(rows, y, len(vocab), l2, iters, lr)
        criteria[k] = CriterionModel(float(b), {f: float(w[i]) for f, i in index.items()}, threshold)
    meta = {"min_banks": min_banks, "min_letters": min_letters, "l2": l2, "iters": iters, "lr": lr,
            "letters": len(examples), "banks": sorted({b for b, _, _ in examples})}
    return Model(variant, criteria, meta)


# --------------------------------------------------------------------------- judging


def judge(model: Model, feats: dict[str, dict[str, set[int]]]) -> dict[str, LearnedJudgement]:
    """Per criterion: «ja» / «nei» with the score, the deciding features and their paragraphs."""
    out = {}
    for k, m in model.criteria.items():
        present = [(f, m.weights[f]) for f in feats[k] if f in m.weights]
        z = m.bias + sum(w for _, w in present)
        score = 1.0 / (1.0 + np.exp(-min(max(z, -30.0), 30.0)))
        nei = score >= m.threshold
        toward = sorted((x for x in present if (x[1] > 0) == nei and x[1] != 0), key=lambda x: (-abs(x[1]), x[0]))[:TOP]
        paragraphs = sorted({p for f, _ in toward for p in feats[k][f]})
        about = sorted({p for f, ps in feats[k].items() if f.startswith("r:") for p in ps})
        status = NAMED if any(f.startswith("r:") for f in feats[k]) else ABSENT
        out[k] = LearnedJudgement(f"ground_{k}", status if nei else GROUNDS, paragraphs,
                                  [f for f, _ in toward], float(score), toward, about)
    return out


@lru_cache(maxsize=4)
def shipped(path: str = str(WEIGHTS)) -> Model:
    return Model.from_json(Path(path).read_text(encoding="utf-8"))


def classify(paragraphs: list[str], model: Model | None = None) -> dict[str, Judgement]:
    """Judge every criterion for one letter, as :func:`audit.grounds.classify.classify` does (column -> judgement)."""
    model = model or shipped()
    rule = None
    if model.variant == "text+rule":
        from audit.grounds.classify import classify as rule_classify

        rule = {c.removeprefix("ground_"): (j.status, tuple(j.terms)) for c, j in rule_classify(paragraphs).items()}
    judged = judge(model, features(sentence_roles(paragraphs), rule, model.variant))
    return {j.column: j for j in judged.values()}


__all__ = ["LearnedJudgement", "Model", "VARIANTS", "classify", "features", "judge", "shipped", "train"]
