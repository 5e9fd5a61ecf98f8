package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.versions.VersionText;
import cn.yanggu.workbench.domain.PlanVersion;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.exchange.Exchange;
import cn.yanggu.workbench.app.exchange.ExchangeText;
import cn.yanggu.workbench.app.exchange.Manifest;
import cn.yanggu.workbench.app.exchange.OfficeKeys;
import cn.yanggu.workbench.app.exchange.PackageRefused;
import cn.yanggu.workbench.app.exchange.Selection;
import cn.yanggu.workbench.app.exchange.ThreeWay;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
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
        subcommands = {PackageCommand.ExportPackage.class, PackageCommand.ImportPackage.class,
                PackageCommand.KeyCommand.class})
final class PackageCommand extends Subcommand {
    @Override
    public Integer call() {
        throw refuse(Cli.USAGE, t().get("exchange.cli.subcommand"));
    }

    /** {@code package export}. */
    @Command(name = "export", description = "导出交换包（.ygpkg）/ export a package (.ygpkg)")
    static final class ExportPackage extends Subcommand {
        @Mixin
        OutFile out;

        @Option(names = "--zone", paramLabel = "NAME", description = "只导出一个园区的项目和企业，如 东部 / one zone only")
        String zone;

        @Option(names = "--years", paramLabel = "A-B", description = "只导出这些年份的指标数值，如 2021-2024 / these years' values only")
        String years;

        @Option(names = "--kinds", paramLabel = "LIST", split = ",",
                description = "projects,enterprises,values,leads（默认全部 / default all）")
        Set<String> kinds;

        @Option(names = {"--origin", "--office"}, paramLabel = "NAME",
                description = "本机（单位）名称，保存后以后不必再给 / this office's name, stored")
        String origin;

        @Mixin
        Passphrase passphraseFile;

        @Override
        public Integer call() {
            I18n t = t();
            char[] passphrase = passphraseFile.read(this);
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
            Path target = outputFile(out.path);
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
                var done = ex.export(target, new Selection(zoneCode, from, to, selected), Cli.Version.version(),
                        passphrase);
                out().println(t.get("exchange.cli.exported", target, done.projects(), done.enterprises(),
                        done.values(), ex.originName().orElseThrow(), done.leads()));
                out().println(t.get("exchange.key.own", ex.ownKey().fingerprint()));
                return Cli.OK;
            } catch (IOException e) {
                throw cannotWrite(target, e);
            } catch (OfficeKeys.PassphraseNeeded e) {
                throw refuse(Cli.FAILED, t.get(e.wrong() ? "exchange.passphrase.wrong" : "exchange.passphrase.needed"));
            } catch (OfficeKeys.KeyFileDamaged e) {
                throw refuse(Cli.FAILED, t.get("exchange.keyDamaged", e.file()));
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

        @Option(names = "--register-office", description = "来件单位尚未登记时登记它（先电话核对打印的指纹）"
                + " / register the sending office when it is not registered yet (compare the printed fingerprint)")
        boolean registerOffice;

        @Option(names = "--replace-key", paramLabel = "REASON", description = "该单位换了电脑：以交换包的新密钥替换登记的密钥，"
                + "并说明理由 / the office has a new PC: replace its registered key by the package's, with a reason")
        String replaceKey;

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
                boolean dry = mode != null && mode.dryRun;
                if (replaceKey != null && !dry) {
                    replace(ex, t, out);
                }
                Exchange.Preview p = ex.preview(in, registerOffice);
                Manifest m = p.manifest();
                if (dry) {
                    if (p.unregistered()) {
                        out.println(t.get("exchange.cli.wouldRegister", m.originName(), m.fingerprint()));
                    }
                    out.println(ExchangeText.manifest(t, p.manifest()));
                    p.warnings().forEach(w -> out.println(ExchangeText.warning(t, w)));
                    for (ThreeWay.Item it : p.items()) {
                        out.println(t.get("exchange.cli.item", ExchangeText.kind(t, it.kind()),
                                ExchangeText.record(t, it), ExchangeText.field(t, it),
                                ExchangeText.value(t, it.base()), ExchangeText.value(t, it.ours()),
                                ExchangeText.value(t, it.theirs())));
                    }
                    out.println(ExchangeText.counts(t, p));
                    versions(ex.versionsTaken(p), p.ours(), t, out);
                    return Cli.OK;
                }
                ThreeWay.Choice choice = mode == null ? null : mode.theirs ? ThreeWay.Choice.THEIRS
                        : ThreeWay.Choice.OURS;
                if (choice == null && p.choicesNeeded() > 0) {
                    return parent.fail(Cli.FAILED, t.get("exchange.cli.choose", p.choicesNeeded()));
                }
                Map<Integer, ThreeWay.Choice> choices = new HashMap<>();
                p.items().stream().filter(ThreeWay.Item::needsChoice).forEach(i -> choices.put(i.id(), choice));
                if (p.unregistered()) {
                    // asked for with --register-office, after the package passed every check
                    ex.register(m);
                    out.println(t.get("exchange.cli.registered", m.originName(), m.fingerprint()));
                }
                p.warnings().forEach(w -> out.println(ExchangeText.warning(t, w)));
                List<PlanVersion> taken = ex.versionsTaken(p);
                Exchange.Result r = ex.apply(p, choices, wb::backupBeforeImport);
                out.println(ExchangeText.result(t, r));
                versions(taken, p.ours(), t, out);
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

        /** The bureau's approved versions the package brings to this office (one line each). */
        private static void versions(List<PlanVersion> taken, cn.yanggu.workbench.domain.Plan ours, I18n t,
                                     PrintWriter out) {
            VersionText words = new VersionText(t);
            taken.forEach(v -> out.println(t.get("exchange.cli.version", words.summary(ours, v, false))));
        }

                /** Replaces the registered key of the package's office by the package's key, saying why. */
        private void replace(Exchange ex, I18n t, PrintWriter out) {
            if (replaceKey.isBlank()) {
                throw refuse(Cli.USAGE, t.get("exchange.register.replace.noReason"));
            }
            Manifest m = ex.signer(in);
            var old = ex.register().stream().filter(r -> r.office().equals(m.originName())).findFirst()
                    .orElseThrow(() -> refuse(Cli.FAILED, t.get("exchange.register.replace.notRegistered",
                            m.originName())));
            if (old.publicKey().equals(m.publicKey())) {
                out.println(t.get("exchange.cli.replaceNotMismatch", m.originName()));
                return;
            }
            ex.replaceKey(m, replaceKey);
            out.println(t.get("exchange.cli.replaced", m.originName(), old.fingerprint(), m.fingerprint(),
                    replaceKey.strip()));
        }
    }

