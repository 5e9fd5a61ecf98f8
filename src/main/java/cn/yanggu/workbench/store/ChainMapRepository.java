package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Enums;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 产业链图谱: the chains' nodes with their enterprises and projects, written inside the caller's transaction. */
public final class ChainMapRepository {
    private ChainMapRepository() {
    }

    /** Every node of every chain. */
    public static ChainMap load(Connection c) throws SQLException {
        Map<String, List<ChainMap.Member>> members = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT node_code, enterprise_code, role, source"
                + " FROM chain_node_member ORDER BY node_code, position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ChainMap.Member(
                        rs.getString(2), Enums.parse(ChainMap.Role.class, rs.getString(3)), rs.getString(4)));
            }
        }
        Map<String, List<String>> projects = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT node_code, project_code FROM chain_node_project"
                + " ORDER BY node_code, position"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                projects.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<ChainMap.Node> nodes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, chain_code, stage, branch, name, position,"
                + " intent, intent_quote, weak_quote, source FROM chain_node"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                nodes.add(new ChainMap.Node(code, rs.getString(2), Enums.parse(ChainMap.Stage.class, rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getInt(6),
                        Enums.parse(ChainMap.Intent.class, rs.getString(7)), rs.getString(8), rs.getString(9),
                        members.getOrDefault(code, List.of()), projects.getOrDefault(code, List.of()),
                        rs.getString(10)));
            }
        }
        return new ChainMap(nodes);
    }

    /** Writes {@code node}, replacing the node of its code with its enterprises and projects. */
    public static void put(Connection c, ChainMap.Node n) throws SQLException {
        delete(c, n.code());
        RecordStore.exec(c, "INSERT INTO chain_node (code, chain_code, stage, branch, name, position, intent,"
                        + " intent_quote, weak_quote, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.code(), n.chainCode(), Enums.wire(n.stage()), n.branch(), n.name(), n.order(),
                n.intent() == null ? null : Enums.wire(n.intent()), n.intentQuote(), n.weakQuote(), n.source());
        int pos = 0;
        for (ChainMap.Member m : n.members()) {
            RecordStore.exec(c, "INSERT INTO chain_node_member (node_code, position, enterprise_code, role, source)"
                    + " VALUES (?, ?, ?, ?, ?)", n.code(), pos++, m.enterpriseCode(), Enums.wire(m.role()), m.source());
        }
        pos = 0;
        for (String p : n.projectCodes()) {
            RecordStore.exec(c, "INSERT INTO chain_node_project (node_code, position, project_code) VALUES (?, ?, ?)",
                    n.code(), pos++, p);
        }
    }

    /** Removes the node {@code code} with its lists (nothing when there is none). */
    public static void delete(Connection c, String code) throws SQLException {
        RecordStore.exec(c, "DELETE FROM chain_node WHERE code = ?", code);
    }

    /** Replaces every node with {@code map}'s (an import). */
    public static void replaceAll(Connection c, ChainMap map) throws SQLException {
        RecordStore.exec(c, "DELETE FROM chain_node");
        for (ChainMap.Node n : map.nodes()) {
            put(c, n);
        }
    }

    /** Whether the plan's nodes were seeded into this database already. */
    public static boolean seeded(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM chain_map_seeded");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Seeds the plan's nodes (those of chains this database holds) and marks the map seeded. */
    public static void seed(Connection c, ChainMap map) throws SQLException {
        List<String> chains = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM chain"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                chains.add(rs.getString(1));
            }
        }
        for (ChainMap.Node n : map.nodes()) {
            if (chains.contains(n.chainCode())) {
                put(c, n);
            }
        }
        RecordStore.exec(c, "INSERT INTO chain_map_seeded (id) VALUES (1) ON CONFLICT (id) DO NOTHING");
    }
}
