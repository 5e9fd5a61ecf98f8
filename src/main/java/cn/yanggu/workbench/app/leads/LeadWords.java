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
}
