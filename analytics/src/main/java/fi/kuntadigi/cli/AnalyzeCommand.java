package fi.kuntadigi.cli;

import fi.kuntadigi.operations.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kuntadigi analyze}: builds the marts from the warehouse (arrives with the analytics issue). */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Compute marts (digital potential, maturity, pilots, surveys, costs, roadmap) from the warehouse.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() {
        System.out.println("analyze: not available yet - the analytics jobs arrive with the analytics issue."
                + " The warehouse in " + batch.warehouse + " can already be queried with DuckDB.");
        return ExitCodes.OK;
    }
}
