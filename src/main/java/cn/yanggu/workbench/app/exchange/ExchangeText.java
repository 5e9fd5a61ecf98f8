package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.AuditText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.app.leads.LeadWords;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the exchange for the window and the command line, in the UI language. */
public final class ExchangeText {
    private ExchangeText() {
    }

    public static String kind(I18n t, ThreeWay.Kind k) {
        return Words.of(t, k);
    }

    /** "项目 P01 北赛电工…": which record. */
    public static String record(I18n t, ThreeWay.Item it) {
        if (it.lead()) {
            return t.get("lead.audit.entity") + " " + it.name();
        }
        return Words.entity(t, it.entity()) + " " + it.code() + " " + it.name();
    }

    /** The field's name as the forms call it; a value's year, kind and vintage; "整条记录" for a whole record. */
    public static String field(I18n t, ThreeWay.Item it) {
        String f = it.field();
        if (f == null) {
            return t.get("exchange.field.record");
        }
        if (it.lead()) {
            return LeadWords.field(t, f);
        }
        // the change log's words for the same field: a conflict and its audit line name it alike
        return AuditText.field(t, f);
    }

    /** A value as text; "—" when absent (for a whole record: not there). */
    public static String value(I18n t, Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof YearValue y) {
            return number(y.value()) + (y.source() == null ? "" : "（" + y.source()
                    + (y.date() == null ? "" : "，" + y.date()) + "）");
        }
        if (v instanceof Double d) {
            return number(d);
        }
        if (v instanceof Enums.ProjectStage s) {
            return Words.stage(t, s);
        }
        if (v instanceof Enums.ProjectKind k) {
            return Words.of(t, k);
        }
        if (v instanceof Lead || v instanceof java.util.Map<?, ?> || v instanceof Lead.Stage
                || v instanceof Lead.LeadClass || v instanceof Lead.Method || v instanceof Lead.Admission) {
            return LeadWords.value(t, v);
        }
        if (v instanceof Enum<?> e) {
            return Enums.wire(e);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(x -> x instanceof Project.Listing l ? t.get("project.listing", l.column(),
                    l.number()) : x instanceof Project.Mention m ? m.section() : String.valueOf(x))
                    .collect(Collectors.joining("；"));
        }
        if (v instanceof PlanRecord r) {
            return r.name();
        }
        return v.toString();
    }

    static String number(double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
    }

    /** Why a package was refused, and that nothing changed. */
    public static String refused(I18n t, PackageRefused r) {
        String d = r.detail() == null ? "" : r.detail();
        return switch (r.reason()) {
            case UNREADABLE -> t.get("exchange.refused.unreadable", r.file(), d);
            // the zip library's own words ("zip END header not found") mean nothing to a reader: not shown
            case DAMAGED -> t.get("exchange.refused.damaged", r.file());
            case FOREIGN -> t.get("exchange.refused.foreign", r.file());
            case TOO_NEW -> t.get("exchange.refused.tooNew", r.file(), d);
            case TAMPERED -> t.get("exchange.refused.tampered", r.file(), d);
            case BAD_MANIFEST -> t.get("exchange.refused.manifest", r.file(), d);
            case BAD_CONTENT -> t.get("exchange.refused.content", r.file(), d);
            case OLD_FORMAT -> t.get("exchange.refused.oldFormat", r.file());
            case UNSIGNED -> t.get("exchange.refused.unsigned", r.file());
            case SIGNATURE_DAMAGED -> t.get("exchange.refused.signatureDamaged", r.file());
            case OTHER_KEY -> t.get("exchange.refused.otherKey", r.file(), d);
            case SIGNATURE_INVALID -> t.get("exchange.refused.signatureInvalid", r.file());
            case UNREGISTERED -> t.get("exchange.refused.unregistered", r.file(), word(r, 0), word(r, 1));
            case KEY_MISMATCH -> t.get("exchange.refused.keyMismatch", r.file(), word(r, 0), word(r, 1),
                    word(r, 2));
            case CLAIMS_OTHER_NAME -> t.get("exchange.refused.otherName", r.file(), word(r, 0), word(r, 1));
            case VERSIONS_FROM_OFFICE -> t.get("exchange.refused.versionsFromOffice", r.file(), word(r, 0),
                    word(r, 1));
            case DRAFT_VERSION -> t.get("exchange.refused.draftVersion", r.file(), word(r, 0));
        };
    }

    private static String word(PackageRefused r, int i) {
        return i < r.words().size() ? r.words().get(i) : "?";
    }

    public static String warning(I18n t, Exchange.Warning w) {
        return switch (w.kind()) {
            case ALREADY_APPLIED -> t.get("exchange.warning.applied", w.detail());
            case OLDER_THAN_LAST -> t.get("exchange.warning.older", w.detail());
            case OWN_PACKAGE -> t.get("exchange.warning.own", w.detail());
        };
    }

    /** Where and when the package was made, from which base, and what it carries. */
    public static String manifest(I18n t, Manifest m) {
        Selection s = m.selection();
        String years = s.fromYear() == null && s.toYear() == null ? t.get("exchange.allYears")
                : t.get("exchange.years", s.fromYear() == null ? "…" : String.valueOf(s.fromYear()),
                s.toYear() == null ? "…" : String.valueOf(s.toYear()));
        String kinds = s.kinds().stream().map(k -> kindName(t, k)).collect(Collectors.joining("、"));
        return t.get("exchange.manifest", m.originName(), m.createdAt().replace('T', ' '), m.appVersion(),
                m.baseRevision(), s.zoneCode() == null ? t.get("exchange.allZones") : s.zoneCode(), years, kinds);
    }

    public static String kindName(I18n t, Selection.Kind k) {
        return Words.of(t, k);
    }

    /** "新增 1 条 · 采用来件 2 处 · 冲突 1 处 …". */
    public static String counts(I18n t, Exchange.Preview p) {
        return t.get("exchange.counts", p.count(ThreeWay.Kind.NEW), p.count(ThreeWay.Kind.CHANGED),
                p.count(ThreeWay.Kind.CONFLICT), p.count(ThreeWay.Kind.DELETED), p.count(ThreeWay.Kind.KEPT),
                p.count(ThreeWay.Kind.LOCKED));
    }

    public static String result(I18n t, Exchange.Result r) {
        return t.get("exchange.applied", r.records(), r.created(), r.updated(), r.deleted(), r.conflictsTheirs(),
                r.conflictsOurs(), r.locked());
    }
}
