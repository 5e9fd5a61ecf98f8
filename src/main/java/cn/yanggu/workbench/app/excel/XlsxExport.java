package cn.yanggu.workbench.app.excel;

import cn.yanggu.workbench.app.AuditText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.app.leads.LeadWords;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.EfficiencyClass;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.MonitoringItem;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanNote;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.YearLock;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static cn.yanggu.workbench.app.excel.SheetWriter.Column;
import static cn.yanggu.workbench.app.excel.SheetWriter.row;

/**
 * The whole plan as one xlsx workbook, one sheet per table (sheet names and headers in the UI language): 说明, 园区,
 * 产业链, 产业链环节, 链上企业, 企业, 重点项目, 专栏列示, 指标, 指标评估, 年度数据, 入园门槛, 亩产效益分级, 监测安排, 存疑说明,
 * 变更记录.
 * Units are in the header cells, numbers are numeric cells, every row names the plan section it comes from. Everything
 * outside the code columns is in the bureau's words (record kinds, fields, categories, change-log values), targets
 * show their comparators (≥120), and times are the PC's local time to the minute (2026-11-30 15:09).
 */
public final class XlsxExport {
    /** What goes into the 说明 sheet besides the plan. */
    public record About(String appVersion, String exportedAt, String database, List<YearLock> locks) {
    }

    private final I18n t;
    private final ZoneId zone;
    private final List<Lead> leads;
    private final ChainMap map;

    /** Times in the PC's time zone. */
    public XlsxExport(I18n t) {
        this(t, ZoneId.systemDefault());
    }

    public XlsxExport(I18n t, ZoneId zone) {
        this(t, zone, List.of(), new ChainMap(List.of()));
    }

    private XlsxExport(I18n t, ZoneId zone, List<Lead> leads, ChainMap map) {
        this.t = t;
        this.zone = zone;
        this.leads = List.copyOf(leads);
        this.map = map;
    }

    /** The same export with the 招商项目库 sheet: {@code leads}, their links named from {@code map}. */
    public XlsxExport withLeads(List<Lead> leads, ChainMap map) {
        return new XlsxExport(t, zone, leads, map);
    }

