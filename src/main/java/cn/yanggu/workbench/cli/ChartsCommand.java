package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.ChartService;
import cn.yanggu.workbench.domain.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code charts}: one file per chart, slide-ready, as 图表 › 全部导出 writes them. */
@Command(name = "charts", description = "导出全部图表（每图一个文件）/ export every chart, one file each")
final class ChartsCommand extends Subcommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹 / output folder")
    Path out;

    @Option(names = "--format", defaultValue = "png", paramLabel = "png|svg", description = "png（默认）或 svg")
    String format;

    @Mixin
    SlideSize size;

    @Override
    public Integer call() {
        I18n t = t();
        ChartService.Format f = ChartService.Format.parse(format)
                .orElseThrow(() -> refuse(Cli.USAGE, t.get("cli.error.format", format, "png, svg")));
        size.check(t);
        Path dir = out.toAbsolutePath();
        try {
            // before the database is opened: a folder that cannot be made is said first
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw cannotWrite(dir, e);
        }
        headless();
        try (Workbench wb = open()) {
            int n = new ChartService(t, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE)
                    .writeAll(wb.loadPlan(), dir, f, size.width, size.height, (done, total) -> { });
            out().println(t.get("cli.chartsWritten", n, dir));
            return Cli.OK;
        } catch (IOException e) {
            throw cannotWrite(dir, e);
        }
    }
}
