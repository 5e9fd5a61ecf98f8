package cn.yanggu.workbench.app.versions;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.Writer;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.PlanVersions;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.store.VersionRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One step on a plan version: {@code before} null creates it (a draft), {@code after} null removes it, otherwise it
 * is changed — a draft's targets, or its approval (草案 → 已批准), which is one audit entry naming the document.
 * {@code beforeText} and {@code afterText} are what the change log shows (the version in the plan's words). Checked
 * against the plan's versions ({@link PlanVersions#check}); the plan in memory gets the new list.
 */
public record VersionChange(String label, PlanVersion before, PlanVersion after, String beforeText,
                            String afterText) implements Command {
    /** The audit log's entity for a version. */
    public static final String ENTITY = "plan-version";

    @Override
    public void check(Editor.State state) {
        Plan plan = state.plan();
        List<EditRejected.Located> out = new ArrayList<>();
        if (after != null) {
            int n = after.number();
            String code = String.valueOf(n);
            if (before == null && plan.versions().stream().anyMatch(v -> v.number() == n)) {
                out.add(new EditRejected.Located(null, code, null, new Problem("number", Problem.Kind.DUPLICATE,
                        code)));
            }
            for (Problem p : PlanVersions.check(after, plan.withVersions(replaced(plan.versions())))) {
                out.add(new EditRejected.Located(null, code, null, p));
            }
        }
        if (!out.isEmpty()) {
            throw new EditRejected(out);
        }
    }

    @Override
    public Command write(Writer w) {
        int number = (after == null ? before : after).number();
        w.tx().exec(c -> {
            if (after == null) {
                VersionRepository.delete(c, number);
            } else {
                VersionRepository.put(c, after);
            }
        });
        boolean approval = before != null && after != null && before.approved() != after.approved();
        w.audit(before == null ? "create" : after == null ? "delete" : "update", ENTITY, String.valueOf(number),
                approval ? "status" : null, beforeText, afterText);
        return this;
    }

    /** The plan's versions with this change made, by number. */
    private List<PlanVersion> replaced(List<PlanVersion> versions) {
        int number = (after == null ? before : after).number();
        List<PlanVersion> out = new ArrayList<>(versions.stream().filter(v -> v.number() != number).toList());
        if (after != null) {
            out.add(after);
        }
        out.sort(Comparator.comparingInt(PlanVersion::number));
        return out;
    }

    @Override
    public Editor.State applied(Editor.State state) {
        return state.withPlan(state.plan().withVersions(replaced(state.plan().versions())));
    }

    @Override
    public Command inverse() {
        return new VersionChange(label, after, before, afterText, beforeText);
    }

    @Override
    public Changed changed() {
        // an approved version changes the targets every view judges against; a draft shows only in 版本
        boolean targets = before != null && before.approved() || after != null && after.approved();
        return targets ? new Changed(Set.of(EntityKind.INDICATOR), Set.of(), Set.of(Changed.Part.VERSIONS))
                : Changed.of(Changed.Part.VERSIONS);
    }
}
