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
 * One CJK sans family for the whole UI: the system's Microsoft YaHei UI / PingFang SC when present, otherwise the
 * bundled Noto Sans SC subset — also on a PC with Noto Sans CJK SC / Source Han Sans SC, the same typeface: the
 * system's collection (five languages, 65,000 glyphs per face) kept some 40 MB more in memory than the subset (30 MB
 * of its two .ttc files mapped, JavaFX's tables for them); the system's copy is used only if the bundled one cannot
 * be loaded.
 */
public final class Fonts {
    public static final String BUNDLED_FAMILY = "Noto Sans SC";
    private static final List<String> PREFERRED = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC");
    private static final List<String> SAME_AS_BUNDLED = List.of("Noto Sans CJK SC", "Source Han Sans SC");
    private static final String[] BUNDLED = {"/fonts/NotoSansSC-Regular.ttf", "/fonts/NotoSansSC-Bold.ttf"};

    private final String family;

    private Fonts(String family) {
        this.family = family;
    }

    /** Picks the family to use, loading the bundled font only when no preferred system family is there. */
    public static Fonts load() {
        Set<String> families = Set.copyOf(Font.getFamilies());
        return PREFERRED.stream().filter(families::contains).findFirst()
                .or(Fonts::bundled)
                .or(() -> SAME_AS_BUNDLED.stream().filter(families::contains).findFirst())
                .map(Fonts::new).orElse(new Fonts(BUNDLED_FAMILY));
    }

    /**
     * Loads the bundled font; its family if it loaded. The installed app has the font files beside its jar
     * (lib/app/fonts), which JavaFX reads in place; from the jar alone (java -jar), JavaFX first copies each stream to a
     * temporary file (15 MB inflated and written while the window is being built).
     */
    private static java.util.Optional<String> bundled() {
        boolean loaded = false;
        for (String resource : BUNDLED) {
            java.nio.file.Path file = cn.yanggu.workbench.app.charts.ChartFonts.besideJar(resource);
            if (file != null) {
                loaded |= Font.loadFont(file.toUri().toString(), 14) != null;
                continue;
            }
            try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
                loaded |= in != null && Font.loadFont(in, 14) != null;
            } catch (IOException ignored) {
                // the system's fonts are still there
            }
        }
        return loaded ? java.util.Optional.of(BUNDLED_FAMILY) : java.util.Optional.empty();
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
