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
 * @param rankTies    how equal index values are ranked (nominal and in every run)
 */
public record Method(boolean denominate, ImputeSettings impute, TreatSettings treat, NormaliseSettings normalise,
                     AggregateSettings aggregate, Map<String, Double> weights, UncertaintySettings uncertainty,
                     Ties rankTies) {

    public Method {
        weights = Map.copyOf(weights);
    }

    /** A method ranking ties COINr's way (they share the best rank). */
    public Method(boolean denominate, ImputeSettings impute, TreatSettings treat, NormaliseSettings normalise,
                  AggregateSettings aggregate, Map<String, Double> weights, UncertaintySettings uncertainty) {
        this(denominate, impute, treat, normalise, aggregate, weights, uncertainty, Ties.MIN);
    }

    /** The same method with other weight overrides. */
    public Method withWeights(Map<String, Double> other) {
        return new Method(denominate, impute, treat, normalise, aggregate, other, uncertainty, rankTies);
    }

    public Method withImpute(ImputeSettings other) {
        return new Method(denominate, other, treat, normalise, aggregate, weights, uncertainty, rankTies);
    }

    public Method withNormalise(NormaliseSettings other) {
        return new Method(denominate, impute, treat, other, aggregate, weights, uncertainty, rankTies);
    }

    public Method withAggregate(AggregateSettings other) {
        return new Method(denominate, impute, treat, normalise, other, weights, uncertainty, rankTies);
    }
}
