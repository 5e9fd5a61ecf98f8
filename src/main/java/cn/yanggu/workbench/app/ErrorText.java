package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.store.StoreException;

/** Words a problem for the user, in the UI language, without a stack trace. */
public final class ErrorText {
    private ErrorText() {
    }

    /**
     * Whether {@code e} says the server could not be reached or the connection to it broke: nothing was written, and
     * the same write may be tried again (重试) once the network or the server is back.
     */
    public static boolean connectionFault(Throwable e) {
        return e instanceof StoreException s && (s.reason() == StoreException.Reason.CONNECTION_LOST
                || s.reason() == StoreException.Reason.SERVER_UNREACHABLE);
    }

    /** One line saying what went wrong and where. */
    public static String describe(I18n t, Throwable e) {
        if (e instanceof StoreException s) {
            String path = s.where();
            boolean server = s.path() == null;
            return switch (s.reason()) {
                case NOT_A_DATABASE -> t.get("db.error.notDatabase", path);
                case FOREIGN_DATABASE -> t.get(server ? "pg.error.foreign" : "db.error.foreign", path);
                case NEWER_VERSION -> t.get(server ? "pg.error.newer" : "db.error.newer", path);
                case SERVER_UNREACHABLE -> t.get("pg.error.unreachable", path, s.detail());
                case AUTHENTICATION -> t.get("pg.error.authentication", path);
                case NO_SUCH_DATABASE -> t.get("pg.error.noDatabase", path);
                case CONNECTION_LOST -> t.get("pg.error.connectionLost", path);
                case NOT_EMPTY -> t.get("pg.error.notEmpty", path);
                case PERMISSION_DENIED -> t.get("pg.error.permission", path);
                case CANNOT_OPEN -> t.get("db.error.cannotOpen", path, s.detail());
                case FAILED -> t.get("db.error.failed", path, s.detail());
                case CORRUPT -> t.get("safety.db.corrupt", path);
                case READ_ONLY -> t.get("safety.db.readOnly", path);
                case IN_USE -> t.get("safety.db.inUse", path, s.detail());
            };
        }
        if (e instanceof cn.yanggu.workbench.domain.ServerAddress.Malformed m) {
            return t.get(switch (m.reason()) {
                case MALFORMED -> "pg.address.malformed";
                case NO_USER -> "pg.address.noUser";
                case PASSWORD_GIVEN -> "pg.address.password";
                case BAD_SSLMODE -> "pg.address.sslmode";
            }, m.where());
        }
        if (e instanceof ServerTransfer.NotAdministrator n) {
            return t.get("pg.error.notAdministrator", n.server(), n.server().user(), n.role().label(t));
        }
        if (e instanceof EditConflict c) {
            return c.text();
        }
        if (e instanceof EditRejected r) {
            return r.problems().isEmpty() ? t.get("edit.rejected") : located(t, r.problems().get(0));
        }
        if (e instanceof cn.yanggu.workbench.app.versions.Versions.NothingProposed n) {
            return t.get("version.nothingProposed", n.year());
        }
        if (e instanceof NotOpen) {
            return t.get("error.notOpen");
        }
        if (e instanceof cn.yanggu.workbench.app.exchange.PackageRefused r) {
            return cn.yanggu.workbench.app.exchange.ExchangeText.refused(t, r);
        }
        if (e instanceof cn.yanggu.workbench.app.exchange.Exchange.NoOriginName) {
            return t.get("exchange.noOrigin");
        }
        if (e instanceof cn.yanggu.workbench.app.exchange.OfficeKeys.PassphraseNeeded k) {
            return t.get(k.wrong() ? "exchange.passphrase.wrong" : "exchange.passphrase.needed");
        }
        if (e instanceof cn.yanggu.workbench.app.exchange.OfficeKeys.KeyFileDamaged k) {
            return t.get("exchange.keyDamaged", k.file());
        }
        if (e instanceof cn.yanggu.workbench.app.exchange.Exchange.StaleDryRun) {
            return t.get("exchange.stale");
        }
        if (e instanceof cn.yanggu.workbench.app.excel.XlsxRejected x) {
            return x.problems().isEmpty() ? t.get("edit.rejected")
                    : t.get("excel.rejectedSummary", x.problems().size(), x.problems().get(0).text());
        }
        if (e instanceof PlanJson.FormatException f) {
            return t.get("json.error.format", f.position(), f.problem());
        }
        if (e instanceof cn.yanggu.workbench.app.versions.Versions.OfficeRefused o) {
            return o.getMessage();   // worded in the UI language already, naming the office
        }
        return t.get("error.unexpected", String.valueOf(e.getMessage()));
    }

