package cn.yanggu.workbench.ui.chains;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.charts.ChainMapWords;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What 产业链 › 图谱 shows beside the map for the node clicked: its state today and in 2025, the bureau's intent with
 * the plan's words, its enterprises with their role, its projects with their 专栏 and where the plan says it.
 * Tested without the JavaFX toolkit.
 */
public final class ChainMapModel {
    /** One node's detail, in the UI language. */
    public record Detail(String code, String title, String place, String state, String intent, String quote,
                         List<String> enterprises, List<String> projects, String source) {
    }

    private final I18n t;

    public ChainMapModel(I18n t) {
        this.t = t;
    }

    /** The detail of node {@code code} of {@code map}, empty when there is no such node. */
    public Optional<Detail> detail(Plan plan, ChainMap map, String code) {
        Optional<ChainMap.Node> found = map.live(plan).node(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ChainMap.Node n = found.get();
        var enterprises = plan.enterprisesByCode();
        List<String> members = new ArrayList<>();
        for (ChainMap.Member m : n.members()) {
            String name = enterprises.containsKey(m.enterpriseCode()) ? enterprises.get(m.enterpriseCode()).name()
                    : m.enterpriseCode();
            members.add(name + "（" + ChainMapWords.role(t, m.role()) + "）");
        }
        List<String> projects = new ArrayList<>();
        for (String p : n.projectCodes()) {
            plan.record(EntityKind.PROJECT, p).map(Project.class::cast).ifPresent(pr -> projects.add(pr.name()));
        }
        String stage = ChainMapWords.stage(t, n.stage());
        String place = n.branch() == null ? stage : stage + " · " + n.branch();
        ChainMap.State now = n.current();
        ChainMap.State then = n.target(0);
        String state = stateWord(now) + (then != now
                ? " → " + t.get("chainmap.view.target") + "：" + stateWord(then) : "");
        return Optional.of(new Detail(n.code(), n.name(), place, state,
                ChainMapWords.intent(t, n.intent()), n.intentQuote(),
                members, projects, n.source()));
    }

    private String stateWord(ChainMap.State s) {
        return ChainMapWords.state(t, s);
    }
}
