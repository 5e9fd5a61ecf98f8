package cn.yanggu.workbench.app.grading;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.Writer;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.store.GradingRepository;

/**
 * The grading method stored from {@code fromYear}: {@code before} null stores a new one, {@code after} null removes
 * it (the years it covered fall back to an earlier one). Audited with each method in one line.
 */
public record MethodChange(String label, int fromYear, GradingMethod before, GradingMethod after) implements Command {
    @Override
    public Command write(Writer w) {
        w.tx().exec(c -> {
            if (after == null) {
                GradingRepository.deleteMethod(c, fromYear);
            } else {
                GradingRepository.putMethod(c, after);
            }
        });
        w.audit(before == null ? "create" : after == null ? "delete" : "update", GradingService.ENTITY_METHOD,
                String.valueOf(fromYear), null, before == null ? null : GradingService.summary(before),
                after == null ? null : GradingService.summary(after));
        return this;
    }

    @Override
    public Command inverse() {
        return new MethodChange(label, fromYear, after, before);
    }

    @Override
    public Changed changed() {
        return Changed.of(Changed.Part.GRADING);
    }
}
