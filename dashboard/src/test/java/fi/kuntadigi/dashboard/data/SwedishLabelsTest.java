package fi.kuntadigi.dashboard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.dashboard.i18n.Lang;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Swedish pages read the marts' Finnish labels with the Swedish names the reference data has. */
class SwedishLabelsTest {

    private static final Reference.Snapshot REFERENCE = new Reference.Snapshot(Map.of("608", "Pomarkku"), Map.of("608", "Pomarkku"),
            Set.of(2021), Map.of("Pomarkku", "Påmark", "Rakennuslupa", "Bygglov",
                    "Yhteinen Webropol-ympäristö (Jämijärvi): jakaminen", "Gemensam Webropol-miljö (Jämijärvi): delning"));

    @Test
    void aLabelAndEachPartOfOneAreReplacedWhereSwedishExists() {
        assertEquals("Påmark", REFERENCE.label("Pomarkku", Lang.SV));
        assertEquals("Bygglov – Påmark", REFERENCE.label("Rakennuslupa – Pomarkku", Lang.SV));
        assertEquals("Påmark: Verkkosivut uusitaan", REFERENCE.label("Pomarkku: Verkkosivut uusitaan", Lang.SV), "no Swedish: Finnish kept");
    }

    @Test
    void aListOfTitlesIsReplacedItemByItemEvenWhenATitleHasAColon() {
        assertEquals("Bygglov; Gemensam Webropol-miljö (Jämijärvi): delning",
                REFERENCE.label("Rakennuslupa; Yhteinen Webropol-ympäristö (Jämijärvi): jakaminen", Lang.SV));
    }

    @Test
    void otherLanguagesAreLeftAsTheMartsHaveThem() {
        assertEquals("Rakennuslupa – Pomarkku", REFERENCE.label("Rakennuslupa – Pomarkku", Lang.FI));
        assertEquals(Map.of("608", "Påmark"), REFERENCE.municipalities(Lang.SV));
        assertEquals(List.of(List.of("Påmark", 3)),
                REFERENCE.labels(new Table(List.of("m", "n"), List.of(List.of("Pomarkku", 3))), Lang.SV).rows());
    }
}
