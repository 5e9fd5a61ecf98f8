package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.ChartService;
import cn.yanggu.workbench.domain.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.nio.file.Path;

/** {@code deck}: the PPTX meeting deck, as 图表 › 汇报稿 writes it. */
@Command(name = "deck", description = "生成 PPTX 汇报稿 / write the PPTX meeting deck")
final class DeckCommand extends Subcommand {
    @Mixin
    OutFile out;

    @Override
    public Integer call() {
        return writeFile(out, (wb, target) -> {
            headless();
            new ChartService(t(), ChartFonts.load(), Assessment.DEFAULT_TOLERANCE)
                    .writeDeck(wb.loadPlan(), wb.chainMaps().map(), wb.leads().all(), wb.narratives().issuer(), target,
                            (done, total) -> { });
            out().println(t().get("cli.deckWritten", target));
        });
    }
}
