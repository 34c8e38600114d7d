package fi.kuntadigi.index.audit;

/**
 * The internal consistency of an aggregate's children.
 *
 * @param code     the aggregate
 * @param children how many children it has
 * @param alpha    Cronbach's alpha of its children's values (NaN with fewer than two)
 */
public record Reliability(String code, int children, double alpha) {
}
