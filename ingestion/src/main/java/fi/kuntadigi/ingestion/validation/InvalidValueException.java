package fi.kuntadigi.ingestion.validation;

import java.util.List;

/**
 * A value that does not meet its column's rules; the message says what to write instead. The
 * {@code code} names the kind of problem (see {@link Issue#code()}) and {@code args} its values
 * beyond the column and the value, so a reader's page can say it in its own language.
 */
public final class InvalidValueException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> args;

    public InvalidValueException(String code, String message, String... args) {
        super(message, null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
