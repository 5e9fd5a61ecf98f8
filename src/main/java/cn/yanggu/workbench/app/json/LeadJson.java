package cn.yanggu.workbench.app.json;

import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Lead;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of 招商项目库 ({@code leads} beside the plan in an export): one object per lead with readable keys,
 * enums by their wire names, each stage's date under {@code stages} ({"clue": "2024-03-01", …}).
 */
public final class LeadJson {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    record Item(String code, String name, String origin, String leadClass, String node, Double investmentWan,
                Double landMu, String method, String person, String stage, Map<String, String> stages,
                String admission, String signReason, String nextStep, String nextStepDate, String project,
                String note) {
    }

    /** A lead the file cannot describe; the message names the row and field ({@code leads[2].stages.talks}). */
    public static final class Invalid extends IOException {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }
    }

    public JsonNode tree(List<Lead> leads) {
        List<Item> items = new ArrayList<>();
        for (Lead l : leads) {
            Map<String, String> stages = new LinkedHashMap<>();
            l.stageDates().forEach((s, d) -> stages.put(Enums.wire(s), d.toString()));
            items.add(new Item(l.code(), l.name(), l.origin(), Enums.wire(l.leadClass()), l.nodeCode(),
                    l.investmentWan(), l.landMu(), Enums.wire(l.method()), l.person(), Enums.wire(l.stage()), stages,
                    Enums.wire(l.admission()), l.signReason(), l.nextStep(),
                    l.nextStepDate() == null ? null : l.nextStepDate().toString(), l.projectCode(), l.note()));
        }
        return json.valueToTree(items);
    }

    public List<Lead> read(JsonNode node) throws Invalid {
        if (!node.isArray()) {
            throw new Invalid("leads: not a list");
        }
        List<Lead> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "leads[" + i + "]";
            Item it;
            try {
                it = json.treeToValue(node.get(i), Item.class);
            } catch (JsonMappingException e) {
                throw new Invalid(at + e.getPathReference().replaceAll("^[^\\[]*", "") + ": " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new Invalid(at + ": " + e.getMessage());
            }
            if (it == null || it.code() == null || it.code().isBlank()) {
                throw new Invalid(at + ".code: required");
            }
            Map<Lead.Stage, LocalDate> dates = new EnumMap<>(Lead.Stage.class);
            if (it.stages() != null) {
                for (var e : it.stages().entrySet()) {
                    dates.put(parse(Lead.Stage.class, e.getKey(), at + ".stages"), date(e.getValue(),
                            at + ".stages." + e.getKey()));
                }
            }
            Lead.Stage stage = parse(Lead.Stage.class, it.stage(), at + ".stage");
            out.add(new Lead(it.code(), it.name(), it.origin(),
                    orElse(parse(Lead.LeadClass.class, it.leadClass(), at + ".leadClass"), Lead.LeadClass.OTHER),
                    it.node(), it.investmentWan(), it.landMu(),
                    orElse(parse(Lead.Method.class, it.method(), at + ".method"), Lead.Method.OTHER), it.person(),
                    stage == null ? Lead.Stage.CLUE : stage, dates,
                    parse(Lead.Admission.class, it.admission(), at + ".admission"), it.signReason(), it.nextStep(),
                    it.nextStepDate() == null ? null : date(it.nextStepDate(), at + ".nextStepDate"), it.project(),
                    it.note()));
        }
        return out;
    }

    private static <T> T orElse(T v, T other) {
        return v == null ? other : v;
    }

    private static LocalDate date(String s, String at) throws Invalid {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Invalid(at + ": not a date (2024-03-01): " + s);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String wire, String at) throws Invalid {
        try {
            return Enums.parse(type, wire);
        } catch (IllegalArgumentException e) {
            throw new Invalid(at + ": unknown value " + wire);
        }
    }
}
