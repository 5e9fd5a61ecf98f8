package cn.yanggu.workbench.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** The words a node shows, in order: its labels' texts and its own Text nodes (not the ones inside the labels). */
public final class Texts {
    private Texts() {
    }

    /** The words of {@code node} and everything in it, joined by "|". */
    public static String of(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return String.join("|", out);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l) {
            if (l.getText() != null && !l.getText().isEmpty()) {
                out.add(l.getText());
            }
        } else if (n.getClass() == Text.class && !((Text) n).getText().isEmpty()) {
            out.add(((Text) n).getText());
        }
        if (n instanceof Parent p && !(n instanceof Labeled)) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
