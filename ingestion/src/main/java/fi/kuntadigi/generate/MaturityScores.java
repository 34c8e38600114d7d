package fi.kuntadigi.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code maturity_scores/maturity_2021.xlsx} (Finnish headers, {@code mappings/maturity_scores.properties}):
 * the self-assessment of every 2021 participant, sector and Suomidigi dimension at the start (15.2.2021) and
 * end (15.11.2021) of 2021. Levels are 1.0-5.0 in steps of 0.5, mostly 1.5-3 (a half level higher in
 * municipalities over 5 000 inhabitants and in general administration and education, lower in social and
 * health and leisure); the end round improves by half a level mainly in general administration, where the
 * project worked. The target is one level above the start. All rows are synthetic.
 */
final class MaturityScores {

    static final List<String> SECTORS = List.of("general_administration", "education", "early_childhood",
            "technical", "social_health", "leisure_culture");
    private static final Map<String, Double> SECTOR_OFFSET = Map.of("general_administration", 0.25,
            "education", 0.25, "early_childhood", 0.0, "technical", 0.0, "social_health", -0.25,
            "leisure_culture", -0.25);
    private static final LocalDate START = LocalDate.of(2021, 2, 15);
    private static final LocalDate END = LocalDate.of(2021, 11, 15);
    private static final List<String> HEADERS = List.of("Arviointikierros", "Arviointipäivä", "Kunta", "Toimiala",
            "Ulottuvuus", "Taso", "Tavoitetaso", "synthetic");
    private static final List<String> COLUMNS = List.of("round_id", "assessed_on", "municipality_code", "sector",
            "dimension_id", "level", "target_level", "synthetic");

    private MaturityScores() {
    }

    static void write(Path datasetsDir, List<Municipality> participants, long seed) {
        List<String> dimensions = RealData.real("maturity_model").stream().map(r -> r.getField("dimension_id"))
                .toList();
        List<Object[]> endRows = new ArrayList<>();
        try (XlsxTable xlsx = XlsxTable.create(datasetsDir.resolve("maturity_scores").resolve("maturity_2021.xlsx"),
                "Kypsyysarvio", HEADERS)) {
            for (Municipality m : participants) {
                SplittableRandom random = Seeds.random(seed, "maturity", m.code());
                double base = m.population2018() > 5_000 ? 2.5 : 2.0;
                for (String sector : SECTORS) {
                    for (String dimension : dimensions) {
                        double start = halfLevel(base + SECTOR_OFFSET.get(sector) + 0.4 * Draws.gaussian(random));
                        double end = Math.min(5, start + improvement(sector, random));
                        double target = Math.min(5, start + 1);
                        xlsx.row(row("2021-start", START, m, sector, dimension, start, target));
                        endRows.add(row("2021-end", END, m, sector, dimension, end, target));
                    }
                }
            }
            endRows.forEach(xlsx::row);
        }
        List<MappingFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < HEADERS.size() - 1; i++) {
            entries.add(new MappingFile.Entry(HEADERS.get(i), COLUMNS.get(i)));
        }
        MappingFile.write(datasetsDir, "maturity_scores",
                "Kuntaliitto-style maturity self-assessment export with Finnish headers (maturity_2021.xlsx).", entries);
    }

    private static Object[] row(String round, LocalDate day, Municipality m, String sector, String dimension,
                                double level, double target) {
        return new Object[] {round, CsvDialect.FINNISH_EXPORT.date(day), m.nameFi(), sector, dimension, level, target,
                "true"};
    }

    private static double improvement(String sector, SplittableRandom random) {
        double chance = sector.equals("general_administration") ? 0.6 : 0.12;
        return random.nextDouble() < chance ? 0.5 : 0;
    }

    /** Rounds to the nearest half level within 1-5. */
    static double halfLevel(double value) {
        return Math.max(1, Math.min(5, Math.round(value * 2) / 2.0));
    }
}
