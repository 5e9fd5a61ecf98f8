package cn.yanggu.workbench.bench;

import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Plan;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the large plan of {@link LargePlanBenchmark} (the seed plan with 10,000 projects and 100 indicators × 16
 * years) as a JSON file in the export format, for timing {@code import --format json} and {@code export --format xlsx}
 * of the installed launcher in {@code packaging/bench.sh}. Run:
 * {@code mvn -q -B -Pbench test-compile exec:java -Dbench.main=cn.yanggu.workbench.bench.LargePlanFile -Dexec.args=OUT}.
 */
public final class LargePlanFile {
    private LargePlanFile() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path dir = Files.createTempDirectory("large-plan-file");
        Plan seed;
        try (Workbench wb = Workbench.open(dir.resolve("seed.db"))) {
            seed = wb.loadPlan();
        }
        PlanJson json = new PlanJson();
        Files.write(out, json.write(LargePlanBenchmark.enlarge(seed, 10_000, 100), json.newHeader()));
        System.out.println("large plan written to " + out);
    }
}
