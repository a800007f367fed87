"""Words of errors: where an input problem is (file, row, column, value).

The messages themselves live with their domain (``inputs.*``, ``history.*``, …) or in
the ``error.*`` keys of the ``errors_*`` modules."""

TEXT = {
    "error.where.file": {"nb": "fil {file}", "en": "file {file}"},
    "error.where.row": {"nb": "rad {row}", "en": "row {row}"},
    "error.where.column": {"nb": "kolonne «{column}»", "en": "column «{column}»"},
    "error.where.value": {"nb": "verdi «{value}»", "en": "value «{value}»"},
}
