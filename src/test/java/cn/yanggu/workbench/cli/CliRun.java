package cn.yanggu.workbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The command line run as a user types it, and what the last run printed; no subcommand may open a window, and
 * whatever a run prints ends with a newline (a shell prompt never lands on the end of a message).
 */
final class CliRun {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs {@code args}; returns the exit code. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), (db, lang) -> {
            throw new AssertionError("a subcommand must not open a window");
        });
        for (String printed : new String[] {out.toString(), err.toString()}) {
            if (!printed.isEmpty() && !printed.endsWith("\n")) {
                throw new AssertionError("printed without a final newline: " + printed);
            }
        }
        return code;
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
