package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web hardening on the real server over real HTTP: no sessions for visitors, idle expiry,
 * no-store and HSTS, the redirect after login, bounded request bodies, and serve without demo users.
 */
class HardeningTest {

    @TempDir
    static Path dir;
    static TestServer server;
    static HttpClient steering;
    static HttpClient analyst;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        steering = TestServer.client();
        analyst = TestServer.client();
        assertEquals(303, server.login(steering, "steering").statusCode());
        assertEquals(303, server.login(analyst, "analyst").statusCode());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousVisitorsGetNoStoredSession() throws Exception {
        int before = server.server().storedSessions();
        for (int i = 0; i < 20; i++) {
            HttpClient visitor = TestServer.client();
            server.get(visitor, "/login");
            server.get(visitor, "/roadmap");
            server.get(visitor, "/api/figures/pilots.feedback");
        }
        HttpClient visitor = TestServer.client();
        String token = TestServer.csrfToken(server.get(visitor, "/login").body());
        assertEquals(401, server.post(visitor, "/login", "username=nobody&password=wrong&_csrf=" + token).statusCode());
        assertEquals(before, server.server().storedSessions(), "62 anonymous requests stored nothing");
        assertEquals(303, server.login(TestServer.client(), "steering").statusCode());
        assertEquals(before + 1, server.server().storedSessions(), "a login stores one");
    }

    @Test
    void theLoginFormsTokenIsASignedCookieAForgedOneIsRefused() throws Exception {
        HttpClient visitor = TestServer.client();
        String token = TestServer.csrfToken(server.get(visitor, "/login").body());
        String forged = token.substring(0, token.indexOf('.')) + ".AAAA";
        HttpResponse<String> r = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(server.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "kd_csrf=" + forged)
                .POST(HttpRequest.BodyPublishers.ofString("username=steering&password=" + TestServer.PASSWORD + "&_csrf=" + forged)));
        assertEquals(403, r.statusCode());
        assertEquals(403, server.post(TestServer.client(), "/login", "username=steering&password=" + TestServer.PASSWORD
                + "&_csrf=" + token).statusCode(), "a token without its cookie");
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutButNotWhileItIsUsed(@TempDir Path own) throws Exception {
        try (TestServer idle = new TestServer(own, ops -> ops, s -> s.withSessionIdle(Duration.ofMillis(1500)))) {
            HttpClient c = TestServer.client();
            assertEquals(303, idle.login(c, "steering").statusCode());
            for (int i = 0; i < 3; i++) {
                Thread.sleep(700);
                assertEquals(200, idle.get(c, "/api/figures/pilots.feedback").statusCode(), "used within the idle time");
            }
            Thread.sleep(1800);
            assertEquals(401, idle.get(c, "/api/figures/pilots.feedback").statusCode(), "idle for longer: logged out");
            assertEquals(0, idle.server().storedSessions(), "and forgotten");
        }
    }

    @Test
    void answersThatNeedALoginAreNeverStored() throws Exception {
        for (String path : new String[] {"/pilots", "/api/figures/pilots.feedback", "/api/figures/costs.budget/csv"}) {
            assertEquals("no-store", server.get(steering, path).headers().firstValue("Cache-Control").orElse(""), path);
        }
        for (String path : new String[] {"/data", "/api/runs/history"}) {
            assertEquals("no-store", server.get(analyst, path).headers().firstValue("Cache-Control").orElse(""), path);
        }
        assertEquals("no-store", server.get(TestServer.client(), "/api/figures/pilots.feedback").headers()
                .firstValue("Cache-Control").orElse(""), "the refusal too");
        assertFalse(server.get(TestServer.client(), "/api/figures/roadmap.timeline").headers().firstValue("Cache-Control")
                .orElse("").contains("no-store"), "a public figure may be cached");
    }

