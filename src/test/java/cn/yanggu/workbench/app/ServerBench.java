package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestEngines;
import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.domain.YearValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark, not a test (issue 16): runs only when asked for, with {@code -Dbench} for the 60 s per engine
 * or {@code -Dbench.seconds=N} for a shorter (or longer) look; not in the suite (not named *Test). Ten clients (threads, each a workbench
 * with its own connection) on one server database add 1 to the 2021 actual of their own indicator and of one shared
 * indicator, in turns, for N seconds; a refused edit (somebody changed it since) is re-read and tried again. Prints
 * edits per second, the 95th-percentile commit latency, refusals and lost updates (final value minus the increments
 * acknowledged; goal 0), then the same loop on an SQLite file with one writer.
 *
 * <pre>eval "$(bash packaging/test-postgres.sh start)"; mvn -B -o test -Dtest=ServerBench -Dbench      # 60 s each
 * mvn -B -o test -Dtest=ServerBench -Dbench.seconds=5                                              # a quick look</pre>
 */
class ServerBench {
    private static final int CLIENTS = 10;
    /** The run: 60 s on the server, then 60 s on SQLite. */
    static final int DEFAULT_SECONDS = 60;
    @TempDir
    Path dir;

    private static double value2021(Indicator i) {
        return i.values().stream().filter(v -> v.year() == 2021 && v.kind() == Enums.ValueKind.ACTUAL)
                .mapToDouble(YearValue::value).findFirst().orElse(0);
    }

    private static Indicator with2021(Indicator i, double value) {
        List<YearValue> values = new ArrayList<>(i.values().stream()
                .filter(v -> !(v.year() == 2021 && v.kind() == Enums.ValueKind.ACTUAL)).toList());
        values.add(new YearValue(2021, Enums.ValueKind.ACTUAL, value, Enums.Comparator.EQ, Enums.Vintage.FINAL, null,
                "基准测试", null, null));
        return new Indicator(i.code(), i.name(), i.category(), i.unit(), i.direction(), i.attribute(), i.growthKind(),
                i.statedRate(), i.table(), i.row(), i.chainCode(), i.source(), i.note(), values);
    }

    /** One client's loop; returns the increments it had acknowledged per indicator code. */
    private static java.util.Map<String, Integer> run(Workbench wb, List<String> codes, long until, List<Long> latencies,
                                                     AtomicInteger refused) {
        java.util.Map<String, Integer> done = new java.util.HashMap<>();
        int k = 0;
        while (System.nanoTime() < until) {
            String code = codes.get(k++ % codes.size());
            Indicator now = wb.editor().plan().indicator(code).orElseThrow();
            long t0 = System.nanoTime();
            try {
                wb.editor().apply(Edit.of("+1", Change.update(now, with2021(now, value2021(now) + 1))));
                latencies.add(System.nanoTime() - t0);
                done.merge(code, 1, Integer::sum);
            } catch (EditConflict c) {
                refused.incrementAndGet();   // the editor has re-read: the next turn is based on the stored value
            }
        }
        return done;
    }

    private static String report(String what, List<Long> latencies, double seconds, int refused, long lost) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.floor(sorted.size() * 0.95)) / 1e6;
        return String.format("BENCH %s: %d edits in %.0f s = %.1f edits/s, p95 commit %.1f ms, refused %d, lost updates %d",
                what, latencies.size(), seconds, latencies.size() / seconds, p95, refused, lost);
    }

    @Test
    void tenClientsOnTheServerAgainstOneWriterOnSqlite() throws Exception {
        String s = System.getProperty("bench.seconds");
        Assumptions.assumeTrue(s != null || System.getProperty("bench") != null,
                "a benchmark: run with -Dbench (60 s per engine) or -Dbench.seconds=N");
        int seconds = s == null || s.isBlank() ? DEFAULT_SECONDS : Integer.parseInt(s.strip());
        ServerAddress db = TestEngines.seededServerDatabase(dir);
        List<Workbench> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(TestEngines.open(db, dir.resolve("c" + i)));
        }
        // indicators a count can grow in without bound (not percentages)
        List<String> codes = clients.get(0).editor().plan().indicators().stream()
                .filter(i -> i.unit() == null || !i.unit().contains("%")).map(Indicator::code).toList();
        String shared = codes.get(0);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<java.util.concurrent.Future<java.util.Map<String, Integer>>> futures = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            Workbench wb = clients.get(i);
            List<String> mine = List.of(codes.get(1 + i), shared);
            futures.add(pool.submit(() -> run(wb, mine, until, latencies, refused)));
        }
        java.util.Map<String, Integer> acknowledged = new java.util.HashMap<>();
        for (var f : futures) {
            f.get().forEach((code, n) -> acknowledged.merge(code, n, Integer::sum));
        }
        pool.shutdown();
        clients.forEach(Workbench::close);
        long lost = 0;
        try (Workbench check = TestEngines.open(db, dir.resolve("check"))) {
            for (var e : acknowledged.entrySet()) {
                double stored = value2021(check.editor().plan().indicator(e.getKey()).orElseThrow());
                double base = value2021(TestPlans.seedPlan().indicator(e.getKey()).orElseThrow());
                lost += Math.round(base + e.getValue() - stored);
            }
        }
        System.out.println(report("postgresql " + CLIENTS + " clients", latencies, seconds, refused.get(), lost));

        List<Long> single = new ArrayList<>();
        try (Workbench file = TestPlans.seeded(dir.resolve("sqlite"))) {
            AtomicInteger none = new AtomicInteger();
            var done = run(file, List.of(codes.get(1), shared), System.nanoTime() + seconds * 1_000_000_000L, single, none);
            long lostFile = 0;
            for (var e : done.entrySet()) {
                double base = value2021(TestPlans.seedPlan().indicator(e.getKey()).orElseThrow());
                lostFile += Math.round(base + e.getValue() - value2021(file.loadPlan().indicator(e.getKey()).orElseThrow()));
            }
            System.out.println(report("sqlite 1 writer", single, seconds, none.get(), lostFile));
        }
    }
}
