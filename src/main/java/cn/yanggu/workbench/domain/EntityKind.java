package cn.yanggu.workbench.domain;

/** The kinds of record a user edits ({@link PlanRecord}); the wire name is what the audit log and messages store. */
public enum EntityKind {
    ZONE("zone"),
    ENTERPRISE("enterprise"),
    CHAIN("chain"),
    PROJECT("project"),
    INDICATOR("indicator"),
    THRESHOLD("threshold");

    private final String wire;

    EntityKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
