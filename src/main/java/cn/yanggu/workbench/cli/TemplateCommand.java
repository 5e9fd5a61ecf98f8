package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.excel.ActualsTemplate;
import cn.yanggu.workbench.domain.Enums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code template}: the blank xlsx template for one year's actuals, for township offices to fill in. */
@Command(name = "template", description = "生成某年实际值的 xlsx 填报模板 / write the xlsx template for a year's actuals")
final class TemplateCommand implements Callable<Integer> {
    @ParentCommand
    Cli parent;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "年份 / year, e.g. 2023")
    int year;

    @Option(names = "--vintage", defaultValue = "年报", paramLabel = "年报|快报|预计",
            description = "默认口径（默认 年报）/ default vintage: 年报 final, 快报 preliminary, 预计 estimate")
    String vintage;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件 / output file")
    Path out;

    @Override
    public Integer call() {
        I18n t = parent.i18n;
        Enums.Vintage v = vintage(vintage);
        if (v == null) {
            return parent.fail(Cli.USAGE, t.get("excel.cli.badVintage", vintage));
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            return parent.fail(Cli.FAILED, t.get("cli.error.noFolder", target.getParent()));
        }
        if (Files.isDirectory(target)) {
            return parent.fail(Cli.FAILED, t.get("cli.error.outIsDirectory", target));
        }
        try (Workbench wb = parent.open()) {
            var info = wb.editor().plan().info();
            if (year < info.baseYear() || year > info.visionYear()) {
                return parent.fail(Cli.USAGE, t.get("excel.error.yearRange", year, info.baseYear(),
                        info.visionYear()));
            }
            wb.writeActualsTemplate(target, t, year, v);
            parent.out.println(t.get("excel.cli.templateWritten", target, year));
            var missing = ActualsTemplate.withoutUnit(wb.editor().plan());
            if (!missing.isEmpty()) {
                parent.out.println(t.get("excel.cli.noUnits", missing.size(), String.join(", ", missing)));
            }
            return Cli.OK;
        } catch (AccessDeniedException e) {
            return parent.fail(Cli.FAILED, t.get("cli.error.cannotWrite", target, t.get("cli.error.accessDenied")));
        } catch (IOException e) {
            return parent.fail(Cli.FAILED, t.get("cli.error.cannotWrite", target, e.getMessage()));
        }
    }

    private static Enums.Vintage vintage(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "年报", "final" -> Enums.Vintage.FINAL;
            case "快报", "preliminary" -> Enums.Vintage.PRELIMINARY;
            case "预计", "estimate" -> Enums.Vintage.ESTIMATE;
            default -> null;
        };
    }
}
