package fi.kuntadigi.generate;

import de.siegmar.fastcsv.writer.LineDelimiter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How a CSV file is written: the canonical form of {@code datasets/} or the form municipalities really
 * export (Windows-1252, semicolons, decimal comma, Finnish dates).
 *
 * @param separator     field separator
 * @param charset       file encoding
 * @param lineDelimiter end of a line
 * @param decimalComma  whether decimals use a comma
 * @param dates         date format
 * @param timestamps    timestamp format
 */
record CsvDialect(char separator, Charset charset, LineDelimiter lineDelimiter, boolean decimalComma,
                  DateTimeFormatter dates, DateTimeFormatter timestamps) {

    /** UTF-8, comma, LF, ISO dates, decimal dot: the contract's default. */
    static final CsvDialect CANONICAL = new CsvDialect(',', StandardCharsets.UTF_8, LineDelimiter.LF, false,
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

    /** What an Excel-era municipal export looks like: Windows-1252, semicolon, CRLF, 31.12.2021. */
    static final CsvDialect FINNISH_EXPORT = new CsvDialect(';', Charset.forName("windows-1252"),
            LineDelimiter.CRLF, true, DateTimeFormatter.ofPattern("d.M.yyyy"),
            DateTimeFormatter.ofPattern("d.M.yyyy H:mm"));

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    String timestamp(LocalDateTime time) {
        return time == null ? "" : timestamps.format(time);
    }

    /** A non-negative amount of tenths as a decimal with one digit, e.g. 1234 → {@code 123.4}. */
    String tenths(long tenths) {
        String whole = Long.toString(tenths / 10);
        char digit = (char) ('0' + tenths % 10);
        return whole + (decimalComma ? ',' : '.') + digit;
    }

    /** A decimal rounded to the given number of digits. */
    String decimal(double value, int digits) {
        String text = BigDecimal.valueOf(value)
                .setScale(digits, RoundingMode.HALF_UP).toPlainString();
        return decimalComma ? text.replace('.', ',') : text;
    }
}
