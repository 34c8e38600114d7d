package fi.kuntadigi.analytics.pilots;

import fi.kuntadigi.catalog.Labels.Label;
import java.util.Locale;

/**
 * A continue/stop signal of one pilot in one municipality: continue when the value reaches the
 * threshold, with the reason in plain Finnish, English and Swedish.
 */
public record Signal(String pilotId, String municipalityCode, String metric, Double value, double threshold,
                     String signal, String reasonFi, String reasonEn, String reasonSv) {

    public static final String CONTINUE = "continue";
    public static final String STOP = "stop";

    private static final Locale FI = Locale.forLanguageTag("fi-FI");
    private static final Locale SV = Locale.forLanguageTag("sv-FI");

    /** Decides the signal; {@code what} names the measure, e.g. "vastattujen chattien osuus". */
    public static Signal decide(String pilotId, String municipalityCode, String metric, Double value, double threshold,
                                Label what, boolean percent) {
        if (value == null) {
            return new Signal(pilotId, municipalityCode, metric, null, threshold, STOP,
                    "Pilotista ei ole kirjattu tietoja (" + what.fi() + "): ei jatketa ilman seurantaa.",
                    "No data was recorded in the pilot (" + what.en() + "): do not continue without follow-up.",
                    "Inga uppgifter har registrerats i piloten (" + what.sv() + "): fortsätt inte utan uppföljning.");
        }
        boolean go = value >= threshold;
        String fi = capitalise(what.fi()) + " oli " + format(value, percent, FI)
                + (go ? ", mikä ylittää kynnyksen " : ", mikä jää alle kynnyksen ") + format(threshold, percent, FI)
                + (go ? ": suositus on jatkaa." : ": suositus on lopettaa tai muuttaa toteutusta.");
        String en = capitalise(what.en()) + " was " + format(value, percent, Locale.UK)
                + (go ? ", at or above the threshold of " : ", below the threshold of ") + format(threshold, percent, Locale.UK)
                + (go ? ": the signal is to continue." : ": the signal is to stop or change how it is run.");
        String sv = capitalise(what.sv()) + " var " + format(value, percent, SV)
                + (go ? ", vilket når upp till tröskelvärdet " : ", vilket understiger tröskelvärdet ")
                + format(threshold, percent, SV)
                + (go ? ": rekommendationen är att fortsätta." : ": rekommendationen är att avsluta eller ändra genomförandet.");
        return new Signal(pilotId, municipalityCode, metric, value, threshold, go ? CONTINUE : STOP, fi, en, sv);
    }

    private static String format(double x, boolean percent, Locale locale) {
        return percent ? String.format(locale, "%.0f %%", x * 100) : String.format(locale, "%.1f", x);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
