"""The whole audit as one library call: load -> derive -> validate -> results -> history -> results.json -> reports."""

from __future__ import annotations

import datetime as dt
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from audit.errors import InputError
from audit.inputs.mapping import Mapping, load_mapping
from audit.io import refuse_overwriting_inputs
from audit.results_model import DumpInThread, materialise
from audit.table import LoadedTable
from audit.text import msg, plural, t as tr
from audit.text.message import render

LEVELS = {"warning": 1, "deviation": 2}


@dataclass
class AuditRun:
    """One run's outcome. ``results`` is the results.json mapping; each check's cases are
    built columnar (audit.results_model.CaseFrame) and become plain dicts only when
    ``results`` is first read, so a run that only writes results.json never makes them."""

    _results: dict
    out_dir: Path | None
    files: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the loaders want the user told (e.g. a new key file)

    @property
    def results(self) -> dict:
        return materialise(self._results)

    def overview(self) -> dict:
        """The results mapping as built, for counts and statuses: cases not turned into dicts."""
        return self._results

    def reached(self, level: str) -> bool:
        """True when a check's findings reach ``level`` (warning or deviation)."""
        worst = 0
        for c in self._results["checks"]:
            worst = max(worst, LEVELS.get(c["status"], 0))
        return worst >= LEVELS[level]


BACKGROUND_IMPORT_BYTES = 20_000_000  # inputs from this size on are read while GX is imported


