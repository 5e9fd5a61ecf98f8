package cn.yanggu.workbench.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Font;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled font alone renders every ideograph of GBK (U+4E00–U+9FA5, 20,902 characters: company names with
 * 犇, 垚, 燊 included) and the punctuation and symbols the workbench prints — on a PC without any Chinese font.
 */
class FontCoverageTest {
    /** Symbols the views, charts and reports print (status marks, units, arrows, list marks). */
    private static final String PRINTED = "，。、；：？！“”‘’（）《》【】〔〕—…·％‰±×÷≥≤≈°²³㎡↑↓→←✓▲▼●○◆◇■□★①②③④⑤⑥⑦⑧⑨⑩"
            + "一二三四五六七八九十亩万亿元吨犇垚燊淼鑫昇〇";

    @ParameterizedTest
    @ValueSource(strings = {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"})
    void everyGbkIdeographAndEveryPrintedSymbolHasAGlyph(String file) throws Exception {
        Font font;
        try (InputStream in = FontCoverageTest.class.getResourceAsStream("/fonts/" + file)) {
            assertNotNull(in, "the font is bundled in the jar");
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        List<String> missing = new ArrayList<>();
        for (int cp = 0x4E00; cp <= 0x9FA5; cp++) {
            if (!font.canDisplay(cp)) {
                missing.add(String.format("U+%04X %s", cp, Character.toString(cp)));
            }
        }
        PRINTED.codePoints().filter(cp -> !font.canDisplay(cp))
                .forEach(cp -> missing.add(String.format("U+%04X %s", cp, Character.toString(cp))));
        assertEquals(List.of(), missing.subList(0, Math.min(20, missing.size())),
                missing.size() + " characters have no glyph in " + file);
        assertTrue(font.canDisplay('犇') && font.canDisplay('垚') && font.canDisplay('燊'));
    }
}
