package cn.yanggu.workbench.ui.common;

import javafx.scene.Scene;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * One CJK sans family for the whole UI: the system's Microsoft YaHei UI / PingFang SC / Noto Sans CJK SC when
 * present, otherwise the bundled Noto Sans SC subset, so Chinese renders on a PC with no CJK font.
 */
public final class Fonts {
    public static final String BUNDLED_FAMILY = "Noto Sans SC";
    private static final List<String> PREFERRED = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC");
    private static final String[] BUNDLED = {"/fonts/NotoSansSC-Regular.ttf", "/fonts/NotoSansSC-Bold.ttf"};

    private final String family;

    private Fonts(String family) {
        this.family = family;
    }

    /**
     * Picks the family to use: the system's CJK sans when there is one, otherwise the bundled font, loaded only then
     * (its two files are 15 MB that a PC with a Chinese font would read, copy to a temporary file and parse for
     * nothing).
     */
    public static Fonts load() {
        Set<String> families = Set.copyOf(Font.getFamilies());
        return PREFERRED.stream().filter(families::contains).findFirst().map(Fonts::new).orElseGet(Fonts::bundled);
    }

    private static Fonts bundled() {
        for (String resource : BUNDLED) {
            try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (IOException ignored) {
                // the system's fonts are still there; the bundled one only fills in
            }
        }
        return new Fonts(BUNDLED_FAMILY);
    }

    public String family() {
        return family;
    }

    /** Applies the family to a scene through a one-rule stylesheet (sizes stay in the CSS files). */
    public void apply(Scene scene) {
        String css = ".root { -fx-font-family: \"" + family + "\"; }";
        scene.getStylesheets().add(0, "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }
}
