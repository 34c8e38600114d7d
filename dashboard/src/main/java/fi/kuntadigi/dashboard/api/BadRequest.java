package fi.kuntadigi.dashboard.api;

/** A query parameter the server cannot accept; answered with 400 and this message. */
public final class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }
}
