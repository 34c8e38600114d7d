package fi.kuntadigi.ingestion.validation;

import fi.kuntadigi.catalog.ColumnType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses text into typed values the way Finnish exports write them: decimal comma or point,
 * spaces as thousand separators, dates as {@code 31.12.2021} or {@code 2021-12-31}, months as
 * {@code 2021-12} or {@code 12/2021}, booleans as {@code kyllä/ei} or {@code true/false}.
 */
public final class ValueParsers {

    private ValueParsers() {
    }

    /** Parses a non-empty, trimmed value; empty values are handled by the caller. */
    public static Object parse(ColumnType type, String text) throws InvalidValueException {
        return switch (type) {
            case STRING -> text;
            case BOOLEAN -> parseBoolean(text);
            case INT -> toInt(parseWhole(text));
            case LONG -> parseWhole(text);
            case DOUBLE -> parseDecimal(text);
            case DATE -> parseDate(text);
            case TIMESTAMP -> parseTimestamp(text);
        };
    }

    static Boolean parseBoolean(String text) throws InvalidValueException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "kyllä", "kylla", "k", "yes", "y", "1", "x", "ja" -> Boolean.TRUE;
            case "false", "ei", "e", "no", "n", "0", "nej" -> Boolean.FALSE;
            default -> throw new InvalidValueException("not_boolean", "is not a yes/no value; write true/false or kyllä/ei");
        };
    }

    private static Integer toInt(long value) throws InvalidValueException {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidValueException("int_too_large", "is too large for a whole number column");
        }
        return (int) value;
    }

    static long parseWhole(String text) throws InvalidValueException {
        String s = stripGrouping(text);
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            double d;
            try {
                d = Double.parseDouble(decimalPoint(s));
            } catch (NumberFormatException e2) {
                throw new InvalidValueException("not_whole_number", "is not a whole number; write digits only, e.g. 1250");
            }
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new InvalidValueException("not_whole_number", "is not a whole number; write digits only, e.g. 1250");
            }
            return (long) d;
        }
    }

    static double parseDecimal(String text) throws InvalidValueException {
        try {
            double d = Double.parseDouble(decimalPoint(stripGrouping(text)));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("not_number", "is not a number; write e.g. 12,5 or 12.5");
        }
    }

    private static String stripGrouping(String text) {
        boolean clean = true;
        for (int i = 0; i < text.length() && clean; i++) {
            char c = text.charAt(i);
            clean = c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\'' && c != '\u2212';
        }
        if (clean) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\'') {
                b.append(c == '\u2212' ? '-' : c);
            }
        }
        return b.toString();
    }

    /** Turns a decimal comma into a point; with both, the last one is the decimal separator. */
    private static String decimalPoint(String s) {
        int comma = s.lastIndexOf(',');
        int point = s.lastIndexOf('.');
        if (comma < 0) {
            return s;
        }
        if (point < 0) {
            return s.replace(',', '.');
        }
        return comma > point ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern FINNISH_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern FINNISH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:\\.\\d{1,9})?)?");

    static LocalDate parseDate(String text) throws InvalidValueException {
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            }
            Matcher m = ISO_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            }
            m = FINNISH_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
            }
            m = ISO_MONTH.matcher(text);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), 1);
            }
            m = FINNISH_MONTH.matcher(text);
            if (m.matches()) {
                return LocalDate.of(num(m, 2), num(m, 1), 1);
            }
        } catch (DateTimeException e) {
            throw new InvalidValueException("not_real_date", "is not a real date (" + e.getMessage() + ")");
        }
        throw new InvalidValueException("not_date", "is not a date; write 31.12.2021 or 2021-12-31");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int digits(String s, int from, int to) throws InvalidValueException {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException("not_date", "is not a date; write 31.12.2021 or 2021-12-31");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static LocalDateTime parseTimestamp(String text) throws InvalidValueException {
        int split = text.indexOf('T') > 0 ? text.indexOf('T') : text.indexOf(' ');
        if (split < 0) {
            return parseDate(text).atStartOfDay();
        }
        LocalDate date = parseDate(text.substring(0, split));
        String time = text.substring(split + 1).replace("klo", "").strip();
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            throw new InvalidValueException("not_datetime", "is not a date and time; write 31.12.2021 14:05 or 2021-12-31 14:05:00");
        }
        try {
            int second = m.group(3) == null ? 0 : num(m, 3);
            return LocalDateTime.of(date, LocalTime.of(num(m, 1), num(m, 2), second));
        } catch (DateTimeException e) {
            throw new InvalidValueException("not_real_time", "is not a real time of day (" + e.getMessage() + ")");
        }
    }
}
