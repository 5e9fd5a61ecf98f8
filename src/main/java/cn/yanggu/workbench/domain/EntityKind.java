package cn.yanggu.workbench.domain;

/** The kinds of record a user edits; the wire name is what the audit log and messages store. */
public enum EntityKind {
    ZONE("zone", Zone.class),
    ENTERPRISE("enterprise", Enterprise.class),
    CHAIN("chain", Chain.class),
    PROJECT("project", Project.class),
    INDICATOR("indicator", Indicator.class),
    THRESHOLD("threshold", Threshold.class);

    private final String wire;
    private final Class<?> type;

    EntityKind(String wire, Class<?> type) {
        this.wire = wire;
        this.type = type;
    }

    public String wire() {
        return wire;
    }

    public Class<?> type() {
        return type;
    }

    /** The kind of a record object. */
    public static EntityKind of(Object record) {
        for (EntityKind k : values()) {
            if (k.type.isInstance(record)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not an editable record: " + record);
    }

    /** The code (stable key) of a record. */
    public static String codeOf(Object record) {
        if (record instanceof Zone z) {
            return z.code();
        } else if (record instanceof Enterprise e) {
            return e.code();
        } else if (record instanceof Chain c) {
            return c.code();
        } else if (record instanceof Project p) {
            return p.code();
        } else if (record instanceof Indicator i) {
            return i.code();
        } else if (record instanceof Threshold t) {
            return t.code();
        }
        throw new IllegalArgumentException("not an editable record: " + record);
    }
}
