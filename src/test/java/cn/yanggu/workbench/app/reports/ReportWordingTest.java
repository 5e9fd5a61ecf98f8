package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.charts.Charts;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.ReportKind;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three reports from three years of realistic actuals (TestPlans.withActuals), read back from the docx: the
 * sentences a county office would sign, not software wording.
 */
class ReportWordingTest {
    @TempDir
    static Path dir;
    private static final I18n ZH = I18n.forLanguage("zh");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static Workbench wb;

    @BeforeAll
    static void seed() {
        wb = TestPlans.withActuals(dir);
    }

    private static String text(int year, ReportKind kind) throws Exception {
        Report r = new ReportBuilder(ZH, Assessment.DEFAULT_TOLERANCE, TODAY).build(wb.editor().plan(), year, kind,
                wb.narratives().load(year, kind), wb.narratives().issuer());
        byte[] bytes = new ReportDocx(new Charts(ZH, ChartFonts.load(), Assessment.DEFAULT_TOLERANCE))
                .write(r, n -> { });
        String out = System.getProperty("report.out");
        if (out != null) {
            Files.write(Path.of(out).resolve(kind.wire() + "-" + year + ".docx"), bytes);
        }
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String paragraphs = d.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            String tables = d.getTables().stream().flatMap(t -> t.getRows().stream())
                    .map(row -> row.getTableCells().stream().map(c -> c.getText()).collect(Collectors.joining("|")))
                    .collect(Collectors.joining("\n"));
            return paragraphs + "\n" + tables;
        }
    }

    @Test
    void theMidtermReportJudgesEveryShapeAndReadsLikeTheBureau() throws Exception {
        String all = text(2023, ReportKind.MIDTERM);
        // no base: judged against the target, never "no actuals" next to a value
        assertTrue(all.contains("规上工业企业2023年为108家（快报），2025年目标≥120家，基本符合预期"), all);
        assertFalse(Pattern.compile("\\d（[^）]*）[^。；]{0,30}尚无实际值").matcher(all).find(), all);
        // % gaps in 个百分点, persons whole
        assertTrue(all.contains("产业集聚度：2023年为78%（快报），严重滞后，较基期值80%反向变化；距2025年目标88%尚差10个百分点"),
                all);
        assertFalse(Pattern.compile("\\d+\\.\\d+人").matcher(all).find(), "persons are whole numbers");
        // large money in 亿元 as the plan writes it
        assertTrue(all.contains("进出口总额2023年为158亿元（快报）"), all);
        // direction only
        assertTrue(all.contains("化学需氧量排放量：2023年为800吨（快报），未达要求，比上年增长1.3%；《规划》要求持续下降"), all);
        // 比上年, with the largest rise and fall named
        assertTrue(all.contains("2023年与2022年均有实际值的指标"), all);
        assertTrue(all.contains("实际利用外资比上年增长26.5%"), all);
        assertTrue(all.contains("产业集聚度比上年降低1.5个百分点"), all);
        // the mid-term is an evaluation: groups against time, targets at risk, chains, adjustments
        assertTrue(all.contains("按指标类别看："), all);
        assertTrue(all.contains("（五）目标实现存在风险的指标"), all);
        assertTrue(all.contains("实际利用外资：按2023年3,100万美元计，实现目标尚需年均增长27.0%，为《规划》增速13.7%的2.0倍"), all);
        assertTrue(all.contains("铜及铜精深加工：高纯阴极铜年产量2023年为42万吨，为2025年目标45万吨的93.3%"), all);
        assertTrue(all.contains("（七）调整建议"), all);
        assertTrue(all.contains("高新技术企业数量：2023年为31个，已提前达到2025年目标30个。建议研究是否提高目标。"), all);
        // the years of the evaluations are the bureau's arrangement, not the plan's words
        assertTrue(all.contains("《规划》未规定中期评估和总结评估的年份，按工作安排"), all);
        assertFalse(all.contains("《规划》的中期评估年"), all);
        // projects: one sentence, then by chain; no chain is not "cross-chain"
        assertTrue(all.contains("未明确所属产业链"), all);
        assertFalse(all.contains("跨产业链"), all);
        assertFalse(all.contains("（未规定）"), all);
        // 落款 and no software wording
        assertTrue(all.contains("阳谷经济开发区管理委员会\n2026年11月30日"), all);
        for (String word : new String[] {"自动", "录入", "生成", "2026-11-30", "尚未填写", "0个项目"}) {
            assertFalse(all.contains(word), word + " in\n" + all);
        }
        assertTrue(all.contains("（报告年度：2023年　数据截至2023年）"), all);
    }

    @Test
    void theFinalReportBeforeThe2025DataSaysNotYetAndNeverNotAchieved() throws Exception {
        String all = text(2025, ReportKind.FINAL);
        assertTrue(all.contains("（报告年度：2025年　数据截至2023年）"), all);
        assertTrue(all.contains("暂无2025年数据，本报告按2023年数据评估"), all);
        assertFalse(Pattern.compile("(?<![暂尚“])未实现").matcher(all).find(),
                "未实现 only where 2025 data exist:\n" + all);
        assertFalse(all.contains("尚需年均增长"), "no growth still required in a final judgement");
        assertTrue(all.contains("以下"), all);
        assertTrue(all.contains("项指标暂无2025年数据，按2023年数据尚未达到目标："), all);
        assertTrue(all.contains("亩均税收（万元/亩）|4.7|7.3"), all);
        assertTrue(all.contains("工业粉尘排放达标率：2023年为85%（快报），暂未实现；2025年目标为>85%，当前与目标值持平，尚未超过。"), all);
    }

    @Test
    void theAnnualReportGivesTheChangeOnTheYearBefore() throws Exception {
        String all = text(2022, ReportKind.ANNUAL);
        assertTrue(all.contains("实际利用外资比上年下降12.8%"), "2,810 → 2,450 in 2022:\n" + all);
        assertTrue(all.contains("实际利用外资降幅最大"), all);
        assertTrue(all.contains("单位增加值能耗：2022年为0.51吨标准煤/万元（年报），未达要求"), all);
    }

    @Test
    void theWrittenSectionsFromFilesAndThePlaceholderWhenNone() throws Exception {
        wb.narratives().save(2024, ReportKind.ANNUAL, Map.of(Narrative.PROBLEMS, "一是亩均税收增长偏慢。",
                Narrative.NEXT_STEPS, "（一）抓好项目建设\n加快推进重点项目。"));
        String all = text(2024, ReportKind.ANNUAL);
        assertTrue(all.contains("四、存在问题\n一是亩均税收增长偏慢。\n五、下一步工作\n（一）抓好项目建设\n加快推进重点项目。"), all);
        String empty = text(2021, ReportKind.ANNUAL);
        Matcher m = Pattern.compile("（待补充）").matcher(empty);
        int n = 0;
        while (m.find()) {
            n++;
        }
        assertEquals(2, n, empty);
    }
}
