package fi.kuntadigi.dashboard;

import fi.kuntadigi.dashboard.operations.OperationsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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
     * Settings from command-line options {@code --warehouse --host --port --users FILE | --demo-users FILE
     * --datasets --inbox --schedule [--schedule-config FILE] --max-upload-mib N --session-idle-minutes N
     * --trusted-proxies ADDR,... --audit-log FILE} and KUNTADIGI_* variables. No users are loaded
     * unless a file is named: the demo users only with {@code --demo-users}.
     */
    public static Settings parse(String[] args) {
        Path warehouse = Path.of(env("KUNTADIGI_WAREHOUSE", "warehouse"));
        String host = env("KUNTADIGI_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("KUNTADIGI_PORT", Integer.toString(DEFAULT_PORT)));
        String usersFile = env("KUNTADIGI_USERS", null);
        Path users = usersFile == null ? null : Path.of(usersFile);
        SecuritySettings security = SecuritySettings.defaults();
        String idle = env("KUNTADIGI_SESSION_IDLE_MINUTES", null);
        if (idle != null) {
            security = security.withSessionIdle(minutes("KUNTADIGI_SESSION_IDLE_MINUTES", idle));
        }
        String proxies = env("KUNTADIGI_TRUSTED_PROXIES", null);
        if (proxies != null) {
            security = security.withTrustedProxies(addresses(proxies));
        }
        String audit = env("KUNTADIGI_AUDIT_LOG", null);
        if (audit != null) {
            security = security.withAuditLog(Path.of(audit));
        }
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
                case "--users" -> {
                    users = Path.of(value);
                    security = security.withDemoUsers(false);
                }
                case "--demo-users" -> {
                    users = Path.of(value);
                    security = security.withDemoUsers(true);
                }
                case "--session-idle-minutes" -> security = security.withSessionIdle(minutes("--session-idle-minutes", value));
                case "--trusted-proxies" -> security = security.withTrustedProxies(addresses(value));
                case "--audit-log" -> security = security.withAuditLog(Path.of(value));
                case "--datasets" -> datasets = Path.of(value);
                case "--inbox" -> inbox = Path.of(value);
                case "--schedule-config" -> scheduleConfig = Path.of(value);
                case "--max-upload-mib" -> maxUpload = Long.parseLong(value) << 20;
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]
                        + "; options: --warehouse DIR --host HOST --port N --users FILE --demo-users FILE --datasets DIR"
                        + " --inbox DIR --schedule --schedule-config FILE --max-upload-mib N --session-idle-minutes N"
                        + " --trusted-proxies ADDR,ADDR --audit-log FILE");
            }
        }
        if (scheduleConfig == null) {
            scheduleConfig = datasets.resolve("config").resolve("schedule.properties");
        }
        ops = ops.withSchedule(schedule, scheduleConfig).withFolders(datasets, inbox).withMaxUploadBytes(maxUpload);
        return new Settings(warehouse, host, port, users, ops, security);
    }

    private static Duration minutes(String option, String value) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 1 && n <= 24 * 60) {
                return Duration.ofMinutes(n);
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(option + " must be a whole number of minutes from 1 to 1440, not '" + value + "'");
    }

    /** A comma-separated list of IP addresses ("none" for no trusted proxy). */
    private static Set<String> addresses(String list) {
        return list.isBlank() || list.equalsIgnoreCase("none") ? Set.of()
                : Arrays.stream(list.split(",")).map(String::trim).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
