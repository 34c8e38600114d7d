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

    /** The indicators analyze computes, by iCode: a potential framework's iMeta chooses among them. */
    public static final List<String> INDICATORS = List.of("non_digital_volume", "non_digital_share", "handling_hours",
            "saving_per_transaction", "readiness", "sector_maturity", "net_benefit_shared");
    /** The two money indicators, which depend on the unit costs (varied by the uncertainty analysis). */
    public static final String SAVING = "saving_per_transaction";
    public static final String NET_BENEFIT = "net_benefit_shared";

    /** The value of an indicator with the unit costs scaled by the factors. */
    public double value(String indicator, double nonDigitalCostFactor, double digitalCostFactor) {
        return switch (indicator) {
            case "non_digital_volume" -> nonDigital;
            case "non_digital_share" -> nonDigitalShare;
            case "handling_hours" -> handlingHours;
            case SAVING -> savingEuros(nonDigitalCostFactor, digitalCostFactor);
            case "readiness" -> readiness;
            case "sector_maturity" -> sectorMaturity;
            case NET_BENEFIT -> netBenefitEuros(nonDigitalCostFactor, digitalCostFactor);
            default -> throw new IllegalArgumentException("no indicator " + indicator + "; known: " + INDICATORS);
        };
    }

    /** Saving per transaction in euros with the unit costs scaled by the factors. */
    public double savingEuros(double nonDigitalCostFactor, double digitalCostFactor) {
        return savingCents(nonDigitalCostFactor, digitalCostFactor) / 100.0;
    }

    /** Net benefit of the shared solution over the horizon in euros with the unit costs scaled. */
    public double netBenefitEuros(double nonDigitalCostFactor, double digitalCostFactor) {
        return (years * shiftable * savingCents(nonDigitalCostFactor, digitalCostFactor) - sharedCostCents) / 100.0;
    }

    private double savingCents(double nonDigitalCostFactor, double digitalCostFactor) {
        return Math.max(0, nonDigitalCostFactor * nonDigitalUnitCents - digitalCostFactor * digitalUnitCents);
    }

    public List<String> key() {
        return List.of(municipalityCode, serviceCode);
    }
}
