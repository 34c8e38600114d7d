package fi.kuntadigi.cli;

import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.generate.DatasetGenerator;
import fi.kuntadigi.generate.Scale;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kuntadigi generate}: writes the deterministic synthetic datasets, labelled synthetic. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write the synthetic datasets (seeded, deterministic, labelled synthetic).",
                "region: the six North Satakunta municipalities, into datasets/ (reproduces the bundled files);",
                "national: ~309 municipalities 2019-2025, about 20 million transaction rows, for benchmarks."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "region",
            description = "region or national (default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: " + DatasetGenerator.DEFAULT_SEED + ").")
    long seed = DatasetGenerator.DEFAULT_SEED;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: datasets for region, bench/data/national for national).")
    Path out;

    @Override
    public Integer call() {
        Scale chosen = Scale.named(scale);
        Path target = out != null ? out : Path.of(chosen.isRegion() ? "datasets" : "bench/data/" + chosen.id());
        long started = System.nanoTime();
        DatasetGenerator.generate(target, chosen, seed);
        System.out.printf("generated %s scale (seed %d) into %s in %.1f s%n", chosen.id(), seed, target,
                (System.nanoTime() - started) / 1e9);
        return ExitCodes.OK;
    }
}
