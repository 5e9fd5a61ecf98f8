package cn.yanggu.workbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every question, message and file chooser the views show goes through here, so tests replace it (a double that
 * answers as told) and the window's dialogs look and speak alike (buttons in the UI language, owned by the window).
 * Questions do not wait on the JavaFX thread: the answer comes to a callback.
 */
public interface Dialogs {
    /** The look of a dialog: a question, a warning, an error, or plain information. */
    enum Kind { INFO, CONFIRM, WARNING, ERROR }

    /**
     * A dialog that lists lines (cells to overwrite, values to check, problems of a file) with a hint below; with an
     * {@code action} it asks (action button and 取消), without one it only tells (确定). The ids are for tests.
     */
    record ListDialog(Kind kind, String title, String header, String hint, String action, String dialogId,
                      String listId, String actionId, double width, double maxHeight, boolean cancelIsDefault) {
    }

    /** Asks a yes/no question (确定/取消); {@code answer} gets true for 确定, false otherwise, when it closes. */
    void confirm(String title, String header, String text, Consumer<Boolean> answer);

    /** Shows a {@link ListDialog}; {@code answer} gets true when its action was chosen, false otherwise. */
    void confirmList(ListDialog dialog, List<String> lines, Consumer<Boolean> answer);

    /** Tells something (no answer); {@code dialogId} may be null. */
    void message(Kind kind, String title, String header, String text, String dialogId);

    /** A file to open, filtered by {@code patterns} (e.g. "*.xlsx") named {@code filterName}; empty if cancelled. */
    Optional<Path> openFile(String title, String filterName, List<String> patterns);

    /** A file to save, proposing {@code initialName} (may be null); empty if cancelled. */
    Optional<Path> saveFile(String title, String initialName, String filterName, List<String> patterns);

    /** A folder; empty if cancelled. */
    Optional<Path> chooseFolder(String title);
}