    @Test
    void overHttpsFromATrustedProxyHstsAndHostCookies() throws Exception {
        HttpResponse<String> tls = send(TestServer.client(), HttpRequest.newBuilder(URI.create(server.url("/login")))
                .header("X-Forwarded-Proto", "https"));
        assertEquals("max-age=31536000; includeSubDomains", tls.headers().firstValue("Strict-Transport-Security").orElseThrow());
        String cookie = tls.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("__Host-kd_csrf=") && cookie.contains("; Secure") && cookie.contains("Path=/")
                && !cookie.contains("Domain"), cookie);
        assertTrue(server.get(TestServer.client(), "/login").headers().firstValue("Strict-Transport-Security").isEmpty(),
                "plain HTTP: no HSTS");
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastForwardedHop() throws Exception {
        send(TestServer.client(), HttpRequest.newBuilder(URI.create(server.url("/api/figures/pilots.feedback")))
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.9"));
        List<String> lines = Files.readAllLines(server.server().auditLog());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.contains("\"event\":\"refused\"") && last.contains("\"address\":\"203.0.113.9\""), last);
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored(@TempDir Path own) throws Exception {
        try (TestServer direct = new TestServer(own, ops -> ops, s -> s.withTrustedProxies(Set.of()))) {
            HttpResponse<String> r = send(TestServer.client(), HttpRequest.newBuilder(URI.create(direct.url("/login")))
                    .header("X-Forwarded-Proto", "https"));
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty());
            assertTrue(r.headers().firstValue("Set-Cookie").orElseThrow().startsWith("kd_csrf="));
            send(TestServer.client(), HttpRequest.newBuilder(URI.create(direct.url("/api/figures/pilots.feedback")))
                    .header("X-Forwarded-For", "203.0.113.9"));
            assertTrue(Files.readString(direct.server().auditLog()).contains("\"address\":\"127.0.0.1\""),
                    "the peer, not what it claims");
        }
    }

