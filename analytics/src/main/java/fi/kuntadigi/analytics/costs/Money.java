package fi.kuntadigi.analytics.costs;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Euro amounts in words for explanations: cents as "23 243,40 €" (Finnish and Finland's Swedish: no-break
 * spaces, so an amount never breaks across lines, and a true minus sign, "−6,60 €") and "EUR 23,243.40".
 */
public final class Money {

    private Money() {
    }

    public static String fi(long cents) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("fi-FI"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setMinusSign('\u2212');
        DecimalFormat f = new DecimalFormat("#,##0.00", symbols);
        return f.format(BigDecimal.valueOf(cents, 2)) + "\u00a0€";
    }

    public static String en(long cents) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "EUR " + f.format(BigDecimal.valueOf(cents, 2));
    }
}
