"""KOSTRA 11CF / 11F files: record layouts per reporting year and the reader.

``read_kostra(path, form=None, year=None, pseudonymiser=...)`` returns a
:class:`audit.table.LoadedTable` for the ``kvp`` (11CF) or ``stonad`` (11F) dataset;
``sniff_kostra(path)`` tells a loader whether a file is one. Layouts:
:data:`LAYOUTS` keyed by (form, reporting year), declared in ``form_11cf.py`` and
``form_11f.py``.
"""

from audit.kostra.layout import Field, Layout
from audit.kostra.files import LAYOUTS, SUPPORTED_YEARS
from audit.kostra.reader import read_kostra, sniff_kostra

__all__ = ["Field", "Layout", "LAYOUTS", "SUPPORTED_YEARS", "read_kostra", "sniff_kostra"]
