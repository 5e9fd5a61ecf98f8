package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.store.ContentHash;
import cn.yanggu.workbench.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two staff on one server database (issue 16), each with a window of their own (a workbench with its own connection
 * and user): a change based on a record the other has changed since is refused with who, when, their value and
 * yours, and nothing is lost; a year one locks refuses the other's edit at once; a connection dropped in the middle
 * of a command leaves nothing of it. (A file database has one writer at a time: DatabaseSafetyTest.) Skipped without
 * the test server.
 */
class SeveralWritersTest {
    @TempDir
    Path dir;
    private ServerAddress asWang;
    private Workbench wang;
    private Workbench li;

    @BeforeEach
    void open() {
        ServerAddress db = TestEngines.seededServerDatabase(dir);
        TestEngines.admin(TestEngines.server(), "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'li')"
                + " THEN CREATE ROLE li LOGIN SUPERUSER; END IF; END $$");
        asWang = db;
        wang = TestEngines.open(db, dir.resolve("wang"));
        li = TestEngines.open(new ServerAddress(db.host(), db.port(), db.database(), "li", db.sslmode()), dir.resolve("li"));
        wang.editor().useLanguage(I18n.forLanguage("zh"));
        li.editor().useLanguage(I18n.forLanguage("zh"));
    }

    @AfterEach
    void close() {
        // null when there is no test server (the test was skipped)
        for (Workbench wb : new Workbench[] {wang, li}) {
            if (wb != null) {
                wb.close();
            }
        }
    }

    private static Indicator tax(Workbench wb) {
        return TestPlans.indicator(wb.editor().plan(), "亩均税收");
    }

    private static double actual(Indicator i, int year) {
        return i.values().stream().filter(v -> v.year() == year && v.kind() == cn.yanggu.workbench.domain.Enums.ValueKind.ACTUAL)
                .mapToDouble(YearValue::value).findFirst().orElse(Double.NaN);
    }

    /** {@code i} with its actual value of {@code year} (replacing one there is). */
    private static Indicator withActual(Indicator i, int year, double value) {
        Indicator without = new Indicator(i.code(), i.name(), i.category(), i.unit(), i.direction(), i.attribute(),
                i.growthKind(), i.statedRate(), i.table(), i.row(), i.chainCode(), i.source(), i.note(),
                i.values().stream().filter(v -> !(v.year() == year
                        && v.kind() == cn.yanggu.workbench.domain.Enums.ValueKind.ACTUAL)).toList());
        return EditorTest.withValue(without, year, value);
    }

    private static void setActual(Workbench wb, int year, double value) {
        Indicator before = tax(wb);
        wb.editor().apply(Edit.of(year + "", Change.update(before, withActual(before, year, value))));
    }

    @Test
    void theSecondEditOfTheSameRecordIsRefusedWithBothValuesAndNothingIsLost() {
        setActual(wang, 2023, 5.3);
        // li's window still shows the record as it was before wang's change
        EditConflict refused = assertThrows(EditConflict.class, () -> setActual(li, 2023, 5.4));
        String text = ErrorText.describe(I18n.forLanguage("zh"), refused);
        assertTrue(text.startsWith("指标 亩均税收 已被 " + asWang.user() + " 于 "), text);
        assertTrue(text.contains("现为") && text.contains("5.3") && text.contains("5.4"), text);
        assertEquals(5.3, actual(tax(li), 2023), 1e-9, "li's window now shows wang's value");
        try (Workbench third = TestEngines.open(asWang, dir.resolve("third"))) {
            assertEquals(5.3, actual(tax(third), 2023), 1e-9, "wang's change is stored");
        }
        // li chooses to change it anyway: now based on the current version, it is saved
        setActual(li, 2023, 5.4);
        wang.editor().refresh();
        assertEquals(5.4, actual(tax(wang), 2023), 1e-9);
        assertEquals("li", wang.editor().audit().get(0).user(), "the change log names the database user");
        // wang's undo of his own change is refused: li changed the record since
        assertThrows(EditConflict.class, () -> wang.editor().undo());
        assertEquals(5.4, actual(tax(wang), 2023), 1e-9, "li's value stays");
    }

    @Test
    void editsOfDifferentRecordsDoNotConflict() {
        setActual(wang, 2023, 5.3);
        Indicator other = li.editor().plan().indicators().get(3);
        li.editor().apply(Edit.of("x", Change.update(other, withActual(other, 2023, 77))));
        wang.editor().refresh();
        li.editor().refresh();
        assertEquals(wang.database().read(ContentHash::of), li.database().read(ContentHash::of));
        assertEquals(5.3, actual(tax(li), 2023), 1e-9);
    }

    @Test
    void anOpenWindowHearsOfTheOthersChangeWithinSeconds() throws Exception {
        java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        try (AutoCloseable watch = li.watchOthers(() -> {
            calls.incrementAndGet();
            heard.countDown();
        })) {
            setActual(wang, 2023, 5.3);
            assertTrue(heard.await(10, java.util.concurrent.TimeUnit.SECONDS), "li's window is told");
            li.editor().refresh();
            assertEquals(5.3, actual(tax(li), 2023), 1e-9, "and shows wang's value after re-reading");
        }
    }

    @Test
    void aYearLockedByOneRefusesTheOthersEditAtOnce() {
        wang.editor().lockYear(2023, "定稿");
        // li's window does not know of the lock yet; the server does
        assertThrows(EditRejected.class, () -> setActual(li, 2023, 9.9));
        assertTrue(li.editor().lockedYears().contains(2023), "li's window now knows");
        assertEquals(actual(tax(wang), 2023), actual(tax(li), 2023), 1e-9, "nothing written");
        setActual(li, 2024, 6.0);   // another year is open
    }

    @Test
    void aConnectionDroppedDuringACommandAppliesNothing() throws Exception {
        String before = wang.database().read(ContentHash::of);
        int audit = wang.editor().audit().size();
        Indicator t = tax(li);
        Command dropping = new Command() {
            @Override
            public String label() {
                return "断网";
            }

            @Override
            public Command write(Writer w) {
                w.records(java.util.List.of(Change.update(t, EditorTest.withValue(t, 2023, 8.8))), null);
                long pid = w.tx().run(c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                // the network drops (the server ends this connection) before the command is done
                TestEngines.admin(TestEngines.server(), "SELECT pg_terminate_backend(" + pid + ")");
                w.records(java.util.List.of(Change.update(EditorTest.withValue(t, 2023, 8.8),
                        EditorTest.withValue(t, 2024, 8.9))), null);
                return this;
            }

            @Override
            public Command inverse() {
                return this;
            }

            @Override
            public Changed changed() {
                return Changed.EVERYTHING;
            }
        };
        StoreException e = assertThrows(StoreException.class, () -> li.editor().run(dropping));
        assertEquals(StoreException.Reason.CONNECTION_LOST, e.reason(), e.getMessage());
        assertTrue(ErrorText.describe(I18n.forLanguage("zh"), e).contains("连接中断，这一步没有保存"));
        wang.editor().refresh();
        assertEquals(before, wang.database().read(ContentHash::of), "nothing of the command is stored");
        assertEquals(audit, wang.editor().audit().size(), "nor in the change log");
        try (Connection c = TestEngines.connect(asWang)) {
            assertEquals(before, ContentHash.of(c));
        }
    }
}
