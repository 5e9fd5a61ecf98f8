package cn.yanggu.workbench.app.leads;

import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.store.ChainMapRepository;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.LeadRepository;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 招商项目库 of one database: the leads as stored, their edits and the step from a signed lead to a key project,
 * each a {@link LeadChange} run by the editor (undo, audit, validation). Blocks: call it off the JavaFX thread.
 */
public final class Leads {
    private final Database db;
    private final Editor editor;

    public Leads(Database db, Editor editor) {
        this.db = db;
        this.editor = editor;
    }

    public List<Lead> all() {
        return db.read(LeadRepository::all);
    }

    /** Signed leads (签约 or later) per chain node: what fills a node in the 2025 map. */
    public static Map<String, Integer> signedByNode(List<Lead> leads) {
        return leads.stream().filter(Lead::signed)
                .collect(Collectors.groupingBy(Lead::nodeCode, Collectors.summingInt(l -> 1)));
    }

    /** Adds, changes or removes a lead (one undo step, one audit entry). */
    public Command change(String label, Lead before, Lead after) {
        ChainMap map = db.read(ChainMapRepository::load);
        // the 入园评审 is the admission check on the lead's own figures, never a choice typed by hand
        Lead assessed = after == null ? null : after.assessed(editor.plan().thresholds());
        return editor.run(LeadChange.of(label, before, assessed, map));
    }

    /**
     * Makes a signed lead a key project in one step: the project (named as the lead, on the node's chain, with its
     * investment) is created, the lead names it and the lead's node lists it; undone as one.
     */
    public Command toProject(String label, Lead lead, String source) {
        if (!lead.signed() || lead.projectCode() != null) {
            throw new EditRejected(List.of(new EditRejected.Located(EntityKind.PROJECT, lead.code(), "lead",
                    new Problem("stage", lead.projectCode() != null ? Problem.Kind.DUPLICATE : Problem.Kind.REQUIRED,
                            lead.projectCode() == null ? "" : lead.projectCode()))));
        }
        ChainMap map = db.read(ChainMapRepository::load);
        ChainMap.Node node = map.node(lead.nodeCode()).orElseThrow();
        String code = "lead-" + lead.code();
        Enums.ProjectStage stage = switch (lead.stage()) {
            case STARTED -> Enums.ProjectStage.UNDER_CONSTRUCTION;
            case PRODUCING -> Enums.ProjectStage.COMPLETED;
            default -> Enums.ProjectStage.RESERVE;
        };
        Project project = new Project(code, lead.name(), node.chainCode(), null, null, Enums.ProjectKind.PROJECT,
                stage, lead.investmentWan(), null, null, List.of(), List.of(), source, null);
        return editor.run(new LeadChange(label, lead, lead.withProject(code), project, node, map));
    }

    /** The key of the leads beside the plan in a JSON export. */
    public static final String EXPORT_KEY = "leads";

    /** {@code exported} (a JSON export) with this database's leads added as {@code leads}. */
    public byte[] withExported(byte[] exported) throws java.io.IOException {
        return withLeads(exported, all());
    }

    /** {@code json} (a plan in the export format, e.g. a package's content) with {@code leads} added as {@code leads}. */
    public static byte[] withLeads(byte[] json, List<Lead> leads) throws java.io.IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
        root.set(EXPORT_KEY, new cn.yanggu.workbench.app.json.LeadJson().tree(leads));
        return mapper.writeValueAsBytes(root);
    }

    /**
     * The leads in an exported file; null when the file has none.
     *
     * @throws cn.yanggu.workbench.app.PlanJson.FormatException naming the row and field that cannot be read
     */
    public static List<Lead> readExported(byte[] file) throws java.io.IOException {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file).get(EXPORT_KEY);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return new cn.yanggu.workbench.app.json.LeadJson().read(node);
        } catch (cn.yanggu.workbench.app.json.LeadJson.Invalid e) {
            throw new cn.yanggu.workbench.app.PlanJson.FormatException(EXPORT_KEY, e.getMessage());
        }
    }

    /**
     * Refuses leads (an import's) that break a lead's rules against {@code map} — no name or node, a node the map
     * does not hold, negative money, stage dates out of order, 签约 without 入园评审 — each named by its row
     * ({@code leads[2].nodeCode}).
     */
    public static void check(List<Lead> leads, ChainMap map) {
        List<EditRejected.Located> problems = new java.util.ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            for (Problem p : leads.get(i).check(map)) {
                problems.add(new EditRejected.Located(EntityKind.PROJECT, leads.get(i).code(),
                        EXPORT_KEY + "[" + i + "]." + p.field(), p));
            }
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
    }

    /**
     * {@code leads} (null: none) with their 入园评审 from the admission check on their own figures against
     * {@code thresholds} — what an import or a package stores, as an edit does.
     */
    public static List<Lead> assessed(List<Lead> leads, List<cn.yanggu.workbench.domain.Threshold> thresholds) {
        return leads == null ? null : leads.stream().map(l -> l.assessed(thresholds)).toList();
    }

    /** The leads by code. */
    public static Map<String, Lead> byCode(List<Lead> leads) {
        return leads.stream().collect(Collectors.toMap(Lead::code, Function.identity()));
    }
}
