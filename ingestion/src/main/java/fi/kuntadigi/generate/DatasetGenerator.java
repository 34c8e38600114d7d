package fi.kuntadigi.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Generates a complete {@code datasets/} tree: the real reference data of the North Satakunta project
 * and deterministic synthetic data sized by the real populations. The same scale and seed always give
 * byte-identical files; the region scale with {@link #DEFAULT_SEED} reproduces the bundled
 * {@code datasets/}. Files of the same name in the target are overwritten, so write into an empty folder.
 */
public final class DatasetGenerator {

    /** Seed of the bundled {@code datasets/}. */
    public static final long DEFAULT_SEED = 20211130L;
    /** First day of 2021: the pilot, survey and maturity participants are the municipalities existing then. */
    private static final LocalDate PARTICIPATION_DAY = LocalDate.of(2021, 1, 1);

    private DatasetGenerator() {
    }

    /** Writes every dataset of the scale into {@code datasetsDir}. */
    public static void generate(Path datasetsDir, Scale scale, long seed) {
        RealData.COPIED.forEach(dataset -> RealData.copy(dataset, datasetsDir));
        Municipalities municipalities = Municipalities.of(scale, seed);
        municipalities.write(datasetsDir);
        PopulationTable population = PopulationTable.estimate(municipalities, scale.lastYear());
        population.write(datasetsDir);
        AgeBands.write(datasetsDir, population);
        ServiceCatalogue services = ServiceCatalogue.of(scale, seed);
        services.write(datasetsDir);
        new TransactionFiles(scale, seed, population, services).write(datasetsDir, municipalities);
        if (scale.isRegion()) {
            MappingFile.write(datasetsDir, "transactions",
                    "Finnish headers of Karvia's Windows-1252 export (karvia_asiointitapahtumat.csv).",
                    TransactionLayout.finnishMapping());
        }
        List<Municipality> participants = municipalities.realOn(PARTICIPATION_DAY);
        FeedbackItems.write(datasetsDir, seed);
        ChatSessions.write(datasetsDir, seed);
        EformSubmissions.write(datasetsDir, population, seed);
        DigitalSupportEvents.write(datasetsDir, seed);
        SurveyResponses.write(datasetsDir, participants, population, seed);
        MaturityScores.write(datasetsDir, participants, seed);
    }

    /** Command-line entry for development: {@code <out> [region|national] [seed]}. */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "datasets");
        Scale scale = Scale.named(args.length > 1 ? args[1] : "region");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long started = System.nanoTime();
        generate(out, scale, seed);
        System.out.printf("generated %s scale into %s in %.1f s%n", scale.id(), out, (System.nanoTime() - started) / 1e9);
    }
}
