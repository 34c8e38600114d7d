package fi.kuntadigi.analytics.reference;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/** Reads the reference datasets of the warehouse into {@link ReferenceData}. */
public final class ReferenceReader {

    private ReferenceReader() {
    }

    /**
     * The five datasets, each a few thousand rows at most, read on the driver ({@code collect}: the run's
     * {@code WarehouseInputs::collect}).
     */
    public static ReferenceData read(Function<DatasetSchema, List<Row>> collect) {
        return of(collect.apply(Datasets.MUNICIPALITIES), collect.apply(Datasets.POPULATION),
                collect.apply(Datasets.POPULATION_BY_AGE), collect.apply(Datasets.SERVICES), collect.apply(Datasets.CHANNELS));
    }

    private static ReferenceData of(List<Row> municipalityRows, List<Row> populationRows, List<Row> byAgeRows,
                                    List<Row> serviceRows, List<Row> channelRows) {
        List<Municipality> municipalities = municipalityRows.stream()
                .map(r -> new Municipality(r.getAs("municipality_code"), r.getAs("name_fi"), r.getAs("name_sv"),
                        (LocalDate) r.getAs("valid_to"), r.getAs("successor_code")))
                .toList();
        Map<String, Map<Integer, Integer>> population = new HashMap<>();
        for (Row r : populationRows) {
            population.computeIfAbsent(r.getAs("municipality_code"), k -> new HashMap<>())
                    .put(r.getAs("year"), r.getAs("population"));
        }
        Map<String, Map<Integer, Map<String, Integer>>> byAge = new HashMap<>();
        for (Row r : byAgeRows) {
            byAge.computeIfAbsent(r.getAs("municipality_code"), k -> new HashMap<>())
                    .computeIfAbsent(r.getAs("year"), k -> new HashMap<>())
                    .put(r.getAs("age_band"), r.getAs("population"));
        }
        List<Service> services = serviceRows.stream()
                .map(r -> new Service(r.getAs("service_code"), r.getAs("ptv_class"), r.getAs("name_fi"),
                        r.getAs("name_en"), Swedish.or(r.getAs("name_sv"), r.getAs("name_fi")), r.getAs("sector"),
                        r.<Boolean>getAs("statutory"), r.getAs("legal_basis"),
                        r.<Boolean>getAs("identification_required"), r.<Double>getAs("default_handling_minutes")))
                .toList();
        List<Channel> channels = channelRows.stream()
                .map(r -> new Channel(r.getAs("channel_code"), r.getAs("name_fi"), r.getAs("name_en"),
                        r.<Boolean>getAs("digital"), r.<Long>getAs("unit_cost_cents")))
                .toList();
        return new ReferenceData(municipalities, population, byAge, services, channels);
    }
}
