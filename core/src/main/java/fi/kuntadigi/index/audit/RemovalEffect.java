package fi.kuntadigi.index.audit;

/**
 * What leaving one indicator out (weight 0) does to the index ranks.
 *
 * @param code      the indicator left out
 * @param meanShift the mean absolute rank change over the units
 * @param maxShift  the largest absolute rank change
 */
public record RemovalEffect(String code, double meanShift, double maxShift) {
}
