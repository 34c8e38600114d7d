package fi.kuntadigi.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the dashboard runs.
 *
 * @param warehouse the warehouse folder the marts are read from
 * @param host      interface to listen on
 * @param port      port (0: any free port)
 * @param users     users file ({@code name = ROLE:bcrypt-hash}), or null for no logins
 */
public record Settings(Path warehouse, String host, int port, Path users) {

    public static final int DEFAULT_PORT = 7070;

    /** Settings from command-line options {@code --warehouse --host --port --users} and KUNTADIGI_* variables. */
    public static Settings parse(String[] args) {
        Path warehouse = Path.of(env("KUNTADIGI_WAREHOUSE", "warehouse"));
        String host = env("KUNTADIGI_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("KUNTADIGI_PORT", Integer.toString(DEFAULT_PORT)));
        Path users = Path.of(env("KUNTADIGI_USERS", "dashboard/config/users.properties"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--warehouse" -> warehouse = Path.of(args[i + 1]);
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--users" -> users = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --warehouse DIR --host HOST --port N --users FILE");
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
        }
        return new Settings(warehouse, host, port, Files.isRegularFile(users) ? users : null);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
