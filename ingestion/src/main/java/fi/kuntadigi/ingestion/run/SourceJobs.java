package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.operations.UnusableInputException;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every source kind's job, in the catalog's load order (reference data first). The jobs register themselves in one
 * place, {@code META-INF/services/fi.kuntadigi.ingestion.run.SourceJob}, so this package does not depend on the
 * per-source packages (which depend on it for {@link SourceJob}).
 */
public final class SourceJobs {

    private SourceJobs() {
    }

    public static List<SourceJob> all() {
        List<String> sources = Datasets.sources();
        List<SourceJob> jobs = ServiceLoader.load(SourceJob.class, SourceJob.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparingInt(j -> sources.indexOf(j.source()))).toList();
        if (!jobs.stream().map(SourceJob::source).toList().equals(sources)) {
            throw new IllegalStateException("source jobs " + jobs.stream().map(SourceJob::source).toList()
                    + " do not match the catalog's sources " + sources);
        }
        return jobs;
    }

    /** The jobs of the named sources, in load order; all when {@code names} is empty. */
    public static List<SourceJob> named(List<String> names) {
        if (names == null || names.isEmpty()) {
            return all();
        }
        for (String name : names) {
            if (!Datasets.sources().contains(name)) {
                throw new UnusableInputException("unknown source '" + name + "'; choose from " + String.join(", ", Datasets.sources()));
            }
        }
        return all().stream().filter(j -> names.contains(j.source())).toList();
    }
}
