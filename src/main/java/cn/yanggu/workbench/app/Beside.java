package cn.yanggu.workbench.app;

import cn.yanggu.workbench.app.leads.LeadChange;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.store.ChainMapRepository;
import cn.yanggu.workbench.store.LeadRepository;
import cn.yanggu.workbench.store.VersionRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What an import writes beside the plan's records: the 产业链图谱's links, the 招商项目库's leads and the plan
 * versions (a township office receiving the bureau's approved versions), each null when the import leaves it as it
 * is. An import keeps the state before it, so that 撤销 puts back the links, leads and versions that were there (not
 * only the plan's records).
 */
public record Beside(ChainMap map, List<Lead> leads, List<PlanVersion> versions) {
    /** Nothing beside the plan. */
    public static final Beside NONE = new Beside(null, null, null);

    public Beside {
        leads = leads == null ? null : List.copyOf(leads);
        versions = versions == null ? null : List.copyOf(versions);
    }

    /** Links and leads only (the versions left as they are). */
    public Beside(ChainMap map, List<Lead> leads) {
        this(map, leads, null);
    }

    /** The parts of {@code now} this one would replace, as they stand now (what 撤销 writes back). */
    public Beside before(Connection c) throws SQLException {
        return new Beside(map == null ? null : ChainMapRepository.load(c), leads == null ? null
                : LeadRepository.all(c), versions == null ? null : VersionRepository.all(c));
    }

    /** Writes the parts that are set, inside the caller's transaction. */
    public void write(Connection c) throws SQLException {
        if (map != null) {
            ChainMapRepository.replaceAll(c, map);
        }
        if (leads != null) {
            LeadRepository.replaceAll(c, leads);
        }
        if (versions != null) {
            VersionRepository.replaceAll(c, versions);
        }
    }

    /**
     * The change log's entries of the leads this writes in place of {@code before}'s: one per lead added, changed or
     * removed, worded as a lead's own edit is, under {@code action}.
     */
    public void audit(Writer w, Beside before, String action) {
        if (leads == null) {
            return;
        }
        ChainMap on = map != null ? map : w.tx().run(ChainMapRepository::load);
        Map<String, Lead> old = new java.util.LinkedHashMap<>();
        (before.leads() == null ? List.<Lead>of() : before.leads()).forEach(l -> old.put(l.code(), l));
        Map<String, Lead> now = new java.util.LinkedHashMap<>();
        leads.forEach(l -> now.put(l.code(), l));
        Set<String> codes = new LinkedHashSet<>(old.keySet());
        codes.addAll(now.keySet());
        for (String code : codes) {
            Lead b = old.get(code);
            Lead a = now.get(code);
            if (!Objects.equals(a, b)) {
                w.audit(action, LeadChange.ENTITY, (a != null ? a : b).name(), null, LeadChange.summary(b, on, null),
                        LeadChange.summary(a, on, null));
            }
        }
    }

    public boolean isEmpty() {
        return map == null && leads == null && versions == null;
    }

    /** How many leads differ between {@code before} and {@code after} (added, changed or removed). */
    public static long leadsChanged(List<Lead> before, List<Lead> after) {
        return differing(before, after, Lead::code);
    }

    /** How many map links (nodes) differ between the two maps (added, changed or removed). */
    public static long linksChanged(ChainMap before, ChainMap after) {
        return differing(before == null ? null : before.nodes(), after == null ? null : after.nodes(),
                ChainMap.Node::code);
    }

    /** How many items differ by key between two lists; a null {@code after} means "left as it was": none. */
    public static <T> long differing(List<T> before, List<T> after, Function<T, ?> key) {
        if (after == null) {
            return 0;
        }
        Map<Object, T> b = new HashMap<>();
        for (T x : before == null ? List.<T>of() : before) {
            b.put(key.apply(x), x);
        }
        Map<Object, T> a = new HashMap<>();
        for (T x : after) {
            a.put(key.apply(x), x);
        }
        Set<Object> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        return new ArrayList<>(keys).stream().filter(k -> !Objects.equals(b.get(k), a.get(k))).count();
    }
}
