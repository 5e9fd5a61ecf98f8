package cn.yanggu.workbench.app.leads;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Lead;

/** The bureau's words for a lead's stage, class, 招商方式 and 入园评审 result. */
public final class LeadWords {
    private LeadWords() {
    }

    public static String stage(I18n t, Lead.Stage s) {
        return t.get(switch (s) {
            case CLUE -> "lead.stage.clue";
            case TALKS -> "lead.stage.talks";
            case SIGNED -> "lead.stage.signed";
            case LANDED -> "lead.stage.landed";
            case STARTED -> "lead.stage.started";
            case PRODUCING -> "lead.stage.producing";
        });
    }

    public static String leadClass(I18n t, Lead.LeadClass c) {
        return t.get(switch (c) {
            case WORLD500 -> "lead.class.world500";
            case CHINA500 -> "lead.class.china500";
            case SOE500 -> "lead.class.soe500";
            case CHAMPION -> "lead.class.champion";
            case HIDDEN_CHAMPION -> "lead.class.hiddenChampion";
            case OTHER -> "lead.class.other";
        });
    }

    public static String method(I18n t, Lead.Method m) {
        return t.get(switch (m) {
            case BY_BUSINESS -> "lead.method.byBusiness";
            case THEMATIC -> "lead.method.thematic";
            case AGENCY -> "lead.method.agency";
            case ONLINE -> "lead.method.online";
            case ASSOCIATION -> "lead.method.association";
            case OTHER -> "lead.method.other";
        });
    }

    public static String admission(I18n t, Lead.Admission a) {
        return t.get(a == null ? "lead.admission.none" : a == Lead.Admission.PASSED ? "lead.admission.passed"
                : "lead.admission.failed");
    }
}
