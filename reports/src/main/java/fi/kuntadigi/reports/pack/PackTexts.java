package fi.kuntadigi.reports.pack;

import fi.kuntadigi.dashboard.i18n.Lang;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reports' own texts ({@code fi/kuntadigi/reports/pack*.properties}) in a language; the figures'
 * titles, summaries and column headers are the dashboard's.
 */
public final class PackTexts {

    private final ResourceBundle bundle;
    private final Lang lang;

    private PackTexts(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("fi.kuntadigi.reports.pack", lang.locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static PackTexts of(Lang lang) {
        return new PackTexts(lang);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text with {@link MessageFormat} arguments (pass numbers already formatted). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), lang.locale()).format(args);
    }

    /** A quarter as people of the language write it ({@code 2022Q3} → {@code 3. nelj. 2022}). */
    public String quarter(String code) {
        if (code == null || code.length() < 6) {
            return "–";
        }
        return format("pack.quarter", code.substring(0, 4), code.substring(5));
    }

    /** For tests: whether the language has the reports' texts. */
    static boolean has(Locale locale) {
        return ResourceBundle.getBundle("fi.kuntadigi.reports.pack", locale).getLocale().equals(locale);
    }
}
