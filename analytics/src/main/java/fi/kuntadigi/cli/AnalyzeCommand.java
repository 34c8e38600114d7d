package fi.kuntadigi.cli;

import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.run.AnalyzeRun;
import fi.kuntadigi.operations.RunRecord;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kuntadigi analyze}: builds the marts from the published warehouse and publishes them atomically. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Compute marts (digital potential, maturity, pilots, surveys, costs, roadmap) from the warehouse.",
                "Marts are published to <warehouse>/marts/<name> only when every one succeeded."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    BatchOptions batch;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Analytics settings (default: <datasets>/config/analytics.properties; missing = defaults).")
    Path config;

    @Option(names = "--run-id", paramLabel = "ID", hidden = true, description = "Run id to use (the scheduler sets it).")
    String runId;

    @Override
    public Integer call() throws Exception {
        return analyze(batch, config, runId, System.out);
    }

    static int analyze(BatchOptions batch, Path config, String runId, PrintStream out) throws Exception {
        Path file = config != null ? config : AnalyticsConfig.defaultFile(batch.datasets);
        RunRecord run = new AnalyzeRun(batch.spark(), out).run(new AnalyzeRun.Options(batch.warehouse(), file, runId));
        out.printf("%nRun %s %s: %d marts published under %s%n", run.runId(), run.status(), run.datasets().size(),
                batch.warehouse() + "/marts");
        return ExitCodes.OK;
    }
}
