package fi.kuntadigi.dashboard.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;

/**
 * bcrypt for the users file, for passwords of any length: one of up to 71 UTF-8 bytes is hashed as
 * it is (the hash any bcrypt tool makes), a longer one is first reduced with SHA-512 (the bcrypt
 * library's own strategy), so nothing past byte 72 is silently ignored and nothing throws.
 */
public final class Passwords {

    /** The cost of new hashes: about 0.3 s on the project's 2-core server. */
    public static final int COST = 12;
    /** Shortest password {@code users add} accepts. */
    public static final int MIN_LENGTH = 10;
    /** Longest password hashed; longer logins are refused before any work (the form's body is bounded anyway). */
    public static final int MAX_LENGTH = 1024;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(VERSION);

    private Passwords() {
    }

    public static String hash(char[] password, int cost) {
        return BCrypt.with(VERSION, LONG).hashToString(cost, password);
    }

    public static boolean verify(char[] password, String hash) {
        return BCrypt.verifyer(VERSION, LONG).verify(password, hash).verified;
    }

    /** The cost factor written in a bcrypt hash ({@code $2a$12$...}). */
    public static int cost(String hash) {
        return Integer.parseInt(hash.substring(4, 6));
    }
}
