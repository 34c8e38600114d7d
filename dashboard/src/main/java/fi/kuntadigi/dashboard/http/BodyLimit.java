package fi.kuntadigi.dashboard.http;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.LengthRequiredResponse;
import java.util.function.Predicate;

/**
 * Bounds what a request body may cost before anything reads it: a body is refused by its
 * {@code Content-Length} (413) unless the request may send a large one (an analyst's upload,
 * bounded by the upload limits themselves); a body without a length (chunked) is refused (411).
 * The server never reads past a declared length, so the length is the bound while it streams too.
 */
public final class BodyLimit {

    private final long maxBytes;
    private final Predicate<Context> mayUpload;

    /**
     * @param maxBytes  largest body of an ordinary request (the login and start-a-run forms are a few hundred bytes)
     * @param mayUpload requests that are bounded by the upload route's own limits instead
     */
    public BodyLimit(long maxBytes, Predicate<Context> mayUpload) {
        this.maxBytes = maxBytes;
        this.mayUpload = mayUpload;
    }

    /** A before-handler: installed ahead of everything that reads a body (the CSRF check, the upload). */
    public void check(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        boolean chunked = ctx.header("Transfer-Encoding") != null;
        if (length <= maxBytes && !chunked) {
            return;
        }
        if (mayUpload.test(ctx)) {
            return;
        }
        // the body stays unread: the connection is closed after the answer rather than drained
        ctx.header("Connection", "close");
        if (chunked && length < 0) {
            throw new LengthRequiredResponse("a request body needs a Content-Length");
        }
        throw new ContentTooLargeResponse("a request body may be at most " + maxBytes + " bytes here");
    }
}
