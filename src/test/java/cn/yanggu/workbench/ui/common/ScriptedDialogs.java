package cn.yanggu.workbench.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link Dialogs} for tests without the toolkit: questions are answered from a script (yes/no in turn; no when the
 * script is empty), files and folders come from a queue, and everything shown is recorded to assert on.
 */
public final class ScriptedDialogs implements Dialogs {
    /** One dialog that was shown: its kind, header and listed lines (or text). */
    public record Shown(Kind kind, String header, List<String> lines) {
    }

    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<Path> paths = new ArrayDeque<>();
    private final List<Shown> shown = new ArrayList<>();

    /** The next questions are answered so, in order. */
    public ScriptedDialogs answer(Boolean... yes) {
        answers.addAll(List.of(yes));
        return this;
    }

    /** The next file or folder choosers return these, in order (then nothing). */
    public ScriptedDialogs choose(Path... chosen) {
        paths.addAll(List.of(chosen));
        return this;
    }

    public List<Shown> shown() {
        return shown;
    }

    private boolean next() {
        return !answers.isEmpty() && answers.poll();
    }

    @Override
    public void confirm(String title, String header, String text, Consumer<Boolean> answer) {
        shown.add(new Shown(Kind.CONFIRM, header, List.of(text)));
        answer.accept(next());
    }

    @Override
    public void confirmList(ListDialog dialog, List<String> lines, Consumer<Boolean> answer) {
        shown.add(new Shown(dialog.kind(), dialog.header(), List.copyOf(lines)));
        answer.accept(dialog.action() != null && next());
    }

    @Override
    public void message(Kind kind, String title, String header, String text, String dialogId) {
        shown.add(new Shown(kind, header, List.of(text)));
    }

    @Override
    public Optional<Path> openFile(String title, String filterName, List<String> patterns) {
        return Optional.ofNullable(paths.poll());
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, String filterName, List<String> patterns) {
        return Optional.ofNullable(paths.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(paths.poll());
    }
}
