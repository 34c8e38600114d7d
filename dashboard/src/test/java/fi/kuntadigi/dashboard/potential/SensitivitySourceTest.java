package fi.kuntadigi.dashboard.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
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
}
