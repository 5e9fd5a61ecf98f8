-- V9: 产业链图谱 (issue 15). Each chain's links (nodes) laid out upstream → midstream → downstream, the local
-- enterprises on each with their role (链主 / 龙头 / 骨干 / 配套) and the key projects that fill it. Enterprises and
-- projects are referenced by code without a foreign key: removing one leaves the node, which then no longer lists it
-- (the map shows what still exists). Chains too: a JSON import replaces every chain row, and the map must survive
-- it. The nodes are seeded from seeds/chain-maps.json once (chain_map_seeded), so a node the bureau removes does
-- not come back.

CREATE TABLE IF NOT EXISTS chain_node (
    code         TEXT PRIMARY KEY,
    chain_code   TEXT    NOT NULL,
    stage        TEXT    NOT NULL CHECK (stage IN ('upstream', 'midstream', 'downstream')),
    branch       TEXT,
    name         TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    intent       TEXT CHECK (intent IS NULL OR intent IN ('build', 'extend', 'fill', 'strengthen')),
    intent_quote TEXT,
    weak_quote   TEXT,
    source       TEXT
);

CREATE TABLE IF NOT EXISTS chain_node_member (
    node_code       TEXT    NOT NULL REFERENCES chain_node (code) ON UPDATE CASCADE ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    enterprise_code TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('chain-leader', 'leading', 'backbone', 'supporting')),
    source          TEXT,
    PRIMARY KEY (node_code, enterprise_code)
);

CREATE TABLE IF NOT EXISTS chain_node_project (
    node_code    TEXT    NOT NULL REFERENCES chain_node (code) ON UPDATE CASCADE ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    project_code TEXT    NOT NULL,
    PRIMARY KEY (node_code, project_code)
);

CREATE TABLE IF NOT EXISTS chain_map_seeded (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

-- 招商项目库: investment leads, each aimed at a chain node, followed from 线索 to 投产 with the date of each stage.
-- A lead that became a key project names it (project_code); removing the project leaves the lead.
CREATE TABLE IF NOT EXISTS lead (
    code            TEXT PRIMARY KEY,
    position        INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    origin          TEXT,
    lead_class      TEXT    NOT NULL,
    node_code       TEXT    NOT NULL,
    investment_wan  REAL CHECK (investment_wan IS NULL OR investment_wan >= 0),
    land_mu         REAL CHECK (land_mu IS NULL OR land_mu >= 0),
    method          TEXT    NOT NULL,
    person          TEXT,
    stage           TEXT    NOT NULL,
    admission       TEXT,
    sign_reason     TEXT,
    next_step       TEXT,
    next_step_date  TEXT,
    project_code    TEXT,
    note            TEXT
);

CREATE TABLE IF NOT EXISTS lead_stage_date (
    lead_code TEXT NOT NULL REFERENCES lead (code) ON UPDATE CASCADE ON DELETE CASCADE,
    stage     TEXT NOT NULL,
    on_date   TEXT NOT NULL,
    PRIMARY KEY (lead_code, stage)
);
