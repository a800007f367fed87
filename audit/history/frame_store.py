"""The history's findings read as polars frames, for the lifecycle of a run's columnar cases
(:mod:`audit.history.lifecycle`). Mixed into :class:`audit.history.store.HistoryStore`."""

from __future__ import annotations

from typing import Any

from audit.history.backends import Backend

FINDING_COLUMNS = ("check_id", "key", "level", "office", "municipality", "value")


class FrameStore:
    """Mixed into :class:`audit.history.store.HistoryStore`: findings as frames, without a dict per finding."""

    backend: Backend

    def findings_frame(self, run_id: str) -> Any:
        """The findings of one run as a polars frame (check_id, key, level, office, municipality,
        value), read in one query without a dict per finding (the lifecycle)."""
        import polars as pl

        rows = self.backend.rows(
            "SELECT check_id, case_key, level, office, municipality, value FROM findings WHERE run_id = ?", (run_id,))
        schema = {name: pl.Utf8 for name in FINDING_COLUMNS[:-1]} | {"value": pl.Float64}
        return pl.DataFrame(rows, schema=schema, orient="row")

    def finding_keys_frame(self, run_id: str) -> Any:
        """The (check_id, key) of one run's findings as a polars frame: read from the primary
        key's index alone, without the rows (the streaks of the lifecycle)."""
        import polars as pl

        # One text per check, the keys joined by a unit separator and split by polars: about half
        # the time of a tuple per key. A key holding the separator (never in a pseudonymous key)
        # makes the counts differ: then the keys are read one by one.
        agg = "group_concat(case_key, char(31))" if self.backend.dialect == "sqlite" else "string_agg(case_key, chr(31))"
        parts = []
        for check_id, n, joined in self.backend.rows(
                f"SELECT check_id, COUNT(*), {agg} FROM findings WHERE run_id = ? GROUP BY check_id", (run_id,)):
            keys = pl.Series("key", [joined], dtype=pl.Utf8).str.split("\x1f").explode()
            if keys.len() != n:
                parts = None
                break
            parts.append(pl.DataFrame({"check_id": pl.Series([check_id], dtype=pl.Utf8).new_from_index(0, n),
                                       "key": keys}))
        if parts is not None:
            return pl.concat(parts) if parts else pl.DataFrame(schema={"check_id": pl.Utf8, "key": pl.Utf8})
        rows = self.backend.rows("SELECT check_id, case_key FROM findings WHERE run_id = ?", (run_id,))
        return pl.DataFrame(rows, schema={"check_id": pl.Utf8, "key": pl.Utf8}, orient="row")

