package fi.kuntadigi.reports.chromium;

import fi.kuntadigi.chromium.BrowserException;
import fi.kuntadigi.chromium.Cdp;
import fi.kuntadigi.chromium.Chromium;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints a page to PDF with Chromium's {@code Page.printToPDF}: A4 as the page's own {@code @page} rule says,
 * tagged (a structure tree from the page's accessibility tree, so headings, lists, tables and chart
 * descriptions reach a screen reader) with a document outline from the headings, and a footer on every
 * page. The page is laid out for print before it is drawn, at the A4 text width, so charts are drawn to the
 * size they are printed at.
 */
public final class PdfPrinter {

    /** A4's text width at 96 px per inch with 16 mm side margins (the dashboard's and the pack's print margins). */
    private static final int PRINT_WIDTH_PX = 672;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /**
     * True once the page and its fonts are loaded and every chart is drawn (or failed): the dashboard's charts
     * mark themselves {@code data-drawn} or {@code data-error}.
     */
    private static final String READY = "document.readyState === 'complete' && "
            + "Array.from(document.querySelectorAll('.chart[data-src]')).every(c => c.hasAttribute('data-drawn') || c.hasAttribute('data-error'))";

    private final Chromium chromium;

    public PdfPrinter(Chromium chromium) {
        this.chromium = chromium;
    }

    /**
     * The page at {@code url} as PDF.
     *
     * @param footer the footer's HTML (Chromium's template: {@code pageNumber} and {@code totalPages} classes are filled in)
     */
    public byte[] print(URI url, String footer) throws IOException, InterruptedException {
        try (Cdp page = chromium.newPage()) {
            page.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
            page.send("Emulation.setDeviceMetricsOverride",
                    Map.of("width", PRINT_WIDTH_PX, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
            page.send("Page.enable", Map.of());
            page.send("Page.navigate", Map.of("url", url.toString()));
            awaitReady(page, url);
            int status = page.eval("performance.getEntriesByType('navigation')[0].responseStatus").asInt(0);
            if (status != 200) {
                throw new BrowserException(url.getPath() + " answered HTTP " + status + " ('" + page.eval("document.title").asText()
                        + "'): nothing was printed");
            }
            String failed = page.eval("Array.from(document.querySelectorAll('.chart[data-error]')).map(c => c.id + ' ' + c.dataset.error).join(', ')").asText();
            if (!failed.isEmpty()) {
                throw new BrowserException(url.getPath() + ": charts could not be drawn: " + failed);
            }
            page.eval("document.fonts.ready.then(() => true)");
            Map<String, Object> options = new LinkedHashMap<>();
            options.put("preferCSSPageSize", true);
            options.put("paperWidth", 8.27);
            options.put("paperHeight", 11.69);
            options.put("printBackground", true);
            options.put("displayHeaderFooter", true);
            options.put("headerTemplate", "<span></span>");
            options.put("footerTemplate", footer);
            options.put("generateTaggedPDF", true);
            options.put("generateDocumentOutline", true);
            return Base64.getDecoder().decode(page.send("Page.printToPDF", options).get("data").asText());
        }
    }

    private static void awaitReady(Cdp page, URI url) throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!page.eval(READY).asBoolean(false)) {
            if (Instant.now().isAfter(deadline)) {
                throw new BrowserException(url.getPath() + ": the page did not finish drawing in " + READY_TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }
}
