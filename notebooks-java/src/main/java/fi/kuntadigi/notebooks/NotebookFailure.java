package fi.kuntadigi.notebooks;

/** A notebook snippet that did not compile or threw. */
public final class NotebookFailure extends RuntimeException {

    public NotebookFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
