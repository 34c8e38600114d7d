package fi.kuntadigi.analytics.reference;

import fi.kuntadigi.analytics.run.WarehouseInputs;
import fi.kuntadigi.catalog.Datasets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;

/** Reads the reference datasets of the warehouse into {@link ReferenceData}. */
public final class ReferenceReader {

    private ReferenceReader() {
    }

    /** The five datasets are read side by side (each a small Spark job dominated by its fixed cost). */
    public static ReferenceData read(WarehouseInputs in) {
        ExecutorService pool = Executors.newFixedThreadPool(5, r -> {
            Thread t = new Thread(r, "reference-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<List<Row>>> reads = Stream.of(Datasets.MUNICIPALITIES, Datasets.POPULATION,
                    Datasets.POPULATION_BY_AGE, Datasets.SERVICES, Datasets.CHANNELS)
                    .map(d -> CompletableFuture.supplyAsync(() -> in.collect(d), pool)).toList();
            List<List<Row>> rows = new ArrayList<>();
            for (CompletableFuture<List<Row>> f : reads) {
                rows.add(join(f));
            }
            return of(rows.get(0), rows.get(1), rows.get(2), rows.get(3), rows.get(4));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The value, or the read's own exception (e.g. a dataset not published) as it was thrown. */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
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
                        r.getAs("name_en"), r.getAs("sector"), r.<Boolean>getAs("statutory"), r.getAs("legal_basis"),
                        r.<Boolean>getAs("identification_required"), r.<Double>getAs("default_handling_minutes")))
                .toList();
        List<Channel> channels = channelRows.stream()
                .map(r -> new Channel(r.getAs("channel_code"), r.getAs("name_fi"), r.getAs("name_en"),
                        r.<Boolean>getAs("digital"), r.<Long>getAs("unit_cost_cents")))
                .toList();
        return new ReferenceData(municipalities, population, byAge, services, channels);
    }
}
