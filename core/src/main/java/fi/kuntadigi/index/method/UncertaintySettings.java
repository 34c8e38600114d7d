package fi.kuntadigi.index.method;

import fi.kuntadigi.index.aggregate.Aggregation;
import fi.kuntadigi.index.impute.Imputation;
import fi.kuntadigi.index.normalise.Normalisation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The assumptions a framework marks uncertain, and how the analyses sample them. An assumption with no
 * alternatives (an empty list, a zero noise) is held at its nominal value.
 *
 * @param runs           Monte Carlo runs of the uncertainty analysis
 * @param seed           random seed (the analyses are reproducible)
 * @param weightNoise    each weight is multiplied by a factor uniform on [1 - noise, 1 + noise]
 * @param weightsEach    each indicator's weight is its own assumption (so the sensitivity analysis can say
 *                       which weight matters); false: one assumption draws all weights together (COINr's way)
 * @param normalisations alternative normalisations (the nominal one is drawn as likely as each of them)
 * @param aggregations   alternative aggregations of every level
 * @param imputations    alternative imputations
 * @param inputs         uncertain inputs by name (the caller says how each changes the data, e.g. a unit cost),
 *                       each multiplied by a factor uniform on [1 - spread, 1 + spread]; in name order
 * @param sobolSamples   base sample size N of the Sobol analysis (N (k + 2) runs for k assumptions)
 * @param bootstrap      bootstrap resamples for the Sobol confidence intervals
 * @param sobolUnits     the ranks of this many best-ranked units (nominal) are analysed, with the mean rank shift
 *                       of all; 0 for every unit (a national index's thousands of outputs need not all be kept)
 */
public record UncertaintySettings(int runs, long seed, double weightNoise, boolean weightsEach,
                                  List<Normalisation> normalisations, List<Aggregation> aggregations,
                                  List<Imputation> imputations, Map<String, Double> inputs, int sobolSamples,
                                  int bootstrap, int sobolUnits) {

    public UncertaintySettings {
        normalisations = List.copyOf(normalisations);
        aggregations = List.copyOf(aggregations);
        imputations = List.copyOf(imputations);
        inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
    }

    /** No analysis. */
    public static UncertaintySettings none() {
        return new UncertaintySettings(0, 1, 0, false, List.of(), List.of(), List.of(), Map.of(), 0, 0, 0);
    }

    /** True when at least one assumption varies and runs are asked for. */
    public boolean enabled() {
        return runs > 0 && (weightNoise > 0 || !normalisations.isEmpty() || !aggregations.isEmpty()
                || !imputations.isEmpty() || !inputs.isEmpty());
    }
}
