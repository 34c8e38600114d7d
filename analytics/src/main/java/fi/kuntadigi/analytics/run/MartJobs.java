package fi.kuntadigi.analytics.run;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Every analytics feature, producers before the features that read their results (maturity and surveys feed
 * potential's savings and index, potential's ranking feeds the roadmap), otherwise in the order their marts are
 * reported. The features register themselves in that order in one place,
 * {@code META-INF/services/fi.kuntadigi.analytics.run.MartJob}, so this package does not depend on the feature
 * packages (which depend on it).
 */
public final class MartJobs {

    private MartJobs() {
    }

    public static List<MartJob> all() {
        List<String> features = Marts.all().stream().map(DatasetSchema::source).distinct().toList();
        List<MartJob> jobs = ServiceLoader.load(MartJob.class, MartJob.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (!jobs.stream().map(MartJob::feature).sorted().toList().equals(features.stream().sorted().toList())) {
            throw new IllegalStateException("analytics features " + jobs.stream().map(MartJob::feature).toList()
                    + " do not match the sources of the catalog's marts " + features);
        }
        checkDatasets(jobs);
        return ordered(jobs);
    }

    /** Fails naming the feature and the dataset when a feature declares a dataset that is not one of {@link Datasets}. */
    static void checkDatasets(List<MartJob> jobs) {
        for (MartJob job : jobs) {
            for (DatasetSchema schema : job.datasets()) {
                if (!Datasets.byName(schema.name()).map(schema::equals).orElse(false)) {
                    throw new IllegalStateException(job.feature() + " declares the dataset " + schema.name()
                            + ", which is not one of the catalog's datasets");
                }
            }
        }
    }

    /**
     * The jobs with every producer before the jobs that read its results; otherwise in the given order. Fails naming
     * a result no job shares, or features that wait for each other.
     */
    static List<MartJob> ordered(List<MartJob> jobs) {
        Map<Class<?>, MartJob> producers = new LinkedHashMap<>();
        jobs.forEach(j -> j.shares().forEach(type -> producers.put(type, j)));
        for (MartJob job : jobs) {
            for (Class<?> type : job.reads()) {
                if (!producers.containsKey(type)) {
                    throw new IllegalStateException(job.feature() + " reads " + type.getSimpleName() + ", which no feature shares");
                }
            }
        }
        List<MartJob> order = new ArrayList<>();
        List<MartJob> left = new ArrayList<>(jobs);
        while (!left.isEmpty()) {
            MartJob next = left.stream().filter(j -> j.reads().stream().allMatch(t -> order.contains(producers.get(t))))
                    .findFirst().orElseThrow(() -> new IllegalStateException("features wait for each other's results: "
                            + left.stream().map(MartJob::feature).toList()));
            order.add(next);
            left.remove(next);
        }
        return List.copyOf(order);
    }
}
