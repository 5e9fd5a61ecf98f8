package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Test helpers: edits as a user makes them, and the parts of a package file. */
final class Packages {
    private Packages() {
    }

    static Project project(Workbench wb, String code) {
        return wb.editor().plan().projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    static Indicator indicator(Workbench wb, String code) {
        return wb.editor().plan().indicators().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow();
    }

    static void setProject(Workbench wb, String code, String field, Object value) {
        Project before = project(wb, code);
        wb.editor().apply(Edit.of("test", Change.update(before, Records.with(before, field, value))));
    }

    /** Adds (or replaces) an actual value of {@code year} (final vintage). */
    static void setActual(Workbench wb, String code, int year, double value) {
        Indicator before = indicator(wb, code);
        List<YearValue> values = new java.util.ArrayList<>(before.values().stream()
                .filter(v -> !(v.year() == year && v.kind() == Enums.ValueKind.ACTUAL)).toList());
        values.add(new YearValue(year, Enums.ValueKind.ACTUAL, value, Enums.Comparator.EQ, Enums.Vintage.FINAL,
                null, "统计年报", null, null));
        wb.editor().apply(Edit.of("test", Change.update(before, Records.with(before, "values", values))));
    }

    /** Registers the office that signed {@code pkg} in {@code wb}'s register (its fingerprint compared by phone). */
    static void register(Workbench wb, java.nio.file.Path pkg) {
        wb.exchange().register(wb.exchange().signer(pkg));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
