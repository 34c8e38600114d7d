package fi.kuntadigi.index.method;

import fi.kuntadigi.index.aggregate.AggregateSettings;
import fi.kuntadigi.index.impute.ImputeSettings;
import fi.kuntadigi.index.normalise.NormaliseSettings;
import fi.kuntadigi.index.treat.TreatSettings;
import java.util.Map;

/**
 * How an index is built from its framework: the JRC steps and their options, as read from a method file
 * ({@link MethodFile}).
 *
 * @param denominate  divide indicators by their iMeta Denominator
 * @param impute      imputation and the missing-data screen
 * @param treat       outlier treatment
 * @param normalise   normalisation
 * @param aggregate   aggregation per level
 * @param weights     weights overriding iMeta's, by iCode
 * @param uncertainty the assumptions varied by the uncertainty and sensitivity analyses
 */
public record Method(boolean denominate, ImputeSettings impute, TreatSettings treat, NormaliseSettings normalise,
                     AggregateSettings aggregate, Map<String, Double> weights, UncertaintySettings uncertainty) {

    public Method {
        weights = Map.copyOf(weights);
    }

    /** The same method with other weight overrides. */
    public Method withWeights(Map<String, Double> other) {
        return new Method(denominate, impute, treat, normalise, aggregate, other, uncertainty);
    }

    public Method withImpute(ImputeSettings other) {
        return new Method(denominate, other, treat, normalise, aggregate, weights, uncertainty);
    }

    public Method withNormalise(NormaliseSettings other) {
        return new Method(denominate, impute, treat, other, aggregate, weights, uncertainty);
    }

    public Method withAggregate(AggregateSettings other) {
        return new Method(denominate, impute, treat, normalise, other, weights, uncertainty);
    }
}
