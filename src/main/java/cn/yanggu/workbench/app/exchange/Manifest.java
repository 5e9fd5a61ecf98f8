package cn.yanggu.workbench.app.exchange;

/**
 * The manifest of a package: where and when it was made, by which version, from which base, what it carries, and
 * the SHA-256 of its two content files ({@code content.json}: the sender's records; {@code base.json}: the same
 * records as of the sender's base revision).
 */
public record Manifest(int formatVersion, String originName, String originId, String createdAt, String appVersion,
                       int schemaVersion, long revision, String baseRevision, String baseTakenAt, String baseSource,
                       Selection selection, String contentSha256, String baseSha256) {
    /** The format id every package starts its manifest with. */
    public static final String FORMAT = "yanggu-workbench-exchange";
    /** The newest package format this workbench reads and the one it writes. */
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String CONTENT_FILE = "content.json";
    public static final String BASE_FILE = "base.json";
}
