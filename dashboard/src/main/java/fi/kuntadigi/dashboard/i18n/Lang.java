package fi.kuntadigi.dashboard.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface: Finnish first, then Swedish and English. */
public enum Lang {
    FI("fi", "Suomeksi", "fi-FI"), SV("sv", "På svenska", "sv-FI"), EN("en", "In English", "en-GB");

    private final String code;
    private final String selfName;
    private final Locale locale;

    /** @param locale the formats of the language as written in Finland (British English: "30 November 2021") */
    Lang(String code, String selfName, String locale) {
        this.code = code;
        this.selfName = selfName;
        this.locale = Locale.forLanguageTag(locale);
    }

    public String code() {
        return code;
    }

    /** The language's name in itself, for the language switch. */
    public String selfName() {
        return selfName;
    }

    public Locale locale() {
        return locale;
    }

    /** Language of the marts' label columns ({@code _fi}, {@code _sv}, {@code _en}): the page's own. */
    public String labelLanguage() {
        return code;
    }

    /**
     * Language of the marts' municipality names ({@code municipality_name_*}, {@code current_name_*}), which
     * have Finnish and Swedish forms only: Swedish on a Swedish page (Påmark), Finnish otherwise.
     */
    public String nameLanguage() {
        return this == SV ? "sv" : "fi";
    }

    public static Optional<Lang> of(String code) {
        for (Lang l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The first of the browser's preferred languages ({@code Accept-Language}) that the site speaks; Finnish otherwise. */
    public static Lang preferred(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-")[0];
                    Optional<Lang> lang = of(primary);
                    if (lang.isPresent()) {
                        return lang.get();
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: the default
            }
        }
        return FI;
    }
}
