-- V4: the narrative sections of the reports (存在问题, 下一步工作 …) that users write in the workbench,
-- one text per reporting year, report kind and section; who wrote it last and when.

CREATE TABLE report_narrative (
    year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2050),
    kind       TEXT    NOT NULL CHECK (kind IN ('annual', 'midterm', 'final')),
    section    TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    updated_by TEXT    NOT NULL,
    PRIMARY KEY (year, kind, section)
);
