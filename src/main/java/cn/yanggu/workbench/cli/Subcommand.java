package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What every subcommand shares: the command line's language, output and database ({@code --lang}, {@code --db}),
 * the checks of a file to be written, and one path from a failure to its line and exit code: a
 * {@link Cli.CliFailure} thrown anywhere is printed as it is and ends the run with its code.
 */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The command line this subcommand runs under, however deep it is nested. */
    final Cli cli() {
        return (Cli) spec.root().userObject();
    }

    /** The language of messages. */
    final I18n t() {
        return cli().i18n();
    }

    /** Where the result is printed. */
    final PrintWriter out() {
        return cli().out();
    }

    /** Opens the database, a store problem worded as one line. */
    final Workbench open() {
        return cli().open();
    }

    /** Ends the run: {@code line} printed on standard error, exit {@code code}. Throw what it returns. */
    static Cli.CliFailure refuse(int code, String line) {
        return new Cli.CliFailure(code, line);
    }

    /** Charts are drawn with Java2D alone: no display is needed or opened. */
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * {@code out} as an absolute file to be written; refused (exit 1) when it is a folder or its folder is missing,
     * before the database is opened.
     */
    final Path outputFile(Path out) {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw refuse(Cli.FAILED, t().get("cli.error.outIsDirectory", target));
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw refuse(Cli.FAILED, t().get("cli.error.noFolder", dir == null ? target : dir));
        }
        return target;
    }

    /** What a command writes with the database open; an {@link IOException} is worded by {@link #cannotWrite}. */
    interface FileWork {
        void write(Workbench wb, Path target) throws IOException;
    }

    /**
     * Checks {@code out} before the database is opened, opens it, lets {@code work} write the file and ends the run
     * with exit 0; the one path of every command that writes a file from the plan.
     */
    final Integer writeFile(OutFile out, FileWork work) {
        Path target = outputFile(out.path);
        try (Workbench wb = open()) {
            work.write(wb, target);
            return Cli.OK;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /** {@code --out FILE}: the one file a command writes (the plan, a report, the deck, a template, a backup). */
    static final class OutFile {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件 / output file")
        Path path;
    }

    /** {@code --year YEAR}: the year a report or a template is for. */
    static final class PlanYear {
        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "年度 / year, e.g. 2023 (2021–2025)")
        int value;
    }

    /** {@code --width W --height H} of a picture for slides; a size a slide cannot use is refused (exit 2). */
    static final class SlideSize {
        @Option(names = "--width", defaultValue = "1920", paramLabel = "W", description = "宽度（像素），默认 1920")
        int width;

        @Option(names = "--height", defaultValue = "1080", paramLabel = "H", description = "高度（像素），默认 1080")
        int height;

        void check(I18n t) {
            if (!cn.yanggu.workbench.app.charts.ChartService.sizeAllowed(width, height)) {
                throw refuse(Cli.USAGE, t.get("cli.error.size", width, height));
            }
        }
    }

    /** {@code --format json|xlsx} of {@code export} and {@code import}. */
    static final class JsonOrXlsx {
        @Option(names = "--format", required = true, paramLabel = "json|xlsx",
                description = "格式 / format: json（整个规划 / the whole plan）, xlsx（导出：每张表一个工作表；导入：填好的年度实际值模板 / "
                        + "export: one sheet per table; import: a filled actuals template）")
        String format;

        /** Whether it is xlsx (else json); anything else is refused (exit 2). */
        boolean xlsx(I18n t) {
            boolean xlsx = "xlsx".equalsIgnoreCase(format);
            if (!"json".equalsIgnoreCase(format) && !xlsx) {
                throw refuse(Cli.USAGE, t.get("cli.error.format", format, "json, xlsx"));
            }
            return xlsx;
        }
    }

    /** {@code target} could not be written: why, as one line (exit 1). Throw what it returns. */
    final Cli.CliFailure cannotWrite(Path target, IOException e) {
        I18n t = t();
        if (e instanceof AccessDeniedException) {
            return refuse(Cli.FAILED, t.get("cli.error.cannotWrite", target, t.get("cli.error.accessDenied")));
        }
        if (e instanceof NoSuchFileException) {
            return refuse(Cli.FAILED, t.get("cli.error.noFolder", target.getParent()));
        }
        return refuse(Cli.FAILED, t.get("cli.error.cannotWrite", target, e.getMessage()));
    }
}
