package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.AtomicFile;
import cn.yanggu.workbench.app.PrivateFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * This database's signing key (Ed25519, from the JDK): one pair per database, made the first time it is needed,
 * kept in the user's data folder ({@code keys/<database id>.key}, readable by the OS user only) and never in the
 * database, so a backup handed to someone else does not carry it. The private key may be sealed with a passphrase
 * (PBKDF2-HMAC-SHA256 and AES-GCM). Also the fingerprint people compare by phone and the checking of signatures.
 */
public final class OfficeKeys {
    static final String ALGORITHM = "Ed25519";
    private static final String KEY_FORMAT = "yanggu-workbench-key";
    private static final int ITERATIONS = 210_000;
    private final Path folder;
    /** Made when a key file is first read or written, not when the database opens (Jackson is some 600 classes). */
    private ObjectMapper mapper;
    private final SecureRandom random = new SecureRandom();

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    /** Keys kept in {@code folder} (normally {@code keys} in the user's data folder). */
    public OfficeKeys(Path folder) {
        this.folder = folder;
    }

    /** The key file of the database with id {@code databaseId}. */
    public Path file(String databaseId) {
        return folder.resolve(databaseId + ".key");
    }

    /** What the key file says: the public key, and whether a passphrase seals the private key. */
    public record KeyInfo(Path file, String publicKey, String fingerprint, boolean sealed) {
    }

    /** The key of {@code databaseId}, when it was made already. */
    public Optional<KeyInfo> find(String databaseId) {
        Path f = file(databaseId);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        JsonNode n = readFile(f);
        String pub = n.path("publicKey").asText();
        return Optional.of(new KeyInfo(f, pub, fingerprint(pub), n.hasNonNull("sealed")));
    }

    /** The key of {@code databaseId}, made now (unsealed) when there is none. */
    public KeyInfo findOrCreate(String databaseId) {
        return find(databaseId).orElseGet(() -> create(databaseId));
    }

    private KeyInfo create(String databaseId) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            String pub = b64(pair.getPublic().getEncoded());
            writeFile(databaseId, pub, pair.getPrivate().getEncoded(), null);
            return new KeyInfo(file(databaseId), pub, fingerprint(pub), false);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Seals the private key with {@code newPassphrase} (empty: unsealed), after opening it with {@code passphrase}
     * (null when it is not sealed).
     */
    public void setPassphrase(String databaseId, char[] passphrase, char[] newPassphrase) {
        KeyInfo info = find(databaseId).orElseThrow(() -> new IllegalStateException("no key yet"));
        byte[] priv = privateBytes(readFile(info.file()), passphrase);
        try {
            writeFile(databaseId, info.publicKey(), priv, newPassphrase == null || newPassphrase.length == 0 ? null
                    : newPassphrase);
        } finally {
            Arrays.fill(priv, (byte) 0);
        }
    }

    /** Signs {@code message} with the key of {@code databaseId} (made now when there is none). */
    public byte[] sign(String databaseId, char[] passphrase, byte[] message) {
        KeyInfo info = findOrCreate(databaseId);
        byte[] priv = privateBytes(readFile(info.file()), passphrase);
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(priv));
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new KeyFileDamaged(info.file(), e);
        } finally {
            Arrays.fill(priv, (byte) 0);
        }
    }

    /** Whether {@code signature} is {@code publicKey}'s (base64 X.509) signature of {@code message}. */
    public static boolean verify(String publicKey, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(publicKey(publicKey));
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key of a package, or null when {@code base64} is not an Ed25519 public key. */
    static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(base64)));
    }

    /** Whether {@code base64} is an Ed25519 public key. */
    static boolean isPublicKey(String base64) {
        try {
            publicKey(base64);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The fingerprint read over the phone: 32 digits in eight groups of four ("0382 9174 …"), from the SHA-256 of
     * the public key (about 106 bits: no one makes another key with the same digits).
     */
    public static String fingerprint(String publicKey) {
        byte[] sha = PackageFile.sha256Bytes(Base64.getDecoder().decode(publicKey));
        String digits = new BigInteger(1, Arrays.copyOf(sha, 16)).mod(BigInteger.TEN.pow(32)).toString();
        digits = "0".repeat(32 - digits.length()) + digits;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 32; i += 4) {
            b.append(i == 0 ? "" : " ").append(digits, i, i + 4);
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ the file

    private void writeFile(String databaseId, String pub, byte[] priv, char[] passphrase) {
        ObjectNode root = mapper().createObjectNode();
        root.put("format", KEY_FORMAT);
        root.put("algorithm", ALGORITHM);
        root.put("databaseId", databaseId);
        root.put("publicKey", pub);
        root.put("note", "阳谷经济开发区规划工作台的签名私钥：只在本机，勿拷贝给他人 / private signing key: keep on this PC");
        try {
            if (passphrase == null) {
                root.put("privateKey", b64(priv));
            } else {
                byte[] salt = new byte[16];
                byte[] iv = new byte[12];
                random.nextBytes(salt);
                random.nextBytes(iv);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, aesKey(passphrase, salt, ITERATIONS), new GCMParameterSpec(128, iv));
                ObjectNode sealed = root.putObject("sealed");
                sealed.put("kdf", "PBKDF2WithHmacSHA256");
                sealed.put("iterations", ITERATIONS);
                sealed.put("salt", b64(salt));
                sealed.put("iv", b64(iv));
                sealed.put("privateKey", b64(c.doFinal(priv)));
            }
            PrivateFiles.folder(folder);
            AtomicFile.writePrivate(file(databaseId), mapper().writeValueAsBytes(root));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readFile(Path f) {
        try {
            JsonNode n = mapper().readTree(Files.readAllBytes(f));
            if (n == null || !KEY_FORMAT.equals(n.path("format").asText()) || !isPublicKey(n.path("publicKey")
                    .asText())) {
                throw new KeyFileDamaged(f, null);
            }
            return n;
        } catch (IOException e) {
            throw new KeyFileDamaged(f, e);
        }
    }

    private byte[] privateBytes(JsonNode n, char[] passphrase) {
        JsonNode sealed = n.get("sealed");
        try {
            if (sealed == null || sealed.isNull()) {
                return Base64.getDecoder().decode(n.path("privateKey").asText());
            }
            if (passphrase == null || passphrase.length == 0) {
                throw new PassphraseNeeded(false);
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aesKey(passphrase, Base64.getDecoder().decode(sealed.path("salt").asText()),
                    sealed.path("iterations").asInt(ITERATIONS)), new GCMParameterSpec(128,
                    Base64.getDecoder().decode(sealed.path("iv").asText())));
            return c.doFinal(Base64.getDecoder().decode(sealed.path("privateKey").asText()));
        } catch (javax.crypto.AEADBadTagException e) {
            throw new PassphraseNeeded(true);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyFileDamaged(null, e);
        }
    }

    private static SecretKeySpec aesKey(char[] passphrase, byte[] salt, int iterations)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    /** The private key is sealed and no passphrase (or a wrong one, {@code wrong}) was given. */
    public static final class PassphraseNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean wrong;

        public PassphraseNeeded(boolean wrong) {
            super(wrong ? "wrong passphrase for the signing key" : "the signing key needs its passphrase");
            this.wrong = wrong;
        }

        public boolean wrong() {
            return wrong;
        }
    }

    /** The key file cannot be read as one (edited, cut off). */
    public static final class KeyFileDamaged extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        public KeyFileDamaged(Path file, Throwable cause) {
            super("the signing key file is damaged: " + file, cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
