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
        BAD_CONTENT,
        /** A package of the old, unsigned format: to be exported again with the current version. */
        OLD_FORMAT,
        /** A package of the current format without its signature. */
        UNSIGNED,
        /** The signature is cut off or not one (detail: what). */
        SIGNATURE_DAMAGED,
        /** Signed with another key than the one its manifest names. */
        OTHER_KEY,
        /** The signature does not match: the manifest was changed after signing. */
        SIGNATURE_INVALID,
        /** From an office not in the register (detail: its fingerprint); it can be registered. */
        UNREGISTERED,
        /** From a registered office, but signed with another key than the registered one (detail: both). */
        KEY_MISMATCH,
        /** Signed with the key registered for another office (detail: that office) than the one it names. */
        CLAIMS_OTHER_NAME,
        /** From a township office, carrying plan versions (words: the office, the versions): versions come from the
         *  bureau only. */
        VERSIONS_FROM_OFFICE,
        /** Carrying a plan version that is not approved (words: the version): the bureau sends approved ones only. */
        DRAFT_VERSION
    }

    private final java.util.List<String> words;

    public PackageRefused(Reason reason, String file, String detail) {
        this(reason, file, detail, java.util.List.of());
    }

    private PackageRefused(Reason reason, String file, String detail, java.util.List<String> words) {
        super(reason, file, detail, null);
        this.words = java.util.List.copyOf(words);
    }

    /** A refusal whose message names several things (the office, the registered and the package's fingerprint). */
    public static PackageRefused naming(Reason reason, String file, java.util.List<String> words) {
        return new PackageRefused(reason, file, String.join(" / ", words), words);
    }

    /** What the message names, in order (empty when only {@link #detail()} is given). */
    public java.util.List<String> words() {
        return words;
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
