package fi.kuntadigi.analytics.potential;

/**
 * Transactions of one service in one municipality and year, split digital / non-digital, with
 * handling minutes and channel costs (euro cents) of each part.
 */
public record ServiceYear(String municipalityCode, String serviceCode, int year, long transactions, long digital,
                          double nonDigitalMinutes, double digitalMinutes, long nonDigitalCostCents,
                          long digitalCostCents) {

    public long nonDigital() {
        return transactions - digital;
    }

    /** Digital take-up (GOV.UK): digital / all; null when there are no transactions. */
    public Double takeUp() {
        return transactions == 0 ? null : (double) digital / transactions;
    }

    /** Average cost of a non-digital transaction in cents (0 when none). */
    public double nonDigitalUnitCents() {
        return nonDigital() == 0 ? 0 : (double) nonDigitalCostCents / nonDigital();
    }

    public double nonDigitalMinutesPerTransaction() {
        return nonDigital() == 0 ? 0 : nonDigitalMinutes / nonDigital();
    }
}
