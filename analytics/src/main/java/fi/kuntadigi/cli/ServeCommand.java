package fi.kuntadigi.cli;

import fi.kuntadigi.operations.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code kuntadigi serve}: the dashboard. {@code bin/kuntadigi} starts it with the dashboard
 * module's own classpath (no Spark, {@code fi.kuntadigi.dashboard.DashboardMain}); this command
 * only documents the options for {@code --help}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the dashboard on http://localhost:7070 over the published marts.",
                "Options (handled by the dashboard): --warehouse DIR, --host HOST, --port N (default 7070), --users FILE,",
                "--schedule (also run the jobs of datasets/config/schedule.properties in this process; --schedule-config FILE),",
                "--datasets DIR and --inbox DIR (for the jobs and uploads), --max-upload-mib N (default 100)."})
public final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.println("serve: the dashboard runs on its own classpath (no Spark): bin/kuntadigi serve starts it, "
                + "and bin/kuntadigi demo starts it after the batch jobs.");
        return ExitCodes.OK;
    }
}
