-- Per-office counts of each check (results.json checks[].by_office) and each check's
-- unit and target, for the annual report (figures per office; indicators judged
-- against the target that was in force in the run). Runs recorded before this
-- migration have no office rows and a NULL unit and target.

ALTER TABLE run_checks ADD COLUMN unit TEXT;
ALTER TABLE run_checks ADD COLUMN target_op TEXT;
ALTER TABLE run_checks ADD COLUMN target_value DOUBLE PRECISION;

CREATE TABLE run_check_offices (
    run_id        TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    check_id      TEXT NOT NULL,
    position      INTEGER NOT NULL,        -- order in by_office
    office        TEXT,
    municipality  TEXT,
    evaluated     INTEGER,
    failed        INTEGER,                 -- NULL for indicators
    warned        INTEGER,                 -- NULL for indicators
    unknown       INTEGER,
    value         DOUBLE PRECISION,        -- indicators: the office's value
    PRIMARY KEY (run_id, check_id, position)
);
