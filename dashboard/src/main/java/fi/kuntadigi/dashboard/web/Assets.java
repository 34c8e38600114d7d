package fi.kuntadigi.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/** Paths of the static assets the pages load; all served by the dashboard itself. */
public final class Assets {

    private Assets() {
    }

    /** ECharts, served from its Maven artifact on the classpath; the script loads it only where a chart is drawn. */
    public static final String ECHARTS = "/assets/echarts/echarts.min.js";
    /** ECharts' texts in one language ({@code /assets/echarts/i18n/langFI.js}); English is built in. */
    public static final String ECHARTS_LOCALE = "/assets/echarts/i18n/lang{LANG}.js";
    /** ECharts' files inside its Maven artifact. */
    private static final String ECHARTS_FOLDER = "/META-INF/resources/_static/echarts/" + Versions.ECHARTS;

    /** The bytes of ECharts, read once at start-up. */
    public static byte[] echarts() {
        return read(ECHARTS_FOLDER + "/dist/echarts.min.js")
                .orElseThrow(() -> new IllegalStateException(ECHARTS_FOLDER + "/dist/echarts.min.js is missing from the classpath"));
    }

    /** The path of ECharts' texts in a language (ISO 639-1 code), or empty when the artifact has none (English: built in). */
    public static Optional<String> echartsLocale(String language) {
        String lang = language.toUpperCase(Locale.ROOT);
        if (lang.equals("EN") || !lang.matches("[A-Z]{2}")
                || Assets.class.getResource(ECHARTS_FOLDER + "/i18n/lang" + lang + ".js") == null) {
            return Optional.empty();
        }
        return Optional.of(ECHARTS_LOCALE.replace("{LANG}", lang));
    }

    /** The bytes of ECharts' texts in a language, if its artifact has them. */
    public static Optional<byte[]> echartsLocaleScript(String language) {
        return echartsLocale(language).flatMap(p -> read(ECHARTS_FOLDER + "/i18n/lang" + language.toUpperCase(Locale.ROOT) + ".js"));
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
