package fi.kuntadigi.generate;

import java.util.Locale;

/**
 * How much data to generate.
 *
 * @param id                 name used on the command line
 * @param municipalities     municipalities in total, the six real ones included
 * @param firstYear          first year of monthly transactions
 * @param lastYear           last year of monthly transactions
 * @param services           services in the catalogue; above the real ones, synthetic services are added
 * @param nationalPopulation population the synthetic municipalities are scaled to (with the real ones)
 */
public record Scale(String id, int municipalities, int firstYear, int lastYear, int services,
                    long nationalPopulation) {

    /** The six real municipalities of the project and the real service catalogue. */
    public static final Scale REGION = new Scale("region", RealData.MUNICIPALITY_COUNT, 2019, 2025,
            0, 0);
    /** About all of Finland: 309 municipalities, 110 services, 2019-2025, about 20 million rows. */
    public static final Scale NATIONAL = new Scale("national", 309, 2019, 2025, 110, 5_500_000);

    public Scale {
        if (municipalities < RealData.MUNICIPALITY_COUNT) {
            throw new IllegalArgumentException("a scale includes at least the six real municipalities");
        }
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear before firstYear");
        }
    }

    /** True when only the real region is generated (then the Finnish-style export is written too). */
    public boolean isRegion() {
        return municipalities == RealData.MUNICIPALITY_COUNT;
    }

    /** A scale by its command-line name: {@code region} or {@code national}. */
    public static Scale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "region" -> REGION;
            case "national" -> NATIONAL;
            default -> throw new IllegalArgumentException("unknown scale " + name + " (region|national)");
        };
    }
}
