package fi.kuntadigi.reports.mail;

import fi.kuntadigi.operations.UnusableInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the steering pack is mailed ({@code mail.properties}, see docs/operations.md): the SMTP server, how
 * the connection is secured, the login and the recipients. The password is never in the file: it is read from
 * the environment variable the file names ({@code KUNTADIGI_SMTP_PASSWORD} unless {@code password.env} says
 * otherwise).
 *
 * @param host       SMTP server
 * @param port       its port (587 for STARTTLS, 465 for TLS)
 * @param security   how the connection is encrypted
 * @param user       login name, or null for a server that takes mail without a login
 * @param password   the login's password (from the environment), or null
 * @param from       the sender address
 * @param recipients who receive the pack
 */
public record MailSettings(String host, int port, Security security, String user, String password, String from,
                           List<String> recipients) {

    public static final String PASSWORD_ENV = "KUNTADIGI_SMTP_PASSWORD";

    public MailSettings {
        recipients = List.copyOf(recipients);
    }

    /** How the SMTP connection is encrypted. */
    public enum Security {
        /** Plain connection upgraded by STARTTLS, refused if the server cannot (the default). */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS,
        /** No encryption: only for a relay on this machine (localhost). */
        NONE
    }

    /** Reads the file; the password from the environment variable it names. */
    public static MailSettings load(Path file) {
        return load(file, System.getenv());
    }

    static MailSettings load(Path file, Map<String, String> environment) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UnusableInputException(file + ": cannot be read (" + e.getMessage() + "); create it as docs/operations.md shows");
        }
        String host = required(p, file, "host");
        Security security;
        int port;
        try {
            security = Security.valueOf(p.getProperty("security", "starttls").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(file + ": security must be starttls, tls or none, not '" + p.getProperty("security") + "'");
        }
        try {
            port = Integer.parseInt(p.getProperty("port", security == Security.TLS ? "465" : "587").strip());
        } catch (NumberFormatException e) {
            throw new UnusableInputException(file + ": port must be a number, e.g. 587");
        }
        if (security == Security.NONE && !List.of("localhost", "127.0.0.1", "::1").contains(host)) {
            throw new UnusableInputException(file + ": security=none sends the password and the pack unencrypted;"
                    + " it is allowed only for a relay on this machine (host=localhost). Use starttls or tls for " + host);
        }
        String user = blankToNull(p.getProperty("user"));
        String passwordEnv = p.getProperty("password.env", PASSWORD_ENV).strip();
        String password = blankToNull(environment.get(passwordEnv));
        if (user != null && password == null) {
            throw new UnusableInputException(file + ": user " + user + " needs a password in the environment variable " + passwordEnv);
        }
        List<String> to = Arrays.stream(required(p, file, "to").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new MailSettings(host, port, security, user, password, required(p, file, "from"), to);
    }

    private static String required(Properties p, Path file, String key) {
        String value = blankToNull(p.getProperty(key));
        if (value == null) {
            throw new UnusableInputException(file + ": " + key + " is missing (see docs/operations.md, 'Mail the pack')");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
