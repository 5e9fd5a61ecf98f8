package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.reports.Report;
import cn.yanggu.workbench.app.reports.ReportService;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** {@code report}: the 年度监测分析报告, 中期评估报告 or 总结评估报告 of a year as a Word document. */
@Command(name = "report", description = "生成年度监测分析 / 中期评估 / 总结评估报告（docx）/ write the annual, mid-term or final report (docx)")
final class ReportCommand extends Subcommand {
    @Mixin
    PlanYear year;

    @Option(names = "--kind", defaultValue = "annual", paramLabel = "annual|midterm|final",
            description = "annual（年度监测分析，默认）、midterm（中期评估）或 final（总结评估）")
    String kind;

    @Mixin
    OutFile out;

    @Option(names = "--problems", paramLabel = "FILE.txt",
            description = "“四、存在问题”的文字（UTF-8 文本文件），保存为该年度该类报告的文字 / text of 4. Problems (UTF-8 file), saved for this year and kind")
    Path problems;

    @Option(names = "--next-steps", paramLabel = "FILE.txt",
            description = "“五、下一步工作”的文字（UTF-8 文本文件），保存为该年度该类报告的文字 / text of 5. Next steps (UTF-8 file), saved for this year and kind")
    Path nextSteps;

    @Option(names = "--issuer", paramLabel = "单位",
            description = "落款单位，保存在数据库中（默认 阳谷经济开发区管理委员会）/ issuing unit, kept in the database")
    String issuer;

    @Override
    public Integer call() {
        I18n t = t();
        ReportKind k = ReportKind.parse(kind).orElseThrow(() -> refuse(Cli.USAGE, t.get("cli.report.kind", kind)));
        return writeFile(out, (wb, target) -> {
            headless();
            var plan = wb.loadPlan();
            ReportService service = new ReportService(t, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE,
                    LocalDate.now());
            Optional<String> refused = service.refusal(plan, year.value);
            if (refused.isPresent()) {
                throw refuse(Cli.USAGE, refused.get());
            }
            java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
            if (problems != null) {
                texts.put(cn.yanggu.workbench.domain.Narrative.PROBLEMS, readText(problems));
            }
            if (nextSteps != null) {
                texts.put(cn.yanggu.workbench.domain.Narrative.NEXT_STEPS, readText(nextSteps));
            }
            try {
                if (!texts.isEmpty()) {
                    wb.narratives().save(year.value, k, texts);
                }
                if (issuer != null) {
                    wb.narratives().setIssuer(issuer);
                }
            } catch (cn.yanggu.workbench.app.EditRejected e) {
                throw refuse(Cli.FAILED, cn.yanggu.workbench.app.ErrorText.describe(t, e));
            }
            Report report = service.build(plan, year.value, k, wb.narratives().load(year.value, k),
                    wb.narratives().issuer(), wb.leads().all(), wb.chainMaps().map());
            service.write(report, target, n -> { });
            report.warnings().forEach(w -> out().println(t.get("cli.report.warning", w)));
            out().println(t.get("cli.report.written", target));
        });
    }

    /** The text of a UTF-8 file (a leading BOM dropped); anything else is refused with the file's name. */
    private String readText(Path file) {
        I18n t = t();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw refuse(Cli.FAILED, t.get("cli.report.notUtf8", file.toAbsolutePath()));
        } catch (IOException e) {
            throw refuse(Cli.FAILED, t.get("cli.report.cannotRead", file.toAbsolutePath()));
        }
    }
}
