package fi.kuntadigi.dashboard.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The interface texts of one language, from {@code i18n/messages_LANG.properties} (UTF-8). */
public final class Messages {

    private static final Map<Lang, Messages> ALL = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            ALL.put(lang, new Messages(lang));
        }
    }

    private final Lang lang;
    private final ResourceBundle bundle;
    /** Parsed formats per thread (MessageFormat is not thread-safe; parsing one per call was a visible share of a what-if). */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Lang lang) {
        return ALL.get(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The text for a key; a missing key shows as itself so that tests catch it. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for a key with {@link MessageFormat} arguments. */
    public String format(String key, Object... args) {
        return formats.get().computeIfAbsent(key, k -> new MessageFormat(get(k), lang.locale())).format(args);
    }

    /** A code's label where people read it ({@code code.NAME}: e.g. {@code parks} → "puistot"), if it has one. */
    public Optional<String> code(Object value) {
        return value instanceof String code && has("code." + code) ? Optional.of(get("code." + code)) : Optional.empty();
    }

    /** A column's header: {@code col.NAME}, or the name itself. */
    public String column(String name) {
        return has("col." + name) ? get("col." + name) : name;
    }
}
