package fi.kuntadigi.dashboard.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as people of the language write them: numbers (Finnish 1 234,5), quarters (1. nelj. 2022),
 * times in Helsinki time; one number of decimals for a whole column.
 */
public final class Format {

    private Format() {
    }

    /** Number formats per thread and language (NumberFormat is not thread-safe; made once, not per value). */
    private static final ThreadLocal<Map<Lang, NumberFormat[]>> FORMATS =
            ThreadLocal.withInitial(() -> new EnumMap<>(Lang.class));

    private static NumberFormat[] formats(Lang lang) {
        return FORMATS.get().computeIfAbsent(lang, l -> {
            NumberFormat decimal = NumberFormat.getNumberInstance(l.locale());
            decimal.setMaximumFractionDigits(2);
            return new NumberFormat[] {decimal, NumberFormat.getIntegerInstance(l.locale())};
        });
    }

    /** Most decimals a column shows. */
    private static final int MAX_DIGITS = 2;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

    /** A table cell: years and ranks as plain digits, other values as {@link #value}. */
    public static String cell(String column, Object value, Lang lang) {
        return cell(column, value, lang, -1);
    }

    /**
     * A table cell whose column shows {@code digits} decimals (see {@link #fractionDigits}; -1: as
     * many as the value has, at most two): years and ranks as plain digits, quarters and times
     * written out, other values as {@link #value}.
     */
    public static String cell(String column, Object value, Lang lang, int digits) {
        boolean plain = column.equals("year") || column.endsWith("_year") || column.endsWith("rank");
        if (plain && value instanceof Number n && !(value instanceof Double)) {
            return Long.toString(n.longValue());
        }
        if (value instanceof String s && column.endsWith("_quarter")) {
            return quarter(s, lang);
        }
        if (value instanceof String s && column.endsWith("_at")) {
            return Times.minute(s, lang);
        }
        if (digits >= 0 && (value instanceof Double || value instanceof Float || value instanceof BigDecimal)) {
            NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(digits);
            return f.format(value);
        }
        return value(value, lang);
    }

    /**
     * The decimals a column of numbers is shown with: as many as its most precise value has (at
     * most two), so that 37 stands as 37,0 beside 34,9.
     */
    public static int fractionDigits(List<?> values) {
        int digits = 0;
        for (Object v : values) {
            if (v instanceof Double d && Double.isFinite(d)) {
                digits = Math.max(digits, Math.min(MAX_DIGITS, Math.max(0, BigDecimal.valueOf(d).stripTrailingZeros().scale())));
            } else if (v instanceof BigDecimal b) {
                digits = Math.max(digits, Math.min(MAX_DIGITS, Math.max(0, b.stripTrailingZeros().scale())));
            }
        }
        return digits;
    }

    /** A quarter {@code 2022Q1} as the language writes it ({@code chart.quarter}: fi 1. nelj. 2022, en Q1 2022). */
    public static String quarter(String value, Lang lang) {
        Matcher q = QUARTER.matcher(value);
        return q.matches() ? Messages.of(lang).format("chart.quarter", q.group(2), q.group(1)) : value;
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
