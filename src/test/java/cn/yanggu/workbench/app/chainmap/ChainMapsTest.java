package cn.yanggu.workbench.app.chainmap;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain maps a new database starts with, and their edits on the one write path. */
class ChainMapsTest {
    @TempDir
    Path dir;
    private Workbench wb;

    @BeforeEach
    void open() {
        wb = TestPlans.seeded(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void aNewDatabaseHoldsThePlansLinksForEverySixChains() {
        ChainMap map = wb.chainMaps().map();
        assertEquals(ChainMaps.seed(), map);
        for (var c : wb.loadPlan().chains()) {
            assertFalse(map.of(c.code()).isEmpty(), c.name());
        }
        assertEquals(List.of("电线电缆产业链", "电子通信产业链", "新能源汽车及汽车零部件产业链", "铜文化产业链"),
                map.branches("copper"));
        ChainMap.Node smelting = map.node("copper.smelting").orElseThrow();
        assertEquals(ChainMap.Stage.MIDSTREAM, smelting.stage());
        assertEquals(ChainMap.Role.CHAIN_LEADER, smelting.members().get(0).role());
        assertEquals(ChainMap.State.MISSING, map.node("copper.foil-battery").orElseThrow().current());
        assertEquals(ChainMap.Intent.FILL, map.node("copper.foil-battery").orElseThrow().intent());
    }

    @Test
    void everySeededFactCarriesItsSectionAndQuotesThePlanWordForWord() throws Exception {
        String text = Files.readString(Path.of("seeds/plan-text.txt")).replaceAll("\\s+", "");
        Plan plan = wb.loadPlan();
        Pattern quoted = Pattern.compile("“([^”]*)”");
        for (ChainMap.Node n : ChainMaps.seed().nodes()) {
            assertTrue(n.source() != null && n.source().matches("^[三五七]、.*"), n.code() + ": " + n.source());
            assertTrue(ChainMap.check(n, plan).isEmpty(), n.code() + ": " + ChainMap.check(n, plan));
            List<String> quotes = new ArrayList<>();
            if (n.intentQuote() != null) {
                quotes.add(n.intentQuote());
            }
            for (String s : n.members().stream().map(ChainMap.Member::source).toList()) {
                assertTrue(s != null && !s.isBlank(), n.code() + " member without source");
                Matcher m = quoted.matcher(s);
                while (m.find()) {
                    quotes.add(m.group(1));
                }
            }
            for (String q : quotes) {
                for (String piece : q.split("……|；")) {
                    assertTrue(text.contains(piece.replace(" ", "")), n.code() + ": not the plan's words: " + piece);
                }
            }
            // a gap only where the plan names a link with no enterprise
            assertEquals(n.members().isEmpty(), n.current() == ChainMap.State.MISSING, n.code());
        }
    }

    @Test
    void editingANodeIsOneUndoableStepWithAnAuditEntry() {
        ChainMap.Node before = wb.chainMaps().map().node("copper.foil-battery").orElseThrow();
        ChainMap.Node after = before.withName("动力电池铜箔").withPlace(ChainMap.Stage.MIDSTREAM, "电子通信产业链", 9);
        wb.chainMaps().change("改名", before, after);
        assertEquals(after, wb.chainMaps().map().node(before.code()).orElseThrow());
        List<AuditEntry> audit = wb.editor().audit();
        AuditEntry last = audit.get(audit.size() - 1);
        assertEquals("chain-node", last.entity());
        assertTrue(last.newValue().contains("动力电池铜箔"), last.newValue());
        // the change log reads in words: the link by name, its place and intent, never codes or enum names
        var zh = cn.yanggu.workbench.app.I18n.forLanguage("zh");
        var line = cn.yanggu.workbench.app.AuditText.line(zh, last,
                cn.yanggu.workbench.app.AuditText.Names.of(wb.editor().plan(), audit), java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals("产业链环节 动力电池铜箔", line.record());
        assertTrue(line.oldValue().startsWith("名称：动力电池用铜箔，位置：下游，子链：新能源汽车及汽车零部件产业链，意图：补链"),
                line.oldValue());
        assertTrue(line.newValue().contains("位置：中游，子链：电子通信产业链"), line.newValue());
        assertTrue(!line.newValue().contains("MIDSTREAM") && !line.newValue().contains("copper."), line.newValue());
        wb.editor().undo();
        assertEquals(before, wb.chainMaps().map().node(before.code()).orElseThrow());
        wb.editor().redo();
        assertEquals(after, wb.chainMaps().map().node(before.code()).orElseThrow());
    }

    /** The links of {@code node}'s cell (its chain, stage and sub-chain), by name, in their order. */
    private List<String> cellOf(ChainMap.Node node) {
        return wb.chainMaps().map().of(node.chainCode()).stream().filter(n -> n.stage() == node.stage()
                && java.util.Objects.equals(n.branch(), node.branch())).map(ChainMap.Node::name).toList();
    }

    @Test
    void aLinkMovesWithinItsCellAsOneUndoableStepAndNotPastItsEnds() {
        ChainMap.Node node = wb.chainMaps().map().node("copper.foil-battery").orElseThrow();
        List<String> cell = cellOf(node);
        assertTrue(cell.size() > 1, cell.toString());
        int at = cell.indexOf(node.name());
        int delta = at > 0 ? -1 : 1;
        assertTrue(wb.chainMaps().move("上移环节", node, delta).isPresent());
        List<String> moved = cellOf(node);
        assertEquals(at + delta, moved.indexOf(node.name()));
        assertEquals(cell.get(at + delta), moved.get(at), "it changed places with its neighbour");
        var entry = wb.editor().audit().get(wb.editor().audit().size() - 1);
        assertEquals("order", entry.field());
        assertEquals(node.name(), entry.code());
        assertEquals(List.of(String.valueOf(at + 1), String.valueOf(at + delta + 1)),
                List.of(entry.oldValue(), entry.newValue()));
        wb.editor().undo();
        assertEquals(cell, cellOf(node), "撤销 puts the cell's order back");
        ChainMap.Node first = wb.chainMaps().map().of(node.chainCode()).stream()
                .filter(n -> n.stage() == node.stage() && java.util.Objects.equals(n.branch(), node.branch()))
                .findFirst().orElseThrow();
        assertTrue(wb.chainMaps().move("上移环节", first, -1).isEmpty(), "the first link of a cell stays first");
    }

    @Test
    void removingANodeIsUndoneWithItsEnterprisesAndProjects() {
        ChainMap.Node wire = wb.chainMaps().map().node("copper.contact-wire").orElseThrow();
        assertEquals(List.of("copper.contact-wire"), wb.chainMaps().map().referring("P01").stream()
                .map(ChainMap.Node::code).toList());
        wb.chainMaps().change("删除", wire, null);
        assertTrue(wb.chainMaps().map().node(wire.code()).isEmpty());
        wb.editor().undo();
        assertEquals(wire, wb.chainMaps().map().node(wire.code()).orElseThrow());
    }

    @Test
    void aNodeWithoutANameOrWithAnUnknownEnterpriseIsRefusedAndNothingIsWritten() {
        ChainMap before = wb.chainMaps().map();
        ChainMap.Node n = before.node("copper.culture").orElseThrow();
        assertThrows(EditRejected.class, () -> wb.chainMaps().change("改名", n, n.withName(" ")));
        EditRejected e = assertThrows(EditRejected.class, () -> wb.chainMaps().change("企业", n, n.withMembers(
                List.of(new ChainMap.Member("no-such", ChainMap.Role.SUPPORTING, "x")))));
        assertEquals("members", e.problems().get(0).problem().field());
        assertEquals(before, wb.chainMaps().map());
    }

    @Test
    void theMapIsSeededOnceSoARemovedNodeStaysRemovedAfterReopening() {
        ChainMap.Node culture = wb.chainMaps().map().node("copper.culture").orElseThrow();
        wb.chainMaps().change("删除", culture, null);
        wb.close();
        wb = TestPlans.seeded(dir);
        assertTrue(wb.chainMaps().map().node("copper.culture").isEmpty());
    }

    @Test
    void theJsonExportCarriesTheMapAndAnImportPutsItBack() throws Exception {
        Path file = dir.resolve("plan.json");
        wb.exportJson(file, "test");
        assertTrue(Files.readString(file).contains("\"chainMaps\""));
        ChainMap exported = wb.chainMaps().map();
        ChainMap.Node n = exported.node("copper.culture").orElseThrow();
        wb.chainMaps().change("改名", n, n.withName("铜文化旅游"));
        wb.importJson(file);
        assertEquals(exported, wb.chainMaps().map());
    }

    @Test
    void anImportWhoseMapNamesAnUnknownEnterpriseIsRefusedWholeNamingTheNode() throws Exception {
        Path file = dir.resolve("plan.json");
        wb.exportJson(file, "test");
        String text = Files.readString(file).replace("\"enterprise\" : \"xiangrui-copper\"",
                "\"enterprise\" : \"no-such-company\"");
        Files.writeString(file, text);
        ChainMap before = wb.chainMaps().map();
        int audit = wb.editor().audit().size();
        var e = assertThrows(EditRejected.class, () -> wb.importJson(file));
        var p = e.problems().get(0);
        assertEquals("chainMaps.nodes[copper.copper-materials].members", p.position());
        assertEquals(List.of("no-such-company"), p.problem().args());
        assertEquals(before, wb.chainMaps().map());
        assertEquals(audit, wb.editor().audit().size());
    }
}
