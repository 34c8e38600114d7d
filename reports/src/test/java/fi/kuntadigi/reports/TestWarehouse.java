package fi.kuntadigi.reports;

import fi.kuntadigi.testing.BundledWarehouse;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The warehouse the real batch jobs build from the bundled {@code datasets/}, copied once per test JVM from the one the
 * build shares ({@link BundledWarehouse}; built when missing or out of date by {@code ingest}, then {@code analyze},
 * forked from the analytics module's packaged jar: Spark stays out of this module). With
 * {@code -Dkuntadigi.test.warehouse=DIR} the tests use a warehouse built before instead (e.g. {@code warehouse}).
 */
final class TestWarehouse {

    static final Path ROOT = Path.of(System.getProperty("kuntadigi.root", "..")).toAbsolutePath().normalize();
    private static Path built;

    private TestWarehouse() {
    }

    static synchronized Path get() throws IOException, InterruptedException {
        if (built == null) {
            String given = System.getProperty("kuntadigi.test.warehouse", "");
            built = given.isBlank()
                    ? BundledWarehouse.copy(ROOT, Path.of("target", "test-warehouse").toAbsolutePath(),
                            System.getProperty("kuntadigi.spark.jvm.options", ""))
                    : Path.of(given).toAbsolutePath();
        }
        return built;
    }
}
