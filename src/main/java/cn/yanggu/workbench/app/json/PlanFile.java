package cn.yanggu.workbench.app.json;

import cn.yanggu.workbench.app.json.Rules.Required;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.EfficiencyClass;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.MonitoringItem;
import cn.yanggu.workbench.domain.OfficeRegistration;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanInfo;
import cn.yanggu.workbench.domain.PlanNote;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Statement;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.YearLock;
import cn.yanggu.workbench.domain.Zone;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The whole file as it is laid out: the plan's records in their lists, and the database's own records (year locks,
 * admission checks, audit log) which are written for the reader but not taken over by an import. Where the file
 * differs from the domain (the zone total has its own object, a saved check is flat) it has its own small record.
 */
record PlanFile(@JsonProperty(access = JsonProperty.Access.READ_ONLY) Integer schemaVersion,
                @JsonProperty(access = JsonProperty.Access.READ_ONLY) @JsonInclude(JsonInclude.Include.NON_NULL)
                JsonNode export,
                @Required PlanInfo plan,
                @Required List<Statement> statements,
                @Required List<Zone> zones,
                ZoneTotal zoneTotal,
                @Required List<Enterprise> enterprises,
                @Required List<Chain> chains,
                @Required List<Project> projects,
                @Required List<Indicator> indicators,
                @Required List<Threshold> thresholds,
                @Required List<EfficiencyClass> efficiencyClasses,
                List<MonitoringItem> monitoring,
                List<PlanNote> notes,
                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PlanVersion> versions,
                @JsonProperty(access = JsonProperty.Access.READ_ONLY) List<YearLock> yearLocks,
                @JsonProperty(access = JsonProperty.Access.READ_ONLY)
                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Check> admissionChecks,
                @JsonProperty(access = JsonProperty.Access.READ_ONLY) List<AuditEntry> auditLog,
                @JsonProperty(access = JsonProperty.Access.READ_ONLY)
                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<OfficeRegistration> officeRegister) {
    static final int FORMAT_VERSION = 1;

    /** The plan's zone total (its own object in the file, part of {@link PlanInfo} in the domain). */
    record ZoneTotal(Double areaKm2, String text, String source) {
    }

    /** A saved admission check, flat, with the entered land beside the land in mu. */
    record Check(String project, int year, double landMu, double landEntered, String landUnit,
                 double investmentWan, double taxWan, double siteM2, double floorM2, double footprintM2,
                 String at, String user, List<Admission.StoredVerdict> verdicts) {
        static Check of(Admission.SavedCheck c) {
            Admission.Proposal p = c.proposal();
            return new Check(c.projectCode(), c.year(), p.landMu(), c.landEntered(), c.landUnit(),
                    p.investmentWan(), p.taxWan(), p.siteM2(), p.floorM2(), p.footprintM2(), c.at(), c.user(),
                    c.verdicts());
        }
    }

    static PlanFile of(Plan p, JsonNode header, List<AuditEntry> audit, List<YearLock> locks,
                       List<Admission.SavedCheck> checks, List<OfficeRegistration> offices) {
        PlanInfo i = p.info();
        return new PlanFile(FORMAT_VERSION, header, i, p.statements(), p.zones(),
                new ZoneTotal(i.zoneTotalKm2(), i.zoneTotalText(), i.zoneTotalSource()), p.enterprises(),
                p.chains(), p.projects(), p.indicators(), p.thresholds(), p.efficiencyClasses(), p.monitoring(),
                p.notes(), p.versions(), locks, checks.stream().map(Check::of).toList(), audit, offices);
    }

    Plan toPlan() {
        ZoneTotal total = zoneTotal == null ? new ZoneTotal(null, null, null) : zoneTotal;
        PlanInfo info = new PlanInfo(plan.title(), plan.documentNumber(), plan.issuer(), plan.issuedOn(),
                plan.baseYear(), plan.periodStart(), plan.periodEnd(), plan.visionYear(), total.areaKm2(),
                total.text(), total.source(), plan.source());
        return new Plan(info, statements, zones, enterprises, chains, projects, indicators, thresholds,
                efficiencyClasses, monitoring, notes, versions);
    }
}
