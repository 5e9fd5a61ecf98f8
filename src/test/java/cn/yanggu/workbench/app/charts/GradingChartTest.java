package cn.yanggu.workbench.app.charts;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.Grading;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.Plan;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 亩产效益 distribution chart: a bar per class named as the plan names it, with counts, exported 1920×1080. */
class GradingChartTest {
    private static final I18n T = I18n.forLanguage("zh");

    @Test
    void distributionHasTheFourPlanClassesAndRendersInTheirColours() throws Exception {
        Plan plan;
        try (InputStream in = Workbench.class.getResourceAsStream(Workbench.SEED_RESOURCE)) {
            plan = new PlanJson().read(in);
        }
        List<EnterpriseYear> data = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            data.add(new EnterpriseYear(plan.enterprises().get(i).code(), 2023, 10.0, 10.0 * (i + 1), 100.0 * (i + 1),
                    5.0, 1.0 * i, 20.0));
        }
        data.add(new EnterpriseYear(plan.enterprises().get(10).code(), 2023, 10.0, null, 100.0, 5.0, 1.0, 20.0));
        Grading.Result r = Grading.grade(2023, data, GradingMethod.defaultMethod());
        SlideChart chart = new GradingChart(T, ChartFonts.load(), LocalDate.of(2024, 6, 1)).distribution(plan, r);

        CategoryPlot plot = chart.chart().getCategoryPlot();
        List<String> categories = plot.getDataset().getColumnKeys().stream().map(Object::toString).toList();
        assertEquals(4, categories.size());
        assertTrue(categories.get(0).startsWith("优先发展\n"), categories.toString());
        assertTrue(categories.get(1).startsWith("鼓励提升\n"));
        assertTrue(categories.get(2).startsWith("帮扶转型\n"));
        assertTrue(categories.get(3).startsWith("整治淘汰\n"));
        // default: top 20 % / next 40 % / next 30 % / last 10 % of ten firms
        assertEquals(List.of(2, 4, 3, 1), java.util.stream.IntStream.range(0, 4).boxed()
                .map(c -> plot.getDataset().getValue(0, c.intValue()).intValue()).toList());
        assertEquals("2023 年企业亩产效益分级", chart.title());
        String subtitles = String.join("\n", chart.chart().getSubtitles().stream()
                .filter(s -> s instanceof TextTitle).map(s -> ((TextTitle) s).getText()).toList());
        assertTrue(subtitles.contains("工作台默认方法（规划未规定权重）"), subtitles);
        assertTrue(subtitles.contains("参评企业 10 家；因数据不全未参评 1 家"), subtitles);

        byte[] png = ChartExport.png(chart.chart(), SlideChart.WIDTH, SlideChart.HEIGHT);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1920, img.getWidth());
        assertEquals(1080, img.getHeight());
        for (java.awt.Color c : GradingChart.GRADE_COLOURS) {
            assertTrue(count(img, c.getRGB()) > 1000, "bars in " + Integer.toHexString(c.getRGB()));
        }
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
