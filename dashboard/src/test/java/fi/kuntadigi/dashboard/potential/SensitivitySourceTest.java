package fi.kuntadigi.dashboard.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plain-words sentence of the potential view's sensitivity figure. The figures are analyze's on the bundled
 * datasets ({@code potential_sensitivity}): the rank of the application for elderly services in Kankaanpää
 * (214, vanhuspalvelut, rank 3) depends most on the weight of the handling hours — first-order index 0.403,
 * total 0.842 (95 % interval 0.689–0.980) — more than on the aggregation (total 0.381).
 */
class SensitivitySourceTest {

    private static String sentence(Lang lang, String service, String municipality) {
        return SensitivitySource.sentence(Messages.of(lang), service, municipality, "weight", "handling_hours", 40, 84);
    }

    @Test
    void finnishNamesTheServiceTheMunicipalityAndTheIndicatorWhoseWeightMattersMost() {
        assertEquals("Palvelun Ikääntyneiden palvelujen hakemus sijoitus kunnassa Kankaanpää riippuu eniten painosta, joka "
                        + "annetaan osoittimelle ”Käsittelytunnit vuodessa (ei-digitaaliset)”: se selittää yksinään 40 % "
                        + "sijoituksen vaihtelusta ja yhdessä muiden oletusten kanssa 84 %.",
                sentence(Lang.FI, "Ikääntyneiden palvelujen hakemus", "Kankaanpää"));
    }

    @Test
    void swedishSaysTheSameInSwedish() {
        assertEquals("Placeringen av tjänsten Ansökan om äldreomsorg i Kankaanpää beror mest på vikten som ges indikatorn "
                        + "”Handläggningstimmar per år (icke-digitala)”: det förklarar ensamt 40 % av variationen i placeringen "
                        + "och tillsammans med de andra antagandena 84 %.",
                sentence(Lang.SV, "Ansökan om äldreomsorg", "Kankaanpää"));
    }

    @Test
    void englishSaysTheSameInEnglish() {
        assertEquals("The rank of Application for elderly services in Kankaanpää depends most on the weight given to the "
                        + "indicator “Handling hours a year (non-digital)”: alone it explains 40 % of the variation of the rank, "
                        + "with its interactions with the other assumptions 84 %.",
                sentence(Lang.EN, "Application for elderly services", "Kankaanpää"));
    }

    @Test
    void aUnitCostIsNamedInWords() {
        assertEquals("Palvelun Rakennuslupa sijoitus kunnassa Karvia riippuu eniten muiden kuin digitaalisten asiointikanavien "
                        + "yksikkökustannuksesta: se selittää yksinään 12 % sijoituksen vaihtelusta ja yhdessä muiden oletusten "
                        + "kanssa 1 234 %.",
                SensitivitySource.sentence(Messages.of(Lang.FI), "Rakennuslupa", "Karvia", "input", "non_digital_unit_cost",
                        12, 1234).replace('\u00a0', ' '));
    }

    @Test
    void aRankNoAssumptionMovesIsSaidToStay() {
        assertEquals("Palvelun Rakennuslupa sijoitus kunnassa Karvia ei muutu, kun oletuksia vaihdellaan.",
                SensitivitySource.sentence(Messages.of(Lang.FI), "Rakennuslupa", "Karvia", "weight", "readiness", 0, 0));
    }

    @Test
    void theTableNamesTheAssumptionThatMattersMostInWords() {
        assertEquals("osoittimen ”Käsittelytunnit vuodessa (ei-digitaaliset)” paino",
                SensitivitySource.factor(Messages.of(Lang.FI), "weight", "handling_hours"));
        assertEquals("enhetskostnaden för den digitala kanalen",
                SensitivitySource.factor(Messages.of(Lang.SV), "input", "digital_unit_cost"));
    }

    @Test
    void theSummaryNamesTheAssumptionThatMostOftenMattersMostAndForHowManyServices() {
        Table table = table("Osoittimen ”Käsittelytunnit vuodessa (ei-digitaaliset)” paino", "Koostamistapa (aritmeettinen vai "
                + "geometrinen keskiarvo)", "Osoittimen ”Käsittelytunnit vuodessa (ei-digitaaliset)” paino", null);
        assertEquals(Optional.of("Useimmin eniten vaikuttava oletus (2/4 palvelua): osoittimen ”Käsittelytunnit vuodessa "
                + "(ei-digitaaliset)” paino."), new SensitivitySource().summary(table, Messages.of(Lang.FI)));
    }

    @Test
    void ofEquallyFrequentAssumptionsTheSummaryNamesThatOfTheBestRankedService() {
        Table table = table("The aggregation (arithmetic or geometric mean)", "The indicators' weights");
        assertEquals(Optional.of("The assumption that most often matters most (1 of 2 services): the aggregation (arithmetic or "
                + "geometric mean)."), new SensitivitySource().summary(table, Messages.of(Lang.EN)));
    }

    @Test
    void anAssumptionThatMattersMostForEveryServiceIsSaidToDoSo() {
        Table table = table("Aggregeringsmetoden (aritmetiskt eller geometriskt medelvärde)",
                "Aggregeringsmetoden (aritmetiskt eller geometriskt medelvärde)");
        assertEquals(Optional.of("För alla 2 tjänster påverkar samma antagande placeringen mest: aggregeringsmetoden "
                + "(aritmetiskt eller geometriskt medelvärde)."), new SensitivitySource().summary(table, Messages.of(Lang.SV)));
    }

    @Test
    void theSummarySaysSoWhenNoAssumptionMovesAnyRank() {
        assertEquals(Optional.of("Inget antagande ändrar placeringen av dessa tjänster."),
                new SensitivitySource().summary(table(null, null), Messages.of(Lang.SV)));
    }

    /** The figure's table with these assumptions, one row per service in rank order (null: a rank no assumption moves). */
    private static Table table(String... assumptions) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < assumptions.length; i++) {
            rows.add(Arrays.asList(i + 1, "Palvelu – Kunta", assumptions[i], "…", 0, 0));
        }
        return new Table(List.of("rank", "label", "assumption", "explanation", "first_order_pct", "total_effect_pct"), rows);
    }
}
