package fi.kuntadigi.analytics.surveys;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Post-stratification by age band: the estimate is the population-weighted mean of the band
 * estimates, sum(N_b x est_b) / sum(N_b), over the bands that have answers (bands without answers
 * drop out and the weights of the others are renormalised).
 */
public final class PostStratification {

    private PostStratification() {
    }

    /** Weighted estimate, or null when no band with answers has population. */
    public static Double estimate(Map<String, AnswerSummary> byBand, Map<String, Integer> population,
                                  ToDoubleFunction<AnswerSummary> estimate) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<String, AnswerSummary> e : byBand.entrySet()) {
            if (e.getValue().n() == 0) {
                continue;
            }
            int pop = population.getOrDefault(e.getKey(), 0);
            weighted += pop * estimate.applyAsDouble(e.getValue());
            weights += pop;
        }
        return weights == 0 ? null : weighted / weights;
    }
}
