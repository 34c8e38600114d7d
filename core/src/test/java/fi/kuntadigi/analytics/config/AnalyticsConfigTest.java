package fi.kuntadigi.analytics.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticsConfigTest {

    @Test
    void bundledFileEqualsTheDocumentedDefaults() {
        assertEquals(AnalyticsConfig.defaults(), AnalyticsConfig.load(Path.of("..", "datasets", "config",
                "analytics.properties")));
    }

    @Test
    void weightsAreRenormalisedToSumToOne() {
        IndexSettings s = AnalyticsConfig.from(Settings.of(Map.of("index.weight.readiness", "2",
                "index.weight.non_digital_volume", "2", "index.weight.non_digital_share", "0", "index.weight.handling_hours",
                "0", "index.weight.saving_per_transaction", "0", "index.weight.sector_maturity", "0",
                "index.weight.net_benefit_shared", "0"))).index();
        assertEquals(0.5, s.weights().get("readiness"));
        assertEquals(0.0, s.weights().get("handling_hours"));
    }

    @Test
    void unknownIndicatorIsRejectedWithItsKey() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AnalyticsConfig.from(Settings.of(Map.of("index.weight.popularity", "1"))));
        assertTrue(e.getMessage().contains("index.weight.popularity"), e.getMessage());
    }

    @Test
    void malformedNumberNamesTheKey() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AnalyticsConfig.from(Settings.of(Map.of("potential.hours_per_person_year", "lots"))));
        assertEquals("given settings: potential.hours_per_person_year = 'lots' must be a number", e.getMessage());
    }

    @Test
    void capacityPerOwnerFallsBackToTheDefault() {
        RoadmapSettings r = AnalyticsConfig.defaults().roadmap();
        assertEquals(new RoadmapSettings.Capacity(40, 2_000_000), r.capacity("747"));
        assertEquals(new RoadmapSettings.Capacity(80, 6_000_000), r.capacity("214"));
    }
}
