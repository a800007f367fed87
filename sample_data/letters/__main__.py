"""python -m sample_data.letters --bank heldout13 --n 40 --seed 2019 --out DIR [--formats txt,docx,pdf] [--kvp-keys]"""

from __future__ import annotations

import argparse
from pathlib import Path

from sample_data.letters import BANKS, HELDOUT_BANK, generate, kvp_sample_keys, labels_csv, write_letter


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bank", choices=BANKS, default=HELDOUT_BANK)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2019)
    ap.add_argument("--formats", default="txt,docx,pdf", help="formats, cycled over the letters")
    ap.add_argument("--kvp-keys", action="store_true",
                    help="name the letters by the first granted cases of the KVP sample export (K-000153 …), not K-0001 …")
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    letters = generate(args.n, seed=args.seed, bank=args.bank, keys=kvp_sample_keys(args.n) if args.kvp_keys else None)
    for i, letter in enumerate(letters):
        write_letter(letter, args.out, formats[i % len(formats)])
    (args.out / "labels.csv").write_text(labels_csv(letters), encoding="utf-8")
    print(f"wrote {len(letters)} letters and labels.csv to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
