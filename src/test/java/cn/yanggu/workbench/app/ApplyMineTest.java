package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.domain.YearValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 用我的值覆盖 (issue 16): an edit refused because somebody changed the record since is applied again, on their version,
 * at the user's choice: only the values the refused edit changed are set to the user's, the other's other changes to
 * the record stay; one step to undo; the change log names the user. Skipped without the test server.
 */
class ApplyMineTest {
    @TempDir
    Path dir;
    private ServerAddress db;
    private Workbench wang;
    private Workbench li;

    @BeforeEach
    void open() {
        db = TestEngines.seededServerDatabase(dir);
        TestEngines.admin(TestEngines.server(), "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'li')"
                + " THEN CREATE ROLE li LOGIN SUPERUSER; END IF; END $$");
        wang = TestEngines.open(db, dir.resolve("wang"));
        li = TestEngines.open(TestEngines.as(db, "li"), dir.resolve("li"));
        wang.editor().useLanguage(I18n.forLanguage("zh"));
        li.editor().useLanguage(I18n.forLanguage("zh"));
    }

    @AfterEach
    void close() {
        for (Workbench wb : new Workbench[] {wang, li}) {
            if (wb != null) {   // null when there is no test server (the test was skipped)
                wb.close();
            }
        }
    }

    private static Indicator tax(Workbench wb) {
        return TestPlans.indicator(wb.editor().plan(), "亩均税收");
    }

    private static double actual(Indicator i, int year) {
        return i.values().stream().filter(v -> v.year() == year && v.kind() == Enums.ValueKind.ACTUAL)
                .mapToDouble(YearValue::value).findFirst().orElse(Double.NaN);
    }

    private static Indicator withActual(Indicator i, int year, double value) {
        return EditorTest.withValue(i.withValues(i.values().stream()
                .filter(v -> !(v.year() == year && v.kind() == Enums.ValueKind.ACTUAL)).toList()), year, value);
    }

    private static Indicator withNote(Indicator i, String note) {
        return new Indicator(i.code(), i.name(), i.category(), i.unit(), i.direction(), i.attribute(), i.growthKind(),
                i.statedRate(), i.table(), i.row(), i.chainCode(), i.source(), note, i.values());
    }

    @Test
    void mineOverwritesOnlyWhatMyEditChangedOnTheirVersion() {
        // wang changes the 2023 value and the note; li's window still holds the record as it was
        Indicator was = tax(wang);
        wang.editor().apply(Edit.of("wang", Change.update(was, withNote(withActual(was, 2023, 5.3), "王的备注"))));
        Indicator liSaw = tax(li);
        Edit mine = Edit.of("改 2023 年实际值", Change.update(liSaw, withActual(liSaw, 2023, 5.4)));

        EditConflict refused = assertThrows(EditConflict.class, () -> li.editor().apply(mine));
        assertEquals(1, refused.fields().size(), "only the field li changed is shown, not wang's note: "
                + refused.fields());
        assertTrue(refused.fields().get(0).name().contains("2023"), refused.fields().toString());
        assertTrue(refused.headline().startsWith("指标 亩均税收 已被 postgres 于 "), refused.headline());
        assertEquals(1, refused.worded().size());
        assertTrue(refused.worded().get(0).theirs().contains("5.3") && refused.worded().get(0).yours().contains("5.4"),
                refused.worded().toString());
        int steps = li.editor().audit().size();

        li.editor().applyMine(mine);
        assertEquals(5.4, actual(tax(li), 2023), 1e-9, "li's value");
        assertEquals("王的备注", tax(li).note(), "wang's note stays");
        wang.editor().refresh();
        assertEquals(5.4, actual(tax(wang), 2023), 1e-9, "stored");
        assertEquals("王的备注", tax(wang).note());
        var log = li.editor().audit();
        assertEquals(steps + 1, log.size(), "one entry: the value, not the note");
        assertEquals("li", log.get(0).user(), "the change log names li");
        assertEquals(java.util.Optional.of("改 2023 年实际值"), li.editor().undoLabel(), "one step to undo");

        li.editor().undo();
        assertEquals(5.3, actual(tax(li), 2023), 1e-9, "undo puts wang's value back");
        assertEquals("王的备注", tax(li).note());
    }
}
