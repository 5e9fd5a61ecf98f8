package cn.yanggu.workbench.app.chainmap;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.Writer;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.store.ChainMapRepository;

import java.util.List;
import java.util.Set;

/**
 * Adds ({@code before} null), changes or removes ({@code after} null) one node of a chain map — renamed, moved to
 * another stage or sub-chain, enterprises or projects assigned, intent set. Checked against the plan (a name, known
 * enterprises and projects), written with one audit entry, undone by its inverse.
 */
public record ChainNodeChange(String label, ChainMap.Node before, ChainMap.Node after) implements Command {
    static final String ENTITY = "chain-node";

    @Override
    public void check(Editor.State state) {
        if (after == null) {
            return;
        }
        var problems = ChainMap.check(after, state.plan()).stream()
                .map(p -> new EditRejected.Located(EntityKind.CHAIN, after.chainCode(), after.code(), p)).toList();
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
    }

    @Override
    public Command write(Writer w) {
        if (after == null) {
            w.tx().exec(c -> ChainMapRepository.delete(c, before.code()));
        } else {
            w.tx().exec(c -> ChainMapRepository.put(c, after));
        }
        w.audit(before == null ? "create" : after == null ? "delete" : "update", ENTITY,
                (after == null ? before : after).name(), null, summary(before), summary(after));
        return this;
    }

    @Override
    public Command inverse() {
        return new ChainNodeChange(label, after, before);
    }

    @Override
    public Changed changed() {
        return new Changed(Set.of(), Set.of(), Set.of(Changed.Part.CHAIN_MAP));
    }

    /**
     * The change log's record of a node: name, place, sub-chain, intent, enterprises with their roles and projects,
     * as {@code key=value} pairs the change log words in the UI language ({@code AuditText}).
     */
    static String summary(ChainMap.Node n) {
        if (n == null) {
            return null;
        }
        return "name=" + n.name() + "; chainStage=" + n.stage().name()
                + (n.branch() == null ? "" : "; branch=" + n.branch())
                + (n.intent() == null ? "" : "; intent=" + n.intent().name())
                + "; members=" + String.join(",", n.members().stream()
                        .map(m -> m.enterpriseCode() + ":" + m.role().name()).toList())
                + "; projects=" + String.join(",", n.projectCodes());
    }
}
