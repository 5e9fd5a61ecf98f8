package cn.yanggu.workbench.app;

import cn.yanggu.workbench.app.exchange.Selection;
import cn.yanggu.workbench.app.exchange.ThreeWay;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one table of vocabulary words: no constant without a word, no word without a message in both languages. */
class WordsTest {
    private static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(EntityKind.class,
            Enums.ProjectStage.class, Enums.ProjectKind.class, Enums.ZoneKind.class, Enums.EnterpriseRole.class,
            Enums.Attribute.class, Enums.Direction.class, Enums.GrowthKind.class, Enums.ValueKind.class,
            Enums.Vintage.class, Assessment.Status.class, Assessment.Verdict.class, EnterpriseYear.Figure.class,
            Backups.Reason.class, ThreeWay.Kind.class, Selection.Kind.class);

    @Test
    void everyConstantOfEveryVocabularyHasAWord() {
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> c : VOCABULARIES) {
            for (Enum<?> e : c.getEnumConstants()) {
                if (!Words.has(e)) {
                    missing.add(c.getSimpleName() + "." + e.name());
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyWordIsInBothLanguages() throws IOException {
        for (String suffix : List.of("", "_en")) {
            Properties p = new Properties();
            try (InputStream in = WordsTest.class.getResourceAsStream(
                    "/cn/yanggu/workbench/i18n/messages" + suffix + ".properties")) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> missing = new TreeSet<>(Words.keys());
            missing.removeAll(p.stringPropertyNames());
            assertEquals(Set.of(), missing, "messages" + suffix);
        }
    }

    @Test
    void theWordsReadAsBefore() {
        I18n zh = I18n.forLanguage("zh");
        assertEquals(List.of("储备", "在建", "尚无实际值", "尚无实际值"), Stream.of(
                Words.stage(zh, Enums.ProjectStage.RESERVE), Words.stage(zh, Enums.ProjectStage.UNDER_CONSTRUCTION),
                Words.status(zh, Assessment.Status.NO_DATA), Words.verdict(zh, Assessment.Verdict.NO_DATA)).toList());
        assertEquals(null, Words.stage(zh, null), "not given stays null: the caller says what that means");
    }
}
