package fi.kuntadigi.dashboard;

import at.favre.lib.crypto.bcrypt.BCrypt;
import fi.kuntadigi.dashboard.operations.OperationsSettings;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real dashboard server on the test warehouse (or on {@code -Dkuntadigi.test.warehouse=DIR},
 * e.g. one the batch jobs built), with a steering and an analyst user, and an HTTP client.
 */
public final class TestServer implements AutoCloseable {

    public static final String PASSWORD = "test-password-123";

    private final DashboardServer server;
    private final Path warehouse;

    public TestServer(Path dir) throws Exception {
        this(dir, ops -> ops);
    }

    /** A server whose batch-job settings (launcher, inbox, scheduler) the test chooses. */
    public TestServer(Path dir, UnaryOperator<OperationsSettings> operations) throws Exception {
        this(dir, operations, security -> security);
    }

    /** A server whose batch-job and security settings (throttling, idle timeout, audit log) the test chooses. */
    public TestServer(Path dir, UnaryOperator<OperationsSettings> operations, UnaryOperator<SecuritySettings> security)
            throws Exception {
        String given = System.getProperty("kuntadigi.test.warehouse", "");
        warehouse = given.isBlank() ? TestWarehouse.build(dir.resolve("warehouse")) : Path.of(given).toAbsolutePath();
        String hash = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());
        Path users = Files.writeString(dir.resolve("users.properties"),
                "steering = STEERING:" + hash + "\nanalyst = ANALYST:" + hash + "\n");
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
        server = DashboardServer.start(new Settings(warehouse, "127.0.0.1", 0, users,
                operations.apply(OperationsSettings.defaults().withFolders(dir.resolve("datasets"), dir.resolve("inbox"))),
                security.apply(SecuritySettings.defaults().withAuditLog(dir.resolve("audit").resolve("audit.jsonl")))));
    }

    /** The running server (its session store, audit log). */
    public DashboardServer server() {
        return server;
    }

    public Path warehouse() {
        return warehouse;
    }

    public String url(String path) {
        return http().url(path);
    }

    private Http http() {
        return new Http(server.port());
    }

    /** Requests to a server on a local port. */
    public record Http(int port) {

        public String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        public HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> post(HttpClient client, String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A client with its own cookie jar (a browser session). */
    public static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return http().get(client, path);
    }

    public HttpResponse<String> post(HttpClient client, String path, String form) throws IOException, InterruptedException {
        return http().post(client, path, form);
    }

    /** Logs the client in through the login form (with its CSRF token). */
    public HttpResponse<String> login(HttpClient client, String user) throws IOException, InterruptedException {
        String token = csrfToken(get(client, "/login").body());
        return post(client, "/login", "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + token + "&lang=fi");
    }

    public static String csrfToken(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    @Override
    public void close() {
        server.close();
    }
}
