-- V13: a version of the plan changes a zone (issue 18): from its year a zone (园区) has a new area (km²) and/or new
-- 四至 boundary texts; a null column keeps what the zone had. Like plan_version_threshold, no foreign key to the zone:
-- a JSON import replaces the plan's records and writes the versions with them.

CREATE TABLE plan_version_zone (
    version  INTEGER NOT NULL REFERENCES plan_version (number) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    zone     TEXT    NOT NULL,
    area_km2 REAL    CHECK (area_km2 IS NULL OR area_km2 >= 0),
    east     TEXT,
    west     TEXT,
    south    TEXT,
    north    TEXT,
    basis    TEXT,
    PRIMARY KEY (version, position),
    UNIQUE (version, zone)
);
