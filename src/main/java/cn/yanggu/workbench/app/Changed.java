package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a write changed: kinds of plan records with their codes, and other parts of the database. A view updates only
 * when what it shows is named here; {@link #EVERYTHING} (opening, F5, an import) means everything may have changed.
 */
public record Changed(Set<EntityKind> kinds, Set<String> codes, Set<Part> parts) {
    /** Parts of the database besides the plan's records. */
    public enum Part {
        LOCKS, ADMISSION_CHECKS, GRADING, NARRATIVES, SETTINGS, VERSIONS, CHAIN_MAP, LEADS
    }

    /** Everything may have changed (the whole plan was read again). */
    public static final Changed EVERYTHING = new Changed(EnumSet.allOf(EntityKind.class), Set.of(),
            EnumSet.allOf(Part.class));

    public Changed {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(kinds);
        codes = Set.copyOf(codes);
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(parts);
    }

    /** Only {@code part} changed. */
    public static Changed of(Part part) {
        return new Changed(Set.of(), Set.of(), Set.of(part));
    }

    /** Whether records of {@code kind} may have changed. */
    public boolean touches(EntityKind kind) {
        return kinds.contains(kind);
    }

    /** Whether {@code part} may have changed. */
    public boolean touches(Part part) {
        return parts.contains(part);
    }

    /** Whether this is {@link #EVERYTHING} (codes are then not listed). */
    public boolean everything() {
        return this.equals(EVERYTHING);
    }
}
