-- V11: a version of the plan changes more than targets (issue 18): admission standards (入园门槛) from its year, and
-- key projects added to or dropped from the list in force. Like plan_version_target, no foreign key to the rule or
-- project: a JSON import replaces the plan's records and writes the versions with them.

CREATE TABLE plan_version_threshold (
    version   INTEGER NOT NULL REFERENCES plan_version (number) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    threshold TEXT    NOT NULL,
    value     REAL    NOT NULL CHECK (value >= 0),
    basis     TEXT,
    PRIMARY KEY (version, position),
    UNIQUE (version, threshold)
);

CREATE TABLE plan_version_project (
    version  INTEGER NOT NULL REFERENCES plan_version (number) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    project  TEXT    NOT NULL,
    action   TEXT    NOT NULL CHECK (action IN ('add', 'drop')),
    basis    TEXT,
    PRIMARY KEY (version, position),
    UNIQUE (version, project)
);
