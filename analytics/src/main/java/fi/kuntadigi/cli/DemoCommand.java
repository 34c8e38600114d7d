package fi.kuntadigi.cli;

import fi.kuntadigi.operations.ExitCodes;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kuntadigi demo}: the whole chain on the bundled datasets — ingest, analyze, serve. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole chain on the bundled datasets: ingest, then analyze, then serve.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() throws Exception {
        int ingest = IngestCommand.ingest(batch, List.of(), null, System.out);
        int analyze = AnalyzeCommand.analyze(batch, null, null, System.out);
        // bin/kuntadigi demo then starts the dashboard with its own classpath (no Spark) over the same warehouse
        System.out.println("demo: bin/kuntadigi demo starts the dashboard next (bin/kuntadigi serve --help for its options)");
        return ingest != ExitCodes.OK ? ingest : analyze;
    }
}
