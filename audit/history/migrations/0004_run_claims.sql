-- A run reserves its (suite, scope, period) before it starts and records itself only
-- after its results.json is written, in the transaction that removes the reservation.
-- A second run of the same suite, scope and period while the first is alive is refused;
-- a reservation left by a process that died (kill -9) is taken over.

CREATE TABLE run_claims (
    claim_key   TEXT PRIMARY KEY,          -- suite, scope, period (or as_of when no period)
    run_id      TEXT NOT NULL,
    host        TEXT,
    pid         INTEGER,
    claimed_at  TEXT NOT NULL
);
