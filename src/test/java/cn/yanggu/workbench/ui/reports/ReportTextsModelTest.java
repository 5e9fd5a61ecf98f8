package cn.yanggu.workbench.ui.reports;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.reports.Narratives;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.ui.common.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's own texts without a window: typed, saved (only what changed), discarded, refused when too long. */
class ReportTextsModelTest {
    @TempDir
    Path dir;
    private Workbench wb;
    private Narratives narratives;
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final ReportTextsModel texts = new ReportTextsModel(I18n.forLanguage("zh"));
    private final ReportKind kind = ReportKind.values()[0];

    @BeforeEach
    void open() {
        wb = TestPlans.seeded(dir);
        narratives = wb.narratives();
        texts.loaded(narratives.load(2024, kind), narratives.issuer(), false);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private List<Boolean> save() {
        List<Boolean> done = new ArrayList<>();
        texts.save(runner, narratives, 2024, kind, done::add, e -> {
            throw new AssertionError(e);
        });
        return done;
    }

    @Test
    void typedTextIsSavedOnceAndSaysWhoSavedIt() {
        assertTrue(texts.savedInfo().contains("尚未保存"), texts.savedInfo());
        texts.text(Narrative.PROBLEMS).set("  一是亩均税收偏低。 ");
        assertEquals(Map.of(Narrative.PROBLEMS, "一是亩均税收偏低。"), texts.changed());
        assertEquals(List.of(true), save());
        assertEquals("一是亩均税收偏低。", narratives.load(2024, kind).get(Narrative.PROBLEMS).text());
        assertTrue(texts.changed().isEmpty());
        assertFalse(texts.savedInfo().contains("尚未保存"), texts.savedInfo());
        assertEquals(List.of(false), save(), "nothing changed, nothing written");
        assertEquals(1, runner.started());
    }

    @Test
    void discardPutsBackTheStoredTextAndNothingIsWritten() {
        texts.text(Narrative.NEXT_STEPS).set("下一步：");
        save();
        texts.text(Narrative.NEXT_STEPS).set("下一步：招商引资（未完）");
        texts.discard(Narrative.NEXT_STEPS);
        assertEquals("下一步：", texts.text(Narrative.NEXT_STEPS).get());
        assertTrue(texts.changed().isEmpty());
    }

    @Test
    void aTextTooLongIsNamedAndNotSaved() {
        texts.text(Narrative.PROBLEMS).set("问".repeat(Narrative.MAX_LENGTH + 1));
        assertTrue(texts.problem(Narrative.PROBLEMS).orElseThrow().contains("10,000")
                || texts.problem(Narrative.PROBLEMS).orElseThrow().contains("10000"), texts.problem(Narrative.PROBLEMS).get());
        assertFalse(texts.valid());
        assertEquals(List.of(), save());
        assertEquals(0, runner.started());
        assertTrue(narratives.load(2024, kind).isEmpty());
    }

    @Test
    void aBlankIssuerRestoresTheDefaultAndATypedOneIsSaved() {
        texts.issuer().set("阳谷县人民政府");
        List<String> saved = new ArrayList<>();
        texts.saveIssuer(runner, narratives, saved::add, e -> {
            throw new AssertionError(e);
        });
        assertEquals(List.of("阳谷县人民政府"), saved);
        assertEquals("阳谷县人民政府", narratives.issuer());
        texts.issuer().set("  ");
        texts.saveIssuer(runner, narratives, saved::add, e -> {
        });
        assertEquals(Narratives.DEFAULT_ISSUER, narratives.issuer());
        texts.issuer().set("改了一半");
        texts.discardIssuer();
        assertEquals(Narratives.DEFAULT_ISSUER, texts.issuer().get());
    }

    @Test
    void forAReaderNothingIsSavedAndTheStoredTextsStand() {
        texts.text(Narrative.PROBLEMS).set("一是亩均税收偏低。");
        assertEquals(List.of(true), save());
        texts.readOnly(() -> true);   // 只读 (issue 16): the text areas are read-only, and the model writes nothing
        texts.text(Narrative.PROBLEMS).set("改写");
        texts.issuer().set("别的单位");
        assertEquals(List.of(false), save(), "the report is generated from what is stored");
        texts.saveIssuer(runner, narratives, now -> {
            throw new AssertionError("saved " + now);
        }, e -> {
            throw new AssertionError(e);
        });
        assertEquals(1, runner.started(), "only the editor's save reached the database");
        assertEquals("一是亩均税收偏低。", narratives.load(2024, kind).get(Narrative.PROBLEMS).text());
        assertEquals("一是亩均税收偏低。", texts.text(Narrative.PROBLEMS).get());
        assertEquals(narratives.issuer(), texts.issuer().get());
    }
}
