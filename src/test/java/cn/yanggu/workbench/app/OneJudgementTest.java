package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.app.charts.Deck;
import cn.yanggu.workbench.app.excel.XlsxExport;
import cn.yanggu.workbench.app.reports.Report;
import cn.yanggu.workbench.app.reports.ReportBuilder;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.ReportKind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One judgement everywhere: for each shape of indicator (behind, far behind and falling, met early, no 2020 base,
 * direction only met and missed, a strict "&gt;85" met only by 85, a constant series), the status word the overview
 * prints (Judgements, as the cards do), the chart's status line, the deck's status table, the annual report's table
 * and the xlsx export's 指标评估 sheet are the same, as of the year the data run to (2023).
 */
class OneJudgementTest {
    @TempDir
    static Path dir;
    private static final I18n ZH = I18n.forLanguage("zh");
    private static Plan plan;
    private static Charts charts;
    private static final Map<String, String> DECK = new HashMap<>();
    private static final Map<String, String> REPORT = new HashMap<>();
    private static final Map<String, String> XLSX = new HashMap<>();

    @BeforeAll
    static void outputs() throws Exception {
        System.setProperty("java.awt.headless", "true");
        try (Workbench wb = TestPlans.withActuals(dir)) {
            plan = wb.loadPlan();
            charts = new Charts(ZH, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE);
            byte[] pptx = new Deck(ZH, charts, wb.narratives().issuer(), Assessment.DEFAULT_TOLERANCE)
                    .pptx(plan, (n, of) -> { });
            try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
                for (XSLFSlide slide : deck.getSlides()) {
                    for (XSLFShape shape : slide.getShapes()) {
                        if (shape instanceof XSLFTable table) {
                            for (XSLFTableRow row : table.getRows()) {
                                List<String> cells = row.getCells().stream().map(c -> c.getText().strip()).toList();
                                DECK.put(cells.get(0), cells.get(cells.size() - 1));
                            }
                        }
                    }
                }
            }
            Report annual = new ReportBuilder(ZH, Assessment.DEFAULT_TOLERANCE, LocalDate.of(2026, 11, 30))
                    .build(plan, 2023, ReportKind.ANNUAL, Map.of());
            annual.rows().forEach(r -> REPORT.put(r.indicator().replaceAll("（[^（）]*）$", ""), r.status()));
            byte[] xlsx = new XlsxExport(ZH).write(plan, List.of(), new XlsxExport.About("test",
                    "2026-11-30T08:00:00Z", "w.db", List.of()));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet s = book.getSheet("指标评估");
                int status = -1;
                for (org.apache.poi.ss.usermodel.Cell c : s.getRow(0)) {
                    if (c.getStringCellValue().equals("状态")) {
                        status = c.getColumnIndex();
                    }
                }
                for (Row r : s) {
                    if (r.getRowNum() > 0) {
                        XLSX.put(r.getCell(1).getStringCellValue(), r.getCell(status).getStringCellValue());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "T01, behind, 滞后",
        "T08, far behind and falling in percent, 严重滞后",
        "T05, met early, 提前实现",
        "G01, no 2020 base (108 家 in 2023), 基本符合预期",
        "G13, no 2020 base in percent, 基本符合预期",
        "G04, direction only and met, 符合要求",
        "G06, direction only and missed, 未达要求",
        "G14, strict >85 met only by 85, 基本符合预期",
        "G18, constant 100 100 100 against >=100, 提前实现",
    })
    void everyOutputPrintsTheSameWord(String code, String shape, String word) {
        Indicator ind = TestPlans.byCode(plan, code);
        int year = Judgements.dataYear(plan);
        assertEquals(2023, year);
        Assessment a = Judgements.assess(plan, ind, year, Assessment.DEFAULT_TOLERANCE);
        String overview = new Judgements(ZH).status(a);
        assertEquals(word, overview, shape + ": the judgement");
        String chart = charts.trajectory(plan, ind).statusLine();
        assertTrue(chart.startsWith("状态：" + word + " "), shape + ": chart " + chart);
        assertEquals(Words.symbol(a.status()) + " " + word, DECK.get(ind.name()), shape + ": deck");
        assertEquals(word, REPORT.get(ind.name()), shape + ": annual report");
        assertEquals(Words.symbol(a.status()) + " " + word, XLSX.get(ind.name()), shape + ": xlsx 指标评估");
        assertTrue(a.latest().isPresent() && !chart.contains("尚无实际值"), "never no-actuals next to a value");
    }
}
