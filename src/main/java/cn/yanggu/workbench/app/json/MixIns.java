package cn.yanggu.workbench.app.json;

import cn.yanggu.workbench.app.json.Rules.Between;
import cn.yanggu.workbench.app.json.Rules.Fallback;
import cn.yanggu.workbench.app.json.Rules.NonNegative;
import cn.yanggu.workbench.app.json.Rules.Required;
import cn.yanggu.workbench.app.json.Rules.Year;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.EfficiencyClass;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.MonitoringItem;
import cn.yanggu.workbench.domain.PlanInfo;
import cn.yanggu.workbench.domain.PlanNote;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Statement;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;

/**
 * The one mapping of each domain record to the file: a record is written and read as its components, in their
 * order, under their own names; a mix-in here says only where the file differs (another key, a field left out,
 * another order) and which fields a file must have ({@link Rules}). The domain stays free of Jackson.
 */
@SuppressWarnings("unused") // the fields only carry annotations, matched to the records' components by name
final class MixIns {
    private MixIns() {
    }

    static void register(ObjectMapper m) {
        m.addMixIn(PlanInfo.class, Info.class);
        m.addMixIn(Statement.class, StatementMix.class);
        m.addMixIn(Zone.class, ZoneMix.class);
        m.addMixIn(Enterprise.class, EnterpriseMix.class);
        m.addMixIn(Chain.class, ChainMix.class);
        m.addMixIn(Chain.Link.class, LinkMix.class);
        m.addMixIn(Chain.Member.class, MemberMix.class);
        m.addMixIn(Project.class, ProjectMix.class);
        m.addMixIn(Project.Listing.class, ListingMix.class);
        m.addMixIn(Project.Mention.class, MentionMix.class);
        m.addMixIn(Indicator.class, IndicatorMix.class);
        m.addMixIn(YearValue.class, YearValueMix.class);
        m.addMixIn(Threshold.class, ThresholdMix.class);
        m.addMixIn(Threshold.Version.class, VersionMix.class);
        m.addMixIn(EfficiencyClass.class, EfficiencyClassMix.class);
        m.addMixIn(MonitoringItem.class, MonitoringMix.class);
        m.addMixIn(PlanNote.class, NoteMix.class);
        m.addMixIn(Admission.StoredVerdict.class, VerdictMix.class);
        m.addMixIn(AuditEntry.class, AuditMix.class);
    }

    /** The file's {@code plan} object; the zone total has its own object ({@link PlanFile.ZoneTotal}). */
    abstract static class Info {
        @Required Object title;
        @Required @Year Object baseYear;
        @Required @Year Object periodStart;
        @Required @Year Object periodEnd;
        @Required @Year Object visionYear;
        @JsonIgnore Object zoneTotalKm2;
        @JsonIgnore Object zoneTotalText;
        @JsonIgnore Object zoneTotalSource;
    }

    abstract static class StatementMix {
        @Required Object code;
        @Required Object kind;
        @Required Object title;
        @Required Object text;
        @Required Object source;
    }

    abstract static class ZoneMix {
        @Required Object code;
        @Required Object name;
        @Required Object kind;
        @Required Object source;
    }

    abstract static class EnterpriseMix {
        @Required Object code;
        @Required Object name;
        @Required Object source;
    }

    abstract static class ChainMix {
        @Required Object code;
        @Required Object name;
        @Required Object section;
        @Required Object links;
        @Required Object enterprises;
    }

    abstract static class LinkMix {
        @Required Object name;
        @Required Object source;
    }

    abstract static class MemberMix {
        @Required @JsonProperty("enterprise") Object enterpriseCode;
        @Required Object role;
        @Required Object source;
    }

    abstract static class ProjectMix {
        @Required Object code;
        @Required Object name;
        @JsonProperty("chain") Object chainCode;
        @JsonProperty("zone") Object zoneCode;
        @JsonProperty("enterprise") Object enterpriseCode;
        @Fallback("project") Object kind;
        @NonNegative Object investmentWan;
        @Year Object startYear;
        @Year Object finishYear;
        @Required Object listings;
        @Required Object mentions;
        @Required Object source;
    }

    abstract static class ListingMix {
        @Between(min = 1, max = 9) Object column;
        @Between(min = 1, max = 999) Object number;
        @Required Object nameAsListed;
    }

    abstract static class MentionMix {
        @Required Object section;
        @Required Object text;
    }

    abstract static class IndicatorMix {
        @Required Object code;
        @Required Object name;
        @Required Object category;
        @Required Object direction;
        @Fallback("none") Object growthKind;
        @JsonProperty("chain") Object chainCode;
        @Required Object source;
        @Required Object values;
    }

    abstract static class YearValueMix {
        @Year Object year;
        @Required Object kind;
        @JsonSerialize(nullsUsing = Equals.class) Object comparator;
    }

    abstract static class ThresholdMix {
        @Required Object code;
        @Required Object name;
        @Required Object source;
        @Required Object versions;
    }

    abstract static class VersionMix {
        @Year Object fromYear;
    }

    abstract static class EfficiencyClassMix {
        @Required Object code;
        @Required Object name;
        @Between(min = 1, max = 99) Object rank;
        @Required Object source;
    }

    abstract static class MonitoringMix {
        @Required Object code;
        @Required Object name;
        @Fallback("cycle") Object kind;
        @Required Object source;
    }

    abstract static class NoteMix {
        @Required Object entity;
        @Required Object text;
    }

    @JsonPropertyOrder({"threshold", "name", "comparator", "thresholdValue", "fromYear", "value", "verdict", "margin"})
    abstract static class VerdictMix {
        @JsonProperty("threshold") Object thresholdCode;
        @JsonIgnore Object unit;
    }

    @JsonPropertyOrder({"at", "user", "action", "entity", "code", "field", "old", "new", "origin", "batch"})
    abstract static class AuditMix {
        @JsonIgnore Object id;
        @JsonProperty("old") Object oldValue;
        @JsonProperty("new") Object newValue;
    }

    /** A value's missing comparator is written as "=" (what it means when read). */
    static final class Equals extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString("=");
        }
    }
}
