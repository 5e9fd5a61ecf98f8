package cn.yanggu.workbench.ui.grading;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.grading.GradingService;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EnterpriseYear;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 亩产效益 › 企业数据 without a window: typed figures and pasted blocks, written whole or refused with the cell named. */
class GradingModelTest {
    private static final List<Enterprise> firms = TestPlans.seedPlan().enterprises();
    private final GradingModel model = new GradingModel(I18n.forLanguage("zh"));

    @Test
    void aTypedFigureWithAUnitIsConverted() {
        GradingModel.Write w = assertInstanceOf(GradingModel.Write.class,
                model.enter(firms.get(0), EnterpriseYear.Figure.TAX, "5万元"));
        GradingService.CellEdit e = w.edits().get(0);
        assertEquals(firms.get(0).code(), e.enterpriseCode());
        assertEquals(5.0, e.value());
    }

    @Test
    void aTypedWordIsRefusedNamingTheFirmAndFigure() {
        String msg = assertInstanceOf(GradingModel.Refused.class,
                model.enter(firms.get(1), EnterpriseYear.Figure.TAX, "约20")).message();
        assertTrue(msg.startsWith("未保存") && msg.contains(firms.get(1).name()) && msg.contains("税收"), msg);
    }

    @Test
    void aPastedBlockFillsTheFirmsFromTheFocusedCellAndSkipsBlankCells() {
        // column 1 is the first figure (用地面积); the firm's name column counts as it too
        GradingModel.Write w = assertInstanceOf(GradingModel.Write.class,
                model.paste("１００\t3,000\n50\t\t\n", firms, 0, 1));
        assertEquals(3, w.edits().size());
        assertEquals(List.of(firms.get(0).code(), firms.get(0).code(), firms.get(1).code()),
                w.edits().stream().map(GradingService.CellEdit::enterpriseCode).toList());
        assertEquals(100.0, w.edits().get(0).value());
        assertEquals(EnterpriseYear.Figure.values()[0], w.edits().get(0).figure());
    }

    @Test
    void aBadCellRefusesTheWholeBlockWithEveryPosition() {
        String msg = assertInstanceOf(GradingModel.Refused.class,
                model.paste("7\t约20\n8\t-1", firms, 0, 1)).message();
        assertTrue(msg.contains("粘贴块第 1 行第 2 列（" + firms.get(0).name() + " · 税收）"), msg);
        assertTrue(msg.contains("粘贴块第 2 行第 2 列（" + firms.get(1).name() + " · 税收）：不能为负数"), msg);
    }

    @Test
    void anEmptyPasteIsNothing() {
        assertInstanceOf(GradingModel.Nothing.class, model.paste("\n", firms, 0, 1));
        assertInstanceOf(GradingModel.Nothing.class, model.paste(null, firms, 0, 1));
    }
}
