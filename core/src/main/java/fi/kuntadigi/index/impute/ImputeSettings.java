package fi.kuntadigi.index.impute;

/**
 * The imputation step's settings.
 *
 * @param method          how missing values are estimated
 * @param groupColumn     the iData group column for {@link Imputation#GROUP_MEAN}/{@link Imputation#GROUP_MEDIAN}
 * @param maxMissingShare units missing more than this share of the indicators are screened out before
 *                        imputation (COINr's {@code Screen()} with {@code dat_thresh = 1 - maxMissingShare}); 1 keeps all
 */
public record ImputeSettings(Imputation method, String groupColumn, double maxMissingShare) {

    public ImputeSettings {
        if (method.byGroup() && (groupColumn == null || groupColumn.isBlank())) {
            throw new IllegalArgumentException(method + " needs a group column");
        }
        if (!(maxMissingShare >= 0 && maxMissingShare <= 1)) {
            throw new IllegalArgumentException("the missing-data threshold is a share between 0 and 1, not " + maxMissingShare);
        }
    }

    /** The same settings with another method (the uncertainty analysis varies it). */
    public ImputeSettings withMethod(Imputation other) {
        return new ImputeSettings(other, groupColumn, maxMissingShare);
    }
}
