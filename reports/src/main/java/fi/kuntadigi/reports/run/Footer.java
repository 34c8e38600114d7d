package fi.kuntadigi.reports.run;

/**
 * The footer Chromium prints on every page: the source (data version) on the left, the page number of the
 * total on the right. Chromium fills in the elements of class {@code pageNumber} and {@code totalPages}; the
 * template has no access to the page's styles, so its own are inline.
 */
final class Footer {

    private Footer() {
    }

    static String html(String source, String page) {
        return "<div style=\"font-family: sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 16mm;"
                + " display: flex; justify-content: space-between;\"><span>" + escape(source) + "</span><span>" + escape(page)
                + " <span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></span></div>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
