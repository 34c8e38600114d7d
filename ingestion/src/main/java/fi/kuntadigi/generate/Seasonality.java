package fi.kuntadigi.generate;

import java.util.Locale;

/**
 * Monthly profile of a service's demand, January first; each profile is normalised to a mean of 1 so
 * that the yearly volume stays as stated. The profiles are modelling assumptions.
 */
enum Seasonality {
    FLAT(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    BUILDING_SEASON(0.5, 0.6, 0.9, 1.3, 1.5, 1.4, 1.0, 1.1, 1.2, 1.0, 0.8, 0.7),
    WINTER(1.8, 1.7, 1.3, 0.8, 0.5, 0.5, 0.4, 0.5, 0.7, 1.0, 1.3, 1.5),
    QUARTERLY(1.4, 0.8, 0.8, 1.4, 0.8, 0.8, 1.4, 0.8, 0.8, 1.4, 0.8, 0.8),
    SCHOOL_START(0.8, 1.2, 1.4, 1.1, 1.0, 1.1, 0.6, 1.6, 1.1, 0.8, 0.7, 0.6),
    SCHOOL_YEAR(1.1, 1.1, 1.1, 1.0, 1.0, 0.7, 0.5, 0.9, 1.1, 1.1, 1.1, 1.0),
    ENROLMENT(1.0, 3.0, 1.5, 0.8, 0.5, 0.4, 0.3, 1.5, 0.8, 0.6, 0.4, 0.3),
    COURSE_TERMS(1.6, 0.9, 0.6, 0.4, 0.3, 0.2, 0.2, 2.2, 1.8, 0.8, 0.6, 0.5),
    SUMMER(0.6, 0.6, 0.8, 1.0, 1.3, 1.6, 1.5, 1.3, 1.0, 0.9, 0.7, 0.6);

    private final double[] factors;

    Seasonality(double... monthly) {
        double sum = 0;
        for (double f : monthly) {
            sum += f;
        }
        factors = new double[12];
        for (int i = 0; i < 12; i++) {
            factors[i] = monthly[i] * 12 / sum;
        }
    }

    /** Factor of a month, 1 = January. */
    double factor(int month) {
        return factors[month - 1];
    }

    static Seasonality named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
