package cn.yanggu.workbench.ui.connect;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PgPass;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.StoreException;
import cn.yanggu.workbench.ui.common.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 连接到局内数据库… without the toolkit: incomplete fields are named before anything is tried, the password goes to
 * pgpass only, a fault is said in the dialog with 重试, and the retry opens the database.
 */
class ConnectModelTest {
    @TempDir
    Path dir;

    @Test
    void aFaultStaysInTheDialogWithRetryAndTheRetryOpensTheDatabase() throws Exception {
        I18n t = I18n.forLanguage("zh");
        List<ServerAddress> tried = new ArrayList<>();
        boolean[] serverUp = {false};
        ConnectModel<String> model = new ConnectModel<>(t, new SameThreadTaskRunner(), new PgPass(dir.resolve(".pgpass")),
                server -> {
                    tried.add(server);
                    if (!serverUp[0]) {
                        throw new StoreException(StoreException.Reason.SERVER_UNREACHABLE, server, "refused", null);
                    }
                    return "opened " + server.shortName();
                });
        List<String> opened = new ArrayList<>();

        model.host().set("10.1.2.3");
        model.connect(new char[0], opened::add);
        assertEquals("请填写服务器、数据库和用户名。", model.problem().get());
        model.database().set("yanggu_plan");
        model.user().set("wang");
        model.port().set("54a");
        model.connect(new char[0], opened::add);
        assertTrue(model.problem().get().contains("端口“54a”无效"), model.problem().get());
        assertTrue(tried.isEmpty(), "nothing tried with incomplete fields");

        model.port().set("5433");
        model.sslmode().set("require");
        char[] password = "s3cret".toCharArray();
        model.connect(password, opened::add);
        assertTrue(model.problem().get().contains("服务器无法访问"), model.problem().get());
        assertEquals("重试", model.action().get());
        assertTrue(opened.isEmpty());
        assertEquals(new ServerAddress("10.1.2.3", 5433, "yanggu_plan", "wang", "require"), tried.get(0));
        assertEquals(List.of("10.1.2.3:5433:yanggu_plan:wang:s3cret"), Files.readAllLines(dir.resolve(".pgpass")));
        assertEquals("\0\0\0\0\0\0", new String(password), "the typed password is not kept in memory");
        assertEquals("10.1.2.3", model.host().get(), "what was typed stays");

        serverUp[0] = true;
        model.connect(new char[0], opened::add);
        assertEquals(List.of("opened yanggu_plan@10.1.2.3:5433"), opened);
        assertEquals("", model.problem().get());
        assertFalse(model.busy().get());
        assertEquals(List.of("10.1.2.3:5433:yanggu_plan:wang:s3cret"), Files.readAllLines(dir.resolve(".pgpass")),
                "an empty password leaves the saved one");
    }
}
