package fi.kuntadigi.dashboard.views;

import fi.kuntadigi.dashboard.i18n.Lang;
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

    /** An ISO instant ({@code 2026-11-27T04:57:09.633962388Z}) as e.g. {@code 27.11.2026 klo 6.57.09}; "–" when absent or unreadable. */
    public static String moment(String iso, Lang lang) {
        if (iso == null || iso.isBlank()) {
            return "–";
        }
        try {
            return moment(Instant.parse(iso), lang);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    public static String moment(Instant instant, Lang lang) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(lang.locale()).withZone(ZONE)
                .format(instant);
    }

    /** A day as e.g. {@code 1.1.2027} (fi) or {@code 1 Jan 2027} (en). */
    public static String day(LocalDate day, Lang lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang.locale()).format(day);
    }
}
