-- V5: admission thresholds versioned by the year they apply from (从某年起执行), and admission checks saved
-- with a project. Each existing threshold becomes its first version; where the plan gives no year (applies_from
-- was empty) the version starts with the plan period (2021) and says that this year is an inference.

CREATE TABLE threshold_version (
    threshold_code TEXT    NOT NULL REFERENCES threshold (code) ON UPDATE CASCADE ON DELETE CASCADE,
    from_year      INTEGER NOT NULL CHECK (from_year BETWEEN 2000 AND 2050),
    value          REAL    NOT NULL,
    source         TEXT,
    note           TEXT,
    PRIMARY KEY (threshold_code, from_year)
);

INSERT INTO threshold_version (threshold_code, from_year, value, source, note)
SELECT t.code,
       coalesce(t.applies_from, (SELECT period_start FROM plan_info WHERE id = 1), 2021),
       t.value,
       t.source,
       CASE WHEN t.applies_from IS NULL
            THEN '规划未写明执行起始年份，按规划期起始年 '
                 || coalesce((SELECT period_start FROM plan_info WHERE id = 1), 2021) || ' 年记录（推定）。'
            ELSE NULL END
FROM threshold t;

INSERT INTO plan_note (entity, code, field, text, source)
SELECT 'threshold', t.code, 'versions',
       '原文未写明执行起始年份；起始年按规划期起始年 '
           || coalesce((SELECT period_start FROM plan_info WHERE id = 1), 2021) || ' 年记录，属推定。', t.source
FROM threshold t WHERE t.applies_from IS NULL;

UPDATE plan_note SET field = 'versions',
       text = replace(text, '记为 appliesFrom 2025', '记为从 2025 年起执行的第一个版本（fromYear 2025）')
WHERE entity = 'threshold' AND field = 'appliesFrom';

ALTER TABLE threshold DROP COLUMN value;

ALTER TABLE threshold DROP COLUMN applies_from;

-- A check of a proposed project against the admission rules, saved with the project. No foreign key to the
-- project on purpose: a check outlives the deletion of its project (undoable) and an import of the plan.
CREATE TABLE admission_check (
    id             INTEGER PRIMARY KEY,
    project_code   TEXT    NOT NULL,
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2050),
    land_mu        REAL    NOT NULL CHECK (land_mu > 0),
    land_entered   REAL    NOT NULL CHECK (land_entered > 0),
    land_unit      TEXT    NOT NULL CHECK (land_unit IN ('mu', 'm2')),
    investment_wan REAL    NOT NULL CHECK (investment_wan >= 0),
    tax_wan        REAL    NOT NULL CHECK (tax_wan >= 0),
    site_m2        REAL    NOT NULL CHECK (site_m2 > 0),
    floor_m2       REAL    NOT NULL CHECK (floor_m2 >= 0),
    footprint_m2   REAL    NOT NULL CHECK (footprint_m2 >= 0),
    checked_at     TEXT    NOT NULL,
    checked_by     TEXT    NOT NULL
);
CREATE INDEX admission_check_project ON admission_check (project_code);

CREATE TABLE admission_check_verdict (
    check_id        INTEGER NOT NULL REFERENCES admission_check (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    threshold_code  TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    unit            TEXT,
    comparator      TEXT    NOT NULL CHECK (comparator IN ('=', '>', '>=', '<', '<=')),
    from_year       INTEGER NOT NULL,
    threshold_value REAL    NOT NULL,
    value           REAL    NOT NULL,
    verdict         TEXT    NOT NULL CHECK (verdict IN ('pass', 'fail', 'not-in-force')),
    margin          REAL    NOT NULL,
    PRIMARY KEY (check_id, position)
);
