package cn.yanggu.workbench.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chinese and English are both complete, and no key is dead or missing. */
class I18nTest {
    private static final Path SOURCES = Path.of("src/main/java");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/cn/yanggu/workbench/i18n/messages" + suffix
                + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String allSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("").stringPropertyNames()), new TreeSet<>(bundle("_en").stringPropertyNames()));
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        String code = allSources();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle("").stringPropertyNames()) {
            if (!code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Matcher m = Pattern.compile("(?<![A-Za-z0-9_])(?:t|i18n)\\.get\\(\"([a-zA-Z0-9_.]+)\"").matcher(allSources());
        Set<String> keys = bundle("").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            if (!keys.contains(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsComplete() {
        assertEquals("总览", I18n.forLanguage(null).get("nav.overview"));
        assertEquals("总览", I18n.forLanguage("zh").get("nav.overview"));
        assertEquals("Overview", I18n.forLanguage("en").get("nav.overview"));
        assertEquals(Locale.ENGLISH, I18n.forLanguage("en-US").locale());
        // years are not grouped like amounts
        assertTrue(I18n.forLanguage("zh").get("indicator.valueAt", 2025, "7.3").startsWith("2025年"));
    }

    @Test
    void englishTextHasNoChineseExceptUnitsAndPlanWords() throws IOException {
        Properties en = bundle("_en");
        Set<String> chinese = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            // the plan's own unit words may appear in English examples
            String v = en.getProperty(key).replace("亿元", "").replace("万元", "").replace("阳政办字〔2022〕7号", "");
            if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                chinese.add(key);
            }
        }
        assertEquals(Set.of(), chinese);
    }
}
