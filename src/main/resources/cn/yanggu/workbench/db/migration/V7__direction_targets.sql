-- V7: direction-only requirements and the talent target.
-- 1. growth_kind gains 'direction' (单位增加值能耗 … 氮氧化物排放量: "进一步下降 / 持续降低", no number). SQLite cannot
--    change a CHECK constraint in place: the table is rebuilt. The yearly values reference it, so they are kept
--    aside, emptied before the old table is dropped (no cascade either way) and put back after the new one has its
--    name. All in the migration's one transaction.
-- 2. The six direction-only indicators get the usual statistical unit where none is set, marked as the workbench's
--    proposal until the bureau confirms it.
-- 3. (in a database that already holds the plan; a new one gets it from the seed) 研究生学历以上人才数 (四、（一）: "到2025年，研究生学历以上人才数超过300人") becomes its own indicator; the plan counts it
--    apart from 表2-1's 国内外高端人才数.

-- PostgreSQL changes the CHECK in place (the rebuild below is SQLite's way; see store.Dialect)
-- postgresql: ALTER TABLE indicator DROP CONSTRAINT indicator_growth_kind_check;
-- postgresql: ALTER TABLE indicator ADD CONSTRAINT indicator_growth_kind_check CHECK (growth_kind IN ('annual', 'cumulative', 'none', 'direction'));
-- sqlite-only begin
CREATE TABLE indicator_value_keep AS SELECT * FROM indicator_value;

CREATE TABLE indicator_new (
    code        TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL,
    unit        TEXT,
    direction   TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    attribute   TEXT CHECK (attribute IS NULL OR attribute IN ('expected', 'binding')),
    growth_kind TEXT NOT NULL CHECK (growth_kind IN ('annual', 'cumulative', 'none', 'direction')),
    stated_rate REAL,
    table_name  TEXT,
    table_row   INTEGER,
    chain_code  TEXT REFERENCES chain (code) ON UPDATE CASCADE ON DELETE SET NULL,
    source      TEXT NOT NULL,
    note        TEXT
);

INSERT INTO indicator_new SELECT code, position, name, category, unit, direction, attribute, growth_kind,
       stated_rate, table_name, table_row, chain_code, source, note FROM indicator;

DELETE FROM indicator_value;

DROP TABLE indicator;

ALTER TABLE indicator_new RENAME TO indicator;

INSERT INTO indicator_value SELECT * FROM indicator_value_keep;

DROP TABLE indicator_value_keep;
-- sqlite-only end

UPDATE indicator SET growth_kind = 'direction'
WHERE code IN ('G04', 'G05', 'G06', 'G07', 'G08', 'G09') AND growth_kind = 'none' AND direction = 'lower'
  AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_code = indicator.code AND v.kind = 'target');

INSERT INTO plan_note (entity, code, field, text, source)
SELECT 'indicator', code, 'unit',
       '规划未规定单位；“' || CASE code WHEN 'G04' THEN '吨标准煤/万元' WHEN 'G05' THEN '立方米/万元' ELSE '吨' END
           || '”是工作台按统计惯例建议的单位，待管委会确认（在“指标”中修改单位后可删除本说明）。',
       source
FROM indicator WHERE code IN ('G04', 'G05', 'G06', 'G07', 'G08', 'G09') AND unit IS NULL
  AND NOT EXISTS (SELECT 1 FROM plan_note n WHERE n.entity = 'indicator' AND n.code = indicator.code
                  AND n.field = 'unit');

UPDATE indicator SET unit = CASE code WHEN 'G04' THEN '吨标准煤/万元' WHEN 'G05' THEN '立方米/万元' ELSE '吨' END
WHERE code IN ('G04', 'G05', 'G06', 'G07', 'G08', 'G09') AND unit IS NULL;

INSERT INTO indicator (code, position, name, category, unit, direction, attribute, growth_kind, stated_rate,
                       table_name, table_row, chain_code, source, note)
SELECT 'G28', coalesce((SELECT max(position) FROM indicator), 0) + 1, '研究生学历以上人才数', '创新驱动', '人',
       'higher', NULL, 'none', NULL, NULL, NULL, NULL, '四、（一）深入实施创新驱动战略',
       '原文“到2025年，研究生学历以上人才数超过300人”；与表2-1“国内外高端人才数”名称与口径不同，单列为一项指标。'
