package fi.kuntadigi.analytics.potential;

/**
 * Net benefit over the horizon and payback of a solution: net = years x (saving - yearly) - one-off;
 * payback = one-off / (saving - yearly) years, or never (null) when the saving does not cover the
 * yearly licence. No discounting (a steering-group check, not an investment appraisal).
 */
public record BusinessCase(long netBenefitCents, Double paybackYears) {

    public static BusinessCase of(long yearlySavingCents, long oneOffCents, long yearlyCents, int years) {
        long yearlyNet = yearlySavingCents - yearlyCents;
        long net = years * yearlyNet - oneOffCents;
        Double payback = yearlyNet <= 0 ? null : (double) oneOffCents / yearlyNet;
        return new BusinessCase(net, payback);
    }
}
