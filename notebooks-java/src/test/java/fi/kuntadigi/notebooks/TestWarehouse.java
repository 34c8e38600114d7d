package fi.kuntadigi.notebooks;

import fi.kuntadigi.testing.BundledWarehouse;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The warehouse the real batch jobs build from the bundled {@code datasets/}, copied once per test JVM from the one the
 * build shares ({@link BundledWarehouse}; built when missing or out of date by {@code ingest}, then {@code analyze},
 * forked from the analytics module's packaged jar).
 */
final class TestWarehouse {

    static final Path ROOT = Path.of(System.getProperty("kuntadigi.root", "..")).toAbsolutePath().normalize();
    private static Path built;

    private TestWarehouse() {
    }

    /** The built warehouse. */
    static synchronized Path get() throws IOException, InterruptedException {
        if (built == null) {
            built = BundledWarehouse.copy(ROOT, Path.of("target", "test-warehouse").toAbsolutePath(),
                    System.getProperty("kuntadigi.spark.jvm.options", ""));
        }
        return built;
    }
}