WHERE EXISTS (SELECT 1 FROM indicator WHERE code = 'T06')
  AND NOT EXISTS (SELECT 1 FROM indicator WHERE code = 'G28' OR name = '研究生学历以上人才数');

INSERT INTO indicator_value (indicator_code, year, kind, vintage, value, comparator, as_stated, source, value_date,
                             note)
SELECT 'G28', 2025, 'target', '', 300, '>', '超过300人', '四、（一）深入实施创新驱动战略', NULL, NULL
WHERE EXISTS (SELECT 1 FROM indicator WHERE code = 'G28' AND name = '研究生学历以上人才数')
  AND NOT EXISTS (SELECT 1 FROM indicator_value WHERE indicator_code = 'G28');

UPDATE indicator SET note = '四、（一）另有“到2025年，研究生学历以上人才数超过300人”，与表2-1“国内外高端人才数”300名称与口径不同，单列为指标“研究生学历以上人才数”（G28）。'
WHERE code = 'T06' AND note = '四、（一）另有“到2025年，研究生学历以上人才数超过300人”，与表2-1“国内外高端人才数”300名称与口径不同，未合并为同一指标，仅在此注明。';

UPDATE indicator_value SET note = NULL
WHERE indicator_code = 'T06' AND kind = 'target' AND note = '四、（一）：研究生学历以上人才数超过300人（口径不同，未合并）';

-- 4. Firms recorded as 龙头 because the plan says "依托X" (not "以X为龙头") say so in their source, with a note.
UPDATE chain_enterprise SET source = source || '；原文未称龙头，据“依托济南维尔康食品、鲁信清真食品建设，打造……畜类食品全产业链体系”记为龙头（推定）'
WHERE chain_code = 'food' AND enterprise_code = 'weierkang-food' AND role = 'leading' AND source = '三、（四）做大绿色食品产业';
UPDATE chain_enterprise SET source = source || '；原文未称龙头，据“依托济南维尔康食品、鲁信清真食品建设，打造……畜类食品全产业链体系”记为龙头（推定）'
WHERE chain_code = 'food' AND enterprise_code = 'luxin-halal-food' AND role = 'leading' AND source = '三、（四）做大绿色食品产业';
UPDATE chain_enterprise SET source = source || '；原文未称龙头，据“以阳光建材为依托，重点发展保温装饰一体复合材料……”记为龙头（推定）'
WHERE chain_code = 'materials' AND enterprise_code = 'yangguang-building-materials' AND role = 'leading' AND source = '三、（六）做实新材料产业';
UPDATE chain_enterprise SET source = source || '；原文未称龙头，据“依托极景门窗，推进装配式智能化建筑……”记为龙头（推定）'
WHERE chain_code = 'materials' AND enterprise_code = 'jijing-windows' AND role = 'leading' AND source = '三、（六）做实新材料产业';
UPDATE chain_enterprise SET source = source || '；原文未称龙头，据“依托顺达纺织，加大功能化纺织材料的开发应用力度”记为龙头（推定）'
WHERE chain_code = 'textile-auto' AND enterprise_code = 'shunda-textile' AND role = 'leading' AND source = '三、（七）做深轻纺及汽车饰品产业';
UPDATE chain_enterprise SET source = source || '；原文未称龙头，据“依托亨博尔服饰大力发展高档服装”记为龙头（推定）'
WHERE chain_code = 'textile-auto' AND enterprise_code = 'hengboer-apparel' AND role = 'leading' AND source = '三、（七）做深轻纺及汽车饰品产业';
INSERT INTO plan_note (entity, code, field, text, source)
SELECT 'chain', 'food', 'enterprises', '维尔康食品：原文未称龙头，据“依托济南维尔康食品、鲁信清真食品建设，打造……畜类食品全产业链体系”记为龙头（推定）。', '三、（四）做大绿色食品产业'
WHERE EXISTS (SELECT 1 FROM chain_enterprise WHERE chain_code = 'food' AND enterprise_code = 'weierkang-food' AND source LIKE '%（推定）')
  AND NOT EXISTS (SELECT 1 FROM plan_note WHERE entity = 'chain' AND field = 'enterprises' AND text = '维尔康食品：原文未称龙头，据“依托济南维尔康食品、鲁信清真食品建设，打造……畜类食品全产业链体系”记为龙头（推定）。');
