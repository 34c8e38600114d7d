package fi.kuntadigi.index.normalise;

/** How indicators are brought to a common scale (JRC Handbook step 5; COINr's {@code n_*} functions). */
public enum Normalisation {
    /** (x - min) / (max - min), mapped to [low, high]. */
    MINMAX,
    /** (x - mean) / sd (sample), times {@code zscoreSd} plus {@code zscoreMean} (COINr's n_zscore; default 0 and 1). */
    ZSCORE,
    /** Rank among the units (1 = lowest, ties averaged). */
    RANK,
    /** Percentile rank (rank - 1) / (n - 1), mapped to [low, high]. */
    PERCENTILE_RANK,
    /** (x - min) / (target - min), capped at 1, mapped to [low, high]; the target is iMeta's Target. */
    DISTANCE_TO_TARGET,
    /** x / x(reference unit), mapped by high (1 = high). */
    DISTANCE_TO_REFERENCE,
    /** x / max(x) ("distance to the leader"), mapped by high. */
    DISTANCE_TO_MAXIMUM,
    /** (x - lower goalpost) / (upper - lower), clamped to [0, 1], mapped to [low, high]. */
    GOALPOSTS
}
