package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 产业链图谱: the links (nodes) of the six chains laid out upstream → midstream → downstream, each with the local
 * enterprises on it and their role, the key projects that fill it, the state it is in and the bureau's intent —
 * the plan's own words quoted. A snapshot; {@link #with}/{@link #without} give changed copies.
 */
public record ChainMap(List<Node> nodes) {
    public ChainMap {
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparing(Node::chainCode).thenComparing(Node::stage).thenComparingInt(Node::order));
        nodes = List.copyOf(sorted);
    }

    /** Where a link stands in its chain (the plan's 上游 / 中游 / 下游). */
    public enum Stage { UPSTREAM, MIDSTREAM, DOWNSTREAM }

    /** What the bureau means to do at a link: 建链 / 延链 / 补链 / 强链. */
    public enum Intent { BUILD, EXTEND, FILL, STRENGTHEN }

    /** 已有 (local enterprises present) / 薄弱 (present, but the plan calls it weak) / 缺失 (none). */
    public enum State { PRESENT, WEAK, MISSING }

    /** An enterprise's part on a link: 链主 / 龙头 / 骨干 / 配套, as the plan names it. */
    public enum Role { CHAIN_LEADER, LEADING, BACKBONE, SUPPORTING }

    /** A local enterprise on a link, with where the plan says so. */
    public record Member(String enterpriseCode, Role role, String source) {
    }

    /**
     * One link of a chain. {@code branch} is the sub-chain it belongs to (铜's 电线电缆产业链 …), null for the chain
     * itself; {@code order} its place within its stage; {@code weakQuote} the plan's words calling the link weak (it
     * is then 薄弱 while enterprises are on it); {@code intentQuote} the plan's words for the intent.
     */
    public record Node(String code, String chainCode, Stage stage, String branch, String name, int order,
                       Intent intent, String intentQuote, String weakQuote, List<Member> members,
                       List<String> projectCodes, String source) {
        public Node {
            members = List.copyOf(members);
            projectCodes = List.copyOf(projectCodes);
        }

        /** The state today: no enterprise → 缺失; enterprises and the plan calls the link weak → 薄弱; else 已有. */
        public State current() {
            if (members.isEmpty()) {
                return State.MISSING;
            }
            return weakQuote == null || weakQuote.isBlank() ? State.PRESENT : State.WEAK;
        }

        /**
         * The state in 2025 once the planned projects on the link and {@code signedLeads} signed investment leads
         * produce: a link with either is filled (已有); otherwise as today.
         */
        public State target(int signedLeads) {
            if (!projectCodes.isEmpty() || signedLeads > 0) {
                return State.PRESENT;
            }
            return current();
        }

        public Node withMembers(List<Member> m) {
            return new Node(code, chainCode, stage, branch, name, order, intent, intentQuote, weakQuote, m,
                    projectCodes, source);
        }

        public Node withPlace(Stage s, String b, int o) {
            return new Node(code, chainCode, s, b, name, o, intent, intentQuote, weakQuote, members, projectCodes,
                    source);
        }

        public Node withName(String n) {
            return new Node(code, chainCode, stage, branch, n, order, intent, intentQuote, weakQuote, members,
                    projectCodes, source);
        }

        public Node withIntent(Intent i, String quote) {
            return new Node(code, chainCode, stage, branch, name, order, i, quote, weakQuote, members, projectCodes,
                    source);
        }
    }

    /** The nodes of one chain, by stage and order. */
    public List<Node> of(String chainCode) {
        return nodes.stream().filter(n -> n.chainCode().equals(chainCode)).toList();
    }

    public Optional<Node> node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /** The sub-chains of a chain in the order they first appear. */
    public List<String> branches(String chainCode) {
        return of(chainCode).stream().map(Node::branch).filter(b -> b != null).distinct().toList();
    }

    /** This map with {@code node} added or replacing the node of its code. */
    public ChainMap with(Node node) {
        List<Node> list = new ArrayList<>(nodes.stream().filter(n -> !n.code().equals(node.code())).toList());
        list.add(node);
        return new ChainMap(list);
    }

    /** This map without the node {@code code}. */
    public ChainMap without(String code) {
        return new ChainMap(nodes.stream().filter(n -> !n.code().equals(code)).toList());
    }

    /** The nodes that list the enterprise or the project {@code code} (what removing it would touch). */
    public List<Node> referring(String code) {
        return nodes.stream().filter(n -> n.projectCodes().contains(code)
                || n.members().stream().anyMatch(m -> m.enterpriseCode().equals(code))).toList();
    }

    /**
     * The map as it stands against {@code plan}: enterprises and projects removed from the plan since they were put
     * on a node are left out (the database keeps the reference; an undone deletion brings it back).
     */
    public ChainMap live(Plan plan) {
        var enterprises = plan.enterprisesByCode();
        return new ChainMap(nodes.stream().map(n -> new Node(n.code(), n.chainCode(), n.stage(), n.branch(),
                n.name(), n.order(), n.intent(), n.intentQuote(), n.weakQuote(),
                n.members().stream().filter(m -> enterprises.containsKey(m.enterpriseCode())).toList(),
                n.projectCodes().stream().filter(p -> plan.record(EntityKind.PROJECT, p).isPresent()).toList(),
                n.source())).filter(n -> plan.chain(n.chainCode()).isPresent()).toList());
    }

    /**
     * Problems with a node before it is written: a name, a known chain, enterprises and projects that exist.
     */
    public static List<Problem> check(Node n, Plan plan) {
        List<Problem> out = new ArrayList<>();
        if (n.name() == null || n.name().isBlank()) {
            out.add(new Problem("name", Problem.Kind.REQUIRED));
        }
        if (plan.chain(n.chainCode()).isEmpty()) {
            out.add(new Problem("chainCode", Problem.Kind.UNKNOWN_REFERENCE, n.chainCode()));
        }
        for (Member m : n.members()) {
            if (plan.enterprise(m.enterpriseCode()).isEmpty()) {
                out.add(new Problem("members", Problem.Kind.UNKNOWN_REFERENCE, m.enterpriseCode()));
            }
        }
        for (String p : n.projectCodes()) {
            if (plan.record(EntityKind.PROJECT, p).isEmpty()) {
                out.add(new Problem("projectCodes", Problem.Kind.UNKNOWN_REFERENCE, p));
            }
        }
        return out;
    }
}
