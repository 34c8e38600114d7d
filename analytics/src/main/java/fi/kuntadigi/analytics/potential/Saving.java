package fi.kuntadigi.analytics.potential;

/**
 * The yearly saving of moving non-digital transactions of one service to digital, up to the adoption
 * ceiling.
 *
 * @param readiness          residents' readiness 0-1
 * @param ceiling            adoption ceiling 0-1
 * @param shiftable          transactions a year that move to digital
 * @param nonDigitalUnitCents average cost of a non-digital transaction
 * @param digitalUnitCents   cost of a transaction on the target digital channel
 * @param grossCents         shiftable x (non-digital - digital unit cost), rounded to the cent
 * @param savedMinutes       shiftable x (non-digital - digital minutes per transaction)
 * @param personYears        savedMinutes / 60 / hours per person-year
 */
public record Saving(double readiness, double ceiling, double shiftable, double nonDigitalUnitCents,
                     double digitalUnitCents, long grossCents, double savedMinutes, double personYears) {

    public double savingPerTransactionCents() {
        return Math.max(0, nonDigitalUnitCents - digitalUnitCents);
    }
}
