package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.store.AdmissionRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Saves an admission check with a project ({@code remove} false), with {@code newProject} created in the same step
 * when the project was entered from the check form; its inverse removes the saved check (and that project).
 */
public record AdmissionCheckChange(String label, Admission.SavedCheck check, Project newProject, boolean remove)
        implements Command {
    static final String ENTITY = "admission-check";

    @Override
    public void check(Editor.State state) {
        if (newProject != null) {
            projectEdit().check(state);
        }
    }

    private Edit projectEdit() {
        return Edit.of(label, remove ? Change.delete(newProject) : Change.create(newProject));
    }

    @Override
    public Command write(Writer w) {
        if (remove) {
            w.tx().exec(c -> AdmissionRepository.delete(c, check.id()));
            w.audit("delete", ENTITY, check.projectCode(), "year " + check.year(), summary(check), null);
            if (newProject != null) {
                projectEdit().write(w);
            }
            return this;
        }
        if (newProject != null) {
            projectEdit().write(w);
        }
        long id = w.tx().run(c -> AdmissionRepository.insert(c, check));
        Admission.SavedCheck saved = new Admission.SavedCheck(id, check.projectCode(), check.year(), check.proposal(),
                check.landEntered(), check.landUnit(), check.at(), check.user(), check.verdicts());
        w.audit("create", ENTITY, check.projectCode(), "year " + check.year(), null, summary(saved));
        return new AdmissionCheckChange(label, saved, newProject, false);
    }

    @Override
    public Editor.State applied(Editor.State state) {
        List<Admission.SavedCheck> checks = new ArrayList<>(state.checks().stream()
                .filter(s -> s.id() != check.id()).toList());
        if (!remove) {
            checks.add(check);
            checks.sort(java.util.Comparator.comparingLong(Admission.SavedCheck::id));
        }
        return state.withChecks(checks);
    }

    @Override
    public List<Change> recordChanges() {
        return newProject == null ? List.of() : projectEdit().changes();
    }

    @Override
    public Command inverse() {
        return new AdmissionCheckChange(label, check, newProject, !remove);
    }

    @Override
    public Changed changed() {
        return new Changed(newProject == null ? Set.of() : Set.of(EntityKind.PROJECT),
                newProject == null ? Set.of() : Set.of(newProject.code()), Set.of(Changed.Part.ADMISSION_CHECKS));
    }

    /** The audit log's words for a saved check: each rule's value against its threshold and the verdict. */
    static String summary(Admission.SavedCheck s) {
        StringBuilder b = new StringBuilder();
        for (Admission.StoredVerdict v : s.verdicts()) {
            b.append(b.length() == 0 ? "" : "; ").append(v.name()).append(' ').append(Diff.number(v.value()))
                    .append(' ').append(v.comparator().sign()).append(' ').append(Diff.number(v.thresholdValue()))
                    .append(" (").append(v.fromYear()).append(") ").append(Enums.wire(v.verdict()));
        }
        return b.toString();
    }
}
