package cn.yanggu.workbench.app.json;

import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Refusal;
import cn.yanggu.workbench.domain.YearLock;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Jackson set up for the plan's file: records as their components only (never other accessors such as
 * {@code kind()} or {@code getX()}), the mix-ins of {@link MixIns}, the scalars of {@link Scalars}, unknown keys
 * ignored. Reading reports the first bad field with its position ({@code projects[3].investmentWan}).
 */
public final class PlanMapper {
    /** Written on a first version whose start year the plan does not give (an older file without versions). */
    public static final String INFERRED_FROM_YEAR =
            "规划未写明执行起始年份，按规划期起始年 %d 年记录（推定）。";
    public static final int FORMAT_VERSION = PlanFile.FORMAT_VERSION;

    private final ObjectMapper mapper;

    /** A field of the file that is missing or wrong; {@link #position()} says where. */
    public static class Invalid extends Refusal {
        private static final long serialVersionUID = 1L;

        public Invalid(String position, String problem) {
            super(null, position, problem, null);
        }

        public String position() {
            return where();
        }

        /** What is wrong, without the position. */
        public String problem() {
            return detail();
        }
    }

    public PlanMapper() {
        mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
                .visibility(PropertyAccessor.SETTER, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .addModule(Scalars.module())
                .build();
        MixIns.register(mapper);
        for (Class<?> primitive : List.of(int.class, long.class, double.class)) {
            mapper.configOverride(primitive).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL));
        }
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL));
        for (LogicalType t : List.of(LogicalType.POJO, LogicalType.Collection)) {
            mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
    }

    /** The mapper itself, for the file's tree and header. */
    public ObjectMapper json() {
        return mapper;
    }

    /** The plan in a file's tree (which this may change: an older file's thresholds are brought up to date). */
    public Plan read(ObjectNode root) {
        upgradeThresholds(root);
        try {
            return mapper.treeToValue(root, PlanFile.class).toPlan();
        } catch (JsonMappingException e) {
            throw invalid(e);
        } catch (JsonProcessingException e) {
            throw new Invalid("$", e.getOriginalMessage());
        }
    }

    /** The plan with the database's own records: audit log, year locks and the admission checks. */
    public byte[] write(Plan plan, JsonNode header, List<AuditEntry> audit, List<YearLock> locks,
                        List<Admission.SavedCheck> checks) throws JsonProcessingException {
        return write(plan, header, audit, locks, checks, List.of());
    }

    /** {@link #write(Plan, JsonNode, List, List, List)} with the register of exchange offices. */
    public byte[] write(Plan plan, JsonNode header, List<AuditEntry> audit, List<YearLock> locks,
                        List<Admission.SavedCheck> checks, List<cn.yanggu.workbench.domain.OfficeRegistration> offices)
            throws JsonProcessingException {
        return mapper.writeValueAsBytes(PlanFile.of(plan, header, audit, locks, checks, offices));
    }

    /**
     * A file written before thresholds had versions has one {@code value} and an optional {@code appliesFrom}:
     * it becomes the first version, from the plan period's start when no year is given.
     */
    private static void upgradeThresholds(ObjectNode root) {
        JsonNode list = root.get("thresholds");
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof ObjectNode old) || present(old, "versions") || !present(old, "value")) {
                continue;
            }
            String at = "thresholds[" + i + "].";
            double value = checked(at + "value", () -> Scalars.number(old.get("value")));
            Integer from = present(old, "appliesFrom")
                    ? checked(at + "appliesFrom", () -> Scalars.year(old.get("appliesFrom"))) : null;
            int start = from == null ? periodStart(root) : from;
            ObjectNode v = old.putArray("versions").addObject();
            v.put("fromYear", start);
            v.put("value", value);
            v.set("source", old.get("source"));
            v.put("note", from == null ? String.format(INFERRED_FROM_YEAR, start) : null);
        }
    }

    private static int periodStart(ObjectNode root) {
        JsonNode plan = root.get("plan");
        if (plan == null || !plan.isObject()) {
            throw new Invalid("plan", "missing or not an object");
        }
        if (!present(plan, "periodStart")) {
            throw new Invalid("plan.periodStart", "missing whole number");
        }
        return checked("plan.periodStart", () -> Scalars.year(plan.get("periodStart")));
    }

    private static boolean present(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v != null && !v.isNull();
    }

    private static <T> T checked(String position, Supplier<T> value) {
        try {
            return value.get();
        } catch (Scalars.Problem p) {
            throw new Invalid(position, p.getMessage());
        }
    }

    /** Whether the field a reference names is {@link Rules.Required} (on the record or on its mix-in). */
    private boolean required(JsonMappingException.Reference r) {
        if (!(r.getFrom() instanceof Class<?> type) || r.getFieldName() == null) {
            return false;
        }
        for (Class<?> c : new Class<?>[] {mapper.findMixInClassFor(type), type}) {
            try {
                if (c != null && c.getDeclaredField(r.getFieldName()).isAnnotationPresent(Rules.Required.class)) {
                    return true;
                }
            } catch (NoSuchFieldException e) {
                // not declared there
            }
        }
        return false;
    }

    /** Jackson's account of a bad field, as a position in the file and what is wrong there. */
    private Invalid invalid(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        StringBuilder at = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                at.append(at.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                at.append('[').append(r.getIndex()).append(']');
            }
        }
        String position = at.length() == 0 ? "$" : at.toString();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof Scalars.Problem p) {
                return new Invalid(position, p.getMessage());
            }
        }
        boolean element = !path.isEmpty() && path.get(path.size() - 1).getFieldName() == null;
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            String message = String.valueOf(e.getOriginalMessage());
            return new Invalid(position, message.lines().findFirst().orElse(message));
        }
        boolean list = Collection.class.isAssignableFrom(target);
        if (!(e instanceof InvalidNullException)) {
            boolean required = !path.isEmpty() && required(path.get(path.size() - 1));
            String notAList = required ? "missing or not a list" : "expected a list";
            return new Invalid(position, list ? notAList : element ? "expected an object"
                    : "missing or not an object");
        }
        if (target == String.class) {
            return new Invalid(position, element ? "expected text" : "missing text");
        }
        if (target == Double.class || target == double.class) {
            return new Invalid(position, "missing number");
        }
        if (target == Integer.class || target == int.class || target == long.class) {
            return new Invalid(position, "missing whole number");
        }
        if (target.isEnum()) {
            return new Invalid(position, "missing value");
        }
        return new Invalid(position, list ? "missing or not a list" : element ? "expected an object"
                : "missing or not an object");
    }
}
