package fi.kuntadigi.index.audit;

/**
 * The Pearson correlation of two columns over the units that have both.
 *
 * @param code    an indicator or aggregate
 * @param other   a sibling under the same parent, or the parent
 * @param kind    {@code sibling} or {@code parent}
 * @param pearson the correlation (NaN when either is constant)
 */
public record Correlation(String code, String other, String kind, double pearson) {
}
