package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.domain.Refusal;

/** A package that is not imported, with why; nothing was changed. {@code detail} says where, when it can. */
public final class PackageRefused extends Refusal {
    private static final long serialVersionUID = 1L;

    /** Why a package is refused. */
    public enum Reason {
        /** The file cannot be read at all. */
        UNREADABLE,
        /** Not a zip, or a zip that is cut off or damaged. */
        DAMAGED,
        /** A zip, but not an exchange package of this workbench. */
        FOREIGN,
        /** Made by a newer workbench (format or schema). */
        TOO_NEW,
        /** The content does not match the checksum in the manifest. */
        TAMPERED,
        /** The manifest is missing a field or has a wrong one. */
        BAD_MANIFEST,
        /** The content is not well-formed (position in detail). */
        BAD_CONTENT
    }

    public PackageRefused(Reason reason, String file, String detail) {
        super(reason, file, detail, null);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    /** The package file's name. */
    public String file() {
        return where();
    }
}
