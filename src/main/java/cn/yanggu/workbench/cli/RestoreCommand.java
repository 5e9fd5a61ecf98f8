package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.Backups;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code restore --in FILE}: replaces the database with a checked backup, keeping a before-restore copy of the
 * current file in {@code backups/}. Refused while a window has the database open.
 */
@Command(name = "restore", description = "从备份恢复数据库（原数据库先另存到 backups/）/ restore the database from a backup (the current one is kept in backups/)")
final class RestoreCommand extends Subcommand {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "备份文件 / backup file")
    Path in;

    @Override
    public Integer call() {
        I18n t = t();
        Path source = in.toAbsolutePath();
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw refuse(Cli.FAILED, t.get("cli.error.cannotRead", source));
        }
        if (cli().server() != null) {
            throw refuse(Cli.FAILED, t.get("pg.cli.restoreNotHere"));
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
}
