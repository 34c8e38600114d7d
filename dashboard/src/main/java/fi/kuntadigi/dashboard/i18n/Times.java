package fi.kuntadigi.dashboard.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;

/** Moments and days as a reader of the page's language writes them, moments in Finnish time (Europe/Helsinki). */
public final class Times {

    /** Where the municipalities are: every time on a page is this zone's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private Times() {
    }

    /** An ISO instant ({@code 2026-11-27T04:57:09.633962388Z}) as e.g. {@code 27.11.2026 klo 6.57.09}; "–" when absent, as it is when unreadable. */
    public static String moment(String iso, Lang lang) {
        return format(iso, lang, FormatStyle.MEDIUM);
    }

    public static String moment(Instant instant, Lang lang) {
        return formatter(lang, FormatStyle.MEDIUM).format(instant);
    }

    /** An ISO instant to the minute, e.g. {@code 27.11.2026 klo 6.57} (tables and charts). */
    public static String minute(String iso, Lang lang) {
        return format(iso, lang, FormatStyle.SHORT);
    }

    private static String format(String iso, Lang lang, FormatStyle time) {
        if (iso == null || iso.isBlank()) {
            return "–";
        }
        try {
            return formatter(lang, time).format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static DateTimeFormatter formatter(Lang lang, FormatStyle time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, time).withLocale(lang.locale()).withZone(ZONE);
    }

    /** A day as e.g. {@code 1.1.2027} (fi) or {@code 1 Jan 2027} (en). */
    public static String day(LocalDate day, Lang lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang.locale()).format(day);
    }
}
