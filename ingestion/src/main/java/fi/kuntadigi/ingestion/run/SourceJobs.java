package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.ingestion.costs.CostsJob;
import fi.kuntadigi.ingestion.maturity.MaturityJob;
import fi.kuntadigi.ingestion.pilots.PilotsJob;
import fi.kuntadigi.ingestion.reference.ReferenceJob;
import fi.kuntadigi.ingestion.roadmap.RoadmapJob;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.ingestion.surveys.SurveysJob;
import fi.kuntadigi.ingestion.transactions.TransactionsJob;
import java.util.List;

/** Every source kind's job, in load order (reference data first). */
public final class SourceJobs {

    private SourceJobs() {
    }

    public static List<SourceJob> all() {
        List<SourceJob> jobs = List.of(new ReferenceJob(), new TransactionsJob(), new PilotsJob(), new SurveysJob(),
                new MaturityJob(), new CostsJob(), new RoadmapJob());
        if (!jobs.stream().map(SourceJob::source).toList().equals(Datasets.sources())) {
            throw new IllegalStateException("source jobs do not match the catalog's sources " + Datasets.sources());
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
