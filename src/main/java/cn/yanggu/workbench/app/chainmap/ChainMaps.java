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
import java.util.Objects;

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
        db.inTransaction(c -> {
            if (!ChainMapRepository.seeded(c)) {
                ChainMapRepository.seed(c, seed());
            }
            return null;
        });
    }

    /** {@code exported} (a plan written as JSON) with this database's map added as {@code chainMaps}. */
    public byte[] withExported(byte[] exported) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(exported);
        root.set(EXPORT_KEY, new ChainMapJson().tree(map(), null));
        return mapper.writeValueAsBytes(root);
    }

    /**
     * The map in an exported file, checked against the plan it comes with; null when the file has none.
     *
     * @throws cn.yanggu.workbench.app.PlanJson.FormatException naming the node and field that is wrong
     */
    public ChainMap readExported(byte[] file, cn.yanggu.workbench.domain.Plan incoming) throws IOException {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file).get(EXPORT_KEY);
        if (node == null || node.isNull()) {
            return null;
        }
        ChainMap map;
        try {
            map = new ChainMapJson().read(node);
        } catch (ChainMapJson.Invalid e) {
            throw new cn.yanggu.workbench.app.PlanJson.FormatException(EXPORT_KEY, e.getMessage());
        }
        for (int i = 0; i < map.nodes().size(); i++) {
            ChainMap.Node n = map.nodes().get(i);
            var problems = ChainMap.check(n, incoming);
            if (!problems.isEmpty()) {
                var p = problems.get(0);
                throw new cn.yanggu.workbench.app.PlanJson.FormatException(EXPORT_KEY + ".nodes[" + n.code() + "]."
                        + p.field(), p.kind() == cn.yanggu.workbench.domain.Problem.Kind.REQUIRED ? "required"
                        : "unknown " + p.args().get(0));
            }
        }
        return map;
    }

    /** The map as stored now. */
    public ChainMap map() {
        return db.read(ChainMapRepository::load);
    }

    /** Adds, changes or removes a node through the editor (one undo step, one audit entry). */
    public Command change(String label, ChainMap.Node before, ChainMap.Node after) {
        return editor.run(new ChainNodeChange(label, before, after));
    }
}
