"""History of audit runs, finding lifecycle and follow-up (internkontroll as a cycle).

Every ``nav-audit run`` can be recorded here, so that a controller sees which
findings are new, which persist (and since when) and which are resolved, and can
record what is being done about them (``nav-audit follow-up``).

Where the history is
--------------------
The first of these that is given:

1. the option ``--history PATH_OR_URL`` on the commands that use the history;
2. the environment variable ``NAV_AUDIT_HISTORY`` (a path or a URL);
3. ``$XDG_DATA_HOME/nav-audit/history.sqlite``, with ``XDG_DATA_HOME`` defaulting to
   ``~/.local/share``.

A path (or ``sqlite:///relative/path``, ``sqlite:////absolute/path``) is a SQLite
file, created with its folder on first use. A ``postgresql://user:pass@host:5432/db``
URL (also ``postgres://``) is a PostgreSQL database that a team shares; the tables
are created there on first use. Either way the schema is brought up to date by
numbered migrations when the store is opened (see :mod:`audit.history.store`).

Library use::

    from audit.history import open_store, annotate_results
    with open_store() as store:              # or open_store("postgresql://…")
        store.record_run(results)            # results: the results.json dict
        notes = annotate_results(store, results)

The developer documentation is ``docs/history.md``.
"""

from __future__ import annotations

import os
from pathlib import Path

from audit.history.annotate import annotate_results, apply_annotations
from audit.history.backends import connect, is_postgres_url, mask_url
from audit.history.claims import AlreadyRecorded, Claim, RunInProgress, claim_key
from audit.history.follow_ups import FOLLOW_UP_STATUSES, STATUS_LABELS, is_overdue, parse_date, parse_status
from audit.history.lifecycle import LIFECYCLE_LABELS, compute_lifecycle
from audit.history.migrations import load_migrations
from audit.history.store import HistoryStore

ENV_VAR = "NAV_AUDIT_HISTORY"

__all__ = [
    "AlreadyRecorded",
    "ENV_VAR",
    "Claim",
    "FOLLOW_UP_STATUSES",
    "LIFECYCLE_LABELS",
    "STATUS_LABELS",
    "HistoryStore",
    "annotate_results",
    "RunInProgress",
    "apply_annotations",
    "claim_key",
    "compute_lifecycle",
    "default_location",
    "is_overdue",
    "is_postgres_url",
    "load_migrations",
    "mask_url",
    "open_store",
    "parse_date",
    "parse_status",
    "resolve_location",
]


def default_location() -> str:
    """``$XDG_DATA_HOME/nav-audit/history.sqlite`` (``~/.local/share`` when unset)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "nav-audit" / "history.sqlite")


def resolve_location(option: str | None = None) -> str:
    """The history location: ``option``, else ``$NAV_AUDIT_HISTORY``, else the default."""
    for candidate in (option, os.environ.get(ENV_VAR)):
        if candidate and candidate.strip():
            return candidate.strip()
    return default_location()


def open_store(location: str | os.PathLike | None = None, *, migrate_to: int | None = None) -> HistoryStore:
    """Open (creating if needed) the history at ``location`` and migrate it to the current schema.

    ``location`` is a path or URL as described in this module's docstring; None
    means :func:`resolve_location`. ``migrate_to`` stops at an older schema version
    (for tests of the migrations).
    """
    where = resolve_location(None if location is None else str(location))
    store = HistoryStore(connect(where), where)
    try:
        store.migrate(migrate_to)
    except BaseException:
        store.close()
        raise
    return store
