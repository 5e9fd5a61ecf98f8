package cn.yanggu.workbench.ui.leads;

import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 招商项目库's view model: the rows (with the chain and node each lead would fill, its stage and whether its next
 * step is overdue), the nodes a lead can aim at, and the form's text parsed into a lead — money typed in 万元 or
 * with 亿元, dates as 2024-03-01 — a bad field refused by name. Tested without the JavaFX toolkit.
 */
public final class LeadsModel {
    /** One row of the list. */
    public record Row(Lead lead, String chain, String node, String stage, String leadClass, String method,
                      String investment, boolean overdue, String admission) {
        String searchable() {
            return FilterModel.text(lead.name(), lead.origin(), chain, node, stage, leadClass, method,
                    lead.person(), lead.nextStep());
        }
    }

    /**
     * The list's filters beside the text box: a chain (by name), a stage, a class and a person; null: any. A lead
     * passes when it matches every one that is set.
     */
    public record Filters(String chain, Lead.Stage stage, Lead.LeadClass leadClass, String person) {
        public static final Filters ANY = new Filters(null, null, null, null);

        public boolean matches(Row r) {
            return (chain == null || chain.equals(r.chain())) && (stage == null || stage == r.lead().stage())
                    && (leadClass == null || leadClass == r.lead().leadClass())
                    && (person == null || person.equals(r.lead().person()));
        }
    }

    /** The chains to filter by: every chain of the plan, in its order. */
    public List<String> chainChoices(Plan plan) {
        return plan.chains().stream().map(c -> c.name()).toList();
    }

    /** The persons to filter by: everyone responsible for a lead, once each, sorted. */
    public List<String> personChoices(List<Lead> leads) {
        return leads.stream().map(Lead::person).filter(p -> p != null && !p.isBlank()).distinct().sorted().toList();
    }

    /** A node a lead can fill, as the choice list shows it. */
    public record NodeChoice(String code, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** The form's fields as typed. */
    public record Form(String name, String origin, Lead.LeadClass leadClass, String nodeCode, String investment,
                       String land, Lead.Method method, String person, String signReason, String nextStep,
                       String nextStepDate) {
    }

    /** A field the form cannot read. */
    public static final class FieldProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        FieldProblem(Problem p) {
            super(p.field() + " " + p.kind());
            this.problem = p;
        }

        public Problem problem() {
            return problem;
        }
    }

    private final I18n t;

    public LeadsModel(I18n t) {
        this.t = t;
    }

    public List<Row> rows(Plan plan, ChainMap map, List<Lead> leads, LocalDate today) {
        List<Row> out = new ArrayList<>();
        for (Lead l : leads) {
            Optional<ChainMap.Node> n = map.node(l.nodeCode());
            String chain = n.flatMap(x -> plan.chain(x.chainCode())).map(c -> c.name()).orElse("");
            out.add(new Row(l, chain, n.map(ChainMap.Node::name).orElse(l.nodeCode()), Words.of(t, l.stage()),
                    Words.of(t, l.leadClass()), Words.of(t, l.method()),
                    l.investmentWan() == null ? "" : Formats.number(l.investmentWan()), l.overdue(today),
                    cn.yanggu.workbench.app.leads.LeadWords.admission(t, l.admission())));
        }
        return out;
    }

    /** Every node of every chain, gaps first within each chain (where leads are most wanted). */
    public List<NodeChoice> nodes(Plan plan, ChainMap map) {
        List<NodeChoice> out = new ArrayList<>();
        for (var c : plan.chains()) {
            List<ChainMap.Node> nodes = new ArrayList<>(map.of(c.code()));
            nodes.sort(java.util.Comparator.comparing(n -> n.current() != ChainMap.State.MISSING));
            for (ChainMap.Node n : nodes) {
                out.add(new NodeChoice(n.code(), c.name() + " · " + Words.of(t, n.stage()) + " · "
                        + n.name() + "（" + Words.of(t, n.current()) + "）"));
            }
        }
        return out;
    }

    /**
     * The lead the form describes: {@code before} (null for a new one, coded {@code newCode}) with the form's
     * fields; stage and stage dates are kept (they move with {@link #advance}).
     */
    public Lead build(Lead before, String newCode, LocalDate today, Form f) {
        Double investment = money(f.investment());
        Double land = number("landMu", f.land());
        LocalDate next = date("nextStepDate", f.nextStepDate());
        Lead.Stage stage = before == null ? Lead.Stage.CLUE : before.stage();
        Map<Lead.Stage, LocalDate> dates = before == null ? Map.of(Lead.Stage.CLUE, today) : before.stageDates();
        return new Lead(before == null ? newCode : before.code(), f.name() == null ? "" : f.name().strip(),
                blank(f.origin()), f.leadClass() == null ? Lead.LeadClass.OTHER : f.leadClass(), f.nodeCode(),
                investment, land, f.method() == null ? Lead.Method.OTHER : f.method(), blank(f.person()), stage,
                dates, before == null ? null : before.admission(), blank(f.signReason()), blank(f.nextStep()), next,
                before == null ? null : before.projectCode(), before == null ? null : before.note());
    }

    /**
     * The lead's 入园评审 in words: the year of the standards, then each rule as 入园门槛 › 评审 words it (投资强度：… 要求 > 280.00
     * 万元/亩 …), and that 亩均税收 is not assessed (a lead has no expected tax); without investment or land, what it
     * needs before it can be signed.
     */
    public String admission(Lead l, List<cn.yanggu.workbench.domain.Threshold> thresholds) {
        var results = l.admissionResults(thresholds);
        if (results.isEmpty()) {
            return t.get("lead.admission.needsFigures");
        }
        // each rule's line carries its own verdict (✓ 通过 / × 未通过), as 入园门槛 › 评审 shows it
        StringBuilder b = new StringBuilder(t.get("lead.admission.year", l.checkYear()));
        for (var r : results) {
            b.append('\n').append(cn.yanggu.workbench.app.AdmissionText.line(t, r));
        }
        b.append('\n').append(t.get("lead.admission.taxNotAssessed"));
        return b.toString();
    }

    /** The lead moved to its next stage on {@code date} (typed as 2024-03-01); empty at 投产. */
    public Optional<Lead> advance(Lead l, String date) {
        if (l.stage() == Lead.Stage.PRODUCING) {
            return Optional.empty();
        }
        LocalDate d = date("stageDate", date);
        if (d == null) {
            throw new FieldProblem(new Problem("stageDate", Problem.Kind.REQUIRED));
        }
        return Optional.of(l.at(Lead.Stage.values()[l.stage().ordinal() + 1], d));
    }

    /** 万元 as typed: "50000", "5亿元", "5 亿", "50000万元"; blank is none. */
    static Double money(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace(",", "").replace("，", "");
        double factor = 1;
        if (s.endsWith("亿元") || s.endsWith("亿")) {
            factor = 10000;
            s = s.substring(0, s.length() - (s.endsWith("亿元") ? 2 : 1)).strip();
        } else if (s.endsWith("万元") || s.endsWith("万")) {
            s = s.substring(0, s.length() - (s.endsWith("万元") ? 2 : 1)).strip();
        }
        Double v = number("investmentWan", s);
        return v == null ? null : v * factor;
    }

    private static Double number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new FieldProblem(new Problem(field, Problem.Kind.NOT_A_NUMBER));
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FieldProblem(new Problem(field, Problem.Kind.BAD_DATE, text.strip()));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
