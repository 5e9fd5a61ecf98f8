package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.ContentHash;
import cn.yanggu.workbench.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A window whose connection to the server broke (the network dropped, the server restarted) works again without
 * being reopened (issue 16): the command that met the broken connection is refused as 连接中断 with nothing of it
 * stored, and is not run again by itself; the next one connects again and is saved; the listener for others'
 * changes listens again once the server is back. Skipped without the test server.
 */
class ReconnectTest {
    @TempDir
    Path dir;
    private ServerAddress db;
    private Workbench wb;

    @BeforeEach
    void open() {
        db = TestEngines.seededServerDatabase(dir);
        wb = TestEngines.open(db, dir.resolve("wang"));
    }

    @AfterEach
    void close() {
        if (wb != null) {   // null when there is no test server (the test was skipped)
            wb.close();
        }
    }

    private static Indicator tax(Workbench w) {
        return TestPlans.indicator(w.editor().plan(), "亩均税收");
    }

    private static void setActual(Workbench w, int year, double value) {
        Indicator before = tax(w);
        w.editor().apply(Edit.of(year + "", Change.update(before, EditorTest.withValue(before, year, value))));
    }

    private static int backend(Workbench w) {
        return w.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** What the server does to a restarted database: every connection to it ends. */
    private void dropEveryConnection() {
        TestEngines.admin(TestEngines.server(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + db.database() + "' AND pid <> pg_backend_pid()");
    }

    @Test
    void theCommandAfterABrokenOneConnectsAgainAndIsSaved() throws Exception {
        int first = backend(wb);
        String before = wb.database().read(ContentHash::of);
        int audit = wb.editor().audit().size();
        TestEngines.admin(TestEngines.server(), "SELECT pg_terminate_backend(" + first + ")");

        StoreException lost = assertThrows(StoreException.class, () -> setActual(wb, 2023, 8.8));
        assertEquals(StoreException.Reason.CONNECTION_LOST, lost.reason(), lost.getMessage());
        assertTrue(ErrorText.describe(I18n.forLanguage("zh"), lost).contains("连接中断"),
                ErrorText.describe(I18n.forLanguage("zh"), lost));
        assertTrue(wb.editor().undoLabel().isEmpty(), "no step to undo: nothing was done");

        // the next command connects again (a new backend) and is saved; the broken one was not re-run
        setActual(wb, 2024, 9.9);
        assertNotEquals(first, backend(wb), "a new connection");
        assertEquals(audit + 1, wb.editor().audit().size(), "one change in the log: the one saved");
        try (Workbench other = TestEngines.open(db, dir.resolve("other"))) {
            Indicator stored = tax(other);
            assertTrue(stored.values().stream().anyMatch(v -> v.year() == 2024 && v.value() == 9.9), "saved");
            assertTrue(stored.values().stream().noneMatch(v -> v.value() == 8.8), "the broken command left nothing");
        }
        assertNotEquals(before, wb.database().read(ContentHash::of));
    }

    @Test
    void aReadAfterTheServerRestartedConnectsAgain() {
        TestEngines.admin(TestEngines.server(), "SELECT pg_terminate_backend(" + backend(wb) + ")");
        StoreException lost = assertThrows(StoreException.class, () -> wb.editor().refresh());
        assertEquals(StoreException.Reason.CONNECTION_LOST, lost.reason());
        wb.editor().refresh();   // no reopening of the workbench
        assertTrue(wb.editor().plan().indicators().size() > 0);
    }

    @Test
    void theListenerListensAgainOnceTheServerIsBackAndTheWindowRereadsOnce() throws Exception {
        CountDownLatch told = new CountDownLatch(1);
        CountDownLatch toldAgain = new CountDownLatch(2);
        try (AutoCloseable watch = wb.watchOthers(() -> {
            told.countDown();
            toldAgain.countDown();
        })) {
            dropEveryConnection();
            assertTrue(told.await(15, TimeUnit.SECONDS), "told once the listener is back (others may have written)");
            // the window's own connection was connected again before it was told: its next command is saved at once
            setActual(wb, 2023, 7.7);
            try (Workbench li = TestEngines.open(db, dir.resolve("li"))) {
                Indicator t = tax(li);
                li.editor().apply(Edit.of("li", Change.update(t, EditorTest.withValue(t, 2024, 6.6))));
                assertTrue(toldAgain.await(15, TimeUnit.SECONDS), "the other's change is heard on the new listener");
            }
        }
    }
}
