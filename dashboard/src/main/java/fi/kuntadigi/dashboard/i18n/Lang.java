package fi.kuntadigi.dashboard.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface: Finnish first, then English. */
public enum Lang {
    FI("fi", "Suomeksi"), EN("en", "In English");

    private final String code;
    private final String selfName;

    Lang(String code, String selfName) {
        this.code = code;
        this.selfName = selfName;
    }

    public String code() {
        return code;
    }

    /** The language's name in itself, for the language switch. */
    public String selfName() {
        return selfName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Language of the marts' label columns: they carry Finnish and English only. */
    public String labelLanguage() {
        return this == EN ? "en" : "fi";
    }

    public static Optional<Lang> of(String code) {
        for (Lang l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
