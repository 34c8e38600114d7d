package fi.kuntadigi.dashboard.auth;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The users from a properties file, one line each: {@code name = ROLE:bcrypt-hash}
 * (written by {@code bin/kuntadigi users add}). Passwords are only ever compared with bcrypt, and
 * an unknown name costs the same bcrypt work as a known one: a stand-in hash of the same cost.
 */
public final class Users {

    /** A user who may log in. @param name login name @param role what the user may see @param hash bcrypt hash */
    public record User(String name, Role role, String hash) {
    }

    private final Map<String, User> users;
    private final String dummyHash;

    private Users(Map<String, User> users) {
        this.users = Map.copyOf(users);
        int cost = users.values().stream().mapToInt(u -> Passwords.cost(u.hash())).max().orElse(Passwords.COST);
        this.dummyHash = Passwords.hash("not-a-password".toCharArray(), cost);
    }

    public static Users none() {
        return new Users(Map.of());
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }

    public boolean exists(String name) {
        return users.containsKey(name);
    }

    public int size() {
        return users.size();
    }

    /** The users of a file, which must exist. */
    public static Users load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the users file " + file + " does not exist; add a user with: "
                    + "bin/kuntadigi users add NAME --role ANALYST --file " + file);
        }
        return new Users(read(file));
    }

    /**
     * The users of a file only its owner (and group) may read and only its owner may change: a
     * file others can read exposes the hashes to guessing, one others can write lets them add users.
     */
    public static Users loadPrivate(Path file) {
        Set<PosixFilePermission> exposed = EnumSet.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.GROUP_WRITE);
        try {
            if (Files.isRegularFile(file) && Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
                if (mode.stream().anyMatch(exposed::contains)) {
                    throw new IllegalArgumentException("the users file " + file + " is readable or writable by others (mode "
                            + PosixFilePermissions.toString(mode) + "); make it private with: chmod 600 " + file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file + ": " + e.getMessage(), e);
        }
        return load(file);
    }

    /** The file's users by name (empty when the file does not exist); a line that is not a user fails. */
    static Map<String, User> read(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the users file " + file + ": " + e.getMessage(), e);
            }
        }
        Map<String, User> users = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name).trim();
            int colon = value.indexOf(':');
            Role role = colon < 0 ? null : Role.parse(value.substring(0, colon)).orElse(null);
            String hash = colon < 0 ? "" : value.substring(colon + 1);
            if (role == null || role == Role.PUBLIC || !hash.matches("\\$2[abxy]?\\$\\d\\d\\$.{53}")) {
                throw new IllegalArgumentException(file + ": user '" + name
                        + "' must be 'STEERING:<bcrypt hash>' or 'ANALYST:<bcrypt hash>'; add users with bin/kuntadigi users add");
            }
            users.put(name, new User(name, role, hash));
        }
        return users;
    }

    /**
     * The user when the password matches. The same bcrypt work is done for an unknown name; a
     * password longer than {@link Passwords#MAX_LENGTH} is refused without any.
     */
    public Optional<User> authenticate(String name, String password) {
        User user = name == null ? null : users.get(name);
        if (password == null || password.length() > Passwords.MAX_LENGTH) {
            return Optional.empty();
        }
        boolean ok = Passwords.verify(password.toCharArray(), user == null ? dummyHash : user.hash());
        return ok && user != null ? Optional.of(user) : Optional.empty();
    }
}
