"""The history's findings read as polars frames, for the lifecycle of a run's cases
(:mod:`audit.history.lifecycle`). Mixed into :class:`audit.history.store.HistoryStore`."""

from __future__ import annotations

from typing import Any, Sequence

from audit.history.backends import Backend

FINDING_COLUMNS = ("check_id", "key", "level", "office", "municipality", "value")
# Above this many keys the findings of a check are read whole and filtered, not asked for by key.
_KEYS_AT_ONCE, _KEYS_BY_NAME = 500, 10_000


class FrameStore:
    """Mixed into :class:`audit.history.store.HistoryStore`: findings as frames, without a dict per finding."""

    backend: Backend

    def findings_frame(self, run_id: str, check_id: str | None = None, keys: Sequence[str] | None = None) -> Any:
        """The findings of one run as a polars frame (check_id, key, level, office, municipality,
        value), read without a dict per finding: all of them, those of one check, or those of one
        check with the given keys (the lifecycle's resolved and not assessed findings)."""
        import polars as pl

        schema = {name: pl.Utf8 for name in FINDING_COLUMNS[:-1]} | {"value": pl.Float64}
        sql = "SELECT check_id, case_key, level, office, municipality, value FROM findings WHERE run_id = ?"
        if check_id is None:
            rows = self.backend.rows(sql, (run_id,))
        elif keys is None or len(keys) > _KEYS_BY_NAME:
            rows = self.backend.rows(sql + " AND check_id = ?", (run_id, check_id))
        else:
            rows = []
            keys = list(keys)
            for start in range(0, len(keys), _KEYS_AT_ONCE):
                part = keys[start:start + _KEYS_AT_ONCE]
                rows += self.backend.rows(f"{sql} AND check_id = ? AND case_key IN ({', '.join('?' for _ in part)})",
                                          (run_id, check_id, *part))
        frame = pl.DataFrame(rows, schema=schema, orient="row")
        if keys is not None and len(keys) > _KEYS_BY_NAME:
            frame = frame.filter(pl.col("key").is_in(pl.Series(keys, dtype=pl.Utf8).implode()))
        return frame

    def finding_keys_by_check(self, run_id: str, *, levels: bool = False) -> dict[str, Any]:
        """The keys of one run's findings per check id, each check's a polars frame of key (with
        ``levels`` also level): from the primary key's index and the rows' level alone, for the
        lifecycle (the compared-with run's keys and levels, the streaks' keys)."""
        import polars as pl

        # One text per check of the keys (and one of their levels, aggregated over the same rows in the
        # same order), joined by a separator and split by polars: a quarter to half of the time of a
        # tuple per finding. A key or level that holds the separator (never in a pseudonymous key)
        # makes a count differ: then the findings are read one by one.
        sqlite = self.backend.dialect == "sqlite"
        items = ("case_key", "level") if levels else ("case_key",)
        # (PostgreSQL is told the order, the keys', so that both texts hold the rows in the same order.)
        aggs = ", ".join(f"group_concat({i}, char(31))" if sqlite else f"string_agg({i}, chr(31) ORDER BY case_key)"
                         for i in items)
        names = ("key", "level") if levels else ("key",)
        out: dict[str, Any] = {}
        for check_id, n, *joined in self.backend.rows(
                f"SELECT check_id, COUNT(*), {aggs} FROM findings WHERE run_id = ? GROUP BY check_id", (run_id,)):
            columns = [pl.Series(name, [text], dtype=pl.Utf8).str.split("\x1f").explode()
                       for name, text in zip(names, joined)]
            if any(c.len() != n for c in columns):
                break
            out[check_id] = pl.DataFrame(columns)
        else:
            return out
        rows = self.backend.rows(f"SELECT check_id, case_key{', level' if levels else ''} FROM findings WHERE run_id = ?",
                                 (run_id,))
        frame = pl.DataFrame(rows, schema=dict.fromkeys(("check_id", *names), pl.Utf8), orient="row")
        return {k[0]: v for k, v in frame.partition_by("check_id", as_dict=True, maintain_order=True,
                                                         include_key=False).items()}
