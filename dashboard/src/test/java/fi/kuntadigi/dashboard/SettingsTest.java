package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** serve's options, including the flag --schedule among options with values. */
class SettingsTest {

    @Test
    void scheduleIsAFlagAndItsFileDefaultsToTheDatasetsConfig() {
        Settings s = Settings.parse(new String[] {"--port", "8080", "--schedule", "--datasets", "/srv/data", "--inbox", "/srv/inbox",
                "--max-upload-mib", "5"});
        assertEquals(8080, s.port());
        assertTrue(s.operations().schedule());
        assertEquals(Path.of("/srv/data/config/schedule.properties"), s.operations().scheduleConfig());
        assertEquals(Path.of("/srv/inbox"), s.operations().inbox());
        assertEquals(5L << 20, s.operations().maxUploadBytes());
    }

    @Test
    void withoutTheFlagNoScheduler() {
        Settings s = Settings.parse(new String[] {"--schedule-config", "x.properties"});
        assertFalse(s.operations().schedule());
        assertEquals(Path.of("x.properties"), s.operations().scheduleConfig());
    }

    @Test
    void wrongOptionsSayWhatIsAllowed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Settings.parse(new String[] {"--port"}))
                .getMessage().contains("--port needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Settings.parse(new String[] {"--colour", "red"}))
                .getMessage().contains("--schedule"));
    }
}