    /** The workbook as bytes (see {@link #write(Plan, List, About, OutputStream)}). */
    public byte[] write(Plan plan, List<AuditEntry> audit, About about) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(plan, audit, about, out);
        return out.toByteArray();
    }

    /**
     * Writes the workbook to {@code out}, streamed: POI's SXSSF keeps {@link #ROWS_IN_MEMORY} rows of a sheet in
     * memory and the rest in a compressed temporary file (removed afterwards), so a plan with tens of thousands of
     * projects or changes exports in the memory of a small one.
     */
    public void write(Plan plan, List<AuditEntry> audit, About about, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
        wb.setCompressTempFiles(true);
        try {
            SheetWriter w = new SheetWriter(wb);
            about(w, plan, about);
            zones(w, plan);
            chains(w, plan);
            enterprises(w, plan);
            projects(w, plan);
            indicators(w, plan);
            judgements(w, plan);
            values(w, plan);
            versions(w, plan);
            leads(w, plan);
            thresholds(w, plan);
            classes(w, plan);
            monitoring(w, plan);
            notes(w, plan);
            audit(w, plan, audit);
            wb.setActiveSheet(0);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Rows of a sheet held in memory while the workbook is written. */
    static final int ROWS_IN_MEMORY = 200;

    private Column c(String key) {
        return Column.of(t.get(key));
    }

    private void about(SheetWriter w, Plan plan, About about) {
        Sheet s = w.wb.createSheet(t.get("excel.sheet.about"));
        var info = plan.info();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {t.get("excel.about.plan"), info.title()});
        lines.add(new String[] {t.get("excel.about.number"), info.documentNumber()});
        lines.add(new String[] {t.get("excel.about.issuer"), info.issuer()});
        lines.add(new String[] {t.get("excel.about.period"), t.get("excel.about.periodValue", info.periodStart(),
                info.periodEnd(), info.baseYear(), info.visionYear())});
        lines.add(new String[] {t.get("excel.about.exportedAt"), AuditText.time(about.exportedAt(), zone)});
        lines.add(new String[] {t.get("excel.about.app"), t.get("app.title") + " " + about.appVersion()});
        lines.add(new String[] {t.get("excel.about.database"), about.database()});
        lines.add(new String[] {t.get("excel.about.locks"), about.locks().isEmpty() ? t.get("excel.about.noLocks")
                : about.locks().stream().map(l -> t.get("excel.about.lock", l.year(), l.reason(),
                        AuditText.time(l.lockedAt(), zone)))
                .collect(Collectors.joining("\n"))});
        lines.add(new String[] {t.get("excel.about.howTo"), t.get("excel.about.howToText")});
        Row title = s.createRow(0);
        Cell tc = title.createCell(0);
        tc.setCellValue(t.get("excel.about.title"));
        tc.setCellStyle(w.title);
        title.setHeightInPoints(24);
        int r = 2;
        for (String[] line : lines) {
            Row row = s.createRow(r++);
            Cell k = row.createCell(0);
            k.setCellValue(line[0]);
            k.setCellStyle(w.header);
            Cell v = row.createCell(1);
            String text = line[1] == null ? t.get("excel.notSet") : line[1];
            v.setCellValue(text);
            v.setCellStyle(w.wrapped);
            // every wrapped line counted, so the last one is not cut off (the row grows with the text)
            row.setHeightInPoints(SheetWriter.height(SheetWriter.lines(text, ABOUT_WIDTH)));
        }
        s.setColumnWidth(0, 18 * 256);
        s.setColumnWidth(1, ABOUT_WIDTH * 256);
        SheetWriter.printable(s, 0);
    }

    /** Width of the 说明 sheet's text column, in character widths. */
    private static final int ABOUT_WIDTH = 84;

    private String zoneKind(Enums.ZoneKind k) {
        return k == null ? null : k == Enums.ZoneKind.INDUSTRIAL ? t.get("zoneKind.industrial")
                : t.get("zoneKind.reserved");
    }

    private void zones(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (Zone z : plan.zones()) {
            rows.add(row(z.code(), z.name(), zoneKind(z.kind()), z.areaKm2() == null ? t.get("excel.notSet")
                    : z.areaKm2(), z.east(), z.west(), z.south(), z.north(), z.source(), z.note()));
        }
        w.table(t.get("excel.sheet.zones"), List.of(c("excel.col.code"), c("excel.col.name"), c("excel.col.kind"),
                c("excel.col.areaKm2"), c("excel.col.east"), c("excel.col.west"), c("excel.col.south"),
                c("excel.col.north"), c("excel.col.source"), c("excel.col.note")), rows, 2);
    }

    private void chains(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> links = new ArrayList<>();
        List<List<Object>> members = new ArrayList<>();
        var enterprises = plan.enterprisesByCode();
        for (Chain ch : plan.chains()) {
            rows.add(row(ch.code(), ch.name(), String.join("、", ch.aliases()), ch.brand(), ch.positioning(),
                    ch.column(), ch.section(), ch.brandSource()));
            for (Chain.Link l : ch.links()) {
                links.add(row(ch.code(), ch.name(), l.group(), l.name(), l.detail(), l.source()));
            }
            for (Chain.Member m : ch.enterprises()) {
                Enterprise e = enterprises.get(m.enterpriseCode());
                members.add(row(ch.code(), ch.name(), m.enterpriseCode(), e == null ? null : e.name(),
                        Words.of(t, m.role()), m.source()));
            }
        }
        w.table(t.get("excel.sheet.chains"), List.of(c("excel.col.code"), c("excel.col.name"),
                c("excel.col.aliases"), c("excel.col.brand"), c("excel.col.positioning"), c("excel.col.column"),
                c("excel.col.section"), c("excel.col.brandSource")), rows, 2);
        w.table(t.get("excel.sheet.links"), List.of(c("excel.col.chainCode"), c("excel.col.chain"),
                c("excel.col.linkGroup"), c("excel.col.link"), c("excel.col.detail"), c("excel.col.source")),
                links, 2);
        w.table(t.get("excel.sheet.members"), List.of(c("excel.col.chainCode"), c("excel.col.chain"),
                c("excel.col.enterpriseCode"), c("excel.col.enterprise"), c("excel.col.role"),
                c("excel.col.source")), members, 2);
    }

    private void enterprises(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (Enterprise e : plan.enterprises()) {
            rows.add(row(e.code(), e.name(), String.join("、", e.aliases()), e.source(), e.note()));
        }
        w.table(t.get("excel.sheet.enterprises"), List.of(c("excel.col.code"), c("excel.col.name"),
                c("excel.col.aliases"), c("excel.col.source"), c("excel.col.note")), rows, 2);
    }

    private void projects(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> listings = new ArrayList<>();
        for (Project p : plan.projects()) {
            String chain = p.chainCode() == null ? null : plan.chain(p.chainCode()).map(Chain::name)
                    .orElse(p.chainCode());
            String zone = p.zoneCode() == null ? null : plan.zone(p.zoneCode()).map(Zone::name).orElse(p.zoneCode());
            String ent = p.enterpriseCode() == null ? null : plan.enterprise(p.enterpriseCode())
                    .map(Enterprise::name).orElse(p.enterpriseCode());
            String listed = p.listings().stream().map(l -> t.get("excel.listing", l.column(), l.number()))
                    .collect(Collectors.joining("、"));
            rows.add(row(p.code(), p.name(), chain, zone, ent,
                    Words.of(t, p.kind()), Words.of(t, p.stage()), p.investmentWan(), p.startYear(), p.finishYear(), listed, p.source(),
                    p.note()));
            for (Project.Listing l : p.listings()) {
                listings.add(row(l.column(), l.group(), l.number(), l.nameAsListed(), p.code(), p.name()));
            }
        }
        listings.sort(Comparator.comparing((List<Object> r) -> (Integer) r.get(0))
                .thenComparing(r -> (Integer) r.get(2)));
        w.table(t.get("excel.sheet.projects"), List.of(c("excel.col.code"), c("excel.col.name"), c("excel.col.chain"),
                c("excel.col.zone"), c("excel.col.enterprise"), c("excel.col.kind"), c("excel.col.stage"),
                c("excel.col.investmentWan"), Column.year(t.get("excel.col.startYear")),
                Column.year(t.get("excel.col.finishYear")), c("excel.col.listings"), c("excel.col.source"),
                c("excel.col.note")), rows, 2);
        w.table(t.get("excel.sheet.listings"), List.of(c("excel.col.column"), c("excel.col.group"),
                c("excel.col.number"), c("excel.col.nameAsListed"), c("excel.col.projectCode"),
                c("excel.col.project")), listings, 0);
    }

    private String attribute(Enums.Attribute a) {
        return a == null ? t.get("excel.notSet") : Words.of(t, a);
    }

    private void indicators(SheetWriter w, Plan plan) {
        int base = plan.info().baseYear();
        int end = plan.info().periodEnd();
        int vision = plan.info().visionYear();
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            rows.add(row(i.code(), i.name(), i.category(), i.unit(),
                    i.direction() == Enums.Direction.LOWER ? t.get("direction.lower") : t.get("direction.higher"),
                    attribute(i.attribute()), Words.of(t, i.growthKind()), i.statedRate(),
                    compared(i.value(Enums.ValueKind.BASELINE, base).orElse(null)),
                    compared(i.target(end).orElse(null)), compared(i.target(vision).orElse(null)),
                    i.table() == null ? null : i.table() + (i.row() == null ? "" : " " + t.get("excel.tableRow",
                            i.row())),
                    i.chainCode() == null ? null : plan.chain(i.chainCode()).map(Chain::name).orElse(i.chainCode()),
                    i.source(), i.note()));
        }
        w.table(t.get("excel.sheet.indicators"), List.of(c("excel.col.code"), c("excel.col.name"),
                c("excel.col.category"), c("excel.col.unit"), c("excel.col.direction"), c("excel.col.attribute"),
                c("excel.col.growthKind"), c("excel.col.statedRate"),
                Column.of(t.get("excel.col.baseValue", base)), Column.of(t.get("excel.col.targetValue", end)),
                Column.of(t.get("excel.col.targetValue", vision)), c("excel.col.table"), c("excel.col.chain"),
                c("excel.col.source"), c("excel.col.note")), rows, 2);
    }

    /**
     * 指标评估: each judged indicator as of the year the data run to, in the words and figures every other output
     * prints (Judgements): latest value with year and 口径, target with its comparator, progress, status, what is
     * still required and what the judgement rests on.
     */
    private void judgements(SheetWriter w, Plan plan) {
        int year = cn.yanggu.workbench.app.Judgements.dataYear(plan);
        cn.yanggu.workbench.app.Judgements words = new cn.yanggu.workbench.app.Judgements(t);
        List<List<Object>> rows = new ArrayList<>();
        for (cn.yanggu.workbench.domain.Assessment a : cn.yanggu.workbench.app.Judgements.assess(plan, year,
                cn.yanggu.workbench.domain.Assessment.DEFAULT_TOLERANCE)) {
            Indicator i = a.indicator();
            rows.add(row(i.code(), i.name(), cn.yanggu.workbench.app.Judgements.unit(i),
                    words.requirement(a),
                    a.latest().map(l -> (Object) l.year()).orElse(null),
                    a.latest().map(l -> (Object) cn.yanggu.workbench.domain.Figures.recorded(i, l.value()))
                            .orElse(null),
                    a.latest().map(l -> words.vintage(l.vintage())).orElse(null),
                    a.valueProgress().isPresent() ? words.progress(a) : null,
                    Words.symbol(a.status()) + " " + words.status(a), words.changeFromPrevious(a),
                    words.required(a), words.basis(a)));
        }
        w.table(t.get("excel.sheet.judgements"), List.of(c("excel.col.code"), c("excel.col.name"),
                c("excel.col.unit"), Column.of(t.get("excel.col.targetValue",
                cn.yanggu.workbench.app.Judgements.period(plan, year).end())),
                Column.year(t.get("excel.col.year")), c("excel.col.latest"), c("excel.col.vintage"),
                c("excel.col.progress"), c("excel.col.status"), c("excel.col.change"), c("excel.col.required"),
                c("excel.col.basis")), rows, 2);
    }

    /** A base or target with the comparator the plan gives it (">85", "≥120"), or null. */
    static SheetWriter.Compared compared(YearValue v) {
        return v == null ? null : new SheetWriter.Compared(v.value(), v.comparator().sign());
    }

    String vintage(Enums.Vintage v) {
        return Words.vintage(t, v);
    }

    private void values(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            List<YearValue> sorted = new ArrayList<>(i.values());
            sorted.sort(Comparator.comparingInt(YearValue::year).thenComparing(YearValue::kind)
                    .thenComparing(v -> v.vintage() == null ? -1 : v.vintage().ordinal()));
            for (YearValue v : sorted) {
                rows.add(row(i.code(), i.name(), i.unit(), v.year(), Words.of(t, v.kind()), v.comparator().sign(),
                        v.value(), vintage(v.vintage()), v.asStated(), v.source(), v.date(), v.note()));
            }
        }
        w.table(t.get("excel.sheet.values"), List.of(c("excel.col.indicatorCode"), c("excel.col.indicator"),
                c("excel.col.unit"), Column.year(t.get("excel.col.year")), c("excel.col.valueKind"),
                c("excel.col.comparator"), c("excel.col.valueInUnit"), c("excel.col.vintage"),
                c("excel.col.asStated"), c("excel.col.source"), c("excel.col.date"), c("excel.col.note")), rows, 2);
    }

    private void thresholds(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        // one row per version: a rule's standard from the year it applies from (从 Y 年起执行)
        for (Threshold th : plan.thresholds()) {
            for (Threshold.Version v : th.versions()) {
                rows.add(row(th.code(), th.name(), th.comparator().sign(), v.value(), th.unit(), v.fromYear(),
                        th.text(), v.source() == null || v.source().isBlank() ? th.source() : v.source(), v.note()));
            }
        }
        w.table(t.get("excel.sheet.thresholds"), List.of(c("excel.col.code"), c("excel.col.name"),
                c("excel.col.comparator"), c("excel.col.threshold"), c("excel.col.unit"),
                Column.year(t.get("excel.col.appliesFrom")), c("excel.col.text"), c("excel.col.source"),
                c("excel.col.note")), rows, 2);
    }

    /**
     * 规划版本, when the plan has been adjusted: version 1 as issued, then each adjustment's targets, a row each, with
     * its status, start year, document, reason, the target it replaces and the basis of the new figure.
     */
    private void versions(SheetWriter w, Plan plan) {
        if (plan.versions().isEmpty()) {
            return;
        }
        cn.yanggu.workbench.app.versions.VersionText vt = new cn.yanggu.workbench.app.versions.VersionText(t);
        cn.yanggu.workbench.app.Judgements words = new cn.yanggu.workbench.app.Judgements(t);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(cn.yanggu.workbench.domain.PlanVersion.ORIGINAL, vt.name(plan, 1), t.get("versions.issued"),
                plan.info().periodStart(), plan.info().documentNumber(), plan.info().issuedOn(), plan.info().issuer(),
                null, null, null, null, null, null, null));
        for (cn.yanggu.workbench.domain.PlanVersion v : plan.versions()) {
            List<cn.yanggu.workbench.domain.PlanVersion.TargetChange> changes = v.targets().isEmpty()
                    ? java.util.Collections.singletonList(null) : v.targets();
            for (cn.yanggu.workbench.domain.PlanVersion.TargetChange c : changes) {
                Indicator ind = c == null ? null : plan.indicators().stream()
                        .filter(i -> i.code().equals(c.indicator())).findFirst().orElse(null);
                rows.add(row(v.number(), vt.name(v), vt.status(v), v.fromYear(), v.documentNumber(),
                        v.documentDate(), v.approvedBy(), v.reason(), c == null ? null : c.indicator(),
                        ind == null ? null : ind.name(), c == null ? null : c.year(),
                        ind == null ? null : ind.target(c.year()).map(o -> words.target(ind, o)).orElse("—"),
                        c == null ? null : vt.target(plan, c), c == null ? null : c.basis()));
            }
            // the admission standards, key projects and zones it changes: a row each, worded as in 变更记录
            for (cn.yanggu.workbench.domain.PlanVersion.ThresholdChange c : v.thresholds()) {
                String name = plan.thresholds().stream().filter(x -> x.code().equals(c.threshold()))
                        .map(cn.yanggu.workbench.domain.Threshold::name).findFirst().orElse(c.threshold());
                rows.add(otherChange(v, vt, c.threshold(), t.get("versions.rowThreshold", name),
                        vt.threshold(plan, v, c), c.basis()));
            }
            for (cn.yanggu.workbench.domain.PlanVersion.ProjectChange c : v.projects()) {
                String name = plan.project(c.project()).map(p -> p.name()).orElse(c.project());
                rows.add(otherChange(v, vt, c.project(), t.get("versions.rowProject", name), vt.project(plan, c),
                        c.basis()));
            }
            for (cn.yanggu.workbench.domain.PlanVersion.ZoneChange c : v.zones()) {
                String name = plan.zones().stream().filter(z -> z.code().equals(c.zone()))
                        .map(cn.yanggu.workbench.domain.Zone::name).findFirst().orElse(c.zone());
                rows.add(otherChange(v, vt, c.zone(), t.get("version.compare.zone", name), vt.zone(plan, v, c),
                        c.basis()));
            }
        }
        w.table(t.get("excel.sheet.versions"), List.of(c("excel.col.version"), c("excel.col.name"),
                c("versions.col.status"), Column.year(t.get("version.field.fromYear")),
                c("version.field.documentNumber"), c("version.field.documentDate"), c("version.field.approvedBy"),
                c("version.field.reason"), c("excel.col.versionItemCode"), c("excel.col.versionItem"),
                Column.year(t.get("version.field.target.year")), c("excel.col.originalTarget"),
                c("excel.col.adjustedTarget"), c("version.field.target.basis")), rows, 2);
    }

    /** A row of 规划版本 for a change other than a target: the item in the indicator's columns, its wording after. */
    private static List<Object> otherChange(cn.yanggu.workbench.domain.PlanVersion v,
                                            cn.yanggu.workbench.app.versions.VersionText vt, String code, String item,
                                            String wording, String basis) {
        return row(v.number(), vt.name(v), vt.status(v), v.fromYear(), v.documentNumber(), v.documentDate(),
                v.approvedBy(), v.reason(), code, item, v.fromYear(), null, wording, basis);
    }

    /** 招商项目库: each lead with its link, stage and the date of every stage reached (only when there are leads). */
    private void leads(SheetWriter w, Plan plan) {
        if (leads.isEmpty()) {
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Lead l : leads) {
            var node = map.node(l.nodeCode());
            String chain = node.flatMap(n -> plan.chain(n.chainCode())).map(Chain::name).orElse(null);
            List<Object> row = new ArrayList<>();
            row.addAll(java.util.Arrays.asList(l.name(), l.origin(), Words.of(t, l.leadClass()), chain,
                    node.map(ChainMap.Node::name).orElse(l.nodeCode()), l.investmentWan(), l.landMu(),
                    Words.of(t, l.method()), l.person(), Words.of(t, l.stage())));
            for (Lead.Stage st : Lead.Stage.values()) {
                LocalDate d = l.stageDates().get(st);
                row.add(d == null ? null : d.toString());
            }
            row.addAll(java.util.Arrays.asList(LeadWords.admission(t, l.admission()), l.signReason(), l.nextStep(),
                    l.nextStepDate() == null ? null : l.nextStepDate().toString(),
                    l.projectCode() == null ? null : plan.project(l.projectCode()).map(Project::name)
                            .orElse(l.projectCode()), l.note()));
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(List.of(c("lead.name"), c("lead.origin"), c("lead.class"),
                c("lead.chain"), c("lead.node"), c("lead.investmentWan"), c("lead.landMu"), c("lead.method"),
                c("lead.person"), c("lead.stage")));
        for (Lead.Stage st : Lead.Stage.values()) {
            columns.add(Column.of(t.get("lead.stageDateOf", Words.of(t, st))));
        }
        columns.addAll(List.of(c("lead.admission"), c("lead.signReason"), c("lead.nextStep"), c("lead.nextStepDate"),
                c("excel.col.project"), c("excel.col.note")));
        w.table(t.get("nav.leads"), columns, rows, 1);
    }

    private void classes(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (EfficiencyClass e : plan.efficiencyClasses()) {
            rows.add(row(e.code(), e.name(), e.rank(), e.text(), e.source()));
        }
        w.table(t.get("excel.sheet.classes"), List.of(c("excel.col.code"), c("excel.col.name"), c("excel.col.rank"),
                c("excel.col.text"), c("excel.col.source")), rows, 2);
    }

    private void monitoring(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (MonitoringItem m : plan.monitoring()) {
            rows.add(row(m.code(), m.name(), Words.monitoringKind(t, m.kind()), m.text(), m.source()));
        }
        w.table(t.get("excel.sheet.monitoring"), List.of(c("excel.col.code"), c("excel.col.name"),
                c("excel.col.kind"), c("excel.col.text"), c("excel.col.source")), rows, 2);
    }

    private void notes(SheetWriter w, Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanNote n : plan.notes()) {
            rows.add(row(AuditText.entity(t, n.entity()), n.code(), AuditText.field(t, n.field()), n.text(),
                    n.source()));
        }
        w.table(t.get("excel.sheet.notes"), List.of(c("excel.col.entity"), c("excel.col.code"), c("excel.col.field"),
                c("excel.col.text"), c("excel.col.source")), rows, 0);
    }

    private void audit(SheetWriter w, Plan plan, List<AuditEntry> audit) {
        List<List<Object>> rows = new ArrayList<>();
        AuditText.Names names = AuditText.Names.of(plan, audit);
        java.util.Map<String, String> times = new java.util.HashMap<>();
        for (AuditEntry a : audit) {
            AuditText.Line l = AuditText.line(t, a, names, zone, times);
            rows.add(row(l.at(), l.user(), l.action(), l.record(), l.code(), l.field(), l.oldValue(), l.newValue(),
                    l.origin()));
        }
        w.table(t.get("excel.sheet.audit"), List.of(c("excel.col.at"), c("excel.col.user"), c("excel.col.action"),
                c("excel.col.entity"), c("excel.col.code"), c("excel.col.field"), c("excel.col.old"),
                c("excel.col.new"), c("excel.col.origin")), rows, 0);
    }
}
