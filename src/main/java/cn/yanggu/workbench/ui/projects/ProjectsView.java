package cn.yanggu.workbench.ui.projects;

import cn.yanggu.workbench.app.AdmissionText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.RecordForm;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.domain.Enums;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** 重点项目: every project of 专栏1–9 and of the running text, with chain, 专栏 listings and stage. */
public final class ProjectsView extends FeatureView<ProjectsView.Row> {
    /** One table row. */
    public record Row(Project project, String chain, String enterprise, String zone, String listings,
                      String stage, String kind, String admission) {
        public String searchable() {
            return FilterModel.text(project.name(), chain, enterprise, zone, listings, stage, kind, admission,
                    project.source(),
                    project.note(), project.listings().stream().map(Project.Listing::nameAsListed).toList());
        }
    }


    private final RecordForm<Project> form;
    private final java.util.function.Consumer<String> openLead;
    /** The 招商 leads (read in the background): a project made from a lead names it. */
    private List<cn.yanggu.workbench.domain.Lead> leads = List.of();

    public ProjectsView(I18n t, Session session) {
        this(t, session, code -> { });
    }

    /** {@code openLead}: shows a lead (by code) in 招商项目库 — a project made from a lead links back to it. */
    public ProjectsView(I18n t, Session session, java.util.function.Consumer<String> openLead) {
        super(t, session, t.get("nav.projects"), Row::searchable);
        this.openLead = openLead;
        header.noun(t.get("noun.projects"));
        form = new RecordForm<>(t, session, "project-form", List.of(
                RecordForm.Field.of(t.get("project.name"), Project.NAME, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.choice(t.get("project.chain"), Project.CHAIN_CODE, List.of()),
                RecordForm.Field.choice(t.get("project.stage"), Project.STAGE, stages(t)),
                RecordForm.Field.number(t.get("project.investmentField"), Project.INVESTMENT_WAN, "万元"),
                RecordForm.Field.of(t.get("project.startYear"), Project.START_YEAR, RecordForm.Kind.INTEGER),
                RecordForm.Field.of(t.get("project.finishYear"), Project.FINISH_YEAR, RecordForm.Kind.INTEGER),
                RecordForm.Field.choice(t.get("project.zone"), Project.ZONE_CODE, List.of()),
                RecordForm.Field.choice(t.get("project.enterprise"), Project.ENTERPRISE_CODE, List.of()),
                RecordForm.Field.choice(t.get("project.kind"), Project.KIND, RecordForm.Choice.of(t,
                        Enums.ProjectKind.values())),
                RecordForm.Field.source(t, Project.SOURCE),
                RecordForm.Field.note(t, Project.NOTE)));
        editable(form, Row::project);
        TableView<Row> table = Tables.table(t.get("common.loading"), "projects-table",
                Tables.text(t.get("project.name"), r -> r.project().name(), 300),
                Tables.text(t.get("project.chain"), Row::chain, 120),
                Tables.text(t.get("project.listings"), Row::listings, 150),
                Tables.text(t.get("project.stage"), Row::stage, 80),
                Tables.text(t.get("project.enterprise"), Row::enterprise, 130),
                Tables.text(t.get("project.zone"), Row::zone, 90),
                Tables.number(t.get("project.investment"), r -> r.project().investmentWan(),
                        v -> v == null ? t.get("common.unset") : Formats.number(v), null, 100),
                Tables.text(t.get("project.kind"), Row::kind, 70),
                Tables.text(t.get("admission.project.column"), Row::admission, 90),
                Tables.text(t.get("common.source"), r -> r.project().source(), 150),
                Tables.text(t.get("common.note"), r -> r.project().note(), 200));
        model.bind(table);
        root.setCenter(withDetail(table, "project-detail", 0.72));
    }

    /** Rows for a plan, in the plan's order. */
    @Override
    protected List<Row> rows(Plan plan) {
        return rowsOf(plan, t, session.admissionChecks());
    }

    /** The rows of a plan (also used by the large-plan benchmark). */
    public static List<Row> rowsOf(Plan plan, I18n t) {
        return rowsOf(plan, t, List.of());
    }

    /**
     * The rows of a plan; the 入园评审 column says whether the project's latest saved check meets the thresholds in
     * force (now) for the check's year — type 未达标 in the filter to list the failing ones.
     */
    public static List<Row> rowsOf(Plan plan, I18n t, List<Admission.SavedCheck> checks) {
        java.util.Map<String, String> verdicts = new java.util.HashMap<>();
        for (Admission.SavedCheck c : Admission.latestPerProject(checks)) {
            verdicts.put(c.projectCode(), t.get(Admission.allPass(c.recheck(plan.thresholdsInForce()))
                    ? "admission.project.pass" : "admission.project.fail"));
        }
        var enterprises = plan.enterprisesByCode();
        return plan.projects().stream().map(p -> new Row(p,
                p.chainCode() == null ? t.get("project.crossCutting")
                        : plan.chain(p.chainCode()).map(Chain::name).orElse(p.chainCode()),
                p.enterpriseCode() == null ? "" : java.util.Optional.ofNullable(enterprises.get(p.enterpriseCode()))
                        .map(Enterprise::name).orElse(p.enterpriseCode()),
                p.zoneCode() == null ? t.get("common.unset")
                        : plan.zone(p.zoneCode()).map(Zone::name).orElse(p.zoneCode()),
                p.listings().isEmpty() ? t.get("project.textOnly") : Labels.listings(t, p.listings()),
                Labels.stage(t, p.stage()), Labels.kind(t, p.kind()), verdicts.getOrDefault(p.code(), ""))).toList();
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        Project p = row.project();
        StringBuilder listed = new StringBuilder();
        for (Project.Listing l : p.listings()) {
            listed.append(listed.length() == 0 ? "" : "\n").append(t.get("project.listing", l.column(), l.number()))
                    .append(l.group() == null ? "" : " " + l.group()).append("：").append(l.nameAsListed());
        }
        StringBuilder mentions = new StringBuilder();
        for (Project.Mention m : p.mentions()) {
            mentions.append(mentions.length() == 0 ? "" : "\n").append(m.section()).append("：").append(m.text());
        }
        detail.title(p.name())
                .field(t.get("project.listings"), listed.toString())
                .field(t.get("project.mentions"), mentions.toString());
        describeLead(p, detail);
        describeAdmission(p, detail);
    }

    /** The lead a project was made from: its name, stage and 入园评审, and a link to it in 招商项目库. */
    private void describeLead(Project p, DetailPane detail) {
        leads.stream().filter(l -> p.code().equals(l.projectCode())).findFirst().ifPresent(l -> {
            VBox box = new VBox(4);
            box.setId("project-lead");
            Label heading = wrapping(t.get("project.fromLead"));
            heading.getStyleClass().add("section-title");
            Label what = wrapping(t.get("project.fromLead.line", l.name(),
                    cn.yanggu.workbench.app.Words.of(t, l.stage()), l.stageDates().get(l.stage()),
                    cn.yanggu.workbench.app.leads.LeadWords.admission(t, l.admission())));
            what.setId("project-lead-line");
            javafx.scene.control.Button open = new javafx.scene.control.Button(t.get("project.openLead"));
            open.setId("project-open-lead");
            open.setOnAction(e -> openLead.accept(l.code()));
            box.getChildren().addAll(heading, what, open);
            detail.node(box);
        });
    }

    /**
     * 入园评审 of the project: its latest saved check, each rule judged against the thresholds as they are now for the
     * check's year, and a warning when that differs from the verdict stored when the check was saved.
     */
    private void describeAdmission(Project p, DetailPane detail) {
        VBox box = new VBox(4);
        box.setId("project-admission");
        Label heading = wrapping(t.get("admission.project.title"));
        heading.getStyleClass().add("section-title");
        box.getChildren().add(heading);
        List<Admission.SavedCheck> mine = session.admissionChecks().stream()
                .filter(c -> c.projectCode().equals(p.code())).toList();
        Plan plan = session.plan();
        if (mine.isEmpty() || plan == null) {
            Label none = wrapping(t.get("admission.project.none"));
            none.getStyleClass().add("secondary");
            box.getChildren().add(none);
            detail.node(box);
            return;
        }
        Admission.SavedCheck c = Admission.latestPerProject(mine).get(0);
        Admission.Proposal pr = c.proposal();
        box.getChildren().add(wrapping(t.get("admission.project.when", c.at().replace('T', ' '), c.user(), c.year(),
                mine.size())));
        Label figures = wrapping(t.get("admission.project.figures", AdmissionText.number(pr.landMu()),
                AdmissionText.number(pr.investmentWan()), AdmissionText.number(pr.taxWan()),
                AdmissionText.number(pr.siteM2()), AdmissionText.number(pr.floorM2()),
                AdmissionText.number(pr.footprintM2())));
        figures.getStyleClass().add("secondary");
        box.getChildren().add(figures);
        List<Admission.Result> now = c.recheck(plan.thresholdsInForce());
        for (Admission.Result r : now) {
            Label line = wrapping(AdmissionText.line(t, r));
            line.getStyleClass().addAll("status-chip", switch (r.verdict()) {
                case PASS -> "status-achieved";
                case FAIL -> "status-far-behind";
                case NOT_IN_FORCE -> "status-no-data";
            });
            line.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(line);
        }
        Label verdict = wrapping(Admission.allPass(now) ? t.get("cli.admission.allPass")
                : t.get("cli.admission.someFail"));
        verdict.setId("project-admission-verdict");
        verdict.getStyleClass().add("summary-strong");
        box.getChildren().add(verdict);
        if (c.differsFrom(now)) {
            Label changed = wrapping(t.get("admission.project.changed", t.get(c.storedAllPass()
                    ? "admission.project.stored.pass" : "admission.project.stored.fail")));
            changed.setId("project-admission-changed");
            changed.getStyleClass().add("field-error");
            box.getChildren().add(changed);
            c.verdicts().forEach(v -> {
                Label old = wrapping(AdmissionText.line(t, v));
                old.getStyleClass().add("secondary");
                box.getChildren().add(old);
            });
        }
        detail.lead(box);
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    protected Project newRecord(Plan plan, String code) {
        return new Project("project-" + code, unusedName(n -> t.get("project.newName", n), plan.projects()), null, null, null,
                Enums.ProjectKind.PROJECT, Enums.ProjectStage.RESERVE, null, null, null, List.of(), List.of(),
                t.get("common.userEntered"), null);
    }

    /** The rows name chains, zones and enterprises and count saved admission checks; indicators are not shown. */
    @Override
    protected boolean shows(cn.yanggu.workbench.app.Changed changed) {
        return changed.touches(cn.yanggu.workbench.domain.EntityKind.PROJECT)
                || changed.touches(cn.yanggu.workbench.domain.EntityKind.CHAIN)
                || changed.touches(cn.yanggu.workbench.domain.EntityKind.ZONE)
                || changed.touches(cn.yanggu.workbench.domain.EntityKind.ENTERPRISE)
                || changed.touches(cn.yanggu.workbench.app.Changed.Part.ADMISSION_CHECKS)
                || changed.touches(cn.yanggu.workbench.app.Changed.Part.LEADS);
    }

    @Override
    public void show(Plan plan) {
        form.setChoices("chainCode", withNone(plan.chains().stream()
                .map(c -> new RecordForm.Choice(c.code(), c.name())).toList()));
        form.setChoices("zoneCode", withNone(plan.zones().stream()
                .map(z -> new RecordForm.Choice(z.code(), z.name())).toList()));
        form.setChoices("enterpriseCode", withNone(plan.enterprises().stream()
                .map(e -> new RecordForm.Choice(e.code(), e.name())).toList()));
        super.show(plan);
        var service = session.leads();
        if (service != null) {
            session.runner().run("project-leads", service::all, l -> {
                boolean differ = !l.equals(leads);
                leads = l;
                if (differ) {
                    refreshDetail();   // the selected project's detail names its lead
                }
            }, e -> { });
        }
    }

    private List<RecordForm.Choice> withNone(List<RecordForm.Choice> choices) {
        return RecordForm.Choice.withUnset(t, choices);
    }

    private static List<RecordForm.Choice> stages(I18n t) {
        return RecordForm.Choice.withUnset(t, RecordForm.Choice.of(t, Enums.ProjectStage.values()));
    }

}
