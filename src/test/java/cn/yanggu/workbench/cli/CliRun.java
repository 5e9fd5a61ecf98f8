package cn.yanggu.workbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run as a user types it, and what the last run printed; no subcommand may open a window. */
final class CliRun {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs {@code args}; returns the exit code. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), (db, lang) -> {
            throw new AssertionError("a subcommand must not open a window");
        });
    }

    /** Standard output of the last run. */
    String out() {
        return out.toString();
    }

    /** Standard error of the last run. */
    String err() {
        return err.toString();
    }
}