    /**
     * Why 撤销 or 重做 was refused, as a sentence: "2023年已定稿，不能撤销对该年数据的修改；如需修改请先解除定稿", or the
     * step's name and its first problem.
     */
    public static String undoRefused(I18n t, UndoRefused r) {
        if (r.dropped()) {
            String years = String.join("、", r.lockedYears().stream().map(String::valueOf).toList());
            return t.get(r.redo() ? "redo.refused.locked" : "undo.refused.locked", years);
        }
        String why = r.rejected().problems().isEmpty() ? t.get("edit.rejected")
                : located(t, r.rejected().problems().get(0));
        return t.get(r.redo() ? "redo.refused.other" : "undo.refused.other", r.label(), why);
    }

    /**
     * 撤销 / 重做 of {@code label} refused because somebody changed the record since ({@code c}): "不能撤销“…”：指标 亩均税收
     * 已被 li 于 … 修改。…".
     */
    public static String stepConflict(I18n t, String label, boolean redo, EditConflict c) {
        return t.get(redo ? "pg.conflict.redo" : "pg.conflict.undo", label, c.headline());
    }

    /** Whether {@code e} says another workbench has the database open (restoring it would not help). */
    public static boolean isInUse(Throwable e) {
        return e instanceof StoreException s && s.reason() == StoreException.Reason.IN_USE;
    }

    /** "projects[3] (P04) · name: 不能为空" — where the problem is, then what it is. */
    public static String located(I18n t, EditRejected.Located l) {
        StringBuilder where = new StringBuilder();
        if (l.position() != null) {
            where.append(l.position());
        } else if (l.kind() != null) {
            where.append(Words.entity(t, l.kind()));
        }
        if (l.code() != null) {
            where.append(where.length() == 0 ? "" : " ").append('(').append(l.code()).append(')');
        }
        if (l.problem().field() != null) {
            where.append(where.length() == 0 ? "" : " · ").append(l.problem().field());
        }
        return t.get("edit.problemAt", where.toString(), problem(t, l.problem()));
    }

    /** What is wrong with a value, in the UI language. */
    public static String problem(I18n t, Problem p) {
        Object a0 = p.args().isEmpty() ? "" : p.args().get(0);
        return switch (p.kind()) {
            case REQUIRED -> t.get("problem.required");
            case TOO_LONG -> t.get("problem.tooLong", a0);
            case DUPLICATE -> t.get("problem.duplicate", a0);
            case NOT_A_NUMBER -> t.get("problem.notNumber");
            case NEGATIVE -> t.get("problem.negative");
            case OVER_100_PERCENT -> t.get("problem.over100");
            case YEAR_OUT_OF_RANGE -> t.get("problem.yearRange", String.valueOf(a0));
            case YEAR_ORDER -> t.get("problem.yearOrder", String.valueOf(a0), String.valueOf(p.args().get(1)));
            case UNKNOWN_REFERENCE -> t.get("problem.reference", a0);
            case UNIT_MISMATCH -> t.get("problem.unit", a0);
            case LOCKED_YEAR -> t.get("problem.locked", String.valueOf(a0));
            case BAD_DATE -> t.get("problem.date", a0);
            case DUPLICATE_FROM_YEAR -> t.get("admission.problem.duplicateYear", a0);
            case UNPRINTABLE -> t.get("problem.unprintable", a0);
            case IMPLAUSIBLE_LAND -> t.get("admission.implausible.land", AdmissionText.number((Double) a0),
                    AdmissionText.number((Double) p.args().get(1)),
                    Judgements.percent((Double) p.args().get(2)));
            case IMPLAUSIBLE_COVERAGE -> t.get("admission.implausible.coverage", AdmissionText.number((Double) a0));
            case IMPLAUSIBLE_FLOOR -> t.get("admission.implausible.floor");
            case DATE_ORDER -> t.get("lead.problem.dateOrder",
                    Words.of(t, (cn.yanggu.workbench.domain.Lead.Stage) a0),
                    String.valueOf(p.args().get(1)));
        };
    }
}
