package cn.yanggu.workbench.app;

import cn.yanggu.workbench.app.json.PlanMapper;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearLock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The plan's JSON form: the curated seed file ({@code seeds/plan.json}) and the export share it, so an export
 * can be read back. Keys are readable English; names, units and the plan's own words stay Chinese; numbers are in
 * the plan's units. Each record has one mapping ({@link PlanMapper}: Jackson with a mix-in per record). Reading
 * reports the position of a bad field (e.g. {@code indicators[3].values[1].year}).
 */
public final class PlanJson {
    public static final int FORMAT_VERSION = PlanMapper.FORMAT_VERSION;
    /** Written on a first version whose start year the plan does not give (an older file without versions). */
    public static final String INFERRED_FROM_YEAR = PlanMapper.INFERRED_FROM_YEAR;
    private final PlanMapper mapper = new PlanMapper();

    /** A field of the file that is missing or has the wrong type; {@link #position()} says where. */
    public static final class FormatException extends PlanMapper.Invalid {
        private static final long serialVersionUID = 1L;

        public FormatException(String position, String problem) {
            super(position, problem);
        }
    }

    public Plan read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.json().readTree(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new FormatException(loc == null ? "?" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr(),
                    e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode object)) {
            throw new FormatException("$", "not a JSON object");
        }
        try {
            return mapper.read(object);
        } catch (PlanMapper.Invalid e) {
            throw new FormatException(e.position(), e.problem());
        }
    }

    /** Writes the plan; {@code header} holds export metadata (application, version, time, database). */
    public byte[] write(Plan plan, ObjectNode header) throws IOException {
        return write(plan, header, List.of(), List.of());
    }

    /** Writes the plan with the database's audit log and year locks (which an import does not take over). */
    public byte[] write(Plan plan, ObjectNode header, List<AuditEntry> audit, List<YearLock> locks)
            throws IOException {
        return write(plan, header, audit, locks, List.of());
    }

    /**
     * Writes the plan with the database's own records: audit log, year locks and the admission checks saved with
     * projects (an import takes over none of them).
     */
    public byte[] write(Plan plan, ObjectNode header, List<AuditEntry> audit, List<YearLock> locks,
                        List<Admission.SavedCheck> checks) throws IOException {
        return mapper.write(plan, header, audit, locks, checks);
    }

    /** {@link #write(Plan, ObjectNode, List, List, List)} with the register of exchange offices (issue 19). */
    public byte[] write(Plan plan, ObjectNode header, List<AuditEntry> audit, List<YearLock> locks,
                        List<Admission.SavedCheck> checks, List<cn.yanggu.workbench.domain.OfficeRegistration> offices)
            throws IOException {
        return mapper.write(plan, header, audit, locks, checks, offices);
    }

    public ObjectNode newHeader() {
        return mapper.json().createObjectNode();
    }
}
