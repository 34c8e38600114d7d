package fi.kuntadigi.analytics.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The whole analytics configuration, read from {@code datasets/config/analytics.properties}
 * (every key documented there; a missing key takes its default).
 */
public record AnalyticsConfig(PotentialSettings potential, IndexSettings index, PilotThresholds pilots,
                              SurveySettings surveys, RoadmapSettings roadmap) {

    /** The file's place under a datasets folder. */
    public static Path defaultFile(Path datasetsDir) {
        return datasetsDir.resolve("config").resolve("analytics.properties");
    }

    public static AnalyticsConfig load(Path file) {
        return from(Settings.load(file));
    }

    /** Every default, as documented. */
    public static AnalyticsConfig defaults() {
        return from(Settings.of(Map.of()));
    }

    public static AnalyticsConfig from(Settings s) {
        return new AnalyticsConfig(PotentialSettings.from(s), IndexSettings.from(s), PilotThresholds.from(s),
                SurveySettings.from(s), RoadmapSettings.from(s));
    }
}
