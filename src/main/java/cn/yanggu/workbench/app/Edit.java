package cn.yanggu.workbench.app;

import java.util.ArrayList;
import java.util.List;

/** One user intent (a field, a pasted block, a delete with what depends on it): undone and redone as a whole. */
public record Edit(String label, List<Change> changes) {
    public Edit {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an edit changes something");
        }
    }

    public static Edit of(String label, Change... changes) {
        return new Edit(label, List.of(changes));
    }

    /** The edit that undoes this one: every change inverted, in reverse order. */
    public Edit inverse() {
        List<Change> inv = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            inv.add(changes.get(i).inverse());
        }
        return new Edit(label, inv);
    }
}
