package cn.yanggu.workbench.app;

import cn.yanggu.workbench.store.Dialect;

/**
 * Every command of {@link CommandsTest} on the bureau's PostgreSQL server: applied, undone to the same content hash,
 * redone, audited, a failing one writing nothing. Skipped (with the reason) when no test server is given.
 */
class CommandsOnServerTest extends CommandsTest {
    @Override
    Dialect engine() {
        return Dialect.POSTGRESQL;
    }
}
