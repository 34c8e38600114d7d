package fi.kuntadigi.analytics.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyticsConfigTest {

    @Test
    void bundledFileEqualsTheDocumentedDefaults() {
        AnalyticsConfig bundled = AnalyticsConfig.load(Path.of("..", "datasets", "config", "analytics.properties"));
        AnalyticsConfig defaults = AnalyticsConfig.defaults();

        assertEquals(new AnalyticsConfig(defaults.potential(), bundled.index(), defaults.pilots(), defaults.surveys(),
                defaults.roadmap()), bundled);
        Path config = Path.of("..", "datasets", "config").toAbsolutePath().normalize();
        assertEquals(new IndexSettings(config.resolve("index").resolve("potential"), defaults.index().legalPriority(),
                config.resolve("index").resolve("maturity").resolve("method.properties")), bundled.index());
    }

    @Test
    void theFrameworkFolderIsRelativeToTheSettingsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("analytics.properties");
        Files.writeString(file, "index.framework=frameworks/potential-2\n");

        assertEquals(dir.resolve("frameworks").resolve("potential-2"), AnalyticsConfig.load(file).index().framework());
    }

    @Test
    void aWeightLeftInTheSettingsFileNamesWhereItBelongsNow() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AnalyticsConfig.from(Settings.of(Map.of("index.weight.readiness", "0.1"))));

        assertTrue(e.getMessage().startsWith("index.weight.readiness: the potential index's weights, normalisation, "
                + "aggregation and Monte Carlo settings are in "), e.getMessage());
        assertTrue(e.getMessage().contains("index/potential/iMeta.csv (column Weight)"), e.getMessage());
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
