-- V6: township <-> bureau exchange packages.
-- exchange_setting: this database's origin name (the office or PC name the user types once) and its random id.
-- sync_base: the plan as last received from the other side (seed, JSON import or applied package), in the JSON
--   export format; the three-way comparison of a package starts from it.
-- package_log: every package applied here, to warn about a package applied twice or older than the last one.

CREATE TABLE exchange_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sync_base (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    taken_at  TEXT NOT NULL,
    source    TEXT NOT NULL,
    plan_json BLOB NOT NULL
);

CREATE TABLE package_log (
    id            INTEGER PRIMARY KEY,
    origin_name   TEXT NOT NULL,
    origin_id     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    base_revision TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    applied_at    TEXT NOT NULL,
    applied_by    TEXT NOT NULL
);
