package cn.yanggu.workbench.app.leads;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Lead;

/** The words for a lead's 入园评审 result. */
public final class LeadWords {
    private LeadWords() {
    }

    /** 未评审 / 通过 / 未通过 (the stage, class and 招商方式 are in {@link cn.yanggu.workbench.app.Words}). */
    public static String admission(I18n t, Lead.Admission a) {
        return t.get(a == null ? "lead.admission.none" : a == Lead.Admission.PASSED ? "lead.admission.passed"
                : "lead.admission.failed");
    }

    /** A lead's field by its component name, as the lead's form calls it (意向投资（万元）, 链上环节 …). */
    public static String field(I18n t, String component) {
        return switch (component) {
            case "name" -> t.get("lead.name");
            case "origin" -> t.get("lead.origin");
            case "leadClass" -> t.get("lead.class");
            case "nodeCode" -> t.get("lead.node");
            case "investmentWan" -> t.get("lead.investmentWan");
            case "landMu" -> t.get("lead.landMu");
            case "method" -> t.get("lead.method");
            case "person" -> t.get("lead.person");
            case "stage" -> t.get("lead.stage");
            case "stageDates" -> t.get("lead.stageDate");
            case "admission" -> t.get("lead.admission");
            case "signReason" -> t.get("lead.signReason");
            case "nextStep" -> t.get("lead.nextStep");
            case "nextStepDate" -> t.get("lead.nextStepDate");
            case "projectCode" -> t.get("lead.projectField");
            case "note" -> t.get("excel.col.note");
            default -> component;
        };
    }

    /** A lead's value in words: a stage, class, 招商方式 or 入园评审 result; the stage dates as 线索 2024-03-01，洽谈 …. */
    public static String value(I18n t, Object v) {
        if (v instanceof Lead.Admission a) {
            return admission(t, a);
        }
        if (v instanceof Lead.Stage || v instanceof Lead.LeadClass || v instanceof Lead.Method) {
            return cn.yanggu.workbench.app.Words.of(t, (Enum<?>) v);
        }
        if (v instanceof java.util.Map<?, ?> dates) {
            return dates.entrySet().stream().map(e -> value(t, e.getKey()) + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining("，"));
        }
        if (v instanceof Lead l) {
            return l.name();
        }
        return String.valueOf(v);
    }
}
