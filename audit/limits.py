"""Declared limits on every input: one place, named constants, why each value.

Every limit, when exceeded, is a clear :class:`audit.errors.InputError` (exit 2) naming
the file, found in seconds and with bounded memory (checked before the file is parsed
wherever the size can be known first). Raise a limit here, never at a call site.

==========================  =================  ==========================================
constant                    value              why
==========================  =================  ==========================================
MAX_YAML_BYTES              1 MB               mapping, parameter, schedule files are a
                                               few lines; 1 MB is surely the wrong file
MAX_YAML_NODES              100 000            YAML aliases can expand a 1 kB file to
                                               gigabytes; nodes are counted while composing
MAX_KEY_FILE_BYTES          4 kB               a pseudonym key is 32 bytes (64 hex chars)
MAX_CONFIG_BYTES            1 MB               any other settings file (--config)
MAX_RESULTS_BYTES           2 GB               results.json of a 1.4 M-case run is ~1.5 GB
MAX_JSON_DEPTH              64                 results.json nests 6 levels
MAX_XLSX_CELLS              20 000 000         last row x last column: ~ 1 M rows x 20 columns
MAX_XLSX_SPARSE             20                 a grid of over 1 M cells may be at most 20x
                                               its filled cells (stray cells far out, XFD)
MAX_XLSX_COLUMNS            16 384             Excel's own limit (XFD)
MAX_XLSX_RATIO              200                uncompressed / compressed size of a part;
                                               real sheets compress 5-30x, bombs 1000x+
MAX_XLSX_UNCOMPRESSED       4 GB               all parts together, uncompressed
MAX_XLSX_SCAN               256 MB             the parts searched for identity numbers besides
                                               the sheet read (other sheets, comments,
                                               properties): a workbook's extras are small
MAX_FIELD_CHARS             32 767             Excel's limit for one cell; a longer CSV
                                               field is not a value of a case export
MAX_LABEL_CHARS             200                key, office, caseworker: repeated per case
                                               and check in every output
MAX_LINE_BYTES              16 MB              one CSV line (the header of 100 000
                                               columns is ~1 MB)
MAX_KOSTRA_LINE_CHARS       4 096              a KOSTRA record is 136-338 characters
MAX_SHOWN_CHARS             60                 a value shown in a message
==========================  =================  ==========================================

Only regular files are read (``/dev/zero``, FIFOs and sockets are refused at once):
:func:`audit.io.check_regular_file`.
"""

from __future__ import annotations

MAX_YAML_BYTES = 1 << 20
MAX_YAML_NODES = 100_000
MAX_KEY_FILE_BYTES = 4096
MAX_CONFIG_BYTES = 1 << 20
MAX_RESULTS_BYTES = 2 << 30
MAX_JSON_DEPTH = 64
MAX_XLSX_CELLS = 20_000_000
MAX_XLSX_SPARSE = 20
MAX_XLSX_COLUMNS = 16_384
MAX_XLSX_RATIO = 200
MAX_XLSX_UNCOMPRESSED = 4 << 30
MAX_XLSX_SCAN = 256 << 20
MAX_FIELD_CHARS = 32_767
MAX_LABEL_CHARS = 200
MAX_LINE_BYTES = 16 << 20
MAX_KOSTRA_LINE_CHARS = 4096
MAX_SHOWN_CHARS = 60
