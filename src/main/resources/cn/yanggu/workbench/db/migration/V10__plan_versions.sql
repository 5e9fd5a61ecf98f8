-- V10: versions of the plan (issue 18): adjustments and the next period (下一期规划). Version 1 is the plan as issued (阳政办字〔2022〕7号) and is not stored here:
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
    kind            TEXT    NOT NULL DEFAULT 'adjustment' CHECK (kind IN ('adjustment', 'successor')),
    period_end      INTEGER CHECK (period_end IS NULL OR period_end BETWEEN 2000 AND 2050),
    CHECK (status = 'draft' OR (reason IS NOT NULL AND document_number IS NOT NULL)),
    CHECK (kind = 'adjustment' OR period_end > from_year)
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

-- a successor's (下一期规划) base-year values: the last period's actual, or set by hand; NULL while still missing
CREATE TABLE plan_version_base (
    version   INTEGER NOT NULL REFERENCES plan_version (number) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    indicator TEXT    NOT NULL,
    value     REAL CHECK (value IS NULL OR value >= 0),
    by_hand   INTEGER NOT NULL DEFAULT 0 CHECK (by_hand IN (0, 1)),
    note      TEXT,
    PRIMARY KEY (version, position),
    UNIQUE (version, indicator)
);

-- the zones, chains, enterprises and projects a successor carries over
CREATE TABLE plan_version_carried (
    version  INTEGER NOT NULL REFERENCES plan_version (number) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('zone', 'chain', 'enterprise', 'project')),
    code     TEXT    NOT NULL,
    PRIMARY KEY (version, position),
    UNIQUE (version, kind, code)
);
