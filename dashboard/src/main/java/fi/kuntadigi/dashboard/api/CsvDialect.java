package fi.kuntadigi.dashboard.api;

import fi.kuntadigi.dashboard.i18n.Lang;
import java.math.BigDecimal;

/**
 * How a CSV download is written for its reader. A Finnish or Swedish page's CSV opens right in
 * Excel set to Finnish: a UTF-8 byte-order mark (else Excel reads ä and ö as Windows-1252), {@code ;}
 * between cells (the list separator where the decimal separator is a comma), decimal commas and no
 * thousands separators (so that Excel reads the cells as numbers). The English page's CSV is plain
 * RFC 4180 with commas and decimal points, for scripts.
 *
 * @param separator    between cells
 * @param decimalComma numbers with a decimal comma
 * @param bom          starts with the UTF-8 byte-order mark
 * @param readable     translated column headers and codes (for people rather than scripts)
 */
public record CsvDialect(char separator, boolean decimalComma, boolean bom, boolean readable) {

    /** RFC 4180 with column ids, as scripts read it. */
    public static final CsvDialect PLAIN = new CsvDialect(',', false, false, false);
    /** Excel set to Finnish or Swedish (Finland). */
    public static final CsvDialect EXCEL_FI = new CsvDialect(';', true, true, true);

    public static CsvDialect of(Lang lang) {
        return lang == Lang.EN ? PLAIN : EXCEL_FI;
    }

    /** A number as this dialect writes it: plain as Java prints it, or all its digits with a decimal comma (no exponent, no grouping). */
    public String number(Number n) {
        if (!decimalComma) {
            return n.toString();
        }
        String plain = n instanceof Double || n instanceof Float
                ? (Double.isFinite(n.doubleValue()) ? BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString() : "")
                : n instanceof BigDecimal b ? b.toPlainString() : n.toString();
        return plain.replace('.', ',');
    }
}
