package fi.kuntadigi.analytics.potential;

import java.util.List;

/**
 * One service in one municipality as the index sees it: the components its indicators are computed
 * from, so that the uncertainty analysis can vary the unit costs underneath.
 *
 * @param nonDigital        non-digital transactions a year
 * @param nonDigitalShare   1 - digital take-up
 * @param handlingHours     non-digital handling hours a year
 * @param nonDigitalUnitCents average non-digital unit cost
 * @param digitalUnitCents  unit cost of the target digital channel
 * @param readiness         residents' readiness 0-1
 * @param sectorMaturity    maturity index 0-100 of the service's sector
 * @param shiftable         transactions a year that can move to digital
 * @param years             years of the horizon
 * @param sharedCostCents   this service's part of the shared solution's cost over the horizon
 * @param legal             a law obliges the service (statutory)
 */
public record IndexUnit(String municipalityCode, String serviceCode, double nonDigital, double nonDigitalShare,
                        double handlingHours, double nonDigitalUnitCents, double digitalUnitCents, double readiness,
                        double sectorMaturity, double shiftable, int years, long sharedCostCents, boolean legal) {

    /** Raw indicator values in {@link fi.kuntadigi.analytics.config.IndexSettings#INDICATORS} order. */
    public double[] raw(double nonDigitalCostFactor, double digitalCostFactor) {
        double savingCents = Math.max(0, nonDigitalCostFactor * nonDigitalUnitCents - digitalCostFactor * digitalUnitCents);
        return new double[] {nonDigital, nonDigitalShare, handlingHours, savingCents / 100.0, readiness, sectorMaturity,
                (years * shiftable * savingCents - sharedCostCents) / 100.0};
    }

    public List<String> key() {
        return List.of(municipalityCode, serviceCode);
    }
}
