-- Follow-up of findings: on one case (case_key) or on a whole check (case_key NULL).
-- Every change is kept in follow_up_changes as a snapshot of the record after it.

CREATE TABLE follow_ups (
    id           @ID@,
    check_id     TEXT NOT NULL,
    case_key     TEXT,
    scope        TEXT,                     -- NULL: applies to runs of any scope
    status       TEXT NOT NULL,            -- open | in_progress | done | not_relevant
    responsible  TEXT,
    action       TEXT,
    due_date     TEXT,                     -- YYYY-MM-DD
    note         TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX follow_ups_check_key ON follow_ups (check_id, case_key);

CREATE TABLE follow_up_changes (
    id            @ID@,
    follow_up_id  BIGINT NOT NULL REFERENCES follow_ups (id) ON DELETE CASCADE,
    changed_at    TEXT NOT NULL,
    status        TEXT NOT NULL,
    responsible   TEXT,
    action        TEXT,
    due_date      TEXT,
    note          TEXT
);

CREATE INDEX follow_up_changes_follow_up ON follow_up_changes (follow_up_id);
