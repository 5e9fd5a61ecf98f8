package cn.yanggu.workbench.app;

import cn.yanggu.workbench.store.StoreException;

/** Words a problem for the user, in the UI language, without a stack trace. */
public final class ErrorText {
    private ErrorText() {
    }

    /** One line saying what went wrong and where. */
    public static String describe(I18n t, Throwable e) {
        if (e instanceof StoreException s) {
            String path = String.valueOf(s.path());
            return switch (s.reason()) {
                case NOT_A_DATABASE -> t.get("db.error.notDatabase", path);
                case FOREIGN_DATABASE -> t.get("db.error.foreign", path);
                case NEWER_VERSION -> t.get("db.error.newer", path);
                case CANNOT_OPEN -> t.get("db.error.cannotOpen", path, s.detail());
                case FAILED -> t.get("db.error.failed", path, s.detail());
            };
        }
        if (e instanceof PlanJson.FormatException f) {
            return t.get("json.error.format", f.position(), f.getMessage());
        }
        return t.get("error.unexpected", String.valueOf(e.getMessage()));
    }
}
