package cn.yanggu.workbench.cli;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.versions.Versions;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.Quantity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.function.Function;

/**
 * {@code version list | draft | target | approve}: the plan's versions on the command line, each write one step of
 * {@link Versions} (the window's 版本 view does the same).
 */
@Command(name = "version", description = "规划版本：列出、新建草案（可由中期评估调整建议生成）、设定目标、批准 / plan versions",
        subcommands = {VersionCommand.ListVersions.class, VersionCommand.Draft.class, VersionCommand.Target.class,
            VersionCommand.Approve.class, VersionCommand.Successor.class, VersionCommand.Base.class,
            VersionCommand.Rule.class, VersionCommand.ProjectList.class, VersionCommand.ZoneChange.class})
final class VersionCommand extends Subcommand {
    @Override
    public Integer call() {
        throw refuse(Cli.USAGE, t().get("version.cli.subcommand"));
    }

    /** Runs {@code work} on the versions of the database; a refusal is one line naming the version and item. */
    static PlanVersion write(Subcommand c, int number, Function<Versions, PlanVersion> work) {
        I18n t = c.t();
        try (Workbench wb = c.open()) {
            Versions v = new Versions(wb.editor(), t);
            try {
                v.refuseOnOffice();
                PlanVersion done = work.apply(v);
                if (done != null) {
                    c.out().println(v.text().summary(wb.editor().plan(), done, false));
                }
                return done;
            } catch (EditRejected r) {
                if (number == 0) {
                    // a version being made (a successor naming a record the plan does not hold): the record named
                    throw refuse(Cli.FAILED, ErrorText.describe(t, r));
                }
                PlanVersion shown = v.find(number).orElse(new PlanVersion(number, "", PlanVersion.Status.DRAFT, 0, 1,
                        null, null, null, null, null, List.of()));
                throw refuse(Cli.FAILED, v.text().refused(wb.editor().plan(), shown, r));
            } catch (Versions.OfficeRefused o) {
                throw refuse(Cli.FAILED, o.getMessage());
            } catch (Cli.CliFailure f) {
                throw f;   // a refusal of the arguments (no such indicator, rule or project): its own line and code
            } catch (RuntimeException e) {
                throw refuse(Cli.FAILED, ErrorText.describe(t, e));
            }
        }
    }

    /** What every change of a draft's item names: the draft, and either the change's basis or its withdrawal. */
    static final class DraftItem {
        @Option(names = "--number", required = true, paramLabel = "N", description = "版本号 / version number")
        int number;

        @Option(names = "--remove", description = "撤回草案中对此项的调整 / withdraw this item's change from the draft")
        boolean remove;

        @Option(names = "--basis", paramLabel = "TEXT", description = "调整依据 / basis")
        String basis;
    }

