-- V12: several writers on one database (issue 16). Every plan record (zone, enterprise, chain, project, indicator,
-- threshold) carries a row version, who changed it last and when. A writer names the version its change is based
-- on; a change based on an older one is refused ("已被 <user> 于 <time> 修改"), so nobody overwrites what they have not
-- seen. Kept beside the records (by kind and code) rather than in each table: the records' own tables, the JSON
-- export and the content hash stay as they were; a deleted record keeps its row, so re-creating it is a change too.
-- No row: version 0 (never changed since the plan was seeded or imported into this database).

CREATE TABLE record_version (
    entity      TEXT    NOT NULL,
    code        TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    modified_by TEXT    NOT NULL,
    modified_at TEXT    NOT NULL,
    PRIMARY KEY (entity, code)
);
