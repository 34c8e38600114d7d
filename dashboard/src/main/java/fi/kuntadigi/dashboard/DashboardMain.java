package fi.kuntadigi.dashboard;

/** {@code kuntadigi serve}: starts the dashboard and runs until the process is stopped. */
public final class DashboardMain {

    private DashboardMain() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kuntadigi serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        DashboardServer server;
        try {
            server = DashboardServer.start(settings);
        } catch (RuntimeException e) {
            // e.g. a schedule file that cannot be used (serve --schedule): say which and exit as the batch commands do
            boolean unusable = e instanceof fi.kuntadigi.ingestion.source.UnusableInputException;
            System.err.println("kuntadigi serve: " + (unusable ? "unusable input: " : "") + e.getMessage());
            System.exit(unusable ? fi.kuntadigi.operations.ExitCodes.UNUSABLE_INPUT : fi.kuntadigi.operations.ExitCodes.INTERNAL_ERROR);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.printf("kuntadigi dashboard on http://%s:%d/ over %s%s%n", settings.host(), server.port(),
                settings.warehouse().toAbsolutePath(),
                settings.users() == null ? " (no users file: only the public views)" : "");
        if (settings.operations().schedule()) {
            System.out.println("scheduler: running the jobs of " + settings.operations().scheduleConfig() + " in this process");
        }
    }
}
