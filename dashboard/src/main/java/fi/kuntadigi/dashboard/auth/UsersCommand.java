package fi.kuntadigi.dashboard.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code bin/kuntadigi users add NAME --role STEERING|ANALYST [--file FILE]}: adds a user to a
 * users file (or changes the user's password and role), asking for the password on the console
 * (twice) or reading one line from standard input. The file is written owner-only
 * ({@code rw-------}) in one rename, so the dashboard never reads half of it.
 */
public final class UsersCommand {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final String USAGE = "usage: bin/kuntadigi users add NAME --role STEERING|ANALYST [--file FILE]"
            + " (FILE default: $KUNTADIGI_USERS); the password is read from the console or one line of standard input";

    private UsersCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || !args[0].equals("add")) {
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        int status;
        try {
            status = run(args, readPassword(), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("kuntadigi users: " + e.getMessage());
            status = 2;
        } catch (IOException e) {
            System.err.println("kuntadigi users: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    /** Adds the user of {@code args} with the password; returns the exit status. */
    static int run(String[] args, char[] password, PrintStream out) throws IOException {
        if (args.length < 2 || !args[0].equals("add")) {
            throw new IllegalArgumentException(USAGE);
        }
        String name = args[1];
        Role role = null;
        String file = System.getenv("KUNTADIGI_USERS");
        for (int i = 2; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value; " + USAGE);
            }
            switch (args[i]) {
                case "--role" -> role = Role.parse(args[++i]).filter(r -> r != Role.PUBLIC).orElseThrow(
                        () -> new IllegalArgumentException("--role must be STEERING or ANALYST"));
                case "--file" -> file = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a user name is 1-64 letters, digits and . _ @ -, not '" + name + "'");
        }
        if (role == null || file == null || file.isBlank()) {
            throw new IllegalArgumentException(USAGE);
        }
        if (password == null || password.length < Passwords.MIN_LENGTH || password.length > Passwords.MAX_LENGTH) {
            throw new IllegalArgumentException("give a password of " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH
                    + " characters");
        }
        Path path = Path.of(file);
        Users.read(path); // the file, if any, must already be a users file
        String line = name + " = " + role.name() + ":" + Passwords.hash(password, Passwords.COST);
        Arrays.fill(password, '\0');
        List<String> lines = new ArrayList<>(Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8)
                : List.of("# Dashboard users: name = ROLE:bcrypt-hash, written by bin/kuntadigi users add"));
        boolean replaced = lines.removeIf(l -> l.matches("\\s*" + Pattern.quote(name) + "\\s*[=:].*"));
        lines.add(line);
        write(path, lines);
        out.println((replaced ? "changed " : "added ") + name + " (" + role.name() + ") in " + path
                + "; the dashboard reads it at start: bin/kuntadigi serve --users " + path);
        return 0;
    }

    private static void write(Path path, List<String> lines) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".users", ".tmp", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The password from the console (asked twice) or the first line of standard input. */
    private static char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("The same again: ");
            if (first == null || !Arrays.equals(first, again)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
