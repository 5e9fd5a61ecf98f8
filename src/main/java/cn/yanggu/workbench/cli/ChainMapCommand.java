package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChainMapChart;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.ChartService;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** {@code chain-map}: one chain's 产业链图谱 as PNG or SVG, or every chain's into a folder. */
@Command(name = "chain-map", description = "导出产业链图谱 / export chain maps")
final class ChainMapCommand extends Subcommand {
    @Option(names = "--chain", paramLabel = "NAME|CODE", description = "产业链名称或代码，如 铜及铜精深加工 或 copper")
    String chain;

    @Option(names = "--all", description = "每条产业链一个文件，写入 --out 文件夹 / one file per chain into --out DIR")
    boolean all;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR", description = "输出文件（--all 时为文件夹）")
    Path out;

    @Option(names = "--format", paramLabel = "png|svg", description = "png（默认）或 svg；省略时按文件扩展名")
    String format;

    @Option(names = "--state", defaultValue = "current", paramLabel = "current|target",
            description = "current 现状（默认）或 target 目标2025")
    String state;

    @Mixin
    SlideSize size;

    @Override
    public Integer call() {
        I18n t = t();
        if (all == (chain != null)) {
            throw refuse(Cli.USAGE, t.get("cli.chainMap.chainOrAll"));
        }
        String fmt = format != null ? format
                : !all && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg") ? "svg"
                : "png";
        ChartService.Format f = ChartService.Format.parse(fmt)
                .orElseThrow(() -> refuse(Cli.USAGE, t.get("cli.error.format", fmt, "png, svg")));
        ChainMapChart.View view = switch (state.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "current" -> ChainMapChart.View.CURRENT;
            case "target" -> ChainMapChart.View.TARGET;
            default -> throw refuse(Cli.USAGE, t.get("cli.error.format", state, "current, target"));
        };
        size.check(t);
        Path target = all ? out.toAbsolutePath() : outputFile(out);
        headless();
        try (Workbench wb = open()) {
            Plan plan = wb.loadPlan();
            ChainMapChart maps = new ChainMapChart(t, ChartFonts.load());
            if (all) {
                Files.createDirectories(target);
                int n = maps.writeAll(plan, wb.chainMaps().map(), wb.leads().all(), view, f, size.width, size.height, target).size();
                out().println(t.get("cli.chartsWritten", n, target));
            } else {
                Chain c = ChainMapChart.find(plan, chain).orElseThrow(() -> refuse(Cli.USAGE,
                        t.get("chainmap.unknownChain", chain, plan.chains().stream()
                                .map(x -> x.name() + " (" + x.code() + ")").collect(Collectors.joining("、")))));
                maps.write(plan, wb.chainMaps().map(), wb.leads().all(), c, view, f, size.width, size.height, target);
                out().println(target);
            }
            return Cli.OK;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }
}
