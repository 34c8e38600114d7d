package fi.kuntadigi.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of bundled front-end libraries, written by the build into {@code dashboard-build.properties}. */
final class Versions {

    private Versions() {
    }

    static final String ECHARTS = load().getProperty("echarts.version");

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/dashboard-build.properties")) {
            if (in == null) {
                throw new IllegalStateException("dashboard-build.properties is missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
