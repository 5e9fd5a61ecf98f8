package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.Command;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.Writer;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.store.NarrativeRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts of a report's sections (存在问题, 下一步工作) for one year and kind: each section before and after (null: no
 * text). A new text gets the time and user of the step that writes it; undoing puts the old text back as it was.
 */
public record NarrativeChange(String label, int year, ReportKind kind, List<Section> sections) implements Command {
    /** One section's stored text before and after. */
    public record Section(String key, Narrative before, Narrative after) {
    }

    public NarrativeChange {
        sections = List.copyOf(sections);
    }

    @Override
    public Command write(Writer w) {
        String code = year + "/" + kind.wire();
        List<Section> done = new ArrayList<>();
        for (Section s : sections) {
            Narrative after = s.after() == null || s.after().updatedAt() != null ? s.after()
                    : new Narrative(year, kind, s.key(), s.after().text(), w.at(), w.user());
            Narrative stored = after != null ? after : new Narrative(year, kind, s.key(), "", w.at(), w.user());
            w.tx().exec(c -> NarrativeRepository.put(c, stored));
            String action = s.before() == null ? "create" : after == null ? "delete" : "update";
            w.audit(action, Narratives.ENTITY, code, s.key(), s.before() == null ? null : s.before().text(),
                    after == null ? null : after.text());
            done.add(new Section(s.key(), s.before(), after));
        }
        return new NarrativeChange(label, year, kind, done);
    }

    @Override
    public Command inverse() {
        List<Section> inv = new ArrayList<>();
        for (Section s : sections) {
            inv.add(new Section(s.key(), s.after(), s.before()));
        }
        return new NarrativeChange(label, year, kind, inv);
    }

    @Override
    public Changed changed() {
        return Changed.of(Changed.Part.NARRATIVES);
    }
}
