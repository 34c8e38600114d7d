package fi.kuntadigi.dashboard.views;

import fi.kuntadigi.dashboard.i18n.Lang;
import java.text.NumberFormat;

/** Numbers as people of the language write them (Finnish: 1 234,5). */
public final class Format {

    private Format() {
    }

    /** Number formats per thread and language (NumberFormat is not thread-safe; made once, not per value). */
    private static final ThreadLocal<java.util.Map<Lang, NumberFormat[]>> FORMATS =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(Lang.class));

    private static NumberFormat[] formats(Lang lang) {
        return FORMATS.get().computeIfAbsent(lang, l -> {
            NumberFormat decimal = NumberFormat.getNumberInstance(l.locale());
            decimal.setMaximumFractionDigits(2);
            return new NumberFormat[] {decimal, NumberFormat.getIntegerInstance(l.locale())};
        });
    }

    /** A table cell: years and ranks as plain digits, other values as {@link #value}. */
    public static String cell(String column, Object value, Lang lang) {
        boolean plain = column.equals("year") || column.endsWith("_year") || column.endsWith("rank");
        return plain && value instanceof Number n && !(value instanceof Double) ? Long.toString(n.longValue()) : value(value, lang);
    }

    public static String value(Object value, Lang lang) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Double || value instanceof Float) {
            return formats(lang)[0].format(value);
        }
        if (value instanceof Number n) {
            return formats(lang)[1].format(n.longValue());
        }
        if (value instanceof Boolean b) {
            return b ? yes(lang) : no(lang);
        }
        return value.toString();
    }

    private static String yes(Lang lang) {
        return switch (lang) {
            case FI -> "kyllä";
            case SV -> "ja";
            case EN -> "yes";
        };
    }

    private static String no(Lang lang) {
        return switch (lang) {
            case FI -> "ei";
            case SV -> "nej";
            case EN -> "no";
        };
    }
}