    @Test
    void afterLoginOnlyAPathOfThisSite() throws Exception {
        for (String next : new String[] {"/\t/evil.example/", "//evil.example", "/\\evil.example", "https://evil.example/",
                "/\n/evil.example", " //evil.example", "/%09/x\u00e4"}) {
            HttpClient c = TestServer.client();
            String token = TestServer.csrfToken(server.get(c, "/login").body());
            HttpResponse<String> r = server.post(c, "/login", "username=steering&password=" + TestServer.PASSWORD + "&_csrf=" + token
                    + "&lang=en&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            assertEquals(303, r.statusCode());
            assertEquals("/overview?lang=en", r.headers().firstValue("Location").orElseThrow(), "next=" + next);
        }
        HttpClient c = TestServer.client();
        String token = TestServer.csrfToken(server.get(c, "/login").body());
        HttpResponse<String> ok = server.post(c, "/login", "username=steering&password=" + TestServer.PASSWORD + "&_csrf=" + token
                + "&next=" + URLEncoder.encode("/pilots?lang=en&municipality=214", StandardCharsets.UTF_8));
        assertEquals("/pilots?lang=en&municipality=214", ok.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theLoginFormNeverEchoesAnInjectedNext() throws Exception {
        String injected = "/pilots\"><img src=x onerror=alert(1)>";
        String page = server.get(TestServer.client(), "/login?lang=en&next=" + URLEncoder.encode(injected, StandardCharsets.UTF_8))
                .body();
        assertFalse(page.contains("<img src=x"), page);
        assertTrue(page.contains("name=\"next\" value=\"/overview?lang=en\""), "the injected path is refused as next");
    }

    /** The status line the server answers to request headers alone: it must answer without the body. */
    private static String answerToHeaders(String head) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", URI.create(server.url("/")).getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write("username=a&pass".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aHundredMibAnonymousPostIsRefusedBeforeItsBodyIsRead() throws Exception {
        for (String path : new String[] {"/login", "/data/uploads", "/data/runs"}) {
            String status = answerToHeaders("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (100L << 20) + "\r\n\r\n");
            assertTrue(status.startsWith("HTTP/1.1 413 "), path + ": " + status);
        }
        assertEquals("HTTP/1.1 411 Length Required", answerToHeaders("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"));
    }

    private static HttpResponse<String> brokenMultipart(HttpClient client, String path) throws Exception {
        return send(client, HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc")));
    }

    @Test
    void malformedMultipartIsABadRequest() throws Exception {
        assertEquals(400, brokenMultipart(TestServer.client(), "/login").statusCode(), "anonymous, to the login form");
        for (String path : new String[] {"/login", "/data/runs", "/data/uploads"}) {
            HttpClient fresh = TestServer.client(); // the server closes a connection whose body it could not read
            assertEquals(303, server.login(fresh, "analyst").statusCode());
            HttpResponse<String> r = brokenMultipart(fresh, path);
            assertEquals(400, r.statusCode(), path + ": " + r.body());
        }
        assertEquals(401, brokenMultipart(TestServer.client(), "/data/uploads").statusCode(),
                "an anonymous upload is refused before its body is read");
    }

    @Test
    void anUploadIsStoredOwnerOnly() throws Exception {
        String boundary = "kd-boundary";
        String token = TestServer.csrfToken(server.get(analyst, "/data").body());
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dataset\"\r\n\r\ncost_lines\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"export\"; filename=\"kulut.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\ndocument,kind,category,item,amount_cents\r\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = send(analyst, HttpRequest.newBuilder(URI.create(server.url("/data/uploads?lang=fi")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        Path stored = dir.resolve("inbox").resolve("cost_lines")
                .resolve(location.substring("/data/uploads/cost_lines/".length(), location.indexOf('?')));
        for (Path file : new Path[] {stored, stored.resolveSibling(stored.getFileName() + ".json")}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
    }

    @Test
    void serveLoadsNoUsersUnlessAFileIsNamed(@TempDir Path own) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = {"--warehouse", server.warehouse().toString(), "--port", "0", "--audit-log", own.resolve("a.jsonl").toString()};
        try (DashboardServer plain = DashboardMain.start(args, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String said = out.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("no users file: only the public views. Add a user with 'bin/kuntadigi users add NAME"
                    + " --role ANALYST --file FILE', then serve --users FILE"), said);
            assertEquals(0, plain.users());
            TestServer.Http http = new TestServer.Http(plain.port());
            HttpClient c = TestServer.client();
            String token = TestServer.csrfToken(http.get(c, "/login").body());
            assertEquals(401, http.post(c, "/login", "username=ohjausryhma&password=ohjausryhma-demo-2021&_csrf=" + token)
                    .statusCode(), "the demo user's published password");
            assertEquals(200, http.get(c, "/roadmap").statusCode(), "the public views");
        }
    }

    @Test
    void serveRefusesAUsersFileOthersCanRead(@TempDir Path own) throws Exception {
        Path users = Files.copy(Path.of("config/users.properties"), own.resolve("users.properties"));
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-r--r--"));
        String[] args = {"--warehouse", server.warehouse().toString(), "--port", "0", "--users", users.toString()};
        DashboardMain.StartFailure e = assertThrows(DashboardMain.StartFailure.class,
                () -> DashboardMain.start(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals("the users file " + users + " is readable or writable by others (mode rw-r--r--); make it private with:"
                + " chmod 600 " + users, e.getMessage());
    }

    @Test
    void theDemoUsersOnlyWhenAskedForAndSaidSo(@TempDir Path own) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = {"--warehouse", server.warehouse().toString(), "--port", "0", "--demo-users", "config/users.properties",
                "--audit-log", own.resolve("a.jsonl").toString()};
        try (DashboardServer demo = DashboardMain.start(args, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("; DEMO USERS from config/users.properties (their passwords are"
                    + " published in dashboard/README.md: not for real use)"), out.toString(StandardCharsets.UTF_8));
            assertEquals(2, demo.users());
        }
    }
}
