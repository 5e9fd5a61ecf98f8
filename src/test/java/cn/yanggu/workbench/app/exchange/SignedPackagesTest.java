package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.AuditText;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PrivateFiles;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.OfficeRegistration;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static cn.yanggu.workbench.app.exchange.Packages.indicator;
import static cn.yanggu.workbench.app.exchange.Packages.setActual;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: packages that cannot be forged. An office's package is signed with its own key; the bureau registers
 * the office by its fingerprint and then refuses a forged copy, a stranger's key, a cut signature, a package naming
 * another office and the old unsigned format — each with its own message and the database byte for byte unchanged.
 */
class SignedPackagesTest {
    @TempDir
    Path dir;
    private final I18n t = I18n.forLanguage("zh");
    private final ObjectMapper mapper = new ObjectMapper();

    private Path db(String name) {
        return dir.resolve(name + ".db");
    }

    /** A package of {@code office} named {@code name}, with 亩均税收 2023 = {@code value}. */
    private Path export(String office, String name, double value) throws Exception {
        Path pkg = dir.resolve(office + "-" + System.nanoTime() + ".ygpkg");
        try (Workbench wb = Workbench.open(db(office))) {
            wb.exchange().setOriginName(name);
            setActual(wb, "T01", 2023, value);
            wb.exchange().export(pkg, new Selection(null, null, null, EnumSet.of(Selection.Kind.VALUES)), "test");
        }
        return pkg;
    }

