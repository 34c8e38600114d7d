package fi.kuntadigi.dashboard;

import fi.kuntadigi.dashboard.operations.OperationsSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the dashboard runs.
 *
 * @param warehouse the warehouse folder the marts are read from
 * @param host      interface to listen on
 * @param port      port (0: any free port)
 * @param users     users file ({@code name = ROLE:bcrypt-hash}), or null for no logins
 * @param operations the batch jobs in the dashboard: scheduler, inbox, launcher
 */
public record Settings(Path warehouse, String host, int port, Path users, OperationsSettings operations) {

    public static final int DEFAULT_PORT = 7070;

    public Settings(Path warehouse, String host, int port, Path users) {
        this(warehouse, host, port, users, OperationsSettings.defaults());
    }

    /**
     * Settings from command-line options {@code --warehouse --host --port --users --datasets --inbox
     * --schedule [--schedule-config FILE] --max-upload-mib N} and KUNTADIGI_* variables.
     */
    public static Settings parse(String[] args) {
        Path warehouse = Path.of(env("KUNTADIGI_WAREHOUSE", "warehouse"));
        String host = env("KUNTADIGI_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("KUNTADIGI_PORT", Integer.toString(DEFAULT_PORT)));
        Path users = Path.of(env("KUNTADIGI_USERS", "dashboard/config/users.properties"));
        OperationsSettings ops = OperationsSettings.defaults();
        boolean schedule = Boolean.parseBoolean(env("KUNTADIGI_SCHEDULE", "false"));
        Path scheduleConfig = null;
        Path datasets = ops.datasets();
        Path inbox = ops.inbox();
        long maxUpload = ops.maxUploadBytes();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--schedule")) {
                schedule = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--warehouse" -> warehouse = Path.of(value);
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--users" -> users = Path.of(value);
                case "--datasets" -> datasets = Path.of(value);
                case "--inbox" -> inbox = Path.of(value);
                case "--schedule-config" -> scheduleConfig = Path.of(value);
                case "--max-upload-mib" -> maxUpload = Long.parseLong(value) << 20;
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]
                        + "; options: --warehouse DIR --host HOST --port N --users FILE --datasets DIR --inbox DIR"
                        + " --schedule --schedule-config FILE --max-upload-mib N");
            }
        }
        if (scheduleConfig == null) {
            scheduleConfig = datasets.resolve("config").resolve("schedule.properties");
        }
        ops = ops.withSchedule(schedule, scheduleConfig).withFolders(datasets, inbox).withMaxUploadBytes(maxUpload);
        return new Settings(warehouse, host, port, Files.isRegularFile(users) ? users : null, ops);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
