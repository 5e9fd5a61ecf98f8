package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The password given in 连接到局内数据库… goes to the OS user's pgpass only, owner-only, one line per database. */
class PgPassTest {
    @TempDir
    Path dir;

    @Test
    void theLineForADatabaseIsReplacedOthersKeptAndTheFileIsTheOwnersOnly() throws Exception {
        Path file = dir.resolve(".pgpass");
        Files.writeString(file, "other:5432:*:someone:secret\n");
        PgPass pass = new PgPass(file);
        ServerAddress plan = new ServerAddress("10.1.2.3", 5432, "yanggu_plan", "wang", "prefer");
        pass.save(plan, "first".toCharArray());
        pass.save(plan, "a:b\\c".toCharArray());
        assertEquals(List.of("other:5432:*:someone:secret", "10.1.2.3:5432:yanggu_plan:wang:a\\:b\\\\c"),
                Files.readAllLines(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void theFileIsWhereTheDriverLooks() {
        assertEquals(Path.of("/x/pw"), PgPass.location(Map.of("PGPASSFILE", "/x/pw"), "Linux", "/home/li"));
        assertEquals(Path.of("/home/li/.pgpass"), PgPass.location(Map.of(), "Linux", "/home/li"));
        assertEquals(Path.of("C:/Users/li/AppData/Roaming", "postgresql", "pgpass.conf"),
                PgPass.location(Map.of("APPDATA", "C:/Users/li/AppData/Roaming"), "Windows 10", "C:/Users/li"));
    }
}
