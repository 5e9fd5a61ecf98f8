package cn.yanggu.workbench.app.chainmap;

import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.json.ChainMapJson;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.store.ChainMapRepository;
import cn.yanggu.workbench.store.Database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.domain.EntityKind;

/**
 * 产业链图谱 of one database: the map as stored, its first filling from the plan ({@code seeds/chain-maps.json},
 * once) and its edits, each a {@link ChainNodeChange} run by the editor (undo, audit, validation).
 */
public final class ChainMaps {
    /** Classpath location of the curated nodes (copied from {@code seeds/chain-maps.json} at build time). */
    public static final String SEED_RESOURCE = "/seeds/chain-maps.json";

    /** The key of the map beside the plan in a JSON export. */
    public static final String EXPORT_KEY = "chainMaps";

    private final Database db;
    private final Editor editor;

    public ChainMaps(Database db, Editor editor) {
        this.db = db;
        this.editor = editor;
    }

    /** The plan's nodes as shipped with the application. */
    public static ChainMap seed() {
        try (InputStream in = ChainMaps.class.getResourceAsStream(SEED_RESOURCE)) {
            Objects.requireNonNull(in, "seed data missing from the application: " + SEED_RESOURCE);
            return new ChainMapJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the map from the plan's nodes unless this database was filled before (one transaction). */
    public void seedOnce() {
        // read first: opening a database filled before writes nothing (no on-exit backup for a mere look)
        if (db.read(ChainMapRepository::seeded)) {
            return;
        }
        db.inTransaction(c -> {
            if (!ChainMapRepository.seeded(c)) {
                ChainMapRepository.seed(c, seed());
            }
            return null;
        });
    }

    /** {@code exported} (a plan written as JSON) with this database's map added as {@code chainMaps}. */
    public byte[] withExported(byte[] exported, cn.yanggu.workbench.domain.Plan plan) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(exported);
        root.set(EXPORT_KEY, new ChainMapJson().tree(map().live(plan), null));
        return mapper.writeValueAsBytes(root);
    }

    /**
     * The map in an exported file; null when the file has none.
     *
     * @throws cn.yanggu.workbench.app.PlanJson.FormatException when it is not a map, naming where
     */
    public static ChainMap readExported(byte[] file) throws IOException {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file).get(EXPORT_KEY);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return new ChainMapJson().read(node);
        } catch (ChainMapJson.Invalid e) {
            throw new cn.yanggu.workbench.app.PlanJson.FormatException(EXPORT_KEY, e.getMessage());
        }
    }

    /**
     * Refuses a map (an import's) whose nodes name a chain, enterprise or project {@code plan} does not hold, or
     * have no name: every problem, each named by its node ({@code chainMaps.nodes[copper.ore].members}).
     */
    public static void check(ChainMap map, cn.yanggu.workbench.domain.Plan plan) {
        List<EditRejected.Located> problems = new ArrayList<>();
        for (ChainMap.Node n : map.nodes()) {
            for (var p : ChainMap.check(n, plan)) {
                problems.add(new EditRejected.Located(EntityKind.CHAIN, n.chainCode(),
                        EXPORT_KEY + ".nodes[" + n.code() + "]." + p.field(), p));
            }
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
    }

    /** The map as stored now. */
    public ChainMap map() {
        return db.read(ChainMapRepository::load);
    }

    /**
     * Moves {@code node} one place up ({@code delta} −1) or down (+1) within its cell of the map (one undo step);
     * nothing when it is at the end of its cell already.
     */
    public java.util.Optional<Command> move(String label, ChainMap.Node node, int delta) {
        return ChainNodeOrder.of(label, map(), node, delta).map(editor::run);
    }

    /** Adds, changes or removes a node through the editor (one undo step, one audit entry). */
    public Command change(String label, ChainMap.Node before, ChainMap.Node after) {
        return editor.run(new ChainNodeChange(label, before, after));
    }
}
