package cn.yanggu.workbench.bench;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Project;

import java.nio.file.Path;
import java.util.List;

/**
 * A database to look at the charts and the deck with: the seed plan, three years of actuals ({@link TestPlans#CHART_ACTUALS})
 * and, with {@code --investments}, a stage and an investment for every third project (made-up figures, for looking
 * only); with {@code --to-2025} also 2024 and 2025 ({@link TestPlans#LATE_ACTUALS}), the data of the final
 * evaluation and of a 2026–2030 successor. Run: {@code mvn -q -B -Pbench test-compile exec:java -Dbench.main=cn.yanggu.workbench.bench.SampleActuals
 * -Dexec.args="sample.db --investments"}.
 */
public final class SampleActuals {
    private SampleActuals() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args.length > 0 ? args[0] : "sample.db");
        boolean investments = List.of(args).contains("--investments");
        try (Workbench wb = Workbench.open(db)) {
            TestPlans.enterActuals(wb);
            if (List.of(args).contains("--to-2025")) {
                TestPlans.enterLateActuals(wb);
            }
            if (investments) {
                List<Project> projects = wb.editor().plan().projects();
                Enums.ProjectStage[] stages = Enums.ProjectStage.values();
                for (int i = 0; i < projects.size(); i += 3) {
                    Project p = projects.get(i);
                    Project after = Records.with(Records.with(p, "investmentWan", 20_000.0 + 7_500.0 * (i % 9)),
                            "stage", stages[i % stages.length]);
                    wb.editor().apply(Edit.of("sample", Change.update(p, after)));
                }
            }
        }
        System.out.println("wrote " + db.toAbsolutePath());
    }
}
