package cn.yanggu.workbench.app.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts charts are drawn with: the bundled Noto Sans SC (regular and bold), so Chinese renders in every export
 * on a PC without a CJK font. Loaded once per instance; the composition root keeps one.
 */
public final class ChartFonts {
    private final Font regular;
    private final Font bold;

    private ChartFonts(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public static ChartFonts load() {
        Font r = create("/fonts/NotoSansSC-Regular.ttf", Font.PLAIN);
        Font b = create("/fonts/NotoSansSC-Bold.ttf", Font.BOLD);
        return new ChartFonts(r, b);
    }

    private static Font create(String resource, int style) {
        try {
            Font f;
            java.nio.file.Path file = besideJar(resource);
            if (file != null) {
                f = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } else {
                try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return new Font(Font.SANS_SERIF, style, 12);
                    }
                    f = Font.createFont(Font.TRUETYPE_FONT, in);
                }
            }
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return f;
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, style, 12);
        }
    }

    /**
     * A bundled resource ({@code /fonts/X.ttf}) as a file in the folder beside the application's jar, or null when
     * there is none. The installed app carries its fonts there only (lib/app/fonts; not also inside its jar), read in
     * place by the charts and the window alike; run from the jar alone, they come from inside it.
     */
    public static java.nio.file.Path besideJar(String resource) {
        try {
            java.nio.file.Path jar = java.nio.file.Path.of(
                    ChartFonts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.nio.file.Path file = jar.resolveSibling(resource.substring(1));
            return jar.toString().endsWith(".jar") && java.nio.file.Files.isRegularFile(file) ? file : null;
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }

    public Font regular(float size) {
        return regular.deriveFont(Font.PLAIN, size);
    }

    public Font bold(float size) {
        return bold.deriveFont(Font.BOLD, size);
    }

    public String family() {
        return regular.getFamily();
    }
}
