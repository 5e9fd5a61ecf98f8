package cn.yanggu.workbench.app;

/** The change log's words in the UI language: what was done, and to what kind of record. */
public final class AuditText {
    private AuditText() {
    }

    /** 新增 / 修改 / 删除 / 撤销 / 重做 / 导入 / 定稿 / 解锁, or the stored word itself. */
    public static String action(I18n t, String a) {
        return switch (a == null ? "" : a) {
            case "create" -> t.get("audit.action.create");
            case "update" -> t.get("audit.action.update");
            case "delete" -> t.get("audit.action.delete");
            case "undo" -> t.get("audit.action.undo");
            case "redo" -> t.get("audit.action.redo");
            case "import" -> t.get("audit.action.import");
            case "lock" -> t.get("audit.action.lock");
            case "unlock" -> t.get("audit.action.unlock");
            default -> a;
        };
    }

    /** The kind of record an entry is about (园区, 企业 …), or the stored word itself. */
    public static String entity(I18n t, String e) {
        return switch (e == null ? "" : e) {
            case "zone" -> t.get("entity.zone");
            case "enterprise" -> t.get("entity.enterprise");
            case "chain" -> t.get("entity.chain");
            case "project" -> t.get("entity.project");
            case "indicator" -> t.get("entity.indicator");
            case "threshold" -> t.get("entity.threshold");
            case "year" -> t.get("audit.entity.year");
            case "narrative" -> t.get("audit.entity.narrative");
            case "enterprise-year" -> t.get("grading.audit.data");
            case "grading-method" -> t.get("grading.audit.method");
            case "admission-check" -> t.get("admission.audit.entity");
            default -> e;
        };
    }
}
