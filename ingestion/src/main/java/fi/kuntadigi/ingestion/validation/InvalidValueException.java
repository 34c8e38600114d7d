package fi.kuntadigi.ingestion.validation;

/** A value that does not meet its column's rules; the message says what to write instead. */
public final class InvalidValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message, null, false, false);
    }
}
