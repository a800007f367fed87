"""The letters the learned reader's benchmark reads, read once and kept in a scratch folder (benchmarks/grounds_learn.py).

Per bank, seed and n: every letter's sentences with their roles (audit/grounds/learned_features.py), the hand rule's
judgement per criterion (status and evidence terms) and the labels and kinds — pickled under ``--cache`` (by default
``/tmp/grounds_learn_cache``; delete it when done). Only the development banks are ever read here.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from pathlib import Path

from sample_data.letters import DEVELOPMENT_BANKS, generate

# The development banks of the learned reader: the rule's development banks, heldout29 among them since round 22
# (the learned reader was trained on it from the start). The held-out banks are never generated here.
LEARN_BANKS = DEVELOPMENT_BANKS
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "grounds_learn_cache"


def read_bank(bank: str, seed: int, n: int, cache: Path = DEFAULT_CACHE) -> list[dict]:
    """The bank's letters as records: ``sentences``, ``rule`` (criterion key -> (status, terms)), ``labels`` and
    ``kinds`` (criterion key -> ja/nei and kind), ``lang``. Read from the cache when it holds them."""
    if bank not in LEARN_BANKS:
        raise ValueError(f"{bank!r} is not a development bank of the learned reader")
    path = cache / f"{bank}_{seed}_{n}.pkl"
    if path.exists():
        with path.open("rb") as f:
            return pickle.load(f)
    from audit.grounds.classify import classify
    from audit.grounds.learned_features import sentence_roles

    records = []
    for x in generate(n, seed=seed, bank=bank):
        judged = classify(x.paragraphs)
        records.append({
            "key": x.key, "lang": x.lang, "sentences": sentence_roles(x.paragraphs),
            "rule": {c.removeprefix("ground_"): (j.status, tuple(j.terms)) for c, j in judged.items()},
            "labels": {c: ("ja" if k == "grounds" else "nei") for c, k in x.kinds.items()},
            "kinds": dict(x.kinds),
        })
    cache.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache, suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        pickle.dump(records, f)
    os.replace(tmp, path)
    return records


if __name__ == "__main__":  # fill the cache: python -m benchmarks.grounds_learn_cache SEED N [BANK …]
    import sys
    import time

    seed, n, *banks = sys.argv[1:]
    for b in banks or LEARN_BANKS:
        t0 = time.perf_counter()
        read_bank(b, int(seed), int(n))
        print(f"{b} seed {seed} n {n}: {time.perf_counter() - t0:.0f} s", flush=True)


def reading_fingerprint(variant: str, per_bank: int = 3, seed: int = 11) -> str:
    """A digest of how the reading layer reads a few letters of every development bank: their features (and, for
    the ``text+rule`` variant, the rule's judgements). The training writes it into the weights' ``meta``; a test
    compares it with the reading layer of the day, so a change of the rule's reading (a new round) that would make the
    shipped weights weigh features read another way fails until the weights are retrained (``--train``)."""
    from audit.grounds.classify import classify
    from audit.grounds.learned_features import letter_features

    digest = hashlib.sha256()
    for bank in LEARN_BANKS:
        for x in generate(per_bank, seed=seed, bank=bank):
            feats = letter_features(x.paragraphs).by_criterion
            digest.update(json.dumps({k: sorted((f, sorted(p)) for f, p in v.items()) for k, v in feats.items()},
                                     ensure_ascii=False).encode())
            if variant == "text+rule":
                digest.update(json.dumps({c: [j.status, list(j.terms)] for c, j in classify(x.paragraphs).items()},
                                         ensure_ascii=False).encode())
    return digest.hexdigest()[:16]
