-- V8: the register of offices whose exchange packages this database accepts (issue 19).
-- One row per office (or the bureau, at an office): its name as its packages give it, its Ed25519 public key
-- (X.509, base64) and the fingerprint people compare by phone, when and by whom it was registered, why its key was
-- last replaced (null for a first registration), and the time of the newest package applied from it.
-- Registering and replacing are audited commands; the private keys are never in a database (see OfficeKeys).

CREATE TABLE office_register (
    office          TEXT PRIMARY KEY,
    public_key      TEXT NOT NULL UNIQUE,
    fingerprint     TEXT NOT NULL,
    registered_at   TEXT NOT NULL,
    registered_by   TEXT NOT NULL,
    replace_reason  TEXT,
    last_package_at TEXT
);
