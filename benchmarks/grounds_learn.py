"""Benchmark and training of the learned reader (audit/grounds/learned.py; issue 19's experiment).

    python -m benchmarks.grounds_learn --lobo [--variant text|text+rule|both] [--n-train 200] [--n-test 600]
    python -m benchmarks.grounds_learn --train [--variant text] [--n-train 200] [--out audit/grounds/learned_weights.json]
    python -m benchmarks.grounds_learn --measure BANK [--weights FILE] [--n-test 600]

``--lobo``: leave one bank out over the learned reader's development banks (the rule's development banks and
heldout29): for each bank B, train on every other bank's letters (seed 7, ``--n-train`` per bank) and judge B's
``--n-test`` letters of seed 2019; prints per bank how many criteria meet the target (recall >= 0.9 and precision
>= 0.8 for «nei») and P/R per criterion, for each variant and for the hand rule on the same letters (optimistic: the
rule was developed on every one of these banks; so is the ``text+rule`` variant, which reads the rule's judgement).
``--train``: train on every development bank and write the weights file (deterministic: the same letters, features
and steps give the same weights). ``--measure BANK``: judge BANK's letters (seed 2019) with a weights file (the shipped
text variant, or ``--weights audit/grounds/learned_weights_rule.json``) and print P/R per criterion — for the lead to
measure the held-out banks (not cached). Letters are read once and kept under ``--cache`` (delete it when done).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from audit.grounds.learned import LOBO_VARIANTS, VARIANTS, WEIGHTS, features, judge, train
from audit.grounds.learned_features import KEYS
from benchmarks.grounds_learn_cache import DEFAULT_CACHE, LEARN_BANKS, read_bank, reading_fingerprint
from sample_data.letters import BANKS

TRAIN_SEED, TEST_SEED = 7, 2019


def _examples(bank: str, records: list[dict], variant: str) -> list[tuple]:
    return [(bank, features(r["sentences"], r["rule"], variant), r["labels"]) for r in records]


def _pr(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    tp = sum(1 for t, p in pairs if t == p == "nei")
    fp = sum(1 for t, p in pairs if t == "ja" and p == "nei")
    fn = sum(1 for t, p in pairs if t == "nei" and p != "nei")
    return (tp / (tp + fp) if tp + fp else float("nan"), tp / (tp + fn) if tp + fn else float("nan"))


def score(records: list[dict], predicted: list[dict[str, str]]) -> dict[str, tuple[float, float]]:
    """Per criterion key: (precision, recall) for «nei»."""
    return {k: _pr([(r["labels"][k], p[k]) for r, p in zip(records, predicted)]) for k in KEYS}


def met(pr: dict[str, tuple[float, float]]) -> int:
    return sum(1 for p, r in pr.values() if r >= 0.9 and p >= 0.8)


def _row(name: str, pr: dict) -> str:
    return f"  {name:<10} {met(pr)}/5  " + "  ".join(f"{p:.3f}/{r:.3f}" for p, r in pr.values())


def lobo(args) -> int:
    banks = args.banks or list(LEARN_BANKS)
    variants = list(LOBO_VARIANTS) if args.variant == "both" else [args.variant]
    train_records = {b: read_bank(b, TRAIN_SEED, args.n_train, args.cache) for b in LEARN_BANKS}
    results: dict[str, dict[str, dict]] = {v: {} for v in [*variants, "rule"]}
    ex = {v: {b: _examples(b, recs, v) for b, recs in train_records.items()} for v in variants}
    print(f"leave-one-bank-out over {len(LEARN_BANKS)} development banks: train seed {TRAIN_SEED}, "
          f"{args.n_train} letters per bank; test seed {args.test_seed}, {args.n_test} letters")
    print(f"  {'':<10} met   " + "  ".join(f"{k[:11]:>11}" for k in KEYS) + "   (precision/recall for «nei»)")
    for b in banks:
        test = read_bank(b, args.test_seed, args.n_test, args.cache)
        print(f"{b}")
        results["rule"][b] = score(test, [{k: ("ja" if r["rule"][k][0] == "grounds" else "nei") for k in KEYS}
                                          for r in test])
        for v in variants:
            model = train([e for o in LEARN_BANKS if o != b for e in ex[v][o]], v, **_options(args))
            judged = [judge(model, features(r["sentences"], r["rule"], v)) for r in test]
            results[v][b] = score(test, [{k: j[k].value for k in KEYS} for j in judged])
            print(_row(v, results[v][b]), flush=True)
        print(_row("rule", results["rule"][b]), flush=True)
    print("summary: banks meeting the target on 5, 4, 3, 2, 1, 0 criteria of 5")
    for name, per_bank in results.items():
        counts = [sum(1 for pr in per_bank.values() if met(pr) == m) for m in (5, 4, 3, 2, 1, 0)]
        mean_met = sum(met(pr) for pr in per_bank.values()) / max(len(per_bank), 1)
        print(f"  {name:<10} " + " ".join(f"{c:>3}" for c in counts) + f"   mean {mean_met:.2f} of 5")
    return 0


def _options(args) -> dict:
    return {"min_banks": args.min_banks, "l2": args.l2, "iters": args.iters, "threshold": args.threshold}


def train_shipped(args) -> int:
    variant = "text" if args.variant == "both" else args.variant
    examples = [e for b in LEARN_BANKS for e in _examples(b, read_bank(b, TRAIN_SEED, args.n_train, args.cache), variant)]
    model = train(examples, variant, **_options(args))
    model.meta.update({"seed": TRAIN_SEED, "n_per_bank": args.n_train, "reading": reading_fingerprint(variant)})
    fd, tmp = tempfile.mkstemp(dir=args.out.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(model.to_json())
    os.chmod(tmp, 0o644)
    os.replace(tmp, args.out)
    sizes = ", ".join(f"{k} {len(m.weights)}" for k, m in model.criteria.items())
    print(f"wrote {args.out}: variant {variant}, {len(examples)} letters of {len(LEARN_BANKS)} banks; features {sizes}")
    return 0


def measure(args) -> int:
    from audit.grounds.learned import Model, classify
    from sample_data.letters import generate

    model = Model.from_json(args.weights.read_text(encoding="utf-8"))
    letters = generate(args.n_test, seed=TEST_SEED, bank=args.measure)
    records = [{"labels": {c: ("ja" if k == "grounds" else "nei") for c, k in x.kinds.items()}} for x in letters]
    predicted = [{c.removeprefix("ground_"): j.value for c, j in classify(x.paragraphs, model).items()} for x in letters]
    pr = score(records, predicted)
    print(f"learned reader ({model.variant}, {args.weights.name}) on bank «{args.measure}», seed {TEST_SEED}, "
          f"{len(letters)} letters")
    print(f"  {'':<10} met   " + "  ".join(f"{k[:11]:>11}" for k in KEYS) + "   (precision/recall for «nei»)")
    print(_row(model.variant, pr))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--lobo", action="store_true", help="leave one development bank out, for each bank")
    what.add_argument("--train", action="store_true", help="train on every development bank, write the weights")
    what.add_argument("--measure", choices=BANKS, help="judge this bank's letters with --weights")
    ap.add_argument("--weights", type=Path, default=WEIGHTS, help="--measure: the weights file")
    ap.add_argument("--variant", choices=[*VARIANTS, "both"], default="both")
    ap.add_argument("--banks", nargs="*", choices=LEARN_BANKS, help="--lobo: test these banks only")
    ap.add_argument("--n-train", type=int, default=200)
    ap.add_argument("--n-test", type=int, default=600)
    ap.add_argument("--test-seed", type=int, default=TEST_SEED, help="--lobo: the test letters' seed (design work: 7)")
    ap.add_argument("--min-banks", type=int, default=3)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    args = ap.parse_args(argv)
    if args.measure:
        return measure(args)
    return lobo(args) if args.lobo else train_shipped(args)


if __name__ == "__main__":
    raise SystemExit(main())