    /** {@code package key}: this PC's signing key. */
    @Command(name = "key", description = "本机签名密钥：--show 显示指纹；设置或更换口令 / this PC's signing key")
    static final class KeyCommand extends Subcommand {
        @Option(names = "--show", description = "显示本机密钥指纹（尚无密钥时生成）/ show the key's fingerprint (made when none)")
        boolean show;

        @Option(names = "--new-passphrase-file", paramLabel = "FILE",
                description = "以此文件中的口令保护私钥（空文件：取消口令）/ seal the private key with this passphrase (empty: none)")
        Path newPassphraseFile;

        @Mixin
        Passphrase passphraseFile;

        @Override
        public Integer call() {
            I18n t = t();
            if (!show && newPassphraseFile == null) {
                throw refuse(Cli.USAGE, t.get("exchange.cli.keyAction"));
            }
            char[] current = passphraseFile.read(this);
            char[] next = newPassphraseFile == null ? null : readPassphrase(this, newPassphraseFile);
            try (Workbench wb = open()) {
                Exchange ex = wb.exchange();
                boolean existed = ex.ownKeyIfMade().isPresent();
                OfficeKeys.KeyInfo key = ex.ownKey();
                if (!existed) {
                    out().println(t.get("exchange.cli.keyCreated"));
                }
                if (next != null) {
                    ex.setPassphrase(current, next);
                    out().println(t.get(next.length == 0 ? "exchange.cli.passphraseRemoved"
                            : "exchange.cli.passphraseSet"));
                    key = ex.ownKey();
                }
                out().println(t.get("exchange.key.own", key.fingerprint())
                        + (key.sealed() ? " " + t.get("exchange.key.sealed") : ""));
                out().println(t.get("exchange.key.file", key.file()));
                return Cli.OK;
            } catch (OfficeKeys.PassphraseNeeded e) {
                throw refuse(Cli.FAILED, t.get(e.wrong() ? "exchange.passphrase.wrong" : "exchange.passphrase.needed"));
            } catch (OfficeKeys.KeyFileDamaged e) {
                throw refuse(Cli.FAILED, t.get("exchange.keyDamaged", e.file()));
            }
        }
    }

    /** {@code --passphrase-file FILE}: the passphrase of this PC's signing key, when it has one. */
    static final class Passphrase {
        @Option(names = "--passphrase-file", paramLabel = "FILE",
                description = "本机签名密钥已设口令时：口令所在的文本文件 / the signing key's passphrase, from a file")
        Path file;

        /** The passphrase, or null when none was given. */
        char[] read(Subcommand cmd) {
            return file == null ? null : readPassphrase(cmd, file);
        }
    }

    /** A passphrase from the first line of a UTF-8 text file (never from the command line, which others can see). */
    static char[] readPassphrase(Subcommand cmd, Path file) {
        try {
            String s = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            return (nl < 0 ? s : s.substring(0, nl)).replace("\r", "").toCharArray();
        } catch (IOException | RuntimeException e) {
            throw refuse(Cli.FAILED, cmd.t().get("exchange.cli.passphraseFile", file, e.getMessage()));
        }
    }
}
