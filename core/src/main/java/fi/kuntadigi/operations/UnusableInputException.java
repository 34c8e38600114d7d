package fi.kuntadigi.operations;

/**
 * An input that cannot be used at all (missing file, unknown format, missing required
 * column). Its message is one line naming the file and the fix; the run stops and publishes
 * nothing.
 */
public class UnusableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
