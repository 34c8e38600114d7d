package fi.kuntadigi.operations;

/** Another run of the same job holds its lock; the new run does nothing. */
public final class AlreadyRunningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlreadyRunningException(String message) {
        super(message);
    }
}
