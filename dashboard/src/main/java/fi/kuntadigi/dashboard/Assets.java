package fi.kuntadigi.dashboard;

/** Paths of the static assets the pages load; all served by the dashboard itself. */
public final class Assets {

    private Assets() {
    }

    /** ECharts, served from its Maven artifact on the classpath. */
    public static final String ECHARTS = "/assets/echarts/echarts.min.js";
    /** ECharts' minified build inside its Maven artifact. */
    private static final String ECHARTS_RESOURCE = "/META-INF/resources/_static/echarts/" + Versions.ECHARTS + "/dist/echarts.min.js";

    /** The bytes of ECharts, read once at start-up. */
    public static byte[] echarts() {
        try (java.io.InputStream in = Assets.class.getResourceAsStream(ECHARTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ECHARTS_RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
