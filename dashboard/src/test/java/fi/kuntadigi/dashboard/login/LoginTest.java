package fi.kuntadigi.dashboard.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.dashboard.DashboardServer;
import fi.kuntadigi.dashboard.SecuritySettings;
import fi.kuntadigi.dashboard.Settings;
import fi.kuntadigi.dashboard.TestServer;
import fi.kuntadigi.dashboard.TestWarehouse;
import fi.kuntadigi.dashboard.auth.LoginPolicy;
import fi.kuntadigi.dashboard.auth.Passwords;
import fi.kuntadigi.dashboard.auth.Users;
import fi.kuntadigi.dashboard.operations.OperationsSettings;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins on the real server over real HTTP: throttling and locks, equal work for every name, long passwords, audit. */
class LoginTest {

    @TempDir
    Path dir;

    /** 2 free failures, then 0.2 s and 0.4 s waits, locked for 10 minutes at the 5th failure. */
    static final LoginPolicy QUICK = new LoginPolicy(2, Duration.ofMillis(200), Duration.ofMillis(400), 5,
            Duration.ofMinutes(10), 5);

    private static HttpResponse<String> attempt(TestServer server, HttpClient client, String user, String password, String lang)
            throws Exception {
        String token = TestServer.csrfToken(server.get(client, "/login?lang=" + lang).body());
        return server.post(client, "/login", "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + token + "&lang=" + lang);
    }

    @Test
    void aGuessingLoopIsSlowedDownThenLockedAndTheRightPasswordIsRefusedWhileLocked() throws Exception {
        try (TestServer server = new TestServer(dir, ops -> ops, s -> s.withLogin(QUICK))) {
            HttpClient attacker = TestServer.client();
            List<Integer> checked = new ArrayList<>();
            HttpResponse<String> throttled = null;
            HttpResponse<String> r = null;
            for (int guess = 0; guess < 40; guess++) {
                r = attempt(server, attacker, "analyst", "guess-" + guess, "fi");
                if (r.statusCode() == 429 && r.body().contains("lukittu")) {
                    break;
                }
                if (r.statusCode() == 429) {
                    throttled = r;
                    Thread.sleep(450); // the loop waits as told (the Retry-After is rounded up to whole seconds)
                } else {
                    checked.add(r.statusCode());
                }
            }
            assertEquals(List.of(401, 401, 401, 401, 401), checked, "only 5 guesses ever reach the password check");
            assertTrue(throttled != null, "a guess within the wait is refused");
            assertEquals("1", throttled.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(throttled.body().contains("Liian monta epäonnistunutta kirjautumista. Yritä uudelleen 1 sekunnin kuluttua."),
                    throttled.body());
            assertEquals(429, r.statusCode());
            long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 590 && retryAfter <= 600, "locked for 10 minutes: " + retryAfter);
            assertTrue(r.body().contains("Yritä uudelleen 10 minuutin kuluttua"), r.body());

            HttpResponse<String> right = attempt(server, TestServer.client(), "analyst", TestServer.PASSWORD, "en");
            assertEquals(429, right.statusCode(), "the right password is refused while the account is locked");
            assertTrue(right.body().contains("Logging in is locked after too many failed attempts. Try again in 10 minutes."),
                    right.body());
            assertEquals(0, server.server().storedSessions());
            assertEquals(303, server.login(TestServer.client(), "steering").statusCode(), "another account is not locked");
        }
    }

    @Test
    void knownAndUnknownNamesTakeTheSameTime() throws Exception {
        // a real user at cost 8 (~20 ms; the old stand-in hash had a fixed cost of its own): the stand-in must follow the users'
        String hash = Passwords.hash("the-real-password".toCharArray(), 8);
        Path users = Files.writeString(dir.resolve("users.properties"), "known = ANALYST:" + hash + "\n");
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
        Path warehouse = TestWarehouse.build(dir.resolve("warehouse"));
        SecuritySettings noThrottle = SecuritySettings.defaults().withLogin(LoginPolicy.OFF).withAuditLog(dir.resolve("a.jsonl"));
        try (DashboardServer server = DashboardServer.start(new Settings(warehouse, "127.0.0.1", 0, users,
                OperationsSettings.defaults(), noThrottle))) {
            TestServer.Http http = new TestServer.Http(server.port());
            HttpClient client = TestServer.client();
            List<Long> known = new ArrayList<>();
            List<Long> unknown = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            String token = TestServer.csrfToken(http.get(client, "/login").body());
            for (int i = 0; i < 28; i++) { // pairs in alternating order, the first 3 to warm up
                String[] names = i % 2 == 0 ? new String[] {"known", "nobody-" + i} : new String[] {"nobody-" + i, "known"};
                long[] took = new long[2];
                for (int n = 0; n < 2; n++) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = http.post(client, "/login", "username=" + names[n] + "&password=wrong-" + i
                            + "&_csrf=" + token);
                    took[n] = System.nanoTime() - start;
                    assertEquals(401, r.statusCode());
                }
                if (i >= 3) {
                    long k = names[0].equals("known") ? took[0] : took[1];
                    long u = names[0].equals("known") ? took[1] : took[0];
                    known.add(k);
                    unknown.add(u);
                    ratios.add((double) k / u);
                }
            }
            // on a busy machine each answer's time swings with the load: the median of each pair's ratio
            // (two answers a moment apart) compares the work, the medians of each name show the size
            double ratio = median(ratios);
            assertTrue(ratio > 0.8 && ratio < 1.25, String.format("known / unknown: median ratio %.2f; medians %.1f ms and %.1f ms",
                    ratio, median(known) / 1e6, median(unknown) / 1e6));
        }
    }

