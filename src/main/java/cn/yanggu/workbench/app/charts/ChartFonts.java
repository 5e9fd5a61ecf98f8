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
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, style, 12);
            }
            Font f = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
            return f;
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, style, 12);
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
