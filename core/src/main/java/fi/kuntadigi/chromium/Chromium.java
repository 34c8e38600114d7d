package fi.kuntadigi.chromium;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, or {@code KUNTADIGI_CHROMIUM}) with the DevTools
 * protocol on a free loopback port and a throw-away profile. Stopped with its process when closed.
 */
public final class Chromium implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://([^/\\s]+)/");

    private final Process process;
    private final String endpoint;

    private Chromium(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** The browser binary: {@code KUNTADIGI_CHROMIUM}, the system property {@code kuntadigi.chromium}, or Debian's. */
    public static Path binary() {
        String env = System.getenv("KUNTADIGI_CHROMIUM");
        return Path.of(env != null && !env.isBlank() ? env : System.getProperty("kuntadigi.chromium", "/usr/bin/chromium"));
    }

    /**
     * Starts the browser with its profile in {@code profile} (a fresh folder) and any further switches (e.g.
     * {@code --window-size=1280,900}); the fixed ones keep it headless and off the network.
     */
    public static Chromium start(Path profile, String... switches) throws IOException {
        Path binary = binary();
        if (!Files.isExecutable(binary)) {
            throw new BrowserException(binary + " is missing: install Debian's chromium (apt-get install -y chromium)"
                    + " or name another in KUNTADIGI_CHROMIUM");
        }
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile));
        command.addAll(Arrays.asList(switches));
        command.add("about:blank");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return new Chromium(process, "http://" + awaitDevTools(process));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String awaitDevTools(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
            seen.append(line).append('\n');
        }
        throw new BrowserException("chromium exited before its DevTools protocol started:\n" + seen);
    }

    /** A new tab. */
    public Cdp newPage() throws IOException, InterruptedException {
        return Cdp.newPage(endpoint);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
