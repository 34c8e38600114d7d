package fi.kuntadigi.analytics.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuntadigi.operations.UnusableInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolutionCatalogueTest {

    @Test
    void missingFallbackSolutionIsAnInputProblemNamingTheFix() {
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> new SolutionCatalogue(List.of(), "eform_identified", "eform_basic"));

        assertEquals("solutions: the fallback solution eform_identified named in the analytics settings is not in the"
                + " solutions dataset; add it to datasets/solutions/ or change the fallback setting in"
                + " datasets/config/analytics.properties", e.getMessage());
    }
}
