package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Problem;

import java.util.List;

/** An edit or import that was refused before anything was written; each problem names its record and field. */
public final class EditRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem of one record; {@code position} is where it is in a file (e.g. projects[3]) or null. */
    public record Located(EntityKind kind, String code, String position, Problem problem) {
    }

    private final transient List<Located> problems;

    public EditRejected(List<Located> problems) {
        super(problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Located> problems() {
        return problems;
    }
}
