-- V3: 亩产效益 grading — enterprises' yearly figures and the grading methods (weights, normalisation, cut-offs).
-- No foreign key to enterprise: a JSON import replaces the plan's records and must not wipe the figures.

CREATE TABLE enterprise_year (
    enterprise_code TEXT    NOT NULL,
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2050),
    land_mu         REAL CHECK (land_mu >= 0),
    tax_wan         REAL CHECK (tax_wan >= 0),
    revenue_wan     REAL CHECK (revenue_wan >= 0),
    energy_tce      REAL CHECK (energy_tce >= 0),
    rd_wan          REAL CHECK (rd_wan >= 0),
    employees       REAL CHECK (employees >= 0),
    PRIMARY KEY (enterprise_code, year)
);

CREATE TABLE grading_method (
    from_year     INTEGER PRIMARY KEY CHECK (from_year BETWEEN 2000 AND 2050),
    normalisation TEXT NOT NULL CHECK (normalisation IN ('MIN_MAX', 'SHARE_OF_BEST', 'RATIO_TO_AVERAGE')),
    cutoff_mode   TEXT NOT NULL CHECK (cutoff_mode IN ('SCORE', 'PERCENTILE')),
    cutoff1       REAL NOT NULL,
    cutoff2       REAL NOT NULL,
    cutoff3       REAL NOT NULL,
    note          TEXT
);

CREATE TABLE grading_weight (
    from_year INTEGER NOT NULL REFERENCES grading_method (from_year) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    indicator TEXT    NOT NULL,
    weight    REAL    NOT NULL CHECK (weight >= 0),
    PRIMARY KEY (from_year, indicator)
);
