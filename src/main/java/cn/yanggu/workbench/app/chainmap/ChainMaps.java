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

    /** The map as stored now. */
    public ChainMap map() {
        return db.read(ChainMapRepository::load);
    }

    /** Adds, changes or removes a node through the editor (one undo step, one audit entry). */
    public Command change(String label, ChainMap.Node before, ChainMap.Node after) {
        return editor.run(new ChainNodeChange(label, before, after));
    }
}
