package fi.kuntadigi.dashboard.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.Console;

/** Prints the bcrypt hash of a password for the users file: {@code java ... HashPassword}. */
public final class HashPassword {

    private static final int COST = 12;

    private HashPassword() {
    }

    public static void main(String[] args) {
        Console console = System.console();
        char[] password = console != null ? console.readPassword("Password: ")
                : args.length == 1 ? args[0].toCharArray() : null;
        if (password == null || password.length < 10) {
            System.err.println("give a password of at least 10 characters");
            System.exit(2);
        }
        System.out.println(BCrypt.withDefaults().hashToString(COST, password));
    }
}
