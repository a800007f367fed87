"""The follow-up records of the history store (SQL only; the rules are in audit.history.follow_ups)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from audit.errors import InputError
from audit.text import msg
from audit.history.follow_ups import FIELDS, clean, decorate, parse_date, parse_status
from audit.history.backends import Backend
from audit.history.records import guard_identity, now_utc


def local_day(stamp: str) -> str:
    """The local calendar day (ISO) of a stored UTC time stamp; a bare date stays itself."""
    try:
        when = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)[:10]
    if when.tzinfo is None:
        return when.date().isoformat()
    return when.astimezone().date().isoformat()

_SELECT = (
    "SELECT id, check_id, case_key, scope, status, responsible, action, due_date, note, created_at, updated_at"
    " FROM follow_ups"
)


class FollowUpStore:
    """Mixed into :class:`audit.history.store.HistoryStore`: follow-up on one finding or a whole check."""

    backend: Backend

    def add_follow_up(
        self,
        check_id: str,
        key: str | None = None,
        *,
        status: str = "open",
        responsible: str | None = None,
        action: str | None = None,
        due_date: str | dt.date | None = None,
        note: str | None = None,
        scope: str | None = None,
    ) -> dict[str, Any]:
        """Record follow-up on one finding (check and key) or on a whole check (key None)."""
        if not check_id or not str(check_id).strip():
            raise InputError(msg("error.followup.no_check"), column="check")
        key = None if key in (None, "") else str(key).strip()
        values = clean(
            {"status": status, "responsible": responsible, "action": action, "due_date": due_date, "note": note}
        )
        guard_identity(key, "key")
        now = now_utc()
        with self.backend.transaction():
            rows = self.backend.execute(
                "INSERT INTO follow_ups (check_id, case_key, scope, status, responsible, action, due_date, note,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (str(check_id).strip(), key, scope, values["status"], values["responsible"], values["action"],
                 values["due_date"], values["note"], now, now),
            )
            fu_id = int(rows[0]["id"])
            self._record_change(fu_id, values, now)
        return self.get_follow_up(fu_id)  # type: ignore[return-value]

    def update_follow_up(self, follow_up_id: int, **changes: Any) -> dict[str, Any]:
        """Change some of status, responsible, action, due_date, note ('' or None clears a text).

        The record keeps its id; the change is added to its history.
        """
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown follow-up fields: {sorted(unknown)}")
        if "status" in changes and not str(changes["status"] or "").strip():
            raise InputError(msg("error.followup.empty_status"), column="status")
        current = self.get_follow_up(follow_up_id)
        if current is None:
            raise InputError(msg("error.followup.not_found", id=follow_up_id), hint=msg("error.followup.not_found_hint"))
        merged = {name: current[name] for name in FIELDS}
        merged.update(changes)
        values = clean(merged)
        if all(values[n] == current[n] for n in FIELDS):
            return current
        now = now_utc()
        with self.backend.transaction():
            self.backend.execute(
                "UPDATE follow_ups SET status = ?, responsible = ?, action = ?, due_date = ?, note = ?, updated_at = ?"
                " WHERE id = ?",
                (values["status"], values["responsible"], values["action"], values["due_date"], values["note"],
                 now, follow_up_id),
            )
            self._record_change(follow_up_id, values, now)
        return self.get_follow_up(follow_up_id)  # type: ignore[return-value]

    def _as_they_stood(self, rows: list[dict[str, Any]], day: str) -> list[dict[str, Any]]:
        """Each record with the fields of its last change before ``day`` began (local time).

        A record first made on or after ``day`` (an action recorded afterwards about what
        happened before) keeps its first recorded state: nothing earlier is known.
        """
        if not rows:
            return rows
        state: dict[int, dict[str, Any]] = {}
        for change in self.backend.execute(
            "SELECT follow_up_id, changed_at, status, responsible, action, due_date, note FROM follow_up_changes"
            " ORDER BY id"
        ):
            fu_id = int(change["follow_up_id"])
            if fu_id not in state or local_day(change["changed_at"]) < day:
                state[fu_id] = change
        out = []
        for row in rows:
            change = state.get(int(row["id"]))
            out.append(row if change is None else
                       {**row, **{name: change[name] for name in FIELDS}, "updated_at": change["changed_at"]})
        return out

    def _record_change(self, follow_up_id: int, values: dict[str, Any], when: str) -> None:
        self.backend.execute(
            "INSERT INTO follow_up_changes (follow_up_id, changed_at, status, responsible, action, due_date, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (follow_up_id, when, values["status"], values["responsible"], values["action"], values["due_date"],
             values["note"]),
        )

    def get_follow_up(self, follow_up_id: int, *, on: str | dt.date | None = None) -> dict[str, Any] | None:
        """One follow-up with its history of changes (oldest first)."""
        rows = self.backend.execute(_SELECT + " WHERE id = ?", (int(follow_up_id),))
        if not rows:
            return None
        fu = decorate(rows[0], parse_date(on or dt.date.today()))
        fu["changes"] = self.backend.execute(
            "SELECT changed_at, status, responsible, action, due_date, note FROM follow_up_changes"
            " WHERE follow_up_id = ? ORDER BY id",
            (fu["id"],),
        )
        return fu

    def list_follow_ups(
        self,
        *,
        check_id: str | None = None,
        key: str | None = None,
        status: str | Iterable[str] | None = None,
        scope: str | None = None,
        check_prefix: str | None = None,
        overdue_on: str | dt.date | None = None,
        on: str | dt.date | None = None,
        stood_on: str | dt.date | None = None,
    ) -> list[dict[str, Any]]:
        """Follow-ups, oldest first, each with ``overdue`` judged on ``on`` (default today).

        ``overdue_on`` keeps only those overdue on that date: status open or in progress
        and a due date before it. ``scope`` keeps those for that scope and those for
        any scope (scope NULL). ``stood_on`` gives each record as it stood when that day
        began (its last change before it, in local time; ``status`` filters that state):
        the state at a past year's end. One first recorded later keeps its first state.
        """
        where, params = [], []
        if check_id:
            where.append("check_id = ?")
            params.append(check_id)
        if check_prefix:
            where.append("substr(check_id, 1, ?) = ?")
            params += [len(check_prefix), check_prefix]
        if key is not None:
            where.append("case_key = ?")
            params.append(key)
        codes = None
        if status:
            codes = [parse_status(status)] if isinstance(status, str) else [parse_status(s) for s in status]
            if stood_on is None:
                where.append(f"status IN ({', '.join('?' for _ in codes)})")
                params += codes
        if scope is not None:
            where.append("(scope IS NULL OR scope = ?)")
            params.append(scope)
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        judged_on = parse_date(overdue_on or on or dt.date.today())
        rows = self.backend.execute(sql, params)
        if stood_on is not None:
            rows = self._as_they_stood(rows, parse_date(stood_on))
            if codes:
                rows = [r for r in rows if r["status"] in codes]
        out = [decorate(r, judged_on) for r in rows]
        if overdue_on:
            out = [fu for fu in out if fu["overdue"]]
        return out
