package fi.kuntadigi.dashboard.api;

/** A query parameter the server cannot accept; answered with 400 and this message. */
public class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(message);
    }
}
