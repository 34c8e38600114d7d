package fi.kuntadigi.dashboard.operations;

import io.javalin.http.HttpStatus;

/** A refusal shown to the analyst as a page: what was refused ({@code kind}, a message key) and why. */
final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final HttpStatus status;
    final String kind;
    final String detail;

    Rejected(HttpStatus status, String kind, String detail) {
        super(kind + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.kind = kind;
        this.detail = detail;
    }

    /** A refusal of starting a run, rather than of an upload. */
    boolean ofStart() {
        return kind.equals("already_running") || kind.equals("unavailable");
    }
}
