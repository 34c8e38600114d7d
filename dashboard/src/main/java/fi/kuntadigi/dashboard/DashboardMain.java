package fi.kuntadigi.dashboard;

import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.operations.ExitCodes;
import java.io.PrintStream;
import picocli.CommandLine;

/** {@code kuntadigi serve}: starts the dashboard and runs until the process is stopped. */
public final class DashboardMain {

    private DashboardMain() {
    }

    /** The server could not start: the message to print and the exit status. */
    static final class StartFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        StartFailure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    public static void main(String[] args) {
        if (helpPrinted(args)) {
            return;
        }
        DashboardServer server;
        try {
            server = start(args, System.out);
        } catch (StartFailure e) {
            System.err.println("kuntadigi serve: " + e.getMessage());
            System.exit(e.status);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    /** Prints the usage for --help, the version for --version; a wrong option is reported by {@link #start}. */
    private static boolean helpPrinted(String[] args) {
        try {
            return CommandLine.printHelpIfRequested(ServeOptions.commandLine(new ServeOptions()).parseArgs(args));
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    /** Parses the options, starts the server and says on {@code out} where it runs and who may log in. */
    static DashboardServer start(String[] args, PrintStream out) throws StartFailure {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            throw new StartFailure(2, e.getMessage());
        }
        DashboardServer server;
        try {
            server = DashboardServer.start(settings);
        } catch (IllegalArgumentException e) {
            // a users file that is missing, not private or not a users file
            throw new StartFailure(ExitCodes.UNUSABLE_INPUT, e.getMessage());
        } catch (RuntimeException e) {
            // e.g. a schedule file that cannot be used (serve --schedule): say which and exit as the batch commands do
            boolean unusable = e instanceof UnusableInputException;
            throw new StartFailure(unusable ? ExitCodes.UNUSABLE_INPUT : ExitCodes.INTERNAL_ERROR,
                    (unusable ? "unusable input: " : "") + e.getMessage());
        }
        out.printf("kuntadigi dashboard on http://%s:%d/ over %s%s%n", settings.host(), server.port(),
                settings.warehouse().toAbsolutePath(), whoMayLogIn(settings, server.users()));
        out.println("audit log: " + server.auditLog().toAbsolutePath());
        if (settings.operations().schedule()) {
            out.println("scheduler: running the jobs of " + settings.operations().scheduleConfig() + " in this process");
        }
        return server;
    }

    private static String whoMayLogIn(Settings settings, int users) {
        if (settings.users() == null) {
            return "; no users file: only the public views. Add a user with"
                    + " 'bin/kuntadigi users add NAME --role ANALYST --file FILE', then serve --users FILE";
        }
        if (settings.security().demoUsers()) {
            return "; DEMO USERS from " + settings.users() + " (their passwords are published in dashboard/README.md:"
                    + " not for real use)";
        }
        return "; " + users + " users from " + settings.users();
    }
}
