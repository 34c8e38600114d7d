package fi.kuntadigi.generate;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fi.kuntadigi.catalog.Datasets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;

/**
 * Population per municipality and year, 2018 to the scale's last year. 2018 is the real figure of the
 * grant application; later years are estimates with a gentle decline of 0.8 % a year for municipalities
 * under 5 000 inhabitants and 0.5 % a year for larger ones. A merged municipality's estimate rolls into
 * its successor from the year after the merger (Honkajoki into Kankaanpää from 2021).
 */
final class PopulationTable {

    static final int BASE_YEAR = 2018;
    static final String ESTIMATE_SOURCE = "Estimate: 2018 figure of the grant application with a trend of"
            + " -0.8 %/year (under 5 000 inhabitants) or -0.5 %/year; a merged municipality rolls into its successor";
    static final String SYNTHETIC_SOURCE = "Synthetic municipality: drawn 2018 population with the same trend";

    private final List<PopulationRow> rows;
    private final Map<String, Integer> index = new HashMap<>();

    private PopulationTable(List<PopulationRow> rows) {
        this.rows = List.copyOf(rows);
        for (PopulationRow r : rows) {
            index.put(key(r.code(), r.year()), r.population());
        }
    }

    static PopulationTable estimate(Municipalities municipalities, int lastYear) {
        Map<String, String> realSources = new HashMap<>();
        for (NamedCsvRecord r : RealData.real("population_2018")) {
            realSources.put(r.getField("municipality_code"), r.getField("source"));
        }
        List<PopulationRow> rows = new ArrayList<>();
        for (Municipality m : municipalities.all()) {
            for (int year = BASE_YEAR; year <= lastYear; year++) {
                if (!m.existsOn(LocalDate.of(year, 12, 31))) {
                    continue;
                }
                int population = trend(m, year);
                for (Municipality merged : municipalities.all()) {
                    if (m.code().equals(merged.successorCode()) && !merged.existsOn(LocalDate.of(year, 12, 31))) {
                        population += trend(merged, year);
                    }
                }
                boolean real = year == BASE_YEAR && !m.synthetic();
                String source = real ? realSources.get(m.code())
                        : m.synthetic() ? SYNTHETIC_SOURCE : ESTIMATE_SOURCE;
                rows.add(new PopulationRow(m.code(), year, population, !real, source));
            }
        }
        return new PopulationTable(rows);
    }

    private static int trend(Municipality m, int year) {
        double yearlyChange = m.population2018() < 5_000 ? -0.008 : -0.005;
        return (int) Math.round(m.population2018() * Math.pow(1 + yearlyChange, year - BASE_YEAR));
    }

    List<PopulationRow> rows() {
        return rows;
    }

    /** Population of a municipality in a year; 0 when it did not exist at the end of the year. */
    int population(String code, int year) {
        return index.getOrDefault(key(code, year), 0);
    }

    void write(Path datasetsDir) {
        try (CsvTable csv = CsvTable.forDataset(datasetsDir, Datasets.POPULATION, "population.csv")) {
            for (PopulationRow r : rows) {
                csv.row(r.code(), Integer.toString(r.year()), Integer.toString(r.population()),
                        Boolean.toString(r.estimated()), r.source());
            }
        }
    }

    private static String key(String code, int year) {
        return code + '/' + year;
    }
}
