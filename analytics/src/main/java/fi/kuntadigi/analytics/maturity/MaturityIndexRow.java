package fi.kuntadigi.analytics.maturity;

/**
 * The maturity index of one sector ("all" = the municipality as a whole) in one round.
 *
 * @param weightedLevel    weighted mean level
 * @param index            0-100
 * @param targetLevel      weighted mean target level, or null
 * @param targetIndex      target as 0-100, or null
 * @param gapToTarget      max(0, target index - index), or null
 * @param changeFromStart  index - index of the first round: 0 in the first round, null when the first round did not assess the sector
 */
public record MaturityIndexRow(String roundId, String municipalityCode, String sector, double weightedLevel,
                               double index, Double targetLevel, Double targetIndex, Double gapToTarget,
                               Double changeFromStart) {
}
