package cn.yanggu.workbench.ui.chains;

import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.app.I18n;
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
            members.add(name + "（" + Words.of(t, m.role()) + "）");
        }
        List<String> projects = new ArrayList<>();
        for (String p : n.projectCodes()) {
            plan.record(EntityKind.PROJECT, p).map(Project.class::cast).ifPresent(pr -> projects.add(pr.name()));
        }
        String stage = Words.of(t, n.stage());
        String place = n.branch() == null ? stage : stage + " · " + n.branch();
        ChainMap.State now = n.current();
        ChainMap.State then = n.target(0);
        String state = stateWord(now) + (then != now
                ? " → " + t.get("chainmap.view.target") + "：" + stateWord(then) : "");
        return Optional.of(new Detail(n.code(), n.name(), place, state,
                Words.of(t, n.intent()), n.intentQuote(),
                members, projects, n.source()));
    }

    /** The form's text for a node: its enterprises one a line as "名称 | 角色", its projects one a line by name. */
    public record NodeText(String name, ChainMap.Stage stage, String branch, ChainMap.Intent intent, String quote,
                           String enterprises, String projects) {
    }

    /** A line of the form the model cannot read (the message says which and why). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** The form's text for {@code n}. */
    public NodeText text(Plan plan, ChainMap.Node n) {
        var enterprises = plan.enterprisesByCode();
        List<String> members = new ArrayList<>();
        for (ChainMap.Member m : n.members()) {
            if (enterprises.containsKey(m.enterpriseCode())) {
                members.add(enterprises.get(m.enterpriseCode()).name() + " | " + Words.of(t, m.role()));
            }
        }
        List<String> projects = new ArrayList<>();
        for (String p : n.projectCodes()) {
            plan.record(EntityKind.PROJECT, p).ifPresent(r -> projects.add(r.name()));
        }
        return new NodeText(n.name(), n.stage(), n.branch(), n.intent(), n.intentQuote(), String.join("\n", members),
                String.join("\n", projects));
    }

    /**
     * {@code n} as the form describes it: enterprises and projects by name (an enterprise's role after "|": 链主,
     * 龙头, 骨干 or 配套), a source kept for a member already on the node and {@code userSource} for a new one.
     */
    public ChainMap.Node edited(Plan plan, ChainMap.Node n, NodeText f, String userSource) {
        List<ChainMap.Member> members = new ArrayList<>();
        for (String line : f.enterprises().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[|｜]", 2);
            String name = parts[0].strip();
            var e = plan.enterprises().stream().filter(x -> x.name().equals(name) || x.aliases().contains(name))
                    .findFirst().orElseThrow(() -> new Refused(t.get("chainmap.edit.noEnterprise", name)));
            ChainMap.Role role = ChainMap.Role.SUPPORTING;
            if (parts.length > 1) {
                String word = parts[1].strip();
                role = java.util.Arrays.stream(ChainMap.Role.values()).filter(r -> Words.of(t, r).equals(word))
                        .findFirst().orElseThrow(() -> new Refused(t.get("chainmap.edit.noRole", word)));
            }
            String source = n.members().stream().filter(m -> m.enterpriseCode().equals(e.code()))
                    .map(ChainMap.Member::source).findFirst().orElse(userSource);
            members.add(new ChainMap.Member(e.code(), role, source));
        }
        List<String> projects = new ArrayList<>();
        for (String line : f.projects().split("\\R")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            projects.add(plan.projects().stream().filter(p -> p.name().equals(name) || p.code().equals(name))
                    .findFirst().orElseThrow(() -> new Refused(t.get("chainmap.edit.noProject", name))).code());
        }
        String branch = f.branch() == null || f.branch().isBlank() ? null : f.branch().strip();
        return new ChainMap.Node(n.code(), n.chainCode(), f.stage(), branch, f.name() == null ? "" : f.name().strip(),
                n.order(), f.intent(), f.quote() == null || f.quote().isBlank() ? null : f.quote().strip(),
                n.weakQuote(), members, projects, n.source());
    }

    /** What removing {@code n} takes with it, for the question before: its enterprises, projects and leads. */
    public String references(Plan plan, ChainMap.Node n, List<cn.yanggu.workbench.domain.Lead> leads) {
        NodeText f = text(plan, n);
        long onIt = leads.stream().filter(l -> n.code().equals(l.nodeCode())).count();
        return t.get("chainmap.edit.references", n.name(), f.enterprises().isEmpty() ? "—"
                : f.enterprises().replace("\n", "、"), f.projects().isEmpty() ? "—" : f.projects().replace("\n", "、"),
                onIt);
    }

    private String stateWord(ChainMap.State s) {
        return Words.of(t, s);
    }
}
