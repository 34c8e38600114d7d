package fi.kuntadigi.reports.run;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Makes certain of the metadata accessibility asks of a PDF (PDF/UA, WCAG PDF techniques), whatever Chromium
 * derived from the page: the document language in the catalog (a screen reader picks its voice by it), the
 * title in the document information, and "show the title, not the file name" for viewers. Everything else is
 * Chromium's.
 */
final class PdfMetadata {

    private PdfMetadata() {
    }

    /** Writes the completed PDF to {@code file}; returns its page count. */
    static int complete(byte[] pdf, String title, String lang, Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().setLanguage(lang);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("kuntadigi");
            PDViewerPreferences preferences = document.getDocumentCatalog().getViewerPreferences();
            if (preferences == null) {
                preferences = new PDViewerPreferences(new COSDictionary());
                document.getDocumentCatalog().setViewerPreferences(preferences);
            }
            preferences.setDisplayDocTitle(true);
            document.save(file.toFile());
            return document.getNumberOfPages();
        }
    }
}
