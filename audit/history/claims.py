"""Reservations of a run's suite, scope and period: what two runs must not do at the same time.

A run reserves its key before it starts (:meth:`audit.history.store.HistoryStore.claim_run`)
and records itself only after its results.json is written, in the transaction that
releases the reservation. A reservation whose process died on this host, or that is
older than :data:`CLAIM_STALE_AFTER`, is taken over.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from dataclasses import dataclass
from typing import Any, Mapping

from audit.errors import InputError
from audit.text import msg

CLAIM_STALE_AFTER = dt.timedelta(hours=12)  # a reservation older than this is taken over (another host died)


@dataclass(frozen=True)
class Claim:
    """A run's reservation of its suite, scope and period (see :meth:`HistoryStore.claim_run`)."""

    key: str
    run_id: str


class RunInProgress(InputError):
    """Another live run holds the reservation of the same suite, scope and period."""


class AlreadyRecorded(InputError):
    """A run of the same suite, scope and period is already in the history (the schedule runs a period once)."""

    def __init__(self, run_id: str) -> None:
        super().__init__(msg("error.history.already_recorded", run_id=run_id))
        self.run_id = run_id


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def is_stale(holder: Mapping[str, Any], stale_after: dt.timedelta) -> bool:
    """A reservation whose process has died (same host), or that is older than ``stale_after``."""
    if holder.get("host") == socket.gethostname() and holder.get("pid") is not None and not _alive(int(holder["pid"])):
        return True
    try:
        claimed = dt.datetime.fromisoformat(str(holder.get("claimed_at")))
    except ValueError:
        return True
    return dt.datetime.now(dt.timezone.utc) - claimed > stale_after


def claim_key(suite: str, scope: str | None, period: tuple[str | None, str | None] | None, as_of: str) -> str:
    """What two runs must not do at the same time: the same suite, scope and period (as_of without one)."""
    when = f"{period[0] or ''}..{period[1] or ''}" if period and (period[0] or period[1]) else as_of
    return "\x1f".join((suite, scope or "", when))
