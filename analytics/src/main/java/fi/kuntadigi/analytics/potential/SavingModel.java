package fi.kuntadigi.analytics.potential;

import fi.kuntadigi.analytics.config.PotentialSettings;

/**
 * Gross saving (Standard Cost Model: cost = price x quantity): the adoption ceiling is
 * min(ceiling max, readiness x factor); the transactions that move are
 * clamp(ceiling x all - digital, 0, non-digital); each saves the difference between the average
 * non-digital unit cost and the unit cost of the target digital channel, and the difference between
 * the non-digital and digital handling minutes per transaction.
 */
public final class SavingModel {

    private SavingModel() {
    }

    public static Saving compute(ServiceYear year, double readiness, double digitalUnitCents,
                                 double digitalMinutesPerTransaction, PotentialSettings settings) {
        double ceiling = Math.max(0, Math.min(settings.ceilingMax(), readiness * settings.ceilingFactor()));
        double shiftable = Math.max(0, Math.min(year.nonDigital(), ceiling * year.transactions() - year.digital()));
        double ndUnit = year.nonDigitalUnitCents();
        long gross = Math.round(shiftable * Math.max(0, ndUnit - digitalUnitCents));
        double minutes = shiftable * Math.max(0, year.nonDigitalMinutesPerTransaction() - digitalMinutesPerTransaction);
        return new Saving(readiness, ceiling, shiftable, ndUnit, digitalUnitCents, gross, minutes,
                minutes / 60.0 / settings.hoursPerPersonYear());
    }
}
