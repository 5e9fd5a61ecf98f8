package cn.yanggu.workbench.ui.common;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z / Ctrl+Y mean the workbench's 撤销 / 重做 everywhere, text fields included: a field's own undo would empty it
 * while the table still shows the stored value, and the next Tab would save that. In a field, what was typed and not
 * yet saved is discarded first ({@link #DISCARD}), so the field shows the stored value once the undo is done.
 */
public final class Typing {
    /** Fired at the focused text field before a workbench undo or redo: put back the stored value. */
    public static final EventType<Event> DISCARD = new EventType<>(Event.ANY, "WORKBENCH_DISCARD_TYPING");

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    /** The redo of many text editors (and of JavaFX's own fields on Linux and macOS). */
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private Typing() {
    }

    /**
     * Routes the undo and redo keys pressed in any text field of {@code scene} to {@code undo} and {@code redo}
     * (outside text fields the menu's accelerators already do).
     */
    public static void install(Scene scene, Runnable undo, Runnable redo) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl field)) {
                return;
            }
            Runnable action = UNDO.match(e) ? undo : REDO.match(e) || REDO_SHIFT.match(e) ? redo : null;
            if (action != null) {
                e.consume();
                Event.fireEvent(field, new Event(field, field, DISCARD));
                action.run();
            }
        });
    }
}
