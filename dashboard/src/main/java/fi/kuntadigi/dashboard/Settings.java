package fi.kuntadigi.dashboard;

import fi.kuntadigi.dashboard.operations.OperationsSettings;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * How the dashboard runs.
 *
 * @param warehouse the warehouse folder the marts are read from
 * @param host      interface to listen on
 * @param port      port (0: any free port)
 * @param users     users file ({@code name = ROLE:bcrypt-hash}), or null for no logins (only the public views)
 * @param operations the batch jobs in the dashboard: scheduler, inbox, launcher
 * @param security  sessions, login throttling, proxies, audit log, body limits
 */
public record Settings(Path warehouse, String host, int port, Path users, OperationsSettings operations,
                       SecuritySettings security) {

    public static final int DEFAULT_PORT = 7070;

    public Settings(Path warehouse, String host, int port, Path users) {
        this(warehouse, host, port, users, OperationsSettings.defaults());
    }

    public Settings(Path warehouse, String host, int port, Path users, OperationsSettings operations) {
        this(warehouse, host, port, users, operations, SecuritySettings.defaults());
    }

    /**
     * Settings from serve's command-line options ({@link ServeOptions}: their one definition) and KUNTADIGI_*
     * variables; a wrong option fails with picocli's message and the list of options.
     */
    public static Settings parse(String[] args) {
        ServeOptions options = new ServeOptions();
        CommandLine cl = ServeOptions.commandLine(options);
        try {
            cl.parseArgs(args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage() + "; options: " + String.join(" ",
                    cl.getCommandSpec().options().stream().map(o -> o.longestName()).toList()), e);
        }
        return options.settings();
    }
}
