package cn.yanggu.workbench.domain;

/**
 * An office in the register of offices whose exchange packages a database accepts: its name as its packages give
 * it, its public key (Ed25519, X.509, base64) and the fingerprint people read to each other by phone, when and by
 * whom it was registered, why its key was last replaced (null after a first registration), and the time of the
 * newest package applied from it (null before the first).
 */
public record OfficeRegistration(String office, String publicKey, String fingerprint, String registeredAt,
                                 String registeredBy, String replaceReason, String lastPackageAt) {
    public OfficeRegistration withLastPackage(String at) {
        return new OfficeRegistration(office, publicKey, fingerprint, registeredAt, registeredBy, replaceReason, at);
    }
}
