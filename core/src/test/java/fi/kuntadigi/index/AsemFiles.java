package fi.kuntadigi.index;

import java.nio.file.Path;

/** The COINr ASEM example kept in the repository (datasets/config/index/asem). */
public final class AsemFiles {

    private AsemFiles() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("kuntadigi.repo", "..")).resolve("datasets/config/index/asem");
    }

    public static Path data() {
        return folder().resolve("iData.csv");
    }

    public static Path meta() {
        return folder().resolve("iMeta.csv");
    }

    public static Path method() {
        return folder().resolve("asem-method.properties");
    }
}
