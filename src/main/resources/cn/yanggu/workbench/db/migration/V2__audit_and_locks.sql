-- V2: the audit log (every change, who and when, old -> new) and the year locks (定稿).

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    batch     INTEGER NOT NULL,
    at        TEXT    NOT NULL,
    user_name TEXT    NOT NULL,
    action    TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete', 'undo', 'redo', 'import', 'lock', 'unlock')),
    entity    TEXT    NOT NULL,
    code      TEXT,
    field     TEXT,
    old_value TEXT,
    new_value TEXT,
    origin    TEXT
);
CREATE INDEX audit_log_batch ON audit_log (batch);

CREATE TABLE year_lock (
    year      INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2050),
    reason    TEXT NOT NULL,
    locked_at TEXT NOT NULL,
    locked_by TEXT NOT NULL
);
