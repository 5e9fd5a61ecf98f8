package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.exchange.Exchange;
import cn.yanggu.workbench.app.exchange.ExchangeText;
import cn.yanggu.workbench.app.exchange.PackageRefused;
import cn.yanggu.workbench.app.exchange.Selection;
import cn.yanggu.workbench.app.exchange.ThreeWay;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code package export} and {@code package import}: exchange packages between township offices and the bureau.
 * An import without {@code --dry-run} applies the package all or nothing; conflicts and deletions need
 * {@code --theirs} (take the package's) or {@code --mine} (keep this database's).
 */
@Command(name = "package", description = "乡镇与管委会之间的数据交换包 / exchange packages between township offices and the bureau",
        subcommands = {PackageCommand.ExportPackage.class, PackageCommand.ImportPackage.class})
final class PackageCommand extends Subcommand {
    @Override
    public Integer call() {
        throw refuse(Cli.USAGE, t().get("exchange.cli.subcommand"));
    }

    /** {@code package export}. */
    @Command(name = "export", description = "导出交换包 / export a package")
    static final class ExportPackage extends Subcommand {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件（.ygpkg）/ output file")
        Path out;

        @Option(names = "--zone", paramLabel = "NAME", description = "只导出一个园区的项目和企业，如 东部 / one zone only")
        String zone;

        @Option(names = "--years", paramLabel = "A-B", description = "只导出这些年份的指标数值，如 2021-2024 / these years' values only")
        String years;

        @Option(names = "--kinds", paramLabel = "LIST", split = ",",
                description = "projects,enterprises,values（默认全部 / default all）")
        Set<String> kinds;

        @Option(names = {"--origin", "--office"}, paramLabel = "NAME",
                description = "本机（单位）名称，保存后以后不必再给 / this office's name, stored")
        String origin;

        @Override
        public Integer call() {
            I18n t = t();
            Integer from = null;
            Integer to = null;
            if (years != null) {
                Matcher m = Pattern.compile("\\s*(\\d{4})\\s*(?:-\\s*(\\d{4}))?\\s*").matcher(years);
                if (!m.matches()) {
                    throw refuse(Cli.USAGE, t.get("exchange.cli.years", years));
                }
                from = Integer.parseInt(m.group(1));
                to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                if (from > to || from < 2000 || to > 2050) {
                    throw refuse(Cli.USAGE, t.get("exchange.cli.years", years));
                }
            }
            Set<Selection.Kind> selected = EnumSet.noneOf(Selection.Kind.class);
            if (kinds != null) {
                for (String k : kinds) {
                    try {
                        selected.add(Selection.Kind.ofWire(k.strip()));
                    } catch (IllegalArgumentException e) {
                        throw refuse(Cli.USAGE, t.get("exchange.cli.kinds", k));
                    }
                }
            }
            Path target = outputFile(out);
            try (Workbench wb = open()) {
                Exchange ex = wb.exchange();
                String zoneCode = null;
                if (zone != null) {
                    try {
                        zoneCode = Exchange.resolveZone(wb.editor().plan(), zone);
                    } catch (IllegalArgumentException e) {
                        throw refuse(Cli.USAGE, t.get("exchange.cli.zone", zone, e.getMessage()));
                    }
                }
                if (origin != null && !origin.isBlank()) {
                    ex.setOriginName(origin);
                } else if (ex.originName().filter(n -> !n.isBlank()).isEmpty()) {
                    // a package is never signed by the OS user: the office says who it is, once
                    throw refuse(Cli.USAGE, t.get("exchange.cli.noOrigin"));
                }
                var done = ex.export(target, new Selection(zoneCode, from, to, selected), Cli.Version.version());
                out().println(t.get("exchange.cli.exported", target, done.projects(), done.enterprises(),
                        done.values(), ex.originName().orElseThrow()));
                return Cli.OK;
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }
    }

    /** {@code package import}. */
    @Command(name = "import", description = "导入交换包：先 --dry-run 预览，再 --theirs 或 --mine 应用 / import a package")
    static final class ImportPackage extends Subcommand {
        @Option(names = "--in", required = true, paramLabel = "FILE", description = "交换包文件 / package file")
        Path in;

        @ArgGroup(exclusive = true)
        Mode mode;

        /** One of --dry-run, --theirs, --mine (or none). */
        static final class Mode {
            @Option(names = "--dry-run", description = "只预览，不写入 / show what would change, write nothing")
            boolean dryRun;

            @Option(names = "--theirs", description = "冲突与删除一律采用来件 / conflicts and deletions: take the package's")
            boolean theirs;

            @Option(names = "--mine", description = "冲突与删除一律保留本地 / conflicts and deletions: keep this database's")
            boolean mine;
        }

        @Override
        public Integer call() {
            Cli parent = cli();
            I18n t = t();
            PrintWriter out = out();
            try (Workbench wb = open()) {
                Exchange ex = wb.exchange();
                Exchange.Preview p = ex.preview(in);
                boolean dry = mode != null && mode.dryRun;
                if (dry) {
                    out.println(ExchangeText.manifest(t, p.manifest()));
                    p.warnings().forEach(w -> out.println(ExchangeText.warning(t, w)));
                    for (ThreeWay.Item it : p.items()) {
                        out.println(t.get("exchange.cli.item", ExchangeText.kind(t, it.kind()),
                                ExchangeText.record(t, it), ExchangeText.field(t, it),
                                ExchangeText.value(t, it.base()), ExchangeText.value(t, it.ours()),
                                ExchangeText.value(t, it.theirs())));
                    }
                    out.println(ExchangeText.counts(t, p));
                    return Cli.OK;
                }
                ThreeWay.Choice choice = mode == null ? null : mode.theirs ? ThreeWay.Choice.THEIRS
                        : ThreeWay.Choice.OURS;
                if (choice == null && p.choicesNeeded() > 0) {
                    return parent.fail(Cli.FAILED, t.get("exchange.cli.choose", p.choicesNeeded()));
                }
                Map<Integer, ThreeWay.Choice> choices = new HashMap<>();
                p.items().stream().filter(ThreeWay.Item::needsChoice).forEach(i -> choices.put(i.id(), choice));
                p.warnings().forEach(w -> out.println(ExchangeText.warning(t, w)));
                Exchange.Result r = ex.apply(p, choices, wb::backupBeforeImport);
                out.println(ExchangeText.result(t, r));
                return Cli.OK;
            } catch (PackageRefused e) {
                return parent.fail(Cli.FAILED, ExchangeText.refused(t, e));
            } catch (EditRejected e) {
                StringBuilder b = new StringBuilder(t.get("cli.importRejected", in.getFileName(), e.problems().size()));
                e.problems().stream().limit(50).forEach(p -> b.append(System.lineSeparator()).append("  ")
                        .append(ErrorText.located(t, p)));
                return parent.fail(Cli.FAILED, b.toString());
            } catch (Cli.CliFailure e) {
                throw e;
            } catch (RuntimeException e) {
                return parent.fail(Cli.FAILED, t.get("cli.importFailed", in.getFileName(), ErrorText.describe(t, e)));
            }
        }
    }
}
