package fi.kuntadigi.analytics.potential;

import java.util.Locale;

/**
 * The grant application's claim "savings of at least 1-2 person-years a year, relative to each
 * municipality's size" checked against the computed potential of one municipality, explained in Finnish,
 * English and Swedish (numbers as Finland writes them in Finnish and Swedish: "1,25", "1,0–2,0").
 */
public record ClaimCheck(String verdict, String reasonFi, String reasonEn, String reasonSv) {

    public static ClaimCheck of(double personYears, double min, double max) {
        String verdict = personYears > max ? "exceeded" : personYears >= min ? "supported"
                : personYears >= min / 2 ? "partly" : "not_supported";
        String py = String.format(Locale.forLanguageTag("fi-FI"), "%.2f", personYears);
        String pyEn = String.format(Locale.UK, "%.2f", personYears);
        String range = String.format(Locale.forLanguageTag("fi-FI"), "%.1f–%.1f", min, max);
        String rangeEn = String.format(Locale.UK, "%.1f-%.1f", min, max);
        String fi = "Aineiston mukaan sähköistämisen säästöpotentiaali on " + py + " henkilötyövuotta vuodessa; hakemus arvioi "
                + range + ". " + switch (verdict) {
                    case "exceeded" -> "Potentiaali ylittää arvion.";
                    case "supported" -> "Aineisto tukee arviota.";
                    case "partly" -> "Aineisto tukee arviota vain osittain (vähintään puolet alarajasta).";
                    default -> "Aineisto ei tue arviota.";
                };
        String en = "The data shows a saving potential of " + pyEn + " person-years a year; the application estimated "
                + rangeEn + ". " + switch (verdict) {
                    case "exceeded" -> "The potential exceeds the estimate.";
                    case "supported" -> "The data supports the estimate.";
                    case "partly" -> "The data supports the estimate only partly (at least half of its lower end).";
                    default -> "The data does not support the estimate.";
                };
        String sv = "Enligt materialet är digitaliseringens besparingspotential " + py + " årsverken per år; ansökan uppskattade "
                + range + ". " + switch (verdict) {
                    case "exceeded" -> "Potentialen överskrider uppskattningen.";
                    case "supported" -> "Materialet stöder uppskattningen.";
                    case "partly" -> "Materialet stöder uppskattningen endast delvis (minst hälften av den nedre gränsen).";
                    default -> "Materialet stöder inte uppskattningen.";
                };
        return new ClaimCheck(verdict, fi, en, sv);
    }
}
