package fi.kuntadigi.generate;

import fi.kuntadigi.catalog.Datasets;
import java.nio.file.Path;
import java.util.List;

/**
 * Splits each population figure into the six age bands of the contract so that the bands add up exactly.
 * The shares blend a small rural profile (a large 65+ share) and an urban one by the logarithm of the
 * municipality's size, and the 65+ bands grow by 2 % a year from 2018 (ageing). All splits are estimates.
 */
final class AgeBands {

    static final List<String> BANDS = List.of("0-17", "18-29", "30-44", "45-64", "65-74", "75+");
    private static final double[] RURAL = {0.15, 0.09, 0.14, 0.27, 0.18, 0.17};
    private static final double[] URBAN = {0.20, 0.15, 0.20, 0.25, 0.11, 0.09};
    private static final double RURAL_SIZE = Math.log10(1_500);
    private static final double URBAN_SIZE = Math.log10(50_000);
    private static final double AGEING_PER_YEAR = 0.02;
    static final String SOURCE = "Estimate: population split by a size-dependent age profile (rural to urban),"
            + " 65+ share growing 2 %/year";

    private AgeBands() {
    }

    /** Band populations of one municipality-year; they add up to {@code total}. */
    static long[] split(int total, int sizeForProfile, int year) {
        double urban = Math.min(1, Math.max(0,
                (Math.log10(Math.max(1, sizeForProfile)) - RURAL_SIZE) / (URBAN_SIZE - RURAL_SIZE)));
        double ageing = 1 + AGEING_PER_YEAR * (year - PopulationTable.BASE_YEAR);
        double[] weights = new double[BANDS.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = RURAL[i] * (1 - urban) + URBAN[i] * urban;
            if (i >= 4) {
                weights[i] *= ageing;
            }
        }
        return Apportion.largestRemainder(total, weights);
    }

    static void write(Path datasetsDir, PopulationTable population) {
        try (CsvTable csv = CsvTable.forDataset(datasetsDir, Datasets.POPULATION_BY_AGE, "population_by_age.csv")) {
            for (PopulationRow r : population.rows()) {
                long[] bands = split(r.population(), r.population(), r.year());
                for (int i = 0; i < bands.length; i++) {
                    csv.row(r.code(), Integer.toString(r.year()), BANDS.get(i), Long.toString(bands[i]),
                            "true", SOURCE);
                }
            }
        }
    }
}
