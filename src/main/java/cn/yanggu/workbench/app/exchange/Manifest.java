package cn.yanggu.workbench.app.exchange;

/**
 * The manifest of a package: where and when it was made, by which version, from which base, what it carries, and
 * the SHA-256 of its two content files ({@code content.json}: the sender's records; {@code base.json}: the same
 * records as of the sender's base revision), and the sender's public key (Ed25519, X.509, base64) whose signature of
 * the three parts is {@code signature.json}.
 */
public record Manifest(int formatVersion, String originName, String originId, String createdAt, String appVersion,
                       int schemaVersion, long revision, String baseRevision, String baseTakenAt, String baseSource,
                       Selection selection, String contentSha256, String baseSha256, String publicKey) {
    /** The format id every package starts its manifest with. */
    public static final String FORMAT = "yanggu-workbench-exchange";
    /** The newest package format this workbench reads and the one it writes. */
    public static final int FORMAT_VERSION = 2;
    /** The last format without a signature: refused, to be exported again. */
    public static final int UNSIGNED_FORMAT_VERSION = 1;
    public static final String MANIFEST_FILE = "manifest.json";
    public static final String CONTENT_FILE = "content.json";
    public static final String BASE_FILE = "base.json";
    public static final String SIGNATURE_FILE = "signature.json";

    /** The fingerprint of the sender's key, as people read it by phone. */
    public String fingerprint() {
        return OfficeKeys.fingerprint(publicKey);
    }
}
