-- V10: versions of the plan (issue 18). Version 1 is the plan as issued (阳政办字〔2022〕7号) and is not stored here:
-- its targets are the indicators' own. Each row is an adjustment made by the plan's procedure — what it changes,
-- why, by what document, from which year — a draft (草案) until approved. No foreign key to indicator: a JSON import
-- replaces the plan's records and writes the versions with them.

CREATE TABLE plan_version (
    number          INTEGER PRIMARY KEY CHECK (number >= 2),
    title           TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('draft', 'approved')),
    from_year       INTEGER NOT NULL CHECK (from_year BETWEEN 2000 AND 2050),
    replaces        INTEGER NOT NULL CHECK (replaces >= 1),
    reason          TEXT,
    document_number TEXT,
    document_date   TEXT,
    approved_by     TEXT,
    note            TEXT,
    CHECK (status = 'draft' OR (reason IS NOT NULL AND document_number IS NOT NULL))
);

CREATE TABLE plan_version_target (
    version    INTEGER NOT NULL REFERENCES plan_version (number) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    indicator  TEXT    NOT NULL,
    year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2050),
    value      REAL    NOT NULL,
    comparator TEXT,
    basis      TEXT,
    PRIMARY KEY (version, position),
    UNIQUE (version, indicator, year)
);
