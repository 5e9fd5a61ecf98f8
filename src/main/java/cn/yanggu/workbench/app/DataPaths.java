package cn.yanggu.workbench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the workbench keeps its data on each kind of PC. */
public final class DataPaths {
    public static final String FILE_NAME = "workbench.db";
    private final Map<String, String> env;
    private final String osName;
    private final String userHome;

    public DataPaths(Map<String, String> env, String osName, String userHome) {
        this.env = env;
        this.osName = osName;
        this.userHome = userHome;
    }

    /** The paths of the running system. */
    public static DataPaths system() {
        return new DataPaths(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /**
     * The user's data folder: %APPDATA%\YangguPlanningWorkbench on Windows, $XDG_DATA_HOME (or ~/.local/share)
     * /yanggu-planning-workbench on Linux, ~/Library/Application Support/YangguPlanningWorkbench on macOS.
     */
    public Path dataDirectory() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("YangguPlanningWorkbench");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "YangguPlanningWorkbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("yanggu-planning-workbench");
    }

    /** The default database file. */
    public Path defaultDatabase() {
        return dataDirectory().resolve(FILE_NAME);
    }
}
