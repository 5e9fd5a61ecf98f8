package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name that would print as a box (an emoji) is refused with the character named; rare ideographs are welcome. */
class PrintableNamesTest {
    @TempDir
    Path dir;

    private static Edit renamed(Zone z, String name) {
        Zone after = new Zone(z.code(), name, z.kind(), z.areaKm2(), z.east(), z.west(), z.south(), z.north(),
                z.source(), z.note());
        return new Edit("rename", List.of(Change.update(z, after)));
    }

    @Test
    void anEmojiInANameIsRefusedAndTheMessageNamesIt() {
        try (Workbench wb = TestPlans.seeded(dir)) {
            Zone zone = wb.editor().plan().zones().get(0);
            EditRejected r = assertThrows(EditRejected.class, () -> wb.editor().apply(renamed(zone, "新材料园🏭")));
            Problem p = r.problems().get(0).problem();
            assertEquals(Problem.Kind.UNPRINTABLE, p.kind());
            String zh = ErrorText.problem(I18n.forLanguage("zh"), p);
            assertTrue(zh.contains("🏭") && zh.contains("表情符号"), zh);
            assertEquals(zone.name(), wb.editor().plan().zones().get(0).name(), "nothing was saved");
        }
    }

    @Test
    void rareIdeographsInCompanyNamesAreKept() {
        try (Workbench wb = TestPlans.seeded(dir)) {
            Zone zone = wb.editor().plan().zones().get(0);
            wb.editor().apply(renamed(zone, "犇垚燊产业园"));
            assertEquals("犇垚燊产业园", wb.editor().plan().zones().get(0).name());
        }
    }
}
