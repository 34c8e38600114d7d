package fi.kuntadigi.cli;

import fi.kuntadigi.operations.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kuntadigi serve}: the dashboard (arrives with the dashboard issue). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the dashboard on http://localhost:7070 over the published marts.")
public final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.println("serve: not available yet - the dashboard arrives with the dashboard issue.");
        return ExitCodes.OK;
    }
}
