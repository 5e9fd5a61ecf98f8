package cn.yanggu.workbench;

import cn.yanggu.workbench.cli.Cli;
import cn.yanggu.workbench.ui.EarlyToolkit;
import cn.yanggu.workbench.ui.WorkbenchApp;

import java.io.PrintWriter;

/**
 * Entry point. Not a JavaFX Application subclass, so {@code java -jar} works on the class path; JavaFX classes are
 * loaded only when the window is started, so the command line runs with no display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Apache POI logs through Log4j; without a provider it prints an error line on every run
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        // … and logs every damaged part of a refused xlsx file; the user gets one worded line instead
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        if (Cli.opensWindow(args)) {
            // `java -jar`: the window runs in a JVM started as the installed launcher starts it (see Relaunch)
            int code = Relaunch.ifWorthIt(args);
            if (code >= 0) {
                System.exit(code);
            }
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // for a window start, the toolkit starts while the command line is parsed
        EarlyToolkit early = Cli.opensWindow(args) && EarlyToolkit.displayAvailable() ? EarlyToolkit.begin() : null;
        int code = Cli.run(args, out, err, (db, language) -> WorkbenchApp.launchWith(db, language, early));
        System.exit(code);
    }
}