    @Command(name = "list", description = "列出各版本及其调整的目标 / list the versions")
    static final class ListVersions extends Subcommand {
        @Override
        public Integer call() {
            try (Workbench wb = open()) {
                Plan plan = wb.editor().plan();
                Versions v = new Versions(wb.editor(), t());
                out().println(v.text().name(plan, PlanVersion.ORIGINAL));
                for (PlanVersion x : plan.versions()) {
                    out().println(v.text().summary(plan, x, false) + (x.approved() ? " · "
                            + v.text().document(x) : ""));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "draft", description = "新建调整草案 / make a draft adjustment")
    static final class Draft extends Subcommand {
        @Option(names = "--from-midterm", description = "由中期评估报告的调整建议生成 / from the mid-term report's suggestions")
        boolean midterm;

        @Option(names = "--title", paramLabel = "TEXT", description = "名称 / name")
        String title;

        @Option(names = "--from-year", paramLabel = "YEAR", description = "起始执行年份 / first year in force")
        Integer fromYear;

        @Override
        public Integer call() {
            write(this, 0, v -> {
                if (midterm) {
                    return v.draftFromMidterm(v.midtermYear(), Assessment.DEFAULT_TOLERANCE);
                }
                if (title == null || fromYear == null) {
                    throw refuse(Cli.USAGE, t().get("version.cli.draftUsage"));
                }
                return v.createDraft(title, fromYear, List.of(), null);
            });
            return Cli.OK;
        }
    }

    @Command(name = "target", description = "设定草案的一项目标 / set a target of a draft")
    static final class Target extends Subcommand {
        @Mixin
        DraftItem item = new DraftItem();

        @Option(names = "--indicator", required = true, paramLabel = "CODE|NAME", description = "指标代码或名称 / indicator")
        String indicator;

        @Option(names = "--value", paramLabel = "VALUE", description = "目标值，可带单位 / target value")
        String value;

        @Override
        public Integer call() {
            write(this, item.number, v -> {
                Plan plan = v.plan();
                Indicator ind = indicator(plan, indicator, t());
                PlanVersion current = v.find(item.number).orElseThrow(() -> refuse(Cli.FAILED,
                        t().get("version.cli.noVersion", item.number)));
                int end = current.targetYear(plan);
                if (item.remove) {
                    return v.updateDraft(current.withTargets(current.targets().stream()
                            .filter(x -> !x.indicator().equals(ind.code())).toList()));
                }
                if (value == null) {
                    throw refuse(Cli.USAGE, t().get("version.cli.badValue", "", ind.name()));
                }
                Double parsed = Quantity.parse(value, ind.unit()).value().orElseThrow(() -> refuse(Cli.USAGE,
                        t().get("version.cli.badValue", value, ind.name())));
                PlanVersion draft = current;
                PlanVersion.TargetChange c = new PlanVersion.TargetChange(ind.code(), end, parsed,
                        ind.target(end).or(() -> ind.target(plan.info().periodEnd())).map(x -> x.comparator())
                                .orElse(Enums.Comparator.EQ), item.basis);
                List<PlanVersion.TargetChange> targets = new java.util.ArrayList<>(draft.targets().stream()
                        .filter(x -> !(x.indicator().equals(ind.code()) && x.year() == end)).toList());
                targets.add(c);
                return v.updateDraft(draft.withTargets(targets));
            });
            return Cli.OK;
        }
    }

    @Command(name = "approve", description = "批准草案（须有理由和文号）/ approve a draft (reason and document number required)")
    static final class Approve extends Subcommand {
        @Option(names = "--number", required = true, paramLabel = "N", description = "版本号 / version number")
        int number;

        @Option(names = "--reason", paramLabel = "TEXT", description = "调整理由 / reason")
        String reason;

        @Option(names = "--document", paramLabel = "文号", description = "批准文号 / document number")
        String document;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "批准日期 / date")
        String date;

        @Option(names = "--body", paramLabel = "TEXT", description = "批准机关 / approving body")
        String body;

        @Override
        public Integer call() {
            write(this, number, v -> v.approve(number, reason, document, date, body));
            return Cli.OK;
        }
    }

    @Command(name = "successor", description = "创建下一期规划草案（基准年为上一期末年）/ draft the next period")
    static final class Successor extends Subcommand {
        @Option(names = "--carry", paramLabel = "LIST", split = ",",
                description = "延续的内容：zones,chains,enterprises,projects（该类全部；项目为未完成的），或逐条 "
                        + "zone:编号、chain:编号、enterprise:编号、project:编号（默认：全部园区、产业链、企业和未完成的项目）"
                        + " / what is carried over: whole kinds, or records one by one as kind:CODE")
        List<String> carry;

        @Override
        public Integer call() {
            java.util.Set<cn.yanggu.workbench.domain.EntityKind> kinds = java.util.EnumSet.noneOf(
                    cn.yanggu.workbench.domain.EntityKind.class);
            List<PlanVersion.Carried> records = new java.util.ArrayList<>();
            for (String item : carry == null ? List.of("zones", "chains", "enterprises", "projects") : carry) {
                String k = item.strip();
                int colon = k.indexOf(':');
                if (colon < 0) {
                    kinds.add(switch (k) {
                        case "zones" -> cn.yanggu.workbench.domain.EntityKind.ZONE;
                        case "chains" -> cn.yanggu.workbench.domain.EntityKind.CHAIN;
                        case "enterprises" -> cn.yanggu.workbench.domain.EntityKind.ENTERPRISE;
                        case "projects" -> cn.yanggu.workbench.domain.EntityKind.PROJECT;
                        default -> throw refuse(Cli.USAGE, t().get("version.cli.carry", k));
                    });
                    continue;
                }
                String code = k.substring(colon + 1).strip();
                cn.yanggu.workbench.domain.EntityKind kind = switch (k.substring(0, colon).strip()) {
                    case "zone" -> cn.yanggu.workbench.domain.EntityKind.ZONE;
                    case "chain" -> cn.yanggu.workbench.domain.EntityKind.CHAIN;
                    case "enterprise" -> cn.yanggu.workbench.domain.EntityKind.ENTERPRISE;
                    case "project" -> cn.yanggu.workbench.domain.EntityKind.PROJECT;
                    default -> throw refuse(Cli.USAGE, t().get("version.cli.carryItem", k));
                };
                if (code.isEmpty()) {
                    throw refuse(Cli.USAGE, t().get("version.cli.carryItem", k));
                }
                records.add(new PlanVersion.Carried(kind, code));
            }
            PlanVersion done = write(this, 0, v -> {
                List<PlanVersion.Carried> chosen = new java.util.ArrayList<>(
                        cn.yanggu.workbench.domain.Successors.carried(v.plan(), kinds));
                chosen.addAll(records);
                return v.createSuccessor(chosen);
            });
            try (Workbench wb = open()) {
                Versions v = new Versions(wb.editor(), t());
                for (PlanVersion.Base b : done.bases()) {
                    if (b.value() == null) {
                        out().println(v.text().base(wb.editor().plan(), done, b));
                    }
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "base", description = "人工核定下一期规划的基期值 / set a successor's base value by hand")
    static final class Base extends Subcommand {
        @Option(names = "--number", required = true, paramLabel = "N", description = "版本号 / version number")
        int number;

        @Option(names = "--indicator", required = true, paramLabel = "CODE|NAME", description = "指标代码或名称 / indicator")
        String indicator;

        @Option(names = "--value", required = true, paramLabel = "VALUE", description = "基期值 / base value")
        String value;

        @Override
        public Integer call() {
            write(this, number, v -> {
                Indicator ind = indicator(v.plan(), indicator, t());
                Double parsed = Quantity.parse(value, ind.unit()).value().orElseThrow(() -> refuse(Cli.USAGE,
                        t().get("version.cli.badValue", value, ind.name())));
                return v.setBase(number, ind.code(), parsed);
            });
            return Cli.OK;
        }
    }

    @Command(name = "threshold", description = "设定草案自起始年份起的入园门槛标准 / set an admission standard of a draft")
    static final class Rule extends Subcommand {
        @Mixin
        DraftItem item = new DraftItem();

        @Option(names = "--rule", required = true, paramLabel = "CODE|NAME", description = "入园门槛代码或名称 / admission rule")
        String rule;

        @Option(names = "--value", paramLabel = "VALUE", description = "标准值（门槛单位）/ standard in the rule's unit")
        String value;

        @Override
        public Integer call() {
            write(this, item.number, v -> {
                cn.yanggu.workbench.domain.Threshold th = v.plan().thresholds().stream()
                        .filter(x -> x.code().equals(rule) || x.name().equals(rule)).findFirst()
                        .orElseThrow(() -> refuse(Cli.USAGE, t().get("version.cli.noThreshold", rule)));
                if (item.remove) {
                    return v.setThreshold(item.number, th.code(), null, null);
                }
                Double parsed = value == null ? null : Quantity.parse(value, th.unit()).value().orElse(null);
                if (parsed == null) {
                    throw refuse(Cli.USAGE, t().get("version.cli.badValue", value == null ? "" : value, th.name()));
                }
                return v.setThreshold(item.number, th.code(), parsed, item.basis);
            });
            return Cli.OK;
        }
    }

    @Command(name = "project", description = "草案列入或调出一个重点项目 / add a key project to a draft's list or drop one")
    static final class ProjectList extends Subcommand {
        @Mixin
        DraftItem item = new DraftItem();

        @Option(names = "--project", required = true, paramLabel = "CODE|NAME", description = "项目代码或名称 / project")
        String project;

        @Option(names = "--add", description = "自起始年份起列入重点项目 / add from the version's year")
        boolean add;

        @Option(names = "--drop", description = "自起始年份起调出重点项目 / drop from the version's year")
        boolean drop;

        @Override
        public Integer call() {
            if ((add ? 1 : 0) + (drop ? 1 : 0) + (item.remove ? 1 : 0) != 1) {
                throw refuse(Cli.USAGE, t().get("version.cli.projectAction"));
            }
            write(this, item.number, v -> {
                cn.yanggu.workbench.domain.Project p = v.plan().projects().stream()
                        .filter(x -> x.code().equals(project) || x.name().equals(project)).findFirst()
                        .orElseThrow(() -> refuse(Cli.USAGE, t().get("version.cli.noProject", project)));
                return v.setProject(item.number, p.code(), item.remove ? null : add ? PlanVersion.ProjectAction.ADD
                        : PlanVersion.ProjectAction.DROP, item.basis);
            });
            return Cli.OK;
        }
    }

    @Command(name = "zone", description = "草案自起始年份起调整一个园区的面积或四至 / change a zone's area or boundaries in a draft")
    static final class ZoneChange extends Subcommand {
        @Mixin
        DraftItem item = new DraftItem();

        @Option(names = "--zone", required = true, paramLabel = "CODE|NAME", description = "园区代码或名称 / zone")
        String zone;

        @Option(names = "--area", paramLabel = "KM2", description = "调整后的面积（平方公里）/ new area in km²")
        String area;

        @Option(names = "--east", paramLabel = "TEXT", description = "东至 / east boundary")
        String east;

        @Option(names = "--west", paramLabel = "TEXT", description = "西至 / west boundary")
        String west;

        @Option(names = "--south", paramLabel = "TEXT", description = "南至 / south boundary")
        String south;

        @Option(names = "--north", paramLabel = "TEXT", description = "北至 / north boundary")
        String north;

        @Override
        public Integer call() {
            boolean boundary = east != null || west != null || south != null || north != null;
            if (item.remove == (area != null || boundary)) {
                throw refuse(Cli.USAGE, t().get("version.cli.zoneAction"));
            }
            write(this, item.number, v -> {
                // the zone by code or name; a code the plan does not hold goes to the version's check, which names it
                String code = v.plan().zones().stream().filter(z -> z.code().equals(zone) || z.name().equals(zone))
                        .map(cn.yanggu.workbench.domain.Zone::code).findFirst().orElse(zone);
                if (item.remove) {
                    return v.setZone(item.number, code, null, null, null);
                }
                Double parsed = area == null ? null : Quantity.parse(area, "km²").value().orElse(null);
                if (area != null && parsed == null) {
                    throw refuse(Cli.USAGE, t().get("version.cli.badArea", area, zone));
                }
                return v.setZone(item.number, code, parsed, new String[] {east, west, south, north}, item.basis);
            });
            return Cli.OK;
        }
    }

    /** The plan's indicator of that code or name; refused (exit 2) when there is none. */
    static Indicator indicator(Plan plan, String codeOrName, cn.yanggu.workbench.app.I18n t) {
        return plan.indicators().stream().filter(i -> i.code().equals(codeOrName) || i.name().equals(codeOrName))
                .findFirst().orElseThrow(() -> refuse(Cli.USAGE, t.get("version.cli.noIndicator", codeOrName)));
    }
}
