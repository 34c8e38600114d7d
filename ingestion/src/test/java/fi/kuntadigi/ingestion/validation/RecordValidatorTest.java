package fi.kuntadigi.ingestion.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.CodeKey;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {

    private static final DatasetSchema TX = Datasets.TRANSACTIONS;

    private final RecordValidator validator = new RecordValidator(TX, new ReferenceIndex()
            .withKeys("municipalities", Set.of("099", "214"))
            .withKeys("services", Set.of("rakennuslupa"))
            .withKeys("channels", Set.of("web_form"))
            .withMunicipality(new MunicipalityValidity("099", "Honkajoki", null, LocalDate.of(2020, 12, 31), "214"))
            .withMunicipality(new MunicipalityValidity("214", "Kankaanpää", null, null, null)), List.of());

    /** Texts in the schema's column order; the derived key columns are not in an export (null). */
    private static String[] row(String municipality, String service, String channel) {
        return new String[] {municipality, service, channel, "2020-03-01", "2020", "4", "", "false", null, null, null};
    }

    @Test
    void derivesTheKeyOfEachCodeColumn() {
        RecordValidator.Result r = validator.validate(row("99", "rakennuslupa", "web_form"));

        assertTrue(r.ok(), () -> r.issue().reason());
        Object[] v = r.values();
        assertEquals("099", v[TX.indexOf("municipality_code")], "leading zero restored before the key is taken");
        assertEquals(CodeKey.of("099"), v[TX.indexOf("municipality_key")]);
        assertEquals(0x14af76dae51eda5dL, v[TX.indexOf("service_key")]);
        assertEquals(CodeKey.of("web_form"), v[TX.indexOf("channel_key")]);
    }

    @Test
    void aRejectedRowGetsNoKeys() {
        RecordValidator.Result r = validator.validate(row("214", "rakennuslupa", "fax"));

        assertEquals("channel_code", r.issue().column());
        assertTrue(r.issue().reason().startsWith("channel_code 'fax' is not a known channels key"), r.issue().reason());
        assertNull(r.values()[TX.indexOf("channel_key")]);
    }
}
