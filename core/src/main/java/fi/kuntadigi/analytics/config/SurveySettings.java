package fi.kuntadigi.analytics.config;

/**
 * Settings of the survey statistics.
 *
 * @param suppressionThreshold groups with fewer answers are withheld
 * @param z                    normal quantile of the confidence intervals (1.96 for 95 %)
 */
public record SurveySettings(int suppressionThreshold, double z) {

    static SurveySettings from(Settings s) {
        return new SurveySettings(s.integer("surveys.suppression_threshold", 5), s.decimal("surveys.z", 1.959964));
    }
}
