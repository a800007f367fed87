"""Benchmark: how well ``nav-audit grounds`` finds missing grounds, per criterion.

    python -m benchmarks.grounds [--n 600] [--seed 2019] [--bank heldout30] [--files] [--errors 3]
                                 [--save FILE] [--compare FILE] [--method learned|rule]

Generates labelled synthetic letters (sample_data/letters) written with a phrasing bank (by default
``HELDOUT_BANK``, ``heldout33``; ``--bank heldout13``, ``--bank heldout28``, ``--bank heldout32`` and ``--bank heldout34`` are the
other held-out banks, each by an author independent of the rule, of the learned reader and of the other banks; a development bank — ``--bank dev``, ``--bank tuning12`` (round 12's first held-out bank, «heldout12» until
round 13), ``--bank heldout14`` (the furniture's development bank), ``--bank heldout15`` (round 14's development
bank), ``--bank heldout16`` … ``--bank heldout19`` (round 15's development banks), ``--bank heldout20`` and
``--bank heldout21`` (round 16's development banks), ``--bank heldout22`` and ``--bank heldout23`` (round 17's
development banks), ``--bank heldout24`` and ``--bank heldout25`` (round 18's development banks), ``--bank heldout27`` (round 19's
development bank), ``--bank heldout26`` (round 20's development bank), ``--bank heldout30`` and ``--bank heldout31`` (round 21's
development banks), ``--bank heldout29`` (round 22's development bank) — to measure on development letters
instead), classifies them and prints, per criterion, precision and
recall for «nei» (the class a supervisor acts on: a missing ground), plus accuracy and
the confusion counts, by language too. ``--files`` writes the letters as .txt/.docx/.pdf
and runs the whole reading path; ``--errors N`` prints N misjudged letters per criterion
(synthetic text only); ``--save FILE`` keeps every letter's judgements and ``--compare FILE`` counts, per
criterion, judgements right → wrong and wrong → right against them. It measures what the command decides with by
default: the learned reader (audit/grounds/learned.py, its shipped weights, with the hand rule read alongside as the
command does; docs/grounds_learned.md); ``--method rule`` measures the hand rule alone (``nav-audit grounds --method
rule``). Target (issue 19): recall >= 0.9 and precision >= 0.8 for «nei».
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from audit.grounds.decide import DEFAULT_METHOD, METHODS, classify
from audit.grounds.vocabulary import COLUMNS
from sample_data.letters import BANKS, HELDOUT_BANK, generate, write_letter


def _metrics(pairs: list[tuple[str, str]]) -> dict:
    tp = sum(1 for t, p in pairs if t == "nei" and p == "nei")
    fp = sum(1 for t, p in pairs if t == "ja" and p == "nei")
    fn = sum(1 for t, p in pairs if t == "nei" and p != "nei")
    tn = sum(1 for t, p in pairs if t == "ja" and p == "ja")
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall,
            "accuracy": (tp + tn) / len(pairs) if pairs else float("nan")}


def _compare(before: dict, args, letters, predictions: dict) -> None:
    """Per criterion: judgements that were right and are wrong now, and the other way; the keys of the first."""
    if (before["bank"], before["n"], before["seed"]) != (args.bank, args.n, args.seed):
        raise SystemExit(f"--compare: the file holds bank {before['bank']}, n {before['n']}, seed {before['seed']}")
    print("against the baseline (right → wrong / wrong → right):")
    for c in COLUMNS:
        worse = [x.key for x in letters if before["predictions"][x.key][c] == x.labels[c] != predictions[x.key][c]]
        better = [x.key for x in letters if before["predictions"][x.key][c] != x.labels[c] == predictions[x.key][c]]
        print(f"  {c:<22} {len(worse):>4} {len(better):>4}  {' '.join(worse[:12])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=2019)
    ap.add_argument("--bank", choices=BANKS, default=HELDOUT_BANK)
    ap.add_argument("--files", action="store_true", help="write .txt/.docx/.pdf files and read them back")
    ap.add_argument("--errors", type=int, default=0, help="print this many misjudged letters per criterion")
    ap.add_argument("--save", type=Path, help="write every letter's judgements to this JSON file (a baseline)")
    ap.add_argument("--compare", type=Path, help="count, per criterion, judgements right→wrong and wrong→right "
                                                 "against a file written by --save (same bank, n and seed)")
    ap.add_argument("--method", choices=METHODS, default=DEFAULT_METHOD,
                    help="what decides: the learned reader (the command's default) or the hand rule alone "
                         "(nav-audit grounds --method rule)")
    args = ap.parse_args(argv)

    letters = generate(args.n, seed=args.seed, bank=args.bank)
    t0 = time.perf_counter()
    predictions = {}
    if args.files:
        from audit.grounds.judge import judge_letter

        with tempfile.TemporaryDirectory() as tmp:
            formats = ("txt", "docx", "pdf")
            for i, x in enumerate(letters):
                path = write_letter(x, tmp, formats[i % 3])
                r = judge_letter(path, method=args.method)
                predictions[x.key] = {c: (r.judgements[c].value if r.judgements else "") for c in COLUMNS}
    else:
        for x in letters:
            predictions[x.key] = {c: j.value for c, j in classify(x.paragraphs, args.method).items()}
    elapsed = time.perf_counter() - t0

    print(f"grounds benchmark ({args.method}): {len(letters)} synthetic letters, bank «{args.bank}», seed {args.seed}, "
          f"{'files (txt/docx/pdf)' if args.files else 'in memory'}; {elapsed:.1f} s "
          f"({1000 * elapsed / max(len(letters), 1):.1f} ms per letter)")
    print(f"{'criterion':<22} {'nei':>5} {'ja':>5}  {'precision':>9} {'recall':>7} {'accuracy':>8}   "
          f"{'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4}  target")
    ok_all = True
    for lang in (None, "nb", "nn"):
        subset = [x for x in letters if lang is None or x.lang == lang]
        if lang:
            print(f"-- {lang} ({len(subset)} letters)")
        for c in COLUMNS:
            pairs = [(x.labels[c], predictions[x.key][c]) for x in subset]
            m = _metrics(pairs)
            ok = m["recall"] >= 0.9 and m["precision"] >= 0.8
            if lang is None:
                ok_all &= ok
            print(f"{c:<22} {m['tp'] + m['fn']:>5} {m['tn'] + m['fp']:>5}  {m['precision']:>9.3f} {m['recall']:>7.3f} "
                  f"{m['accuracy']:>8.3f}   {m['tp']:>4} {m['fp']:>4} {m['fn']:>4} {m['tn']:>4}  "
                  f"{'met' if ok else 'NOT met'}")
    from sample_data.letters import KINDS

    print("share judged right, by what the letter does (grounds = ja; the rest = nei):")
    print("  " + f"{'':<20}" + "".join(f"{k:>9}" for k in KINDS))
    for c in COLUMNS:
        crit = c.removeprefix("ground_")
        cells = []
        for k in KINDS:
            subset = [x for x in letters if x.kinds[crit] == k]
            right = sum(1 for x in subset if predictions[x.key][c] == x.labels[c])
            cells.append(f"{right / len(subset):>9.3f}" if subset else f"{'-':>9}")
        print(f"  {crit:<20}" + "".join(cells))
    print("target (recall >= 0.9 and precision >= 0.8 for «nei» on every criterion): "
          + ("met" if ok_all else "NOT met"))
    if args.save:
        args.save.write_text(json.dumps({"bank": args.bank, "n": args.n, "seed": args.seed,
                                         "predictions": predictions}, indent=0), encoding="utf-8")
    if args.compare:
        _compare(json.loads(args.compare.read_text(encoding="utf-8")), args, letters, predictions)
    if args.errors:
        for c in COLUMNS:
            wrong = [x for x in letters if x.labels[c] != predictions[x.key][c]]
            for x in wrong[: args.errors]:
                crit = c.removeprefix("ground_")
                print(f"\n[{c}] {x.key} truth={x.labels[c]} ({x.kinds[crit]}) predicted={predictions[x.key][c]} "
                      f"{x.lang}/{x.structure}")
                for i, p in enumerate(x.paragraphs, start=1):
                    print(f"  {i:>2} {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
