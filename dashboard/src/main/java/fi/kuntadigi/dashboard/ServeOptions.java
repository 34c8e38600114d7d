package fi.kuntadigi.dashboard;

import fi.kuntadigi.dashboard.operations.OperationsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code kuntadigi serve}: their one definition. The dashboard parses them as it starts and prints
 * them for {@code --help}; the batch command line does not repeat them. Every option also reads a {@code KUNTADIGI_*}
 * variable, so a service unit can set them without a command line.
 */
@Command(name = "kuntadigi serve", mixinStandardHelpOptions = true, version = "kuntadigi 0.1", usageHelpWidth = 110,
        description = {"Start the dashboard over the published marts (no Spark on its classpath).",
                "No users are loaded unless a file is named: --users FILE; the demo users only with --demo-users."})
public final class ServeOptions {

    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "${env:KUNTADIGI_WAREHOUSE:-warehouse}",
            description = "the warehouse the marts are read from (default: ${DEFAULT-VALUE})")
    Path warehouse;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "${env:KUNTADIGI_HOST:-127.0.0.1}",
            description = "interface to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:KUNTADIGI_PORT:-" + Settings.DEFAULT_PORT + "}",
            description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--users", paramLabel = "FILE", defaultValue = "${env:KUNTADIGI_USERS}",
            description = "the users file (bin/kuntadigi users add); without it only the public views")
    Path users;

    @Option(names = "--demo-users", paramLabel = "FILE", description = "the published demo users (bin/kuntadigi demo only)")
    Path demoUsers;

    @Option(names = "--datasets", paramLabel = "DIR", description = "the datasets folder the jobs read (default: datasets)")
    Path datasets;

    @Option(names = "--inbox", paramLabel = "DIR", description = "where uploads wait for their dry run (default: inbox)")
    Path inbox;

    @Option(names = "--schedule", defaultValue = "${env:KUNTADIGI_SCHEDULE:-false}",
            description = "also run the scheduled jobs in this process")
    boolean schedule;

    @Option(names = "--schedule-config", paramLabel = "FILE",
            description = "the schedule (default: DATASETS/config/schedule.properties)")
    Path scheduleConfig;

    @Option(names = "--max-upload-mib", paramLabel = "N", description = "largest upload in MiB (default: 100)")
    Long maxUploadMib;

    @Option(names = "--session-idle-minutes", paramLabel = "N", defaultValue = "${env:KUNTADIGI_SESSION_IDLE_MINUTES}",
            description = "minutes after which an idle session ends, 1 to 1440")
    String sessionIdleMinutes;

    @Option(names = "--trusted-proxies", paramLabel = "ADDR,...", defaultValue = "${env:KUNTADIGI_TRUSTED_PROXIES}",
            description = "reverse proxies whose X-Forwarded-For is believed, or none")
    String trustedProxies;

    @Option(names = "--audit-log", paramLabel = "FILE", defaultValue = "${env:KUNTADIGI_AUDIT_LOG}",
            description = "the audit log (default: WAREHOUSE/_audit/dashboard-audit.jsonl)")
    Path auditLog;

    /** A parser of these options; {@code --help} and {@code --version} are left to the caller. */
    public static CommandLine commandLine(ServeOptions options) {
        return new CommandLine(options).setOverwrittenOptionsAllowed(true);
    }

    /** The settings these options name. */
    public Settings settings() {
        SecuritySettings security = SecuritySettings.defaults();
        Path usersFile = users;
        if (demoUsers != null) {
            usersFile = demoUsers;
            security = security.withDemoUsers(true);
        } else if (users != null) {
            security = security.withDemoUsers(false);
        }
        if (sessionIdleMinutes != null && !sessionIdleMinutes.isBlank()) {
            security = security.withSessionIdle(minutes("--session-idle-minutes", sessionIdleMinutes));
        }
        if (trustedProxies != null) {
            security = security.withTrustedProxies(addresses(trustedProxies));
        }
        if (auditLog != null) {
            security = security.withAuditLog(auditLog);
        }
        OperationsSettings ops = OperationsSettings.defaults();
        Path datasetsDir = datasets == null ? ops.datasets() : datasets;
        Path config = scheduleConfig == null ? datasetsDir.resolve("config").resolve("schedule.properties") : scheduleConfig;
        ops = ops.withSchedule(schedule, config).withFolders(datasetsDir, inbox == null ? ops.inbox() : inbox)
                .withMaxUploadBytes(maxUploadMib == null ? ops.maxUploadBytes() : maxUploadMib << 20);
        return new Settings(warehouse, host, port, usersFile, ops, security);
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
}
