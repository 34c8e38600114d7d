package fi.kuntadigi.analytics.config;

/**
 * Settings of the saving potential and the business case.
 *
 * @param baseYear               year whose volumes the case uses
 * @param horizonFrom            first year of the net-benefit horizon
 * @param horizonTo              last year of the horizon
 * @param hoursPerPersonYear     staff hours in one person-year
 * @param ceilingFactor          adoption ceiling = min(ceilingMax, readiness x factor)
 * @param ceilingMax             highest adoption ceiling
 * @param claimMinPersonYears    lower end of the application's claim
 * @param claimMaxPersonYears    upper end of the application's claim
 * @param fallbackIdentified     solution for a service missing from the catalogue that needs identification
 * @param fallbackBasic          solution for any other service missing from the catalogue
 */
public record PotentialSettings(int baseYear, int horizonFrom, int horizonTo, double hoursPerPersonYear,
                                double ceilingFactor, double ceilingMax, double claimMinPersonYears,
                                double claimMaxPersonYears, String fallbackIdentified, String fallbackBasic) {

    public PotentialSettings {
        if (horizonTo < horizonFrom) {
            throw new IllegalArgumentException("potential.horizon_to must not be before potential.horizon_from");
        }
        if (hoursPerPersonYear <= 0) {
            throw new IllegalArgumentException("potential.hours_per_person_year must be positive");
        }
    }

    /** Years in the horizon, inclusive. */
    public int horizonYears() {
        return horizonTo - horizonFrom + 1;
    }

    static PotentialSettings from(Settings s) {
        return new PotentialSettings(s.integer("potential.base_year", 2021), s.integer("potential.horizon_from", 2021),
                s.integer("potential.horizon_to", 2025), s.decimal("potential.hours_per_person_year", 1600),
                s.decimal("potential.ceiling_factor", 1.0), s.decimal("potential.ceiling_max", 0.9),
                s.decimal("potential.claim_min_person_years", 1.0), s.decimal("potential.claim_max_person_years", 2.0),
                s.text("potential.fallback_solution.identified", "eform_identified"),
                s.text("potential.fallback_solution.basic", "eform_basic"));
    }
}
