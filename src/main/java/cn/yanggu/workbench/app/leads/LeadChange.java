package cn.yanggu.workbench.app.leads;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.Writer;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.store.ChainMapRepository;
import cn.yanggu.workbench.store.LeadRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds ({@code before} null), changes or removes ({@code after} null) a lead; with {@code project} it is the step
 * "signed lead → key project": the project is created, the lead names it and its node lists it — one undo step.
 * Checked against the chain map (the lead's rules, see {@link Lead#check}), written with audit entries.
 */
public record LeadChange(String label, Lead before, Lead after, Project project, ChainMap.Node nodeBefore,
                         ChainMap map) implements Command {
    /** The change log's entity of a lead. */
    public static final String ENTITY = "lead";

    /** A lead added, changed or removed. */
    public static LeadChange of(String label, Lead before, Lead after, ChainMap map) {
        return new LeadChange(label, before, after, null, null, map);
    }

    @Override
    public void check(Editor.State state) {
        List<EditRejected.Located> problems = new ArrayList<>();
        if (after != null) {
            for (var p : after.check(map)) {
                problems.add(new EditRejected.Located(EntityKind.PROJECT, after.code(), ENTITY, p));
            }
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
        if (project != null && before != null && after != null && after.projectCode() != null) {
            projectEdit().check(state);
        }
    }

    private Edit projectEdit() {
        boolean creating = after != null && project.code().equals(after.projectCode());
        return Edit.of(label, creating ? Change.create(project) : Change.delete(project));
    }

    private ChainMap.Node nodeAfter() {
        List<String> projects = new ArrayList<>(nodeBefore.projectCodes());
        if (after != null && project.code().equals(after.projectCode())) {
            projects.add(project.code());
        } else {
            projects.remove(project.code());
        }
        return new ChainMap.Node(nodeBefore.code(), nodeBefore.chainCode(), nodeBefore.stage(), nodeBefore.branch(),
                nodeBefore.name(), nodeBefore.order(), nodeBefore.intent(), nodeBefore.intentQuote(),
                nodeBefore.weakQuote(), nodeBefore.members(), projects, nodeBefore.source());
    }

    @Override
    public Command write(Writer w) {
        boolean creatingProject = project != null && after != null && project.code().equals(after.projectCode());
        if (creatingProject) {
            projectEdit().write(w);
        }
        if (after == null) {
            w.tx().exec(c -> LeadRepository.delete(c, before.code()));
        } else {
            w.tx().exec(c -> LeadRepository.put(c, after, LeadRepository.position(c, after.code())));
        }
        if (project != null && nodeBefore != null) {
            ChainMap.Node node = nodeAfter();
            w.tx().exec(c -> ChainMapRepository.put(c, node));
        }
        if (project != null && !creatingProject) {
            projectEdit().write(w);
        }
        Lead shown = after == null ? before : after;
        w.audit(before == null ? "create" : after == null ? "delete" : "update", ENTITY, shown.name(), null,
                summary(before), summary(after));
        return this;
    }

    @Override
    public List<Change> recordChanges() {
        return project == null ? List.of() : projectEdit().changes();
    }

    @Override
    public Command inverse() {
        return new LeadChange(label, after, before, project, nodeBefore == null ? null : nodeAfter(), map);
    }

    @Override
    public Changed changed() {
        return new Changed(project == null ? Set.of() : Set.of(EntityKind.PROJECT),
                project == null ? Set.of() : Set.of(project.code()),
                Set.of(Changed.Part.LEADS, Changed.Part.CHAIN_MAP));
    }

    /**
     * The change log's record of a lead: its name, the link by name, its stage and that stage's date, its project —
     * as {@code key=value} pairs the change log words in the UI language ({@code AuditText}).
     */
    String summary(Lead l) {
        return summary(l, map, project);
    }

    /** {@link #summary(Lead)} of {@code l} on {@code map}; {@code project}: the project it names when just made. */
    public static String summary(Lead l, ChainMap map, Project project) {
        if (l == null) {
            return null;
        }
        String node = map.node(l.nodeCode()).map(ChainMap.Node::name).orElse(l.nodeCode());
        String s = "name=" + l.name() + "; node=" + node + "; leadStage=" + l.stage().name() + "; date="
                + l.stageDates().get(l.stage());
        if (l.projectCode() != null) {
            s += "; project=" + (project != null && project.code().equals(l.projectCode()) ? project.name()
                    : l.projectCode());
        }
        return s;
    }
}
