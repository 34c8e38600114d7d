package fi.kuntadigi.cli;

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
        int ingest = IngestCommand.ingest(batch, List.of(), System.out);
        int analyze = AnalyzeCommand.analyze(batch, null, System.out);
        new ServeCommand().call();
        return ingest != ExitCodes.OK ? ingest : analyze;
    }
}
