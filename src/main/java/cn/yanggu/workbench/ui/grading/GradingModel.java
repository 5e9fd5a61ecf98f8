package cn.yanggu.workbench.ui.grading;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.grading.GradingRejected;
import cn.yanggu.workbench.app.grading.GradingService;
import cn.yanggu.workbench.app.grading.GradingText;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.GradingProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 亩产效益 › 企业数据 without the window: what a figure typed into a cell, or a block pasted from Excel, comes to — the
 * figures to write (all of them as one step) or the reasons they are refused, each naming the firm and the figure (or
 * the block's row and column). The pasted block is read by the same parser as 年度数据's ({@code PastedBlock}).
 */
public final class GradingModel {
    /** How many reasons a refusal lists before "…and N more". */
    static final int SHOWN = 12;

    /** What a typed or pasted text comes to. */
    public sealed interface Outcome permits Nothing, Write, Refused {
    }

    /** Nothing to write (an empty paste). */
    public record Nothing() implements Outcome {
    }

    /** Figures to write as one step. */
    public record Write(List<GradingService.CellEdit> edits) implements Outcome {
        public Write {
            edits = List.copyOf(edits);
        }
    }

    /** Not saved, and why (the message shown above the grid). */
    public record Refused(String message) implements Outcome {
    }

    private final I18n t;
    private final GradingText words;

    public GradingModel(I18n t) {
        this.t = t;
        this.words = new GradingText(t);
    }

    /** A figure typed into the cell of {@code enterprise}. */
    public Outcome enter(Enterprise enterprise, EnterpriseYear.Figure f, String text) {
        List<GradingProblem> problems = new ArrayList<>();
        Optional<Double> v = GradingService.parse(text == null ? "" : text, f, problems);
        GradingRejected.Where where = GradingRejected.Where.entry(enterprise.name(), f.key());
        if (!problems.isEmpty()) {
            return new Refused(t.get("grading.notSaved") + "\n" + String.join("\n", problems.stream()
                    .map(p -> words.issue(new GradingRejected.Issue(where, p))).toList()));
        }
        return new Write(List.of(new GradingService.CellEdit(enterprise.code(), f, v.orElse(null), where)));
    }

    /**
     * A tab-separated block pasted at row {@code row} and grid column {@code column} of {@code rows} (column 0 is the
     * firm's name and counts as the first figure's): all of it, or nothing with every bad cell named.
     */
    public Outcome paste(String text, List<Enterprise> rows, int row, int column) {
        if (text == null || text.isEmpty() || row < 0) {
            return new Nothing();
        }
        try {
            List<GradingService.CellEdit> edits = GradingService.pasteBlock(text,
                    rows.stream().map(Enterprise::code).toList(), rows.stream().map(Enterprise::name).toList(), row,
                    Math.max(0, column - 1));
            return edits.isEmpty() ? new Nothing() : new Write(edits);
        } catch (GradingRejected r) {
            return new Refused(refused(r));
        }
    }

    /** 未保存 and the reasons of a refused write (at most {@link #SHOWN}). */
    public String refused(GradingRejected r) {
        return t.get("grading.notSaved") + "\n" + String.join("\n", limit(words.lines(r)));
    }

    /** The first {@link #SHOWN} lines and "…and N more". */
    public List<String> limit(List<String> lines) {
        if (lines.size() <= SHOWN) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, SHOWN));
        out.add(t.get("grading.moreProblems", lines.size() - SHOWN));
        return out;
    }
}
