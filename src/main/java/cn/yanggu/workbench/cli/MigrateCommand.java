package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.ServerTransfer;
import cn.yanggu.workbench.domain.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code migrate --from FILE.db --to postgresql://…}: copies a single-PC database onto the bureau's empty server
 * database, all or nothing, checked by content hash.
 */
@Command(name = "migrate", description = "把单机数据库迁移到局内数据库服务器（目标须为空，全部成功或不作改动）/ copy a single-PC"
        + " database onto the bureau's empty server database (all or nothing)")
final class MigrateCommand extends Subcommand {
    @Option(names = "--from", required = true, paramLabel = "FILE.db", description = "单机数据库文件 / the database file")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "postgresql://HOST[:PORT]/DB?user=NAME",
            description = "服务器上的空数据库（密码取自 pgpass）/ the empty server database (password from pgpass)")
    String to;

    @Override
    public Integer call() {
        I18n t = t();
        ServerAddress server;
        try {
            server = ServerAddress.parse(to);
        } catch (ServerAddress.Malformed e) {
            throw refuse(Cli.USAGE, ErrorText.describe(t, e));
        }
        try {
            ServerTransfer.Copied copied = ServerTransfer.migrate(from, server);
            out().println(t.get("pg.cli.migrated", from.toAbsolutePath().normalize(), server, copied.tables(),
                    copied.contentHash().substring(0, 12)));
        } catch (RuntimeException e) {
            throw refuse(Cli.FAILED, t.get("pg.cli.migrateFailed", ErrorText.describe(t, e)));
        }
        return Cli.OK;
    }
}
