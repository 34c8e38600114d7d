package fi.kuntadigi.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the tests read from a PDF with Apache PDFBox. */
record Pdf(int pages, String text, boolean tagged, String lang, String title, List<String> unembeddedFonts,
           List<String> figureAlts, List<float[]> pageSizes) {

    static Pdf read(Path file) throws IOException {
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            var catalog = d.getDocumentCatalog();
            boolean tagged = catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            List<String> alts = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                collectFigures(catalog.getStructureTreeRoot(), alts);
            }
            List<String> unembedded = new ArrayList<>();
            List<float[]> sizes = new ArrayList<>();
            for (PDPage page : d.getPages()) {
                sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
                    if (!embedded) {
                        unembedded.add(font.getName());
                    }
                }
            }
            String text = new PDFTextStripper().getText(d);
            return new Pdf(d.getNumberOfPages(), normalise(text), tagged, catalog.getLanguage(),
                    d.getDocumentInformation().getTitle(), unembedded, alts, sizes);
        }
    }

    /** One space for any run of white space (line breaks, no-break spaces); a word broken at its hyphen joined again. */
    static String normalise(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").replace("- ", "-");
    }

    private static void collectFigures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigures(e, alts);
            }
        }
    }
}
