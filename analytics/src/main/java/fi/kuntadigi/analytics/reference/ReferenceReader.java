package fi.kuntadigi.analytics.reference;

import fi.kuntadigi.catalog.DatasetRow;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the reference datasets of the warehouse into {@link ReferenceData}. */
public final class ReferenceReader {

    /** The datasets it reads, each a few thousand rows at most. */
    public static final List<DatasetSchema> DATASETS = List.of(Datasets.MUNICIPALITIES, Datasets.POPULATION,
            Datasets.POPULATION_BY_AGE, Datasets.SERVICES, Datasets.CHANNELS);

    private ReferenceReader() {
    }

    /** The {@link #DATASETS}, read on the driver ({@code collect}: the run's {@code WarehouseInputs::collect}). */
    public static ReferenceData read(Function<DatasetSchema, List<DatasetRow>> collect) {
        return of(collect.apply(Datasets.MUNICIPALITIES), collect.apply(Datasets.POPULATION),
                collect.apply(Datasets.POPULATION_BY_AGE), collect.apply(Datasets.SERVICES), collect.apply(Datasets.CHANNELS));
    }

    private static ReferenceData of(List<DatasetRow> municipalityRows, List<DatasetRow> populationRows,
                                    List<DatasetRow> byAgeRows, List<DatasetRow> serviceRows, List<DatasetRow> channelRows) {
        List<Municipality> municipalities = municipalityRows.stream()
                .map(r -> new Municipality(r.string("municipality_code"), r.string("name_fi"), r.string("name_sv"),
                        r.date("valid_to"), r.string("successor_code")))
                .toList();
        Map<String, Map<Integer, Integer>> population = new HashMap<>();
        for (DatasetRow r : populationRows) {
            population.computeIfAbsent(r.string("municipality_code"), k -> new HashMap<>())
                    .put(r.integer("year"), r.integer("population"));
        }
        Map<String, Map<Integer, Map<String, Integer>>> byAge = new HashMap<>();
        for (DatasetRow r : byAgeRows) {
            byAge.computeIfAbsent(r.string("municipality_code"), k -> new HashMap<>())
                    .computeIfAbsent(r.integer("year"), k -> new HashMap<>())
                    .put(r.string("age_band"), r.integer("population"));
        }
        List<Service> services = serviceRows.stream()
                .map(r -> new Service(r.string("service_code"), r.string("ptv_class"), r.string("name_fi"),
                        r.string("name_en"), Swedish.or(r.string("name_sv"), r.string("name_fi")), r.string("sector"),
                        r.bool("statutory"), r.string("legal_basis"),
                        r.bool("identification_required"), r.doubleValue("default_handling_minutes")))
                .toList();
        List<Channel> channels = channelRows.stream()
                .map(r -> new Channel(r.string("channel_code"), r.string("name_fi"), r.string("name_en"),
                        r.bool("digital"), r.longValue("unit_cost_cents")))
                .toList();
        return new ReferenceData(municipalities, population, byAge, services, channels);
    }
}
