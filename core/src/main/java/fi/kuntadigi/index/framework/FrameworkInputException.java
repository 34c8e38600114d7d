package fi.kuntadigi.index.framework;

/**
 * A framework, data or method file that cannot be used: the message names the file, the row and the
 * column and says what to fix. Callers turn it into the command line's "unusable input" status.
 */
public final class FrameworkInputException extends RuntimeException {

    public FrameworkInputException(String message) {
        super(message);
    }

    public FrameworkInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "FILE row N, column C: problem" — row numbers count the header as row 1, as a spreadsheet does. */
    public static FrameworkInputException at(String file, long row, String column, String problem) {
        return new FrameworkInputException(file + " row " + row + ", column " + column + ": " + problem);
    }
}
