package fi.kuntadigi.index.uncertainty;

/**
 * How uncertain one unit's rank is under the varied assumptions.
 *
 * @param unitCode     the unit
 * @param unitName     its name
 * @param nominalScore its index under the nominal method
 * @param nominalRank  its rank under the nominal method
 * @param medianRank   the median of its ranks over the Monte Carlo runs
 * @param rankLow      the 5th percentile of its ranks
 * @param rankHigh     the 95th percentile
 * @param meanShift    the mean absolute difference between its run rank and its nominal rank
 */
public record UnitUncertainty(String unitCode, String unitName, double nominalScore, double nominalRank,
                              double medianRank, double rankLow, double rankHigh, double meanShift) {
}
