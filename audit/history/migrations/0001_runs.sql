-- Runs and what each found: only what results.json holds (pseudonymous keys).
-- Portable SQL for SQLite and PostgreSQL; dates and timestamps are ISO 8601 text,
-- JSON is text. @ID@ is replaced by the backend's auto-increment primary key.

CREATE TABLE runs (
    id             TEXT PRIMARY KEY,
    created_at     TEXT NOT NULL,          -- run.started_at (else finished_at, else recording time)
    recorded_at    TEXT NOT NULL,          -- when this store recorded the run
    tool_name      TEXT,
    tool_version   TEXT,
    suite          TEXT NOT NULL,
    as_of          TEXT NOT NULL,          -- YYYY-MM-DD
    period_from    TEXT,
    period_to      TEXT,
    scope          TEXT,
    lang           TEXT,
    dataset_rows   INTEGER,
    input_issues   INTEGER NOT NULL DEFAULT 0,  -- how many unreadable values (the list stays in results.json)
    parameters     TEXT NOT NULL,          -- JSON: run.parameters
    inputs         TEXT NOT NULL,          -- JSON: [{path, sha256, rows, format?}]
    fingerprint    TEXT NOT NULL           -- sha256 of what was stored: recording the same id twice is a no-op
);

CREATE INDEX runs_suite_scope_as_of ON runs (suite, scope, as_of);

CREATE TABLE run_checks (
    run_id     TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    check_id   TEXT NOT NULL,
    position   INTEGER NOT NULL,        -- order of the check in results.json
    kind       TEXT,
    status     TEXT NOT NULL,
    title_nb   TEXT,
    title_en   TEXT,
    evaluated  INTEGER,
    failed     INTEGER,
    warned     INTEGER,
    unknown    INTEGER,
    value      DOUBLE PRECISION,
    error      TEXT,
    PRIMARY KEY (run_id, check_id)
);

CREATE TABLE findings (
    run_id        TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    check_id      TEXT NOT NULL,
    case_key      TEXT NOT NULL,
    level         TEXT NOT NULL,           -- warning | deviation
    office        TEXT,
    municipality  TEXT,
    value         DOUBLE PRECISION,
    PRIMARY KEY (run_id, check_id, case_key)
);

CREATE INDEX findings_check_key ON findings (check_id, case_key);
