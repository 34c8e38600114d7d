package fi.kuntadigi.analytics.pilots;

import java.util.Locale;

/**
 * A continue/stop signal of one pilot in one municipality: continue when the value reaches the
 * threshold, with the reason in plain Finnish and English.
 */
public record Signal(String pilotId, String municipalityCode, String metric, Double value, double threshold,
                     String signal, String reasonFi, String reasonEn) {

    public static final String CONTINUE = "continue";
    public static final String STOP = "stop";

    /** Decides the signal; {@code whatFi}/{@code whatEn} name the measure, e.g. "vastattujen chattien osuus". */
    public static Signal decide(String pilotId, String municipalityCode, String metric, Double value, double threshold,
                                String whatFi, String whatEn, boolean percent) {
        if (value == null) {
            return new Signal(pilotId, municipalityCode, metric, null, threshold, STOP,
                    "Pilotista ei ole kirjattu tietoja (" + whatFi + "): ei jatketa ilman seurantaa.",
                    "No data was recorded in the pilot (" + whatEn + "): do not continue without follow-up.");
        }
        boolean go = value >= threshold;
        String v = format(value, percent, Locale.forLanguageTag("fi-FI"));
        String t = format(threshold, percent, Locale.forLanguageTag("fi-FI"));
        String ve = format(value, percent, Locale.UK);
        String te = format(threshold, percent, Locale.UK);
        String fi = capitalise(whatFi) + " oli " + v + (go ? ", mikä ylittää kynnyksen " : ", mikä jää alle kynnyksen ")
                + t + (go ? ": suositus on jatkaa." : ": suositus on lopettaa tai muuttaa toteutusta.");
        String en = capitalise(whatEn) + " was " + ve + (go ? ", at or above the threshold of " : ", below the threshold of ")
                + te + (go ? ": the signal is to continue." : ": the signal is to stop or change how it is run.");
        return new Signal(pilotId, municipalityCode, metric, value, threshold, go ? CONTINUE : STOP, fi, en);
    }

    private static String format(double x, boolean percent, Locale locale) {
        return percent ? String.format(locale, "%.0f %%", x * 100) : String.format(locale, "%.1f", x);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
