package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.excel.XlsxService;
import cn.yanggu.workbench.domain.Enums;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** {@code template}: the blank xlsx template for one year's actuals, for township offices to fill in. */
@Command(name = "template", description = "生成某年实际值的 xlsx 填报模板 / write the xlsx template for a year's actuals")
final class TemplateCommand extends Subcommand {
    @Mixin
    PlanYear year;

    @Option(names = "--vintage", defaultValue = "年报", paramLabel = "年报|快报|预计",
            description = "默认口径（默认 年报）/ default vintage: 年报 final, 快报 preliminary, 预计 estimate")
    String vintage;

    @Mixin
    OutFile out;

    @Override
    public Integer call() {
        I18n t = t();
        Enums.Vintage v = vintage(vintage);
        if (v == null) {
            throw refuse(Cli.USAGE, t.get("excel.cli.badVintage", vintage));
        }
        return writeFile(out, (wb, target) -> {
            XlsxService xlsx = wb.xlsx();
            Optional<String> refused = xlsx.templateRefusal(t, year.value);
            if (refused.isPresent()) {
                throw refuse(Cli.USAGE, refused.get());
            }
            var missing = xlsx.template(target, t, year.value, v).withoutUnit();
            out().println(t.get("excel.cli.templateWritten", target, year.value));
            if (!missing.isEmpty()) {
                out().println(t.get("excel.cli.noUnits", missing.size(), String.join(", ", missing)));
            }
        });
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
