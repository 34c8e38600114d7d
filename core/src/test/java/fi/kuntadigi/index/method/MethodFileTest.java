package fi.kuntadigi.index.method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.index.AsemFiles;
import fi.kuntadigi.index.aggregate.Aggregation;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.impute.Imputation;
import fi.kuntadigi.index.normalise.Normalisation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodFileTest {

    @Test
    void anEmptyFileIsCoinrsDefaults() {
        Method m = MethodFile.parse("m.properties", "");

        assertTrue(m.denominate());
        assertEquals(Imputation.NONE, m.impute().method());
        assertEquals(5, m.treat().maxWinsorised());
        assertEquals(Normalisation.MINMAX, m.normalise().method());
        assertEquals(100, m.normalise().high());
        assertEquals(Aggregation.ARITHMETIC, m.aggregate().method());
    }

    @Test
    void theAsemMethodFileIsGroupMeanImputationAndMinMax() {
        Method m = MethodFile.read(AsemFiles.method());

        assertEquals(Imputation.GROUP_MEAN, m.impute().method());
        assertEquals("EurAsia_group", m.impute().groupColumn());
        assertEquals(List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC), m.uncertainty().aggregations());
    }

    @Test
    void perLevelAggregationGoalpostsAndWeightsAreRead() {
        Method m = MethodFile.parse("m.properties", """
                aggregate.level.3 = geometric
                normalise = goalposts
                normalise.goalposts.LPI = 1, 5
                weight.Conn = 2
                """);

        assertEquals(Aggregation.GEOMETRIC, m.aggregate().at(3));
        assertEquals(Aggregation.ARITHMETIC, m.aggregate().at(2));
        assertArrayEquals(new double[] {1, 5}, m.normalise().goalposts().get("LPI"));
        assertEquals(2.0, m.weights().get("Conn"));
    }

    @Test
    void aTypoInASettingIsNamed() {
        FrameworkInputException e = assertThrows(FrameworkInputException.class, () -> MethodFile.parse("m.properties", "normalize = minmax"));

        assertTrue(e.getMessage().startsWith("m.properties, setting normalize: unknown setting;"), e.getMessage());
    }

    @Test
    void anUnknownChoiceListsTheChoices() {
        FrameworkInputException e = assertThrows(FrameworkInputException.class, () -> MethodFile.parse("m.properties", "aggregate = median"));

        assertEquals("m.properties, setting aggregate: 'median' is not one of [arithmetic, geometric, harmonic]", e.getMessage());
    }

    @Test
    void groupImputationNeedsItsGroup() {
        FrameworkInputException e = assertThrows(FrameworkInputException.class, () -> MethodFile.parse("m.properties", "impute = group_mean"));

        assertEquals("m.properties, setting impute.group: group_mean and group_median imputation need the group column, e.g. impute.group = EurAsia_group",
                e.getMessage());
    }

    @Test
    void scaleTiesEachWeightAndUncertainInputsAreRead() {
        Method m = MethodFile.parse("m.properties", "aggregate.scale = 100\nrank.ties = first\nuncertainty.weights.each = true\n"
                + "uncertainty.input.unit_cost = 0.3");

        assertEquals(100, m.aggregate().scale());
        assertEquals(Ties.FIRST, m.rankTies());
        assertTrue(m.uncertainty().weightsEach());
        assertEquals(Map.of("unit_cost", 0.3), m.uncertainty().inputs());
    }

    @Test
    void settingsHeldAsDataAreReadAsAFile() {
        Method m = MethodFile.of("potential_method", Map.of("aggregate", "geometric", "aggregate.floor", "0.01",
                "aggregate.scale", "100", "rank.ties", "first"));

        assertEquals(Aggregation.GEOMETRIC, m.aggregate().at(2));
        assertEquals(0.01, m.aggregate().floor());
        assertEquals(100, m.aggregate().scale());
        assertEquals(Ties.FIRST, m.rankTies());
    }

    @Test
    void aTypoInSettingsHeldAsDataIsNamed() {
        var e = assertThrows(FrameworkInputException.class, () -> MethodFile.of("potential_method", Map.of("aggregat", "geometric")));

        assertTrue(e.getMessage().startsWith("potential_method, setting aggregat: unknown setting"), e.getMessage());
    }

    @Test
    void anInputSpreadOfOneOrMoreIsRefusedWithItsKey() {
        var e = assertThrows(FrameworkInputException.class, () -> MethodFile.parse("m.properties", "uncertainty.input.unit_cost = 1.5"));

        assertEquals("m.properties, setting uncertainty.input.unit_cost: an input's spread is a share from 0 up to (not "
                + "including) 1, e.g. 0.3 for ±30 %", e.getMessage());
    }
}
