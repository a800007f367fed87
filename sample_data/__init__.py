"""Seeded generators of realistic case exports, committed small samples and their ground truth.

* :mod:`sample_data.generate` writes a KVP case export (CSV and XLSX with Norwegian
  headers), its mapping file and ``ground_truth.json``
  (``python -m sample_data.generate --help``).
* :mod:`sample_data.generate_stonad` does the same for økonomisk stønad; both use
  :mod:`sample_data.common` (the generation flow, injection bookkeeping, file writing, CLI).
* :mod:`sample_data.oracle` is the independent, plain-Python reading of the ``kvp``
  checks of checks.md that computes the ground truth.
* ``sample_data/kvp/`` holds the committed sample (seed 2019, 400 rows, as_of 2025-12-31).

Nothing here imports from ``audit`` or ``checks``: the ground truth must not share
code with the tool it checks.
"""
