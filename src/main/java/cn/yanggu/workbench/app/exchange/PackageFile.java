package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.app.leads.Leads;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Plan;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads the package file: a zip with {@code manifest.json}, {@code content.json} and {@code base.json}.
 * Reading checks, in this order, that it is a complete zip, that it is a package of this workbench, that it is not
 * newer than this workbench nor of the old unsigned format, that both content files match their SHA-256 in the
 * manifest, that the signature in {@code signature.json} is whole, by the key the manifest names and matches the
 * three parts, and that they are well-formed; anything else is refused with a {@link PackageRefused} that says what and where.
 */
public final class PackageFile {
    /** No part of a package may be larger than this once unpacked (a guard against zip bombs). */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final PlanJson json = new PlanJson();

    /** A package as read and verified; {@code theirsLeads}/{@code baseLeads}: its 招商 leads (empty when none). */
    public record Contents(Manifest manifest, Plan theirs, Plan base, String sha256, List<Lead> theirsLeads,
                           List<Lead> baseLeads) {
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Bytes(bytes));
    }

    static byte[] sha256Bytes(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * The package's bytes; {@code manifest}'s checksums are computed here (the ones passed in are ignored), and
     * {@code signer} signs the three parts with the key whose public half is {@code m.publicKey()}.
     */
    public byte[] write(Manifest m, Plan theirs, Plan base, UnaryOperator<byte[]> signer) throws IOException {
        return write(m, theirs, List.of(), base, List.of(), signer);
    }

    /**
     * {@link #write(Manifest, Plan, Plan, UnaryOperator)} with the sender's leads and those of its base, as
     * {@code leads} beside the plan in the content and the base (when the selection carries leads).
     */
    public byte[] write(Manifest m, Plan theirs, List<Lead> theirsLeads, Plan base, List<Lead> baseLeads,
                        UnaryOperator<byte[]> signer) throws IOException {
        boolean leads = m.selection().has(Selection.Kind.LEADS);
        byte[] content = leads ? Leads.withLeads(json.write(theirs, null), theirsLeads) : json.write(theirs, null);
        byte[] baseBytes = leads ? Leads.withLeads(json.write(base, null), baseLeads) : json.write(base, null);
        byte[] manifest = manifestBytes(m, sha256(content), sha256(baseBytes));
        byte[] signature = signer.apply(signedBytes(manifest, content, baseBytes));
        return zip(manifest, content, baseBytes, signatureBytes(m.publicKey(), signature));
    }

    /**
     * What is signed: a tag naming the format, then the manifest, the content and the base, each preceded by its
     * length — no byte of the package's three parts can change without the signature failing.
     */
    public static byte[] signedBytes(byte[] manifest, byte[] content, byte[] base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Manifest.FORMAT + "/" + Manifest.FORMAT_VERSION + "\n").getBytes(StandardCharsets.US_ASCII));
        for (byte[] part : new byte[][] {manifest, content, base}) {
            out.writeBytes(java.nio.ByteBuffer.allocate(8).putLong(part.length).array());
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** {@code signature.json}: the algorithm, the signer's public key and the signature (tests forge them with it). */
    public static byte[] signatureBytes(String publicKey, byte[] signature) throws JsonProcessingException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("algorithm", OfficeKeys.ALGORITHM);
        root.put("publicKey", publicKey);
        root.put("signature", Base64.getEncoder().encodeToString(signature));
        return m.writeValueAsBytes(root);
    }

    /** The zip of the three parts without a signature (an old-format package, or one whose signature is lost). */
    public static byte[] zip(byte[] manifest, byte[] content, byte[] base) throws IOException {
        return zip(manifest, content, base, null);
    }

    /** The zip of the parts (tests build packages with altered parts with it). */
    public static byte[] zip(byte[] manifest, byte[] content, byte[] base, byte[] signature) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, Manifest.MANIFEST_FILE, manifest);
            put(zip, Manifest.CONTENT_FILE, content);
            put(zip, Manifest.BASE_FILE, base);
            put(zip, Manifest.SIGNATURE_FILE, signature);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        if (bytes == null) {
            return;
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    byte[] manifestBytes(Manifest m, String contentSha, String baseSha) throws JsonProcessingException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", Manifest.FORMAT);
        root.put("formatVersion", m.formatVersion());
        ObjectNode origin = root.putObject("origin");
        origin.put("name", m.originName());
        origin.put("databaseId", m.originId());
        origin.put("publicKey", m.publicKey());
        origin.put("fingerprint", m.fingerprint());
        root.put("createdAt", m.createdAt());
        root.put("application", "阳谷经济开发区规划工作台");
        root.put("appVersion", m.appVersion());
        root.put("schemaVersion", m.schemaVersion());
        root.put("revision", m.revision());
        ObjectNode base = root.putObject("base");
        base.put("revision", m.baseRevision());
        base.put("takenAt", m.baseTakenAt());
        base.put("source", m.baseSource());
        ObjectNode sel = root.putObject("selection");
        Selection s = m.selection();
        sel.put("zone", s.zoneCode());
        if (s.fromYear() == null) {
            sel.putNull("fromYear");
        } else {
            sel.put("fromYear", s.fromYear());
        }
        if (s.toYear() == null) {
            sel.putNull("toYear");
        } else {
            sel.put("toYear", s.toYear());
        }
        ArrayNode kinds = sel.putArray("kinds");
        s.kinds().forEach(k -> kinds.add(k.wire()));
        ObjectNode files = root.putObject("sha256");
        files.put(Manifest.CONTENT_FILE, contentSha);
        files.put(Manifest.BASE_FILE, baseSha);
        return mapper.writeValueAsBytes(root);
    }

    // ------------------------------------------------------------------ reading

    /** Reads and verifies the package at {@code file}. */
    public Contents read(Path file, int schemaVersion) {
        String name = String.valueOf(file.getFileName());
        byte[] all;
        try {
            if (!Files.isRegularFile(file)) {
                throw new PackageRefused(PackageRefused.Reason.UNREADABLE, name, file.toAbsolutePath().toString());
            }
            if (Files.size(file) > 3 * MAX_ENTRY_BYTES) {
                throw new PackageRefused(PackageRefused.Reason.DAMAGED, name, Files.size(file) + " bytes");
            }
            all = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new PackageRefused(PackageRefused.Reason.UNREADABLE, name, e.getMessage());
        }
        Map<String, byte[]> parts = unzip(file, name);
        byte[] manifestBytes = parts.get(Manifest.MANIFEST_FILE);
        if (manifestBytes == null) {
            throw new PackageRefused(PackageRefused.Reason.FOREIGN, name, null);
        }
        Manifest m = manifest(manifestBytes, name, schemaVersion);
        byte[] content = parts.get(Manifest.CONTENT_FILE);
        byte[] base = parts.get(Manifest.BASE_FILE);
        if (content == null || base == null) {
            throw new PackageRefused(PackageRefused.Reason.DAMAGED, name,
                    content == null ? Manifest.CONTENT_FILE : Manifest.BASE_FILE);
        }
        if (!sha256(content).equalsIgnoreCase(m.contentSha256())) {
            throw new PackageRefused(PackageRefused.Reason.TAMPERED, name, Manifest.CONTENT_FILE);
        }
        if (!sha256(base).equalsIgnoreCase(m.baseSha256())) {
            throw new PackageRefused(PackageRefused.Reason.TAMPERED, name, Manifest.BASE_FILE);
        }
        verifySignature(m, parts.get(Manifest.SIGNATURE_FILE), signedBytes(manifestBytes, content, base), name);
        Plan theirs = plan(content, Manifest.CONTENT_FILE, name);
        Plan basePlan = plan(base, Manifest.BASE_FILE, name);
        return new Contents(m, theirs, basePlan, sha256(all), leads(content, Manifest.CONTENT_FILE, name),
                leads(base, Manifest.BASE_FILE, name));
    }

    /**
     * The signature must be there, whole, by the key the manifest names, and match the three parts; the checksums
     * were checked before, so a signature that does not match means the manifest was changed after signing.
     */
    private void verifySignature(Manifest m, byte[] signatureFile, byte[] signed, String name) {
        if (signatureFile == null) {
            throw new PackageRefused(PackageRefused.Reason.UNSIGNED, name, Manifest.SIGNATURE_FILE);
        }
        JsonNode sig;
        try {
            sig = mapper.readTree(signatureFile);
        } catch (IOException e) {
            throw new PackageRefused(PackageRefused.Reason.SIGNATURE_DAMAGED, name, Manifest.SIGNATURE_FILE);
        }
        if (sig == null || !sig.isObject() || !OfficeKeys.ALGORITHM.equals(text(sig, "algorithm"))) {
            throw new PackageRefused(PackageRefused.Reason.SIGNATURE_DAMAGED, name, "algorithm");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(String.valueOf(text(sig, "signature")));
        } catch (IllegalArgumentException e) {
            throw new PackageRefused(PackageRefused.Reason.SIGNATURE_DAMAGED, name, "signature");
        }
        if (signature.length != 64) {
            throw new PackageRefused(PackageRefused.Reason.SIGNATURE_DAMAGED, name,
                    "signature " + signature.length + "/64 bytes");
        }
        String signer = text(sig, "publicKey");
        if (signer == null || !signer.equals(m.publicKey())) {
            throw new PackageRefused(PackageRefused.Reason.OTHER_KEY, name,
                    signer != null && OfficeKeys.isPublicKey(signer) ? OfficeKeys.fingerprint(signer) : "?");
        }
        if (!OfficeKeys.verify(m.publicKey(), signed, signature)) {
            throw new PackageRefused(PackageRefused.Reason.SIGNATURE_INVALID, name, Manifest.MANIFEST_FILE);
        }
    }

    private static Map<String, byte[]> unzip(Path file, String name) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                if (parts.containsKey(e.getName())) {
                    throw new PackageRefused(PackageRefused.Reason.DAMAGED, name, e.getName());
                }
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
                    if (bytes.length > MAX_ENTRY_BYTES) {
                        throw new PackageRefused(PackageRefused.Reason.DAMAGED, name, e.getName());
                    }
                    parts.put(e.getName(), bytes);
                }
            }
        } catch (ZipException e) {
            throw new PackageRefused(PackageRefused.Reason.DAMAGED, name, e.getMessage());
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            // a damaged entry (bad CRC, bad compressed data, undecodable name) surfaces here
            throw new PackageRefused(PackageRefused.Reason.DAMAGED, name, e.getMessage());
        }
        return parts;
    }

    private Manifest manifest(byte[] bytes, String name, int schemaVersion) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            // not JSON at all: whatever this zip is, it is not one of ours
            throw new PackageRefused(PackageRefused.Reason.FOREIGN, name, null);
        }
        if (root == null || !root.isObject() || !Manifest.FORMAT.equals(text(root, "format"))) {
            throw new PackageRefused(PackageRefused.Reason.FOREIGN, name, null);
        }
        int format = whole(root, "formatVersion", name);
        if (format > Manifest.FORMAT_VERSION) {
            throw new PackageRefused(PackageRefused.Reason.TOO_NEW, name,
                    "formatVersion " + format + " > " + Manifest.FORMAT_VERSION);
        }
        if (format < 1) {
            throw bad(name, "formatVersion");
        }
        if (format <= Manifest.UNSIGNED_FORMAT_VERSION) {
            throw new PackageRefused(PackageRefused.Reason.OLD_FORMAT, name, String.valueOf(format));
        }
        int schema = whole(root, "schemaVersion", name);
        if (schema > schemaVersion) {
            throw new PackageRefused(PackageRefused.Reason.TOO_NEW, name,
                    "schemaVersion " + schema + " > " + schemaVersion);
        }
        JsonNode origin = object(root, "origin", name);
        JsonNode base = object(root, "base", name);
        JsonNode sel = object(root, "selection", name);
        JsonNode sha = object(root, "sha256", name);
        Integer from = optYear(sel, "fromYear", name);
        Integer to = optYear(sel, "toYear", name);
        if (from != null && to != null && from > to) {
            throw bad(name, "selection.fromYear");
        }
        JsonNode kindsNode = sel.get("kinds");
        if (kindsNode == null || !kindsNode.isArray() || kindsNode.isEmpty()) {
            throw bad(name, "selection.kinds");
        }
        Set<Selection.Kind> kinds = EnumSet.noneOf(Selection.Kind.class);
        for (int i = 0; i < kindsNode.size(); i++) {
            try {
                kinds.add(Selection.Kind.ofWire(kindsNode.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw bad(name, "selection.kinds[" + i + "]");
            }
        }
        String zone = sel.hasNonNull("zone") ? required(sel, "zone", "selection.", name) : null;
        return new Manifest(format, required(origin, "name", "origin.", name),
                required(origin, "databaseId", "origin.", name), required(root, "createdAt", "", name),
                required(root, "appVersion", "", name), schema, wholeLong(root, "revision", name),
                required(base, "revision", "base.", name), required(base, "takenAt", "base.", name),
                required(base, "source", "base.", name), new Selection(zone, from, to, kinds),
                hex(sha, Manifest.CONTENT_FILE, name), hex(sha, Manifest.BASE_FILE, name), publicKey(origin, name));
    }

    private static String publicKey(JsonNode origin, String name) {
        String s = text(origin, "publicKey");
        if (s == null || !OfficeKeys.isPublicKey(s)) {
            throw bad(name, "origin.publicKey");
        }
        return s;
    }

    private static List<Lead> leads(byte[] bytes, String part, String name) {
        try {
            List<Lead> l = Leads.readExported(bytes);
            return l == null ? List.of() : l;
        } catch (IOException | RuntimeException e) {
            throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, name, part + " · " + e.getMessage());
        }
    }

    private Plan plan(byte[] bytes, String part, String name) {
        try {
            return json.read(new ByteArrayInputStream(bytes));
        } catch (PlanJson.FormatException e) {
            throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, name, part + " · " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, name, part + " · " + e.getMessage());
        }
    }

    private static PackageRefused bad(String name, String field) {
        return new PackageRefused(PackageRefused.Reason.BAD_MANIFEST, name, field);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static String required(JsonNode n, String field, String prefix, String name) {
        String s = text(n, field);
        if (s == null || s.isBlank() || s.length() > 500) {
            throw bad(name, prefix + field);
        }
        return s;
    }

    private static String hex(JsonNode n, String field, String name) {
        String s = text(n, field);
        if (s == null || !s.matches("[0-9a-fA-F]{64}")) {
            throw bad(name, "sha256." + field);
        }
        return s;
    }

    private static JsonNode object(JsonNode n, String field, String name) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw bad(name, field);
        }
        return v;
    }

    private static int whole(JsonNode n, String field, String name) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw bad(name, field);
        }
        return v.asInt();
    }

    private static long wholeLong(JsonNode n, String field, String name) {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
            throw bad(name, field);
        }
        return v.asLong();
    }

    private static Integer optYear(JsonNode n, String field, String name) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 2000 || v.asInt() > 2050) {
            throw bad(name, "selection." + field);
        }
        return v.asInt();
    }
}
