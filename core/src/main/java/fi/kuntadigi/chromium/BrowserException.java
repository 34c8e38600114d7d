package fi.kuntadigi.chromium;

/** Chromium could not be started, or did not do what it was asked (the message says what). */
public final class BrowserException extends RuntimeException {

    public BrowserException(String message) {
        super(message);
    }
}
