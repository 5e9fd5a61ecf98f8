-- V1: the plan as the bureau holds it. Codes are stable text keys so that exports,
-- imports and exchange packages can match records across databases.

CREATE TABLE plan_info (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    title             TEXT    NOT NULL,
    document_number   TEXT,
    issuer            TEXT,
    issued_on         TEXT,
    base_year         INTEGER NOT NULL CHECK (base_year BETWEEN 2000 AND 2050),
    period_start      INTEGER NOT NULL CHECK (period_start BETWEEN 2000 AND 2050),
    period_end        INTEGER NOT NULL CHECK (period_end BETWEEN 2000 AND 2050),
    vision_year       INTEGER NOT NULL CHECK (vision_year BETWEEN 2000 AND 2050),
    zone_total_km2    REAL,
    zone_total_text   TEXT,
    zone_total_source TEXT,
    source            TEXT
);

CREATE TABLE statement (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    title    TEXT NOT NULL,
    text     TEXT NOT NULL,
    source   TEXT NOT NULL
);

CREATE TABLE zone (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL UNIQUE,
    kind     TEXT NOT NULL CHECK (kind IN ('industrial', 'reserved')),
    area_km2 REAL CHECK (area_km2 IS NULL OR area_km2 >= 0),
    east     TEXT,
    west     TEXT,
    south    TEXT,
    north    TEXT,
    source   TEXT NOT NULL,
    note     TEXT
);

CREATE TABLE enterprise (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL UNIQUE,
    source   TEXT NOT NULL,
    note     TEXT
);

CREATE TABLE enterprise_alias (
    enterprise_code TEXT    NOT NULL REFERENCES enterprise (code) ON UPDATE CASCADE ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    alias           TEXT    NOT NULL,
    PRIMARY KEY (enterprise_code, position)
);

CREATE TABLE chain (
    code         TEXT PRIMARY KEY,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL UNIQUE,
    brand        TEXT,
    brand_source TEXT,
    positioning  TEXT,
    section      TEXT NOT NULL,
    column_no    INTEGER CHECK (column_no IS NULL OR column_no BETWEEN 1 AND 9)
);

CREATE TABLE chain_alias (
    chain_code TEXT    NOT NULL REFERENCES chain (code) ON UPDATE CASCADE ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    alias      TEXT    NOT NULL,
    PRIMARY KEY (chain_code, position)
);

CREATE TABLE chain_link (
    chain_code TEXT    NOT NULL REFERENCES chain (code) ON UPDATE CASCADE ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    link_group TEXT,
    name       TEXT    NOT NULL,
    detail     TEXT,
    source     TEXT    NOT NULL,
    PRIMARY KEY (chain_code, position)
);

CREATE TABLE chain_enterprise (
    chain_code      TEXT    NOT NULL REFERENCES chain (code) ON UPDATE CASCADE ON DELETE CASCADE,
    enterprise_code TEXT    NOT NULL REFERENCES enterprise (code) ON UPDATE CASCADE,
    position        INTEGER NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('leading', 'backbone', 'other')),
    source          TEXT    NOT NULL,
    PRIMARY KEY (chain_code, enterprise_code)
);

CREATE TABLE project (
    code            TEXT PRIMARY KEY,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    chain_code      TEXT REFERENCES chain (code) ON UPDATE CASCADE,
    zone_code       TEXT REFERENCES zone (code) ON UPDATE CASCADE,
    enterprise_code TEXT REFERENCES enterprise (code) ON UPDATE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('project', 'platform')),
    stage           TEXT CHECK (stage IS NULL OR stage IN ('reserve', 'started', 'under-construction', 'completed')),
    investment_wan  REAL CHECK (investment_wan IS NULL OR investment_wan >= 0),
    start_year      INTEGER CHECK (start_year IS NULL OR start_year BETWEEN 2000 AND 2050),
    finish_year     INTEGER CHECK (finish_year IS NULL OR finish_year BETWEEN 2000 AND 2050),
    source          TEXT NOT NULL,
    note            TEXT
);
CREATE INDEX project_chain ON project (chain_code);

CREATE TABLE project_listing (
    project_code   TEXT    NOT NULL REFERENCES project (code) ON UPDATE CASCADE ON DELETE CASCADE,
    column_no      INTEGER NOT NULL CHECK (column_no BETWEEN 1 AND 9),
    item_no        INTEGER NOT NULL CHECK (item_no >= 1),
    list_group     TEXT    NOT NULL DEFAULT '',
    name_as_listed TEXT    NOT NULL,
    PRIMARY KEY (column_no, list_group, item_no)
);
CREATE INDEX project_listing_project ON project_listing (project_code);

CREATE TABLE project_mention (
    project_code TEXT    NOT NULL REFERENCES project (code) ON UPDATE CASCADE ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    section      TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    PRIMARY KEY (project_code, position)
);

CREATE TABLE indicator (
    code        TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL,
    unit        TEXT,
    direction   TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    attribute   TEXT CHECK (attribute IS NULL OR attribute IN ('expected', 'binding')),
    growth_kind TEXT NOT NULL CHECK (growth_kind IN ('annual', 'cumulative', 'none')),
    stated_rate REAL,
    table_name  TEXT,
    table_row   INTEGER,
    chain_code  TEXT REFERENCES chain (code) ON UPDATE CASCADE ON DELETE SET NULL,
    source      TEXT NOT NULL,
    note        TEXT
);

CREATE TABLE indicator_value (
    indicator_code TEXT    NOT NULL REFERENCES indicator (code) ON UPDATE CASCADE ON DELETE CASCADE,
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2050),
    kind           TEXT    NOT NULL CHECK (kind IN ('baseline', 'target', 'actual')),
    vintage        TEXT    NOT NULL DEFAULT '' CHECK (vintage IN ('', 'estimate', 'preliminary', 'final')),
    value          REAL    NOT NULL,
    comparator     TEXT    NOT NULL DEFAULT '=' CHECK (comparator IN ('=', '>', '>=', '<', '<=')),
    as_stated      TEXT,
    source         TEXT,
    value_date     TEXT,
    note           TEXT,
    PRIMARY KEY (indicator_code, year, kind, vintage)
);

CREATE TABLE threshold (
    code         TEXT PRIMARY KEY,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    unit         TEXT,
    comparator   TEXT NOT NULL CHECK (comparator IN ('=', '>', '>=', '<', '<=')),
    value        REAL NOT NULL,
    applies_from INTEGER CHECK (applies_from IS NULL OR applies_from BETWEEN 2000 AND 2050),
    text         TEXT,
    source       TEXT NOT NULL
);

CREATE TABLE efficiency_class (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    rank   INTEGER NOT NULL UNIQUE,
    text   TEXT,
    source TEXT NOT NULL
);

CREATE TABLE monitoring_item (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    text     TEXT,
    source   TEXT NOT NULL
);

CREATE TABLE plan_note (
    id     INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    code   TEXT,
    field  TEXT,
    text   TEXT NOT NULL,
    source TEXT
);
