package fi.kuntadigi.cli;

import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.ingestion.run.IngestRun;
import fi.kuntadigi.operations.RunRecord;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kuntadigi ingest}: loads the exports under the datasets folder into the warehouse. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load exports (CSV, XLSX) into the Parquet warehouse.",
                "Bad rows are quarantined with their reasons; publishing is atomic."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    BatchOptions batch;

    @Option(names = "--source", paramLabel = "KIND", split = ",",
            description = "Only these source kinds: reference, transactions, pilots, surveys, maturity, costs, roadmap.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--run-id", paramLabel = "ID", hidden = true, description = "Run id to use (the scheduler sets it).")
    String runId;

    @Override
    public Integer call() throws Exception {
        return ingest(batch, sources, runId, System.out);
    }

    static int ingest(BatchOptions batch, List<String> sources, String runId, PrintStream out) throws Exception {
        RunRecord run = new IngestRun(batch.spark(), out, System.console() != null)
                .run(new IngestRun.Options(batch.datasets, batch.warehouse(), sources, runId, batch.inbox()));
        out.println(Summary.of(run));
        return run.quarantined() > 0 ? ExitCodes.OK_WITH_QUARANTINE : ExitCodes.OK;
    }
}
