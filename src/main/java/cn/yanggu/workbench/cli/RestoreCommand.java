package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.Backups;
import cn.yanggu.workbench.app.DataPaths;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.ServerTransfer;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code restore --in FILE}: replaces the database with a checked backup, keeping a before-restore copy of the
 * current file in {@code backups/}. Refused while a window has the database open. {@code restore --in FILE --to
 * postgresql://…} replaces a server database's content instead (管理员 only, {@link ServerTransfer#restore}); that
 * is the one way: {@code --db postgresql://… restore} is refused, pointing to it.
 */
@Command(name = "restore", description = "从备份恢复数据库（原数据库先另存到 backups/；--to 恢复服务器数据库）/ restore the database"
        + " from a backup (the current one is kept in backups/; --to restores a server database)")
final class RestoreCommand extends Subcommand {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "备份文件 / backup file")
    Path in;

    @Option(names = "--to", paramLabel = "postgresql://HOST[:PORT]/DB?user=NAME",
            description = "恢复局内数据库服务器上的数据库（仅限管理员；恢复前的数据先另存为快照）/ restore the bureau's server"
                    + " database (管理员 only; its content is first kept as a snapshot)")
    String to;

    @Override
    public Integer call() {
        I18n t = t();
        Path source = in.toAbsolutePath();
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw refuse(Cli.FAILED, t.get("cli.error.cannotRead", source));
        }
        if (to != null) {
            return ontoServer(t, source);
        }
        if (cli().server() != null) {
            // one way to restore a server database: restore --in FILE --to postgresql://… (as migrate --to)
            throw refuse(Cli.FAILED, t.get("pg.cli.restoreUseTo"));
        }
        Path db = cli().database().toAbsolutePath();
        Backups.Backup saved;
        try {
            saved = Backups.of(db).restore(source);
            // opening checks and, for an older backup, migrates the restored database
            Workbench.open(db).close();
        } catch (RuntimeException e) {
            throw refuse(Cli.FAILED, t.get("safety.cli.restoreFailed", source, ErrorText.describe(t, e)));
        }
        out().println(saved == null ? t.get("safety.cli.restoredNew", db, source)
                : t.get("safety.cli.restored", db, source, saved.file()));
        return Cli.OK;
    }

    /** {@code restore --in FILE --to postgresql://…}: the file's content in place of the server database's. */
    private Integer ontoServer(I18n t, Path source) {
        ServerAddress server;
        try {
            server = ServerAddress.parse(to);
        } catch (ServerAddress.Malformed e) {
            throw refuse(Cli.USAGE, ErrorText.describe(t, e));
        }
        ServerTransfer.Restored done;
        try {
            done = ServerTransfer.restore(source, server,
                    Workbench.serverBackups(DataPaths.system().dataDirectory(), server));
        } catch (RuntimeException e) {
            throw refuse(Cli.FAILED, t.get("pg.cli.restoreFailed", source, ErrorText.describe(t, e)));
        }
        out().println(t.get("pg.cli.restored", server, source, done.copied().tables(),
                done.copied().contentHash().substring(0, 12), done.before().file()));
        return Cli.OK;
    }
}
