package fi.kuntadigi.dashboard.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The users from a properties file, one line each: {@code name = ROLE:bcrypt-hash}
 * (hash with {@code HashPassword}). Passwords are only ever compared with bcrypt.
 */
public final class Users {

    /** A user who may log in. @param name login name @param role what the user may see @param hash bcrypt hash */
    public record User(String name, Role role, String hash) {
    }

    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(10, "not-a-password".toCharArray());

    private final Map<String, User> users;

    private Users(Map<String, User> users) {
        this.users = Map.copyOf(users);
    }

    public static Users none() {
        return new Users(Map.of());
    }

    public static Users load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file, e);
        }
        Map<String, User> users = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name).trim();
            int colon = value.indexOf(':');
            Role role = colon < 0 ? null : Role.parse(value.substring(0, colon)).orElse(null);
            if (role == null || role == Role.PUBLIC || !value.substring(colon + 1).startsWith("$2")) {
                throw new IllegalArgumentException(file + ": user '" + name + "' must be 'STEERING:<bcrypt hash>' or 'ANALYST:<bcrypt hash>'");
            }
            users.put(name, new User(name, role, value.substring(colon + 1)));
        }
        return new Users(users);
    }

    /** The user when the password matches; the time taken is the same for unknown names. */
    public Optional<User> authenticate(String name, String password) {
        User user = name == null ? null : users.get(name);
        char[] given = password == null ? new char[0] : password.toCharArray();
        boolean ok = BCrypt.verifyer().verify(given, user == null ? DUMMY_HASH : user.hash()).verified;
        return ok && user != null ? Optional.of(user) : Optional.empty();
    }
}
