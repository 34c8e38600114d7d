package fi.kuntadigi.analytics.costs;

import fi.kuntadigi.analytics.common.LargestRemainder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The participants' own funding split by population. Two methods side by side: the exact
 * largest-remainder split (the shares add up to the total to the cent), and the application's own
 * method — a per-inhabitant rate rounded to the cent times each population (23 250 € / 20 940 = 1,11 €),
 * which reproduces the application's table but adds up to 23 243,40 €.
 */
public final class FundingSplit {

    /** One participant's shares. */
    public record Share(String municipalityCode, int population, double populationShare, long computedCents,
                        long perCapitaRateCents, long perCapitaMethodCents, Long statedCents) {
        public Long differenceCents() {
            return statedCents == null ? null : statedCents - computedCents;
        }
    }

    private FundingSplit() {
    }

    public static List<Share> compute(long totalCents, List<StatedShare> participants) {
        long[] populations = participants.stream().mapToLong(StatedShare::population).toArray();
        long[] parts = LargestRemainder.split(totalCents, populations);
        long totalPopulation = 0;
        for (long p : populations) {
            totalPopulation += p;
        }
        long rate = perCapitaRate(totalCents, totalPopulation);
        List<Share> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            StatedShare s = participants.get(i);
            out.add(new Share(s.municipalityCode(), s.population(), (double) s.population() / totalPopulation, parts[i],
                    rate, rate * s.population(), s.statedCents()));
        }
        return out;
    }

    /** total / population rounded half up to the cent. */
    public static long perCapitaRate(long totalCents, long population) {
        return BigDecimal.valueOf(totalCents).divide(BigDecimal.valueOf(population), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
