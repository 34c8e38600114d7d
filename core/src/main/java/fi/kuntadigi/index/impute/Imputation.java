package fi.kuntadigi.index.impute;

/** How a missing indicator value is estimated (JRC Handbook step 3, "single imputation"). */
public enum Imputation {
    /** Left missing: aggregation uses the unit's available children with their weights rescaled. */
    NONE,
    /** The indicator's mean over all units with a value. */
    MEAN,
    /** The indicator's median over all units with a value. */
    MEDIAN,
    /** The indicator's mean over the units of the same group (a group column of iData). */
    GROUP_MEAN,
    /** The indicator's median over the units of the same group. */
    GROUP_MEDIAN;

    /** True for the methods that need a group column. */
    public boolean byGroup() {
        return this == GROUP_MEAN || this == GROUP_MEDIAN;
    }
}
