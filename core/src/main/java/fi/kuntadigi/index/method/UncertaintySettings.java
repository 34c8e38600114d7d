package fi.kuntadigi.index.method;

import fi.kuntadigi.index.aggregate.Aggregation;
import fi.kuntadigi.index.impute.Imputation;
import fi.kuntadigi.index.normalise.Normalisation;
import java.util.List;

/**
 * The assumptions a framework marks uncertain, and how the analyses sample them. An assumption with no
 * alternatives (an empty list, a zero noise) is held at its nominal value.
 *
 * @param runs           Monte Carlo runs of the uncertainty analysis
 * @param seed           random seed (the analyses are reproducible)
 * @param weightNoise    each weight is multiplied by a factor uniform on [1 - noise, 1 + noise]
 * @param normalisations alternative normalisations (the nominal one is drawn as likely as each of them)
 * @param aggregations   alternative aggregations of every level
 * @param imputations    alternative imputations
 * @param sobolSamples   base sample size N of the Sobol analysis (N (k + 2) runs for k assumptions)
 * @param bootstrap      bootstrap resamples for the Sobol confidence intervals
 */
public record UncertaintySettings(int runs, long seed, double weightNoise, List<Normalisation> normalisations,
                                  List<Aggregation> aggregations, List<Imputation> imputations,
                                  int sobolSamples, int bootstrap) {

    public UncertaintySettings {
        normalisations = List.copyOf(normalisations);
        aggregations = List.copyOf(aggregations);
        imputations = List.copyOf(imputations);
    }

    /** No analysis. */
    public static UncertaintySettings none() {
        return new UncertaintySettings(0, 1, 0, List.of(), List.of(), List.of(), 0, 0);
    }

    /** True when at least one assumption varies and runs are asked for. */
    public boolean enabled() {
        return runs > 0 && (weightNoise > 0 || !normalisations.isEmpty() || !aggregations.isEmpty() || !imputations.isEmpty());
    }
}
