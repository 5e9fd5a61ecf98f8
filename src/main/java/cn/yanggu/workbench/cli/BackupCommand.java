package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.Backups;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.ServerTransfer;
import cn.yanggu.workbench.domain.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code backup --out FILE}: a consistent copy of the database. It only reads, so it also works while a window has
 * the database open.
 */
@Command(name = "backup", description = "备份数据库到一个文件（窗口打开时也可用；服务器数据库写成 SQLite 快照）/ copy the database to a file"
        + " (works while the window is open; a server database as an SQLite snapshot)")
final class BackupCommand extends Subcommand {
    @Mixin
    OutFile out;

    @Override
    public Integer call() {
        I18n t = t();
        Path target = outputFile(out.path);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a device or other special file is never replaced by a backup
            throw refuse(Cli.FAILED, t.get("cli.error.cannotWrite", target, t.get("cli.error.accessDenied")));
        }
        ServerAddress server = cli().server();
        if (server != null) {
            // a server database: a consistent SQLite snapshot, which any workbench opens
            try {
                ServerTransfer.Copied copied = ServerTransfer.snapshot(server, target);
                out().println(t.get("pg.cli.snapshot", server, target, copied.contentHash().substring(0, 12)));
            } catch (RuntimeException e) {
                throw refuse(Cli.FAILED, t.get("safety.cli.backupFailed", ErrorText.describe(t, e)));
            }
            return Cli.OK;
        }
        Path db = cli().database().toAbsolutePath();
        if (!Files.isRegularFile(db)) {
            throw refuse(Cli.FAILED, t.get("cli.error.cannotRead", db));
        }
        try {
            Backups.copy(db, target);
        } catch (RuntimeException e) {
            throw refuse(Cli.FAILED, t.get("safety.cli.backupFailed", ErrorText.describe(t, e)));
        }
        out().println(t.get("safety.cli.backedUp", db, target));
        return Cli.OK;
    }
}