    private static <T extends Number & Comparable<T>> double median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2).doubleValue();
    }

    @Test
    void longPasswordsAreCheckedInFullAndNeverCrash() throws Exception {
        String long80Bytes = "ä".repeat(40);
        String hash = Passwords.hash(long80Bytes.toCharArray(), 4);
        Users users = usersFile("long = STEERING:" + hash + "\n");
        assertTrue(users.authenticate("long", long80Bytes).isPresent(), "40 x ä (80 bytes) logs in");
        assertFalse(users.authenticate("long", "ä".repeat(36) + "x".repeat(8)).isPresent(),
                "the same first 72 bytes are not enough: nothing is cut off");
        try (TestServer server = new TestServer(dir)) {
            HttpResponse<String> r = attempt(server, TestServer.client(), "analyst", long80Bytes, "fi");
            assertEquals(401, r.statusCode(), "a wrong long password is just wrong");
            HttpResponse<String> tooLong = attempt(server, TestServer.client(), "analyst", "a".repeat(Passwords.MAX_LENGTH + 1), "en");
            assertEquals(400, tooLong.statusCode());
            assertTrue(tooLong.body().contains("The password is too long: at most 1,024 characters."), tooLong.body());
        }
    }

    private Users usersFile(String content) throws Exception {
        Path file = Files.writeString(dir.resolve("long.properties"), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return Users.loadPrivate(file);
    }

    @Test
    void theAuditLogRecordsLoginsFailuresLocksRefusalsAndActionsWithoutSecrets() throws Exception {
        try (TestServer server = new TestServer(dir, ops -> ops, s -> s.withLogin(new LoginPolicy(5, Duration.ofMinutes(1),
                Duration.ofMinutes(1), 2, Duration.ofMinutes(5), 5)))) {
            HttpClient analyst = TestServer.client();
            HttpResponse<String> login = server.login(analyst, "analyst");
            String sessionId = login.headers().firstValue("Set-Cookie").orElseThrow().replaceAll("^kd_session=([^;]+);.*$", "$1");
            // no launcher in the test server: the run is refused as unavailable, and still recorded as an action
            assertEquals(503, server.post(analyst, "/data/runs?lang=fi", "job=ingest&_csrf="
                    + TestServer.csrfToken(server.get(analyst, "/data").body())).statusCode());
            HttpClient other = TestServer.client();
            attempt(server, other, "steering", "wrong-password-1", "fi");
            attempt(server, other, "nosuchuser", "wrong-password-2", "fi");
            attempt(server, other, "steering", "wrong-password-3", "fi");
            attempt(server, other, "steering", "wrong-password-4", "fi");
            server.get(TestServer.client(), "/api/figures/pilots.feedback");
            server.post(analyst, "/logout", "_csrf=" + TestServer.csrfToken(server.get(analyst, "/data").body()));

            Path log = server.server().auditLog();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
            String text = Files.readString(log);
            for (String secret : new String[] {TestServer.PASSWORD, "wrong-password", sessionId}) {
                assertFalse(text.contains(secret), "the audit log holds " + secret);
            }
            List<String> events = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : text.split("\n")) {
                JsonNode e = json.readTree(line);
                assertEquals("127.0.0.1", e.get("address").asText(), line);
                events.add(e.get("event").asText() + " " + e.get("user").asText() + " " + e.get("method").asText() + " "
                        + e.get("path").asText() + " " + e.get("status").asInt());
            }
            assertEquals(List.of(
                    "login analyst POST /login 303",
                    "action analyst POST /data/runs 503",
                    "login_failed steering POST /login 401",
                    "login_failed null POST /login 401",
                    "login_failed steering POST /login 401",
                    "login_locked steering POST /login 401",
                    "login_locked_refused steering POST /login 429",
                    "refused null GET /api/figures/pilots.feedback 401",
                    "logout analyst POST /logout 303"), events);
        }
    }
}