INSERT INTO plan_note (entity, code, field, text, source)
SELECT 'chain', 'food', 'enterprises', '鲁信清真食品：原文未称龙头，据“依托济南维尔康食品、鲁信清真食品建设，打造……畜类食品全产业链体系”记为龙头（推定）。', '三、（四）做大绿色食品产业'
WHERE EXISTS (SELECT 1 FROM chain_enterprise WHERE chain_code = 'food' AND enterprise_code = 'luxin-halal-food' AND source LIKE '%（推定）')
  AND NOT EXISTS (SELECT 1 FROM plan_note WHERE entity = 'chain' AND field = 'enterprises' AND text = '鲁信清真食品：原文未称龙头，据“依托济南维尔康食品、鲁信清真食品建设，打造……畜类食品全产业链体系”记为龙头（推定）。');
INSERT INTO plan_note (entity, code, field, text, source)
SELECT 'chain', 'materials', 'enterprises', '阳光建材：原文未称龙头，据“以阳光建材为依托，重点发展保温装饰一体复合材料……”记为龙头（推定）。', '三、（六）做实新材料产业'
WHERE EXISTS (SELECT 1 FROM chain_enterprise WHERE chain_code = 'materials' AND enterprise_code = 'yangguang-building-materials' AND source LIKE '%（推定）')
  AND NOT EXISTS (SELECT 1 FROM plan_note WHERE entity = 'chain' AND field = 'enterprises' AND text = '阳光建材：原文未称龙头，据“以阳光建材为依托，重点发展保温装饰一体复合材料……”记为龙头（推定）。');
INSERT INTO plan_note (entity, code, field, text, source)
SELECT 'chain', 'materials', 'enterprises', '极景门窗：原文未称龙头，据“依托极景门窗，推进装配式智能化建筑……”记为龙头（推定）。', '三、（六）做实新材料产业'
WHERE EXISTS (SELECT 1 FROM chain_enterprise WHERE chain_code = 'materials' AND enterprise_code = 'jijing-windows' AND source LIKE '%（推定）')
  AND NOT EXISTS (SELECT 1 FROM plan_note WHERE entity = 'chain' AND field = 'enterprises' AND text = '极景门窗：原文未称龙头，据“依托极景门窗，推进装配式智能化建筑……”记为龙头（推定）。');
INSERT INTO plan_note (entity, code, field, text, source)
SELECT 'chain', 'textile-auto', 'enterprises', '顺达纺织：原文未称龙头，据“依托顺达纺织，加大功能化纺织材料的开发应用力度”记为龙头（推定）。', '三、（七）做深轻纺及汽车饰品产业'
WHERE EXISTS (SELECT 1 FROM chain_enterprise WHERE chain_code = 'textile-auto' AND enterprise_code = 'shunda-textile' AND source LIKE '%（推定）')
  AND NOT EXISTS (SELECT 1 FROM plan_note WHERE entity = 'chain' AND field = 'enterprises' AND text = '顺达纺织：原文未称龙头，据“依托顺达纺织，加大功能化纺织材料的开发应用力度”记为龙头（推定）。');
INSERT INTO plan_note (entity, code, field, text, source)
SELECT 'chain', 'textile-auto', 'enterprises', '亨博尔服饰：原文未称龙头，据“依托亨博尔服饰大力发展高档服装”记为龙头（推定）。', '三、（七）做深轻纺及汽车饰品产业'
WHERE EXISTS (SELECT 1 FROM chain_enterprise WHERE chain_code = 'textile-auto' AND enterprise_code = 'hengboer-apparel' AND source LIKE '%（推定）')
  AND NOT EXISTS (SELECT 1 FROM plan_note WHERE entity = 'chain' AND field = 'enterprises' AND text = '亨博尔服饰：原文未称龙头，据“依托亨博尔服饰大力发展高档服装”记为龙头（推定）。');
