package cn.yanggu.workbench.app;

/**
 * Names the workbench proposes for the files it writes (a chart's title, the office's name): what the user reads in
 * the window, made a name every system accepts — the characters Windows refuses ({@code \ / : * ? " < > |} and control
 * characters) become "-", runs of blanks one space, trailing dots and spaces (which Windows drops) left out.
 */
public final class FileNames {
    private FileNames() {
    }

    /** {@code text} as a file name (without extension); {@code fallback} when nothing of it is left. */
    public static String safe(String text, String fallback) {
        String name = (text == null ? "" : text).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-")
                .replaceAll("\\s+", " ").strip().replaceAll("[. ]+$", "");
        return name.isEmpty() ? fallback : name;
    }
}
