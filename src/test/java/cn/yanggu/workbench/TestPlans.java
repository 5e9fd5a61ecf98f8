package cn.yanggu.workbench;

import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;

import java.nio.file.Path;

/** Shared fixtures: the shipped seed plan and a fresh seeded database. */
public final class TestPlans {
    private TestPlans() {
    }

    /** Opens (creating and seeding) a database in {@code dir}. */
    public static Workbench seeded(Path dir) {
        return Workbench.open(dir.resolve("workbench.db"));
    }

    public static Indicator indicator(Plan plan, String name) {
        return plan.indicators().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name));
    }
}
