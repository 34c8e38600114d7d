package fi.kuntadigi.index.treat;

/**
 * What the outlier treatment did to one indicator, for the treatment log.
 *
 * @param code           the indicator
 * @param skewBefore     skewness before treatment
 * @param kurtBefore     kurtosis before treatment
 * @param action         {@code none}, {@code winsorised}, {@code log} (COINr's log_CT, right skew) or
 *                       {@code log_negative} (its mirror for left skew)
 * @param winsorisedHigh values pulled down to the next value (units)
 * @param winsorisedLow  values pulled up to the next value (units)
 * @param skewAfter      skewness after
 * @param kurtAfter      kurtosis after
 * @param passes         true when the treated indicator is within the thresholds
 */
public record Treatment(String code, double skewBefore, double kurtBefore, String action, int winsorisedHigh,
                        int winsorisedLow, double skewAfter, double kurtAfter, boolean passes) {
}