def new_run_id(now: dt.datetime | None = None) -> str:
    """«20261207T125040-c96747»: the time and six random hex digits, the first of them a letter. A digit there
    would join the time's six digits and the next five into «125040-96747», which reads as a number typed with a
    wrong digit (day 12, an H-number's month 50) and is masked wherever values are shown."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}-{secrets.choice('abcdef')}{secrets.token_hex(3)[1:]}"


def resolve_mappings(inputs: list[str], mapping_paths: list[str], dataset: str) -> list[Mapping | None]:
    """One mapping per input, or one mapping for all inputs, or none."""
    if not mapping_paths:
        return [None] * len(inputs)
    if len(mapping_paths) == 1 and len(inputs) > 1:
        m = load_mapping(mapping_paths[0], dataset)
        return [m] * len(inputs)
    if len(mapping_paths) != len(inputs):
        raise InputError(msg("error.run.mappings", inputs=len(inputs), mappings=len(mapping_paths)),
                         hint=msg("error.run.mappings_hint"))
    return [load_mapping(m, dataset) if m not in ("", "-") else None for m in mapping_paths]


def run_audit(
    inputs: list[str | Path],
    *,
    suite: str,
    mappings: list[str] | None = None,
    as_of: dt.date | None = None,
    config: str | None = None,
    overrides: tuple[str, ...] | list[str] = (),
    out_dir: str | Path | None = None,
    strict: bool = False,
    scope: str | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    lang: str = "nb",
    formats: tuple[str, ...] = ("xlsx", "html"),
    html_case_limit: int = 200,
    kostra_year: int | None = None,
    progress: Callable[[str], None] | None = None,
    history: str | None = None,
    record_history: bool = False,
    overwrite: bool = True,
    once_per_period: bool = False,
) -> AuditRun:
    """Audit ``inputs`` with ``suite``; write results.json (and reports) to ``out_dir``.

    With ``record_history`` the run is recorded in the history only after results.json
    is written (see :class:`HistoryRecorder`); ``once_per_period`` (the schedule) makes a
    run whose suite, scope and period is already recorded stop with
    :class:`audit.history.AlreadyRecorded` before it writes anything.
    """
    from audit.inputs import load_inputs
    from audit.params import load_parameters
    from checks import get_suite

    say = progress or (lambda _text: None)
    timings: dict[str, float] = {}
    started = dt.datetime.now(dt.timezone.utc)
    run_id = new_run_id(started)
    as_of = as_of or dt.date.today()
    st = get_suite(suite)
    parameters = load_parameters(st, config, overrides)
    paths = [str(p) for p in inputs]
    if not paths:
        raise InputError(msg("error.run.no_inputs"), hint=msg("error.run.no_inputs_hint"))
    if out_dir is not None:  # no output may be one of the inputs (path, symlink, hard link): exit 2
        from reports import HTML_NAME, XLSX_NAME

        refuse_overwriting_inputs([Path(out_dir) / n for n in ("results.json", XLSX_NAME, HTML_NAME)],
                                  [*paths, *(mappings or []), config])
    if st.name == "kostra":  # SSB's controls read one file by SSB's description (audit.kostra.ssb_suite)
        from audit.kostra.ssb_suite import load_for_suite, refuse_mappings

        refuse_mappings(paths, mappings)
    maps = resolve_mappings(paths, list(mappings or []), st.dataset)

    # A large input: Great Expectations is imported in a thread while the input is read (polars
    # releases the interpreter lock) and validation waits for it, which hides most of the import.
    # A small input is read in a moment, mostly in Python (openpyxl): nothing to hide it behind.
    if sum(Path(p).stat().st_size for p in paths if Path(p).is_file()) >= BACKGROUND_IMPORT_BYTES:
        from audit.engine import import_in_background

        import_in_background()
    t = time.perf_counter()
    if st.name == "kostra":  # the file read as SSB reads it; the controls of its form and year
        from audit.inputs.kostra import check_line_lengths, guard_kostra_table

        if len(paths) == 1 and Path(paths[0]).is_file():  # bounded lines, then no identity number in any field
            check_line_lengths(paths[0])
        table, st = load_for_suite(paths, mappings=mappings, kostra_year=kostra_year, scope=scope)
        guard_kostra_table(table, paths[0])
    else:
        table = load_inputs(paths, st.dataset, maps, kostra_year=kostra_year,
                            progress=lambda line: say(str(render(line, lang))))
    timings["load"] = time.perf_counter() - t
    if strict and table.issues:
        first = table.issues[0]
        raise InputError(
            msg(plural("error.run.strict", len(table.issues)), issue=first.text or first.message, count=len(table.issues)),
            file=first.file, row=first.row, column=first.column,
        )

    mapping_json = {m.path: m.to_json() for m in maps if m is not None}
    results = audit_table(
        table, st, as_of, parameters, run_id=run_id, started=started, mappings=mapping_json,
        scope=scope, period=period, strict=strict, lang=lang, say=say, timings=timings,
        background=out_dir is not None,
    )
    notes = [str(render(n, lang)) for n in table.notes]  # the loaders' notes in the run's language
    del table  # the loaded frame is not needed for writing; free it before results.json is serialised
    # The history holds only runs whose results were written: reserve the suite, scope and
    # period first (a second run of them at the same time is refused), write results.json,
    # then record the run in the transaction that releases the reservation.
    # results.json is written in a thread while the reports render (they read the columnar
    # cases, not the file; the cases of the last checks may still be being built meanwhile,
    # see build_results): both wait for each other before the run is recorded and returns.
    recorder = HistoryRecorder(history, once_per_period=once_per_period) if record_history else None
    rendered: list[Path] = []
    render_error: BaseException | None = None
    try:
        if recorder is not None:
            t = time.perf_counter()
            say(tr("history.progress.claim", lang))
            results = recorder.begin(results)  # the cases stay columnar (audit.history.annotate)
            timings["history"] = time.perf_counter() - t
        run = AuditRun(_results=results, out_dir=Path(out_dir) if out_dir else None, timings=timings, notes=notes)
        t = time.perf_counter()
        writer = None
        waited = [0.0]  # time spent waiting for results.json inside the history's commit

        def written() -> None:
            """Wait for results.json (once): the run's files, or its error with this run's reports removed."""
            nonlocal writer
            if writer is None:
                return
            pending, writer = writer, None
            t_wait = time.perf_counter()
            try:
                run.files.append(pending.result())
            except BaseException as exc:
                for p in rendered:  # no results.json: the reports of this run go too
                    p.unlink(missing_ok=True)
                if isinstance(exc, FileExistsError):
                    raise InputError(msg("error.run.results_appeared"), file=str(out),
                                     hint=msg("error.run.results_appeared_hint")) from None
                raise
            finally:
                waited[0] += time.perf_counter() - t_wait

        if out_dir is not None:
            out = Path(out_dir)
            say(tr("run.progress.results", lang, path=out / "results.json"))
            try:
                writer = DumpInThread(results, out / "results.json", overwrite=overwrite)
            except FileExistsError:
                raise InputError(msg("error.run.results_appeared"), file=str(out),
                                 hint=msg("error.run.results_appeared_hint")) from None
            if formats:
                t_render = time.perf_counter()
                say(tr("run.progress.reports", lang))
                # the cases stay columnar: the workbook streams them (reports.case_sheet), the page takes its first
                try:
                    rendered = render_reports(results, out, lang=lang, formats=formats, html_case_limit=html_case_limit)
                except BaseException as exc:  # raised once results.json is written (and the run recorded), as before
                    render_error = exc
                    _drop_stale_reports(out, formats)
                timings["render"] = time.perf_counter() - t_render
                t = time.perf_counter()
            # a report of a format not asked for this time is an earlier run's (--overwrite): it would describe
            # other data than the new results.json beside it
            _drop_stale_reports(out, tuple(f for f in ("xlsx", "html") if f not in formats))
            if recorder is None:
                written()
        else:
            from audit.results import wait_for_cases

            wait_for_cases(results)  # nothing is written: the cases are complete when the run returns
        timings["write"] = time.perf_counter() - t
        if recorder is not None:
            # The run's rows go into the history while results.json is still being written (the
            # writer is a thread; SQLite and polars leave the interpreter lock meanwhile); the
            # transaction commits only once the file is written (``before_commit``), so a run whose
            # results.json fails is not recorded, as before.
            t = time.perf_counter()

            def before_commit() -> None:
                written()
                say(tr("run.progress.history", lang))  # what is left: the commit

            try:
                recorder.commit(results, before_commit=before_commit)
            finally:
                written()  # the history failed: results.json is still finished (or its error raised)
            timings["write"] += waited[0]
            timings["history"] += time.perf_counter() - t - waited[0]
    finally:
        if recorder is not None:
            recorder.close()
    if render_error is not None:
        raise render_error
    run.files.extend(rendered)
    return run


def audit_table(
    table: LoadedTable,
    suite,
    as_of: dt.date,
    parameters: dict[str, dict] | None = None,
    *,
    run_id: str | None = None,
    started: dt.datetime | None = None,
    mappings: dict | None = None,
    scope: str | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    strict: bool = False,
    lang: str = "nb",
    say: Callable[[str], None] = lambda _text: None,
    timings: dict[str, float] | None = None,
    background: bool = False,
) -> dict:
    """Derive, validate and assemble results for an already loaded table (``background``: the
    cases are built in a thread, see :func:`audit.results.build_results`)."""
    from audit.derive import derive
    from audit.engine import validate
    from audit.results import build_results
    from checks import get_suite

    st = get_suite(suite) if isinstance(suite, str) else suite
    timings = timings if timings is not None else {}
    started = started or dt.datetime.now(dt.timezone.utc)
    t = time.perf_counter()
    say(tr("run.progress.derive", lang, checks=len(st.checks), rows=table.frame.height))
    derived = derive(table, st, as_of, parameters or {})
    counts = {p.index: int(derived.frame[p.col("m")].is_not_null().sum()) for p in derived.plans if p.evaluable}
    timings["derive"] = time.perf_counter() - t
    t = time.perf_counter()
    say(tr("run.progress.validate", lang))
    outcomes = validate(derived, counts)
    timings["validate"] = time.perf_counter() - t
    t = time.perf_counter()
    say(tr("run.progress.collect", lang))
    results = build_results(
        run_id=run_id or new_run_id(started), suite=st, table=table, derived=derived, outcomes=outcomes,
        as_of=as_of, parameters=parameters or {}, mappings=mappings or {},
        started_at=started.isoformat(timespec="microseconds"), scope=scope, period=period, strict=strict, lang=lang,
        background=background,
    )
    finish = getattr(st, "finish", None)  # the kostra suite adds SSB's severity and version (audit.kostra.ssb_suite)
    if finish is not None:
        results = finish(results)
    timings["results"] = time.perf_counter() - t
    return results


def _drop_stale_reports(out_dir: Path, formats: tuple[str, ...]) -> None:
    """Remove the reports of ``formats`` from the run folder: after the reports failed (a workbook or page of an
    earlier run in the folder, --overwrite, describes other data than the new results.json, and one of this run
    may be half its set), and those of a format not written this time (an earlier run's). None is left beside
    results.json, from which ``nav-audit report`` makes them again."""
    from reports import HTML_NAME, XLSX_NAME

    for fmt, name in (("xlsx", XLSX_NAME), ("html", HTML_NAME)):
        if fmt in formats:
            try:
                (Path(out_dir) / name).unlink(missing_ok=True)
            except OSError:
                pass


def render_reports(results: dict, out_dir: Path, *, lang: str, formats: tuple[str, ...], html_case_limit: int) -> list[Path]:
    """Excel and HTML reports beside results.json (openpyxl and jinja2 are imported only here)."""
    from reports import render_reports as _render

    return list(_render(results, out_dir, lang=lang, html_case_limit=html_case_limit, formats=formats))


class HistoryRecorder:
    """Records one run in the history, transactionally with its results.json.

    :meth:`begin` reserves the run's suite, scope and period (refused while another live
    run holds them) and returns the results with the finding lifecycle and follow-ups
    added (read from the history, nothing written); :meth:`commit` records the run and
    releases the reservation in one transaction, after results.json is written;
    :meth:`close` releases a reservation that was not committed (the run failed) and
    closes the store. A run killed in between leaves only its reservation, which the
    next run takes over; nothing of it is in the history.
    """

    def __init__(self, history: str | None, *, once_per_period: bool = False) -> None:
        self.history = history
        self.once_per_period = once_per_period
        self.store = None
        self.claim = None

    def begin(self, results: dict) -> dict:
        from audit.history import claim_key, open_store, resolve_location
        from audit.history.annotate import annotate_results, apply_annotations

        run = results["run"]
        period = run.get("period") or {}
        self.store = open_store(resolve_location(self.history))
        key = claim_key(run["suite"], run.get("scope"), (period.get("from"), period.get("to")), run["as_of"])
        self.claim = self.store.claim_run(key, run["id"])
        if self.once_per_period and (period.get("from") or period.get("to")):
            self._refuse_if_recorded(run, period)
        return apply_annotations(results, annotate_results(self.store, results, columnar=True))

    def _refuse_if_recorded(self, run: dict, period: dict) -> None:
        from audit.history import AlreadyRecorded

        for other in self.store.list_runs(suite=run["suite"]):
            if other.get("scope") == run.get("scope") and other.get("period") == {"from": period.get("from"),
                                                                                  "to": period.get("to")}:
                raise AlreadyRecorded(other["id"])

    def commit(self, results: dict, before_commit: Callable[[], None] | None = None) -> None:
        """Record the run; ``before_commit`` (waiting for results.json) runs inside the transaction,
        after the rows are inserted and before they are committed (HistoryStore.record_run)."""
        self.store.record_run(results, claim=self.claim, before_commit=before_commit)
        self.claim = None

    def close(self) -> None:
        if self.store is None:
            return
        try:
            if self.claim is not None:
                self.store.release_claim(self.claim)
        finally:
            self.store.close()
            self.store = None


def record_in_history(results: dict, history: str | None) -> dict:
    """Record already written results in the history store; return them with the finding
    lifecycle (new / persisting / resolved) and follow-ups added, so reports can show them."""
    recorder = HistoryRecorder(history)
    try:
        annotated = recorder.begin(results)
        recorder.commit(annotated)
        return annotated
    finally:
        recorder.close()
