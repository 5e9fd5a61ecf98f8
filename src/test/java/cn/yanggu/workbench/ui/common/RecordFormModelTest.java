package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Plans;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanInfo;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.RecordField;
import cn.yanggu.workbench.domain.Zone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The record form's state without the JavaFX toolkit: typing, parsing, saving, 新增 drafts and discarding. */
class RecordFormModelTest {
    private final I18n t = I18n.forLanguage("zh");
    private final Zone west = new Zone("west", "西部工业集中区", Enums.ZoneKind.INDUSTRIAL, 10.0, "东环路", null, null,
            null, "规划第二章", null);
    private final Zone east = new Zone("east", "东部园", Enums.ZoneKind.INDUSTRIAL, 5.0, null, null, null, null,
            "规划第二章", null);
    /** The plan as the session holds it: edits that are not refused are applied to it. */
    private Plan plan = new Plan(new PlanInfo("规划", null, null, null, 2020, 2021, 2025, 2035, null, null, null,
            "规划"), List.of(), List.of(west, east), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());
    private final List<Edit> saved = new ArrayList<>();
    /** When set, the next save is refused with it (as the editor refuses a write). */
    private EditRejected refuse;
    private RecordFormModel<Zone> model;

    @BeforeEach
    void form() {
        model = new RecordFormModel<>(t, List.of(
                RecordForm.Field.of("名称", Zone.NAME, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.choice("类型", Zone.KIND, List.of(new RecordForm.Choice("industrial", "工业园区"),
                        new RecordForm.Choice("reserved", "预留控制区"))),
                RecordForm.Field.number("面积", Zone.AREA_KM2, "km²"),
                RecordForm.Field.of("东至", Zone.EAST, RecordForm.Kind.TEXT),
                RecordForm.Field.of("备注", Zone.NOTE, RecordForm.Kind.MULTILINE)),
                () -> plan, this::save);
    }

    private void save(Edit edit, Consumer<EditRejected> rejected) {
        if (refuse != null) {
            EditRejected r = refuse;
            refuse = null;
            rejected.accept(r);
            return;
        }
        saved.add(edit);
        for (Change c : edit.changes()) {
            plan = Plans.apply(plan, c);
        }
    }

    private Zone stored(String code) {
        return plan.zone(code).orElseThrow();
    }

    @Test
    void aNumberTypedWithAUnitOfItsFamilyIsSavedInTheFieldsUnit() {
        model.show(west);
        assertEquals("10", model.text("areaKm2").get());
        model.text("areaKm2").set("2,500,000平方米");

        assertTrue(model.commit("areaKm2"));

        assertEquals(2.5, stored("west").areaKm2());
        assertEquals("2.5", model.text("areaKm2").get(), "the form shows the value as saved");
        assertEquals("", model.problem("areaKm2").get());
    }

    @Test
    void aSaveIsOneEditThatChangesOnlyThatField() {
        model.show(west);
        model.text("east").set("  黄河路 ");
        model.commit("east", true);

        assertEquals(1, saved.size());
        Edit edit = saved.get(0);
        assertEquals("修改园区“西部工业集中区”的东至", edit.label());
        assertEquals(1, edit.changes().size());
        Change change = edit.changes().get(0);
        assertEquals(EntityKind.ZONE, change.kind());
        assertSame(west, change.before());
        List<String> changed = new ArrayList<>();
        for (RecordField<?, ?> f : west.fields()) {
            if (!Objects.equals(f.valueIn(change.before()), f.valueIn(change.after()))) {
                changed.add(f.name());
            }
        }
        assertEquals(List.of("east"), changed);
        assertEquals("黄河路", ((Zone) change.after()).east(), "text is trimmed");
    }

    @Test
    void aBadNumberIsRefusedAtItsFieldInTheUiLanguageAndNothingIsSaved() {
        model.show(west);
        model.text("areaKm2").set("很大");
        assertFalse(model.commit("areaKm2", true));
        assertEquals("不是数字", model.problem("areaKm2").get());
        assertEquals("", model.problem("name").get(), "only the field typed in shows it");

        model.text("areaKm2").set("3吨");
        model.commit("areaKm2");
        assertTrue(model.problem("areaKm2").get().contains("单位“吨”"), model.problem("areaKm2").get());

        model.text("areaKm2").set("-3");
        model.commit("areaKm2");
        assertEquals("不能为负数", model.problem("areaKm2").get());

        model.text("name").set("东部园");
        model.commit("name");
        assertEquals("与已有的“东部园”重名", model.problem("name").get());

        assertTrue(saved.isEmpty());
        assertEquals(west, stored("west"));

        model.text("areaKm2").set("12");
        model.commit("areaKm2");
        assertEquals("", model.problem("areaKm2").get(), "a good value clears the problem");
        assertEquals(12.0, stored("west").areaKm2());
    }

    @Test
    void aChoiceIsSavedAsItsTypedValue() {
        model.show(west);
        assertEquals("industrial", model.text("kind").get());
        model.text("kind").set("reserved");
        model.commit("kind", true);
        assertEquals(Enums.ZoneKind.RESERVED, stored("west").kind());
    }

    @Test
    void leavingAFieldUnchangedSavesNothing() {
        model.show(west);
        assertFalse(model.commit("name", true));
        assertFalse(model.commit("areaKm2"));
        assertTrue(saved.isEmpty());
    }

    @Test
    void discardPutsTheShownValueBackAndClearsTheProblem() {
        model.show(west);
        model.text("areaKm2").set("很大");
        model.commit("areaKm2");
        assertTrue(model.dirty("areaKm2"));

        model.discard("areaKm2");

        assertEquals("10", model.text("areaKm2").get());
        assertEquals("", model.problem("areaKm2").get());
        assertFalse(model.dirty("areaKm2"));
        model.commit("areaKm2");
        assertTrue(saved.isEmpty(), "leaving the field after a discard saves nothing");
    }

    @Test
    void aRefreshOfTheSameRecordKeepsWhatIsBeingTypedAndShowsTheRest() {
        model.show(west);
        model.text("note").set("正在输入");
        Zone changedElsewhere = Zone.AREA_KM2.with(west, 11.0);

        model.show(changedElsewhere, "note");

        assertEquals("正在输入", model.text("note").get());
        assertEquals("11", model.text("areaKm2").get());
        model.discard("note");
        assertEquals("", model.text("note").get(), "a discard puts back the refreshed record's value");
    }

    @Test
    void repeatedAddOpensOneDraftAndStoresNothingUntilItIsSaved() {
        model.show(west);
        Zone first = new Zone("zone-a", "新园区 3", Enums.ZoneKind.INDUSTRIAL, null, null, null, null, null, "用户录入",
                null);
        for (int i = 0; i < 6; i++) {
            Zone fresh = new Zone("zone-" + i, "新园区 3", Enums.ZoneKind.INDUSTRIAL, null, null, null, null, null,
                    "用户录入", null);
            model.startNew(i == 0 ? first : fresh);
        }
        assertSame(first, model.record().get(), "one draft, the first");
        assertTrue(model.draft().get());
        assertEquals("新园区 3", model.text("name").get());
        assertTrue(saved.isEmpty());
        assertEquals(2, plan.zones().size());

        assertFalse(model.commit("areaKm2"), "leaving an untouched field of the draft stores nothing");
        model.text("name").set("阳谷新材料园");
        assertTrue(model.commit("name", true));

        assertEquals(1, saved.size());
        Change create = saved.get(0).changes().get(0);
        assertNull(create.before());
        assertEquals("新增园区“阳谷新材料园”", saved.get(0).label());
        assertEquals("阳谷新材料园", stored("zone-a").name());
        assertFalse(model.draft().get());

        model.text("areaKm2").set("1.5");
        model.commit("areaKm2");
        assertEquals(2, saved.size());
        assertEquals(1.5, stored("zone-a").areaKm2(), "the next field updates the record just created");
        assertEquals("阳谷新材料园", stored("zone-a").name());
    }

    @Test
    void enterOnAnUntouchedDraftStoresItAsItIs() {
        Zone fresh = new Zone("zone-b", "新园区 3", Enums.ZoneKind.INDUSTRIAL, null, null, null, null, null, "用户录入",
                null);
        model.startNew(fresh);
        assertTrue(model.commit("name", true));
        assertEquals(fresh, stored("zone-b"));
    }

    @Test
    void aRefusedSavePutsTheRecordBackAndSaysWhy() {
        model.show(west);
        refuse = new EditRejected(List.of(new EditRejected.Located(EntityKind.ZONE, "west", null,
                new Problem("areaKm2", Problem.Kind.NEGATIVE))));
        model.text("areaKm2").set("12");
        model.commit("areaKm2");

        assertEquals("不能为负数", model.problem("areaKm2").get());
        assertSame(west, model.record().get());
        assertTrue(model.dirty("areaKm2"), "the typed text stays for another try");
        model.commit("areaKm2");
        assertEquals(12.0, stored("west").areaKm2());
    }
}
