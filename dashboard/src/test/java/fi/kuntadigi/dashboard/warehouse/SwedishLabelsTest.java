package fi.kuntadigi.dashboard.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.TestWarehouse;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marts carry every label in Finnish, Swedish and English (a page reads the column of its language); the
 * municipality filter names each municipality in Swedish on a Swedish page where the reference data has a Swedish name.
 */
class SwedishLabelsTest {

    @Test
    void theMunicipalityFilterNamesMunicipalitiesInSwedishWhereTheyHaveASwedishName(@TempDir Path dir) throws Exception {
        try (Duck duck = new Duck()) {
            Reference.Snapshot reference = new Reference(duck, new Warehouse(TestWarehouse.build(dir.resolve("warehouse")))).get();
            assertEquals(Map.of("181", "Jämijärvi", "214", "Kankaanpää", "230", "Karvia", "608", "Påmark", "747", "Siikais"),
                    reference.municipalities(Lang.SV));
            assertEquals("Pomarkku", reference.municipalities(Lang.FI).get("608"));
            assertEquals("Pomarkku", reference.municipalities(Lang.EN).get("608"));
        }
    }

    @Test
    void pagesReadTheLabelColumnsOfTheirLanguage() {
        assertEquals("sv", Lang.SV.labelLanguage());
        assertEquals("en", Lang.EN.labelLanguage());
        assertEquals("fi", Lang.FI.labelLanguage());
    }

    @Test
    void municipalityNamesAreSwedishOnSwedishPagesAndFinnishOtherwise() {
        assertEquals("sv", Lang.SV.nameLanguage());
        assertEquals("fi", Lang.EN.nameLanguage());
        assertEquals("fi", Lang.FI.nameLanguage());
    }
}
