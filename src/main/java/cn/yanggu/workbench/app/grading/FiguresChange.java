package cn.yanggu.workbench.app.grading;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.Writer;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.store.GradingRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Enterprises' figures of one year (a typed cell, a pasted block, an imported sheet): each row's state before and
 * after (an empty row is no row). Audited per figure; {@code action} is {@code import} for a sheet, else each figure's
 * create, update or delete. Its inverse puts the rows back; refused while the year is locked.
 */
public record FiguresChange(String label, int year, List<Row> rows, String action) implements Command {
    /** One enterprise's figures of the year before and after. */
    public record Row(EnterpriseYear before, EnterpriseYear after) {
    }

    public FiguresChange {
        rows = List.copyOf(rows);
    }

    /** How many figures the change sets, clears or alters. */
    public int figuresChanged() {
        int n = 0;
        for (Row r : rows) {
            for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
                n += Objects.equals(r.before().get(f), r.after().get(f)) ? 0 : 1;
            }
        }
        return n;
    }

    @Override
    public void check(Editor.State state) {
        if (state.lockedYears().contains(year)) {
            throw new EditRejected(List.of(new EditRejected.Located(null, String.valueOf(year), null,
                    new Problem("year", Problem.Kind.LOCKED_YEAR, year))));
        }
    }

    @Override
    public Command write(Writer w) {
        for (Row r : rows) {
            EnterpriseYear old = r.before();
            EnterpriseYear after = r.after();
            w.tx().exec(c -> GradingRepository.put(c, after));
            for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
                if (!Objects.equals(old.get(f), after.get(f))) {
                    w.audit("import".equals(action) ? action : old.get(f) == null ? "create"
                                    : after.get(f) == null ? "delete" : action,
                            GradingService.ENTITY_DATA, after.enterpriseCode() + "@" + year, f.key(),
                            GradingService.text(old.get(f)), GradingService.text(after.get(f)));
                }
            }
        }
        return this;
    }

    @Override
    public Command inverse() {
        List<Row> inv = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            inv.add(new Row(rows.get(i).after(), rows.get(i).before()));
        }
        return new FiguresChange(label, year, inv, "update");
    }

    @Override
    public Changed changed() {
        return Changed.of(Changed.Part.GRADING);
    }
}