    /** The township's honest package, its office registered at the bureau. */
    private Path honest() throws Exception {
        Path pkg = export("office", "十五里园镇", 5.8);
        try (Workbench bureau = Workbench.open(db("bureau"))) {
            Packages.register(bureau, pkg);
        }
        return pkg;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** Refused with {@code reason} and a message saying {@code words}; the bureau's file not changed by one byte. */
    private PackageRefused assertRefused(Path pkg, PackageRefused.Reason reason, String words) throws Exception {
        byte[] before = Files.readAllBytes(db("bureau"));
        PackageRefused e;
        try (Workbench bureau = Workbench.open(db("bureau"))) {
            e = assertThrows(PackageRefused.class, () -> bureau.exchange().preview(pkg));
        }
        assertEquals(reason, e.reason(), e.getMessage());
        String message = ExchangeText.refused(t, e);
        assertTrue(message.contains(words) && message.contains(pkg.getFileName().toString())
                && message.contains("数据库未作任何改动"), message);
        assertArrayEquals(before, Files.readAllBytes(db("bureau")), "the database is byte for byte unchanged");
        return e;
    }

    private static double actual2023(Workbench wb) {
        return indicator(wb, "T01").value(Enums.ValueKind.ACTUAL, 2023).orElseThrow().value();
    }

    @Test
    void theForgeryWithRecomputedChecksumsIsRefusedAndTheHonestPackageApplies() throws Exception {
        Path pkg = honest();
        Map<String, byte[]> parts = Packages.unzip(Files.readAllBytes(pkg));
        String content = new String(parts.get(Manifest.CONTENT_FILE), StandardCharsets.UTF_8);
        assertTrue(content.contains("5.8"), content);
        byte[] forged = content.replace("5.8", "9.9").getBytes(StandardCharsets.UTF_8);
        ObjectNode m = (ObjectNode) mapper.readTree(parts.get(Manifest.MANIFEST_FILE));
        ((ObjectNode) m.get("sha256")).put(Manifest.CONTENT_FILE, PackageFile.sha256(forged));
        Path forgery = write("forged.ygpkg", PackageFile.zip(mapper.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(m), forged, parts.get(Manifest.BASE_FILE), parts.get(Manifest.SIGNATURE_FILE)));
        assertRefused(forgery, PackageRefused.Reason.SIGNATURE_INVALID, "在签名之后被改动");

        // content changed without recomputing: the checksum names content.json
        Path changed = write("changed.ygpkg", PackageFile.zip(parts.get(Manifest.MANIFEST_FILE), forged,
                parts.get(Manifest.BASE_FILE), parts.get(Manifest.SIGNATURE_FILE)));
        assertTrue(ExchangeText.refused(t, assertRefused(changed, PackageRefused.Reason.TAMPERED, "校验值"))
                .contains(Manifest.CONTENT_FILE));

        try (Workbench bureau = Workbench.open(db("bureau"))) {
            Exchange.Preview p = bureau.exchange().preview(pkg);
            bureau.exchange().apply(p, Map.of(), () -> { });
            assertEquals(5.8, actual2023(bureau));
            OfficeRegistration r = bureau.exchange().register().get(0);
            assertEquals(p.manifest().createdAt(), r.lastPackageAt(), "the register notes the last package");
        }
    }

    @Test
    void aChangedManifestIsRefused() throws Exception {
        Map<String, byte[]> parts = Packages.unzip(Files.readAllBytes(honest()));
        ObjectNode m = (ObjectNode) mapper.readTree(parts.get(Manifest.MANIFEST_FILE));
        m.put("createdAt", "2030-01-01T00:00:00+08:00");
        Path bad = write("manifest.ygpkg", PackageFile.zip(mapper.writeValueAsBytes(m),
                parts.get(Manifest.CONTENT_FILE), parts.get(Manifest.BASE_FILE), parts.get(Manifest.SIGNATURE_FILE)));
        assertTrue(ExchangeText.refused(t, assertRefused(bad, PackageRefused.Reason.SIGNATURE_INVALID, "签名"))
                .contains(Manifest.MANIFEST_FILE));
    }

    @Test
    void aSignatureFromAnotherKeyIsRefused() throws Exception {
        Map<String, byte[]> parts = Packages.unzip(Files.readAllBytes(honest()));
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(stranger.getPrivate());
        s.update(PackageFile.signedBytes(parts.get(Manifest.MANIFEST_FILE), parts.get(Manifest.CONTENT_FILE),
                parts.get(Manifest.BASE_FILE)));
        String strangerKey = Base64.getEncoder().encodeToString(stranger.getPublic().getEncoded());
        Path bad = write("stranger.ygpkg", PackageFile.zip(parts.get(Manifest.MANIFEST_FILE),
                parts.get(Manifest.CONTENT_FILE), parts.get(Manifest.BASE_FILE),
                PackageFile.signatureBytes(strangerKey, s.sign())));
        assertTrue(ExchangeText.refused(t, assertRefused(bad, PackageRefused.Reason.OTHER_KEY, "不是其自称单位的密钥所签"))
                .contains(OfficeKeys.fingerprint(strangerKey)));
    }

    @Test
    void aTruncatedOrMissingSignatureIsRefused() throws Exception {
        Map<String, byte[]> parts = Packages.unzip(Files.readAllBytes(honest()));
        var sig = (ObjectNode) mapper.readTree(parts.get(Manifest.SIGNATURE_FILE));
        byte[] full = Base64.getDecoder().decode(sig.get("signature").asText());
        sig.put("signature", Base64.getEncoder().encodeToString(Arrays.copyOf(full, 40)));
        Path cut = write("cut-signature.ygpkg", PackageFile.zip(parts.get(Manifest.MANIFEST_FILE),
                parts.get(Manifest.CONTENT_FILE), parts.get(Manifest.BASE_FILE), mapper.writeValueAsBytes(sig)));
        assertRefused(cut, PackageRefused.Reason.SIGNATURE_DAMAGED, "签名不完整");
        byte[] sigFile = parts.get(Manifest.SIGNATURE_FILE);
        Path cutFile = write("cut-file.ygpkg", PackageFile.zip(parts.get(Manifest.MANIFEST_FILE),
                parts.get(Manifest.CONTENT_FILE), parts.get(Manifest.BASE_FILE),
                Arrays.copyOf(sigFile, sigFile.length / 2)));
        assertRefused(cutFile, PackageRefused.Reason.SIGNATURE_DAMAGED, "签名不完整");
        Path none = write("unsigned.ygpkg", PackageFile.zip(parts.get(Manifest.MANIFEST_FILE),
                parts.get(Manifest.CONTENT_FILE), parts.get(Manifest.BASE_FILE)));
        assertRefused(none, PackageRefused.Reason.UNSIGNED, "缺少签名");
    }

    @Test
    void anOldFormatPackageIsRefusedAskingForANewExport() throws Exception {
        Map<String, byte[]> parts = Packages.unzip(Files.readAllBytes(honest()));
        ObjectNode m = (ObjectNode) mapper.readTree(parts.get(Manifest.MANIFEST_FILE));
        m.put("formatVersion", 1);
        ((ObjectNode) m.get("origin")).remove(List.of("publicKey", "fingerprint"));
        Path old = write("old.ygpkg", PackageFile.zip(mapper.writeValueAsBytes(m), parts.get(Manifest.CONTENT_FILE),
                parts.get(Manifest.BASE_FILE)));
        assertRefused(old, PackageRefused.Reason.OLD_FORMAT, "旧版格式（未签名）");
        assertTrue(ExchangeText.refused(t, assertRefused(old, PackageRefused.Reason.OLD_FORMAT, "重新导出"))
                .contains("当前版本"));
    }

    @Test
    void anUnknownOfficeAKeyDifferingFromTheRegisteredOneAndAnotherOfficesNameAreRefused() throws Exception {
        honest();
        // not registered: refused, naming the office and its fingerprint
        Path unknown = export("zhangqiu", "张秋镇", 6.0);
        String fp;
        try (Workbench z = Workbench.open(db("zhangqiu"))) {
            fp = z.exchange().ownKey().fingerprint();
        }
        PackageRefused e = assertRefused(unknown, PackageRefused.Reason.UNREGISTERED, "尚未登记的单位“张秋镇”");
        assertTrue(ExchangeText.refused(t, e).contains(fp), ExchangeText.refused(t, e));
        try (Workbench bureau = Workbench.open(db("bureau"))) {
            Packages.register(bureau, unknown);
        }
        // 张秋镇's key, claiming to be 十五里园镇
        Path claiming = export("zhangqiu", "十五里园镇", 9.9);
        assertRefused(claiming, PackageRefused.Reason.CLAIMS_OTHER_NAME, "登记在“张秋镇”名下");
        // a stranger's PC calling itself 十五里园镇
        Path stranger = export("stranger", "十五里园镇", 9.9);
        assertRefused(stranger, PackageRefused.Reason.KEY_MISMATCH, "签名密钥与登记的不同");
    }

    @Test
    void registeringIsOneStepInTheChangeLogAndCanBeUndone() throws Exception {
        Path pkg = export("office", "十五里园镇", 5.8);
        try (Workbench bureau = Workbench.open(db("bureau"))) {
            Packages.register(bureau, pkg);
            AuditEntry e = bureau.editor().audit().get(0);
            assertEquals("office", e.entity());
            assertEquals("十五里园镇", e.code());
            AuditText.Names names = AuditText.Names.none();
            assertEquals("交换单位 十五里园镇", AuditText.record(t, e.entity(), e.code(), names));
            assertEquals("签名密钥指纹", AuditText.field(t, e.field()));
            assertEquals(bureau.exchange().signer(pkg).fingerprint(), e.newValue());
            assertThrows(IllegalStateException.class, () -> Packages.register(bureau, pkg));
            bureau.editor().undo();
            assertTrue(bureau.exchange().register().isEmpty());
            assertThrows(PackageRefused.class, () -> bureau.exchange().preview(pkg));
            bureau.editor().redo();
            assertEquals(1, bureau.exchange().register().size());
            bureau.exchange().preview(pkg);
        }
    }

    @Test
    void theRegisterIsInTheJsonExportAndAnImportLeavesTheRegisterAsItIs() throws Exception {
        honest();
        Path json = dir.resolve("bureau.json");
        String fp;
        try (Workbench bureau = Workbench.open(db("bureau"))) {
            fp = bureau.exchange().register().get(0).fingerprint();
            bureau.exportJson(json, "test");
        }
        var entry = mapper.readTree(Files.readAllBytes(json)).get("officeRegister").get(0);
        assertEquals("十五里园镇", entry.get("office").asText());
        assertEquals(fp, entry.get("fingerprint").asText());
        assertTrue(entry.hasNonNull("registeredAt") && entry.hasNonNull("registeredBy") && entry.has("publicKey"));
        // the register is the database's own: a JSON import (the office receiving the plan) does not take it over
        try (Workbench office = Workbench.open(db("office"))) {
            office.importJson(json);
            assertTrue(office.exchange().register().isEmpty());
        }
    }

    @Test
    void anOfficesKeyIsReplacedOnlyWithAReasonAndNeverSilently() throws Exception {
        Path old = honest();
        // the office's new PC: a new database (restored from a backup would be the same), a new key
        Path fresh = export("office-new-pc", "十五里园镇", 6.2);
        assertRefused(fresh, PackageRefused.Reason.KEY_MISMATCH, "更换登记的密钥");
        try (Workbench bureau = Workbench.open(db("bureau"))) {
            Manifest m = bureau.exchange().signer(fresh);
            String oldFp = bureau.exchange().register().get(0).fingerprint();
            assertThrows(EditRejected.class, () -> bureau.exchange().replaceKey(m, "  "));
            assertEquals(oldFp, bureau.exchange().register().get(0).fingerprint(), "no reason, no replacement");
            bureau.exchange().replaceKey(m, "更换电脑");
            OfficeRegistration r = bureau.exchange().register().get(0);
            assertEquals(m.fingerprint(), r.fingerprint());
            assertEquals("更换电脑", r.replaceReason());
            AuditEntry e = bureau.editor().audit().get(0);
            assertEquals("update", e.entity().equals("office") ? e.action() : null);
            assertEquals(oldFp, e.oldValue());
            assertEquals(m.fingerprint() + "（更换电脑）", e.newValue());
            bureau.exchange().apply(bureau.exchange().preview(fresh), Map.of(), () -> { });
            assertEquals(6.2, actual2023(bureau));
            // the old PC's key is no longer accepted
            assertThrows(PackageRefused.class, () -> bureau.exchange().preview(old));
        }
        assertRefused(old, PackageRefused.Reason.KEY_MISMATCH, "与登记的不同");
    }

    @Test
    void theKeyStaysOnThePcReadableByItsUserOnlyAndOutsideTheDatabase() throws Exception {
        Path pkg = export("office", "十五里园镇", 5.8);
        String priv;
        try (Workbench office = Workbench.open(db("office"))) {
            OfficeKeys.KeyInfo key = office.exchange().ownKey();
            assertTrue(key.fingerprint().matches("\\d{4}( \\d{4}){7}"), key.fingerprint());
            assertEquals(key.fingerprint(), office.exchange().signer(pkg).fingerprint());
            assertEquals(office.exchange().signer(pkg).fingerprint(), office.exchange().ownKeyIfMade().orElseThrow()
                    .fingerprint());
            Path file = key.file();
            assertFalse(file.startsWith(dir), "not beside the database: " + file);
            assertTrue(PrivateFiles.isOwnerOnly(file));
            if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                        file.getParent())));
            }
            priv = mapper.readTree(Files.readAllBytes(file)).get("privateKey").asText();
            assertTrue(priv.length() > 40, priv);
            office.backup(cn.yanggu.workbench.app.Backups.Reason.MANUAL);
        }
        // neither the database nor its backup carries the private key
        for (Path f : Files.walk(dir).filter(Files::isRegularFile).toList()) {
            assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(priv), f.toString());
        }
    }

    @Test
    void aPassphraseSealsTheKey() throws Exception {
        Path pkg = dir.resolve("sealed.ygpkg");
        try (Workbench office = Workbench.open(db("office"))) {
            office.exchange().setOriginName("十五里园镇");
            office.exchange().setPassphrase(null, "黄河口令".toCharArray());
            assertTrue(office.exchange().ownKey().sealed());
            assertFalse(new String(Files.readAllBytes(office.exchange().ownKey().file()), StandardCharsets.UTF_8)
                    .contains("\"privateKey\" : \"M"), "no private key in the clear");
            OfficeKeys.PassphraseNeeded none = assertThrows(OfficeKeys.PassphraseNeeded.class,
                    () -> office.exchange().export(pkg, Selection.all(), "test", null));
            assertFalse(none.wrong());
            assertTrue(assertThrows(OfficeKeys.PassphraseNeeded.class, () -> office.exchange().export(pkg,
                    Selection.all(), "test", "错误".toCharArray())).wrong());
            assertFalse(Files.exists(pkg));
            office.exchange().export(pkg, Selection.all(), "test", "黄河口令".toCharArray());
        }
        try (Workbench bureau = Workbench.open(db("bureau"))) {
            Packages.register(bureau, pkg);
            bureau.exchange().preview(pkg);
        }
    }

    @Test
    void theBureausPackagesAreSignedAndCheckedByTheOfficeTheSameWay() throws Exception {
        // the bureau sends its 2023 value; the office registers the bureau's key and applies it
        Path fromBureau = export("bureau", "阳谷经济开发区管委会", 5.5);
        try (Workbench office = Workbench.open(db("office"))) {
            PackageRefused e = assertThrows(PackageRefused.class, () -> office.exchange().preview(fromBureau));
            assertEquals(PackageRefused.Reason.UNREGISTERED, e.reason());
            Exchange.Preview p = office.exchange().preview(fromBureau, true);
            assertTrue(p.unregistered());
            office.exchange().register(p.manifest());
            office.exchange().apply(office.exchange().preview(fromBureau), Map.of(), () -> { });
            assertEquals(5.5, actual2023(office));
        }
        // and back: the office corrects it, the bureau registers the office and applies it
        Path fromOffice = export("office", "十五里园镇", 5.8);
        try (Workbench bureau = Workbench.open(db("bureau"))) {
            Packages.register(bureau, fromOffice);
            bureau.exchange().apply(bureau.exchange().preview(fromOffice), Map.of(), () -> { });
            assertEquals(5.8, actual2023(bureau));
            assertEquals(List.of("十五里园镇"), bureau.exchange().register().stream().map(OfficeRegistration::office)
                    .toList());
        }
        try (Workbench office = Workbench.open(db("office"))) {
            assertEquals(List.of("阳谷经济开发区管委会"), office.exchange().register().stream()
                    .map(OfficeRegistration::office).toList());
        }
    }
}
