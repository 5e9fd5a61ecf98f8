package cn.yanggu.workbench.app;

import cn.yanggu.workbench.store.StoreException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1,000 mutated export files (seeded: byte flips, truncations, deleted fields, swapped types, huge numbers, duplicate
 * codes, invalid UTF-8) imported into one database: each is imported whole or refused with a worded message, and
 * after every refusal the database's content is exactly what it was.
 */
class JsonImportFuzzTest {
    private static final int CASES = 1000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyMutatedFileIsImportedWholeOrRefusedWithAMessageAndNothingChanges() throws Exception {
        Path db = dir.resolve("fuzz.db");
        Path original = dir.resolve("original.json");
        Path input = dir.resolve("input.json");
        I18n zh = I18n.forLanguage("zh");
        String unexpected = zh.get("error.unexpected", "");
        Random random = new Random(20240601L);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        try (Workbench wb = Workbench.open(db)) {
            wb.exportJson(original, "fuzz");
            byte[] valid = Files.readAllBytes(original);
            JsonNode tree = MAPPER.readTree(valid);
            String content = contentHash(db);
            for (int i = 0; i < CASES; i++) {
                String how = MUTATIONS[i % MUTATIONS.length];
                byte[] mutated = mutate(how, valid, tree, random);
                Files.write(input, mutated);
                try {
                    wb.importJson(input);
                    // a mutation that is still a valid plan (e.g. a changed letter in a name) was imported whole;
                    // the next refusals must leave this new content as it is
                    outcomes.merge("imported", 1, Integer::sum);
                    content = contentHash(db);
                } catch (PlanJson.FormatException | EditRejected | StoreException e) {
                    outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    String message = ErrorText.describe(zh, e);
                    if (message.isBlank() || message.startsWith(unexpected.strip()) || message.contains("Exception")
                            || message.matches("(?s).*[:：]\\s*null\\s*$")) {
                        failures.add(i + " " + how + ": poor message: " + message);
                    }
                    String now = contentHash(db);
                    if (!now.equals(content)) {
                        failures.add(i + " " + how + ": the database changed after a refused import");
                        content = now;
                    }
                } catch (RuntimeException | java.io.IOException e) {
                    failures.add(i + " " + how + ": " + e);
                }
            }
        }
        System.out.println("JSON import fuzz: " + CASES + " cases " + outcomes);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
        assertEquals(CASES, outcomes.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(outcomes.getOrDefault("imported", 0) < CASES / 2, "most mutations break the file: " + outcomes);
    }

    private static final String[] MUTATIONS = {"flip", "truncate", "deleteField", "swapType", "hugeNumber",
        "duplicateCode", "invalidUtf8", "flip", "deleteField", "swapType"};

    private static byte[] mutate(String how, byte[] valid, JsonNode tree, Random r) throws Exception {
        switch (how) {
            case "flip": {
                byte[] b = valid.clone();
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case "truncate":
                return java.util.Arrays.copyOf(valid, r.nextInt(valid.length));
            case "invalidUtf8": {
                byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xE6, (byte) 0x97};
                int at = r.nextInt(valid.length);
                int n = 1 + r.nextInt(bad.length);
                byte[] b = new byte[valid.length + n];
                System.arraycopy(valid, 0, b, 0, at);
                System.arraycopy(bad, 0, b, at, n);
                System.arraycopy(valid, at, b, at + n, valid.length - at);
                return b;
            }
            default: {
                JsonNode copy = tree.deepCopy();
                List<JsonNode> containers = new ArrayList<>();
                collect(copy, containers);
                JsonNode target = containers.get(r.nextInt(containers.size()));
                switch (how) {
                    case "deleteField" -> {
                        if (target instanceof ObjectNode o && o.size() > 0) {
                            o.remove(nth(o.fieldNames(), r.nextInt(o.size())));
                        } else if (target instanceof ArrayNode a && a.size() > 0) {
                            a.remove(r.nextInt(a.size()));
                        }
                    }
                    case "swapType" -> replaceSomeValue(target, r, swapped(r));
                    case "hugeNumber" -> replaceSomeValue(target, r, huge(r));
                    case "duplicateCode" -> {
                        List<ArrayNode> arrays = new ArrayList<>();
                        containers.forEach(c -> {
                            if (c instanceof ArrayNode a && a.size() > 0 && a.get(0).has("code")) {
                                arrays.add(a);
                            }
                        });
                        ArrayNode a = arrays.get(r.nextInt(arrays.size()));
                        JsonNode dup = a.get(r.nextInt(a.size())).deepCopy();
                        if (r.nextBoolean() && a.size() > 1) {
                            // same code, different content
                            ((ObjectNode) dup).put("name", "重复编码" + r.nextInt(1000));
                        }
                        a.add(dup);
                    }
                    default -> throw new IllegalStateException(how);
                }
                return MAPPER.writeValueAsBytes(copy);
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.elements().forEachRemaining(c -> collect(c, out));
        }
    }

    private static String nth(Iterator<String> it, int n) {
        String s = it.next();
        for (int i = 0; i < n; i++) {
            s = it.next();
        }
        return s;
    }

    private static void replaceSomeValue(JsonNode target, Random r, JsonNode value) {
        if (target instanceof ObjectNode o && o.size() > 0) {
            o.set(nth(o.fieldNames(), r.nextInt(o.size())), value);
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            a.set(r.nextInt(a.size()), value);
        }
    }

    private static JsonNode swapped(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(7)) {
            case 0 -> f.textNode("文本");
            case 1 -> f.numberNode(42);
            case 2 -> f.booleanNode(true);
            case 3 -> f.nullNode();
            case 4 -> f.arrayNode().add(1).add("x");
            case 5 -> f.objectNode().put("x", 1);
            default -> f.textNode("");
        };
    }

    private static JsonNode huge(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(6)) {
            case 0 -> f.numberNode(new java.math.BigDecimal("1e400"));
            case 1 -> f.numberNode(new java.math.BigInteger("99999999999999999999999999999"));
            case 2 -> f.numberNode(-1e308);
            case 3 -> f.numberNode(Long.MIN_VALUE);
            case 4 -> f.numberNode(Double.MAX_VALUE);
            default -> f.numberNode(-0.000001);
        };
    }

    /** A hash of every row of every table (the database's content, independent of its file layout). */
    static String contentHash(Path db) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= cols; k++) {
                            Object value = rs.getObject(k);
                            md.update(value instanceof byte[] blob ? blob
                                    : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                            md.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
