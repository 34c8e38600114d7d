package fi.kuntadigi.index.sensitivity;

/**
 * First-order and total Sobol indices of one model output, with bootstrap confidence intervals.
 *
 * @param first      first-order index S_i of each factor (the share of the output's variance the factor
 *                   explains alone)
 * @param total      total index ST_i (its share including all interactions)
 * @param firstLow   lower end of the 95 % bootstrap interval of S_i
 * @param firstHigh  upper end
 * @param totalLow   lower end of the 95 % bootstrap interval of ST_i
 * @param totalHigh  upper end
 * @param variance   the output's variance over the sample
 */
public record SobolIndices(double[] first, double[] total, double[] firstLow, double[] firstHigh,
                           double[] totalLow, double[] totalHigh, double variance) {
}
