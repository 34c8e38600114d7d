package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
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
    void noUsersUnlessAFileIsNamedAndTheDemoUsersOnlyByTheirOwnOption() {
        Settings none = Settings.parse(new String[] {});
        assertEquals(null, none.users());
        Settings demo = Settings.parse(new String[] {"--demo-users", "dashboard/config/users.properties"});
        assertTrue(demo.security().demoUsers());
        Settings real = Settings.parse(new String[] {"--users", "/etc/kuntadigi/users.properties"});
        assertEquals(Path.of("/etc/kuntadigi/users.properties"), real.users());
        assertFalse(real.security().demoUsers());
    }

    @Test
    void securityOptions() {
        Settings s = Settings.parse(new String[] {"--session-idle-minutes", "15", "--trusted-proxies", "10.0.0.5, 10.0.0.6",
                "--audit-log", "/var/log/kuntadigi/audit.jsonl"});
        assertEquals(Duration.ofMinutes(15), s.security().sessionIdle());
        assertEquals(Set.of("10.0.0.5", "10.0.0.6"), s.security().trustedProxies());
        assertEquals(Path.of("/var/log/kuntadigi/audit.jsonl"), s.security().auditLogFile(Path.of("warehouse")));
        assertEquals(Path.of("warehouse/_audit/dashboard-audit.jsonl"), Settings.parse(new String[] {}).security()
                .auditLogFile(Path.of("warehouse")));
        assertEquals(Set.of(), Settings.parse(new String[] {"--trusted-proxies", "none"}).security().trustedProxies());
        assertEquals("--session-idle-minutes must be a whole number of minutes from 1 to 1440, not '0'",
                assertThrows(IllegalArgumentException.class, () -> Settings.parse(new String[] {"--session-idle-minutes", "0"}))
                        .getMessage());
    }

    @Test
    void aMissingValueIsNamed() {
        assertEquals("Missing required parameter for option '--port' (N)", assertThrows(IllegalArgumentException.class,
                () -> Settings.parse(new String[] {"--port"})).getMessage().split(";")[0]);
    }

    @Test
    void anUnknownOptionListsTheOptions() {
        String message = assertThrows(IllegalArgumentException.class, () -> Settings.parse(new String[] {"--colour", "red"}))
                .getMessage();
        assertTrue(message.startsWith("Unknown options: '--colour', 'red'"), message);
        assertTrue(message.contains("--schedule-config") && message.contains("--trusted-proxies"), message);
    }

    @Test
    void helpListsEveryOptionFromTheOneDefinition() {
        String usage = ServeOptions.commandLine(new ServeOptions()).getUsageMessage();
        assertTrue(usage.startsWith("Usage: kuntadigi serve"), usage);
        for (String option : new String[] {"--warehouse", "--host", "--port", "--users", "--demo-users", "--datasets",
                "--inbox", "--schedule", "--schedule-config", "--max-upload-mib", "--session-idle-minutes",
                "--trusted-proxies", "--audit-log"}) {
            assertTrue(usage.contains("[" + option + "=") || usage.contains("[" + option + "]"), option + " in " + usage);
        }
    }
}
