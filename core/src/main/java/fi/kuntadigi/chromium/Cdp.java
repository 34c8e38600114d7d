package fi.kuntadigi.chromium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Chrome DevTools Protocol session with one page (tab) of a browser, over the JDK's WebSocket:
 * commands are sent as JSON with an id and their answers matched by it. Closing it closes the tab.
 */
public final class Cdp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String endpoint;
    private final String targetId;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Cdp(HttpClient http, String endpoint, String targetId, WebSocket socket) {
        this.http = http;
        this.endpoint = endpoint;
        this.targetId = targetId;
        this.socket = socket;
    }

    /** Opens a new blank tab in the browser whose DevTools HTTP endpoint is given, and connects to it. */
    static Cdp newPage(String endpoint) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> target = http.send(HttpRequest.newBuilder(URI.create(endpoint + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode page = JSON.readTree(target.body());
        Listener listener = new Listener();
        WebSocket socket = await(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(page.get("webSocketDebuggerUrl").asText()), listener), "connect to the tab");
        Cdp cdp = new Cdp(http, endpoint, page.get("id").asText(), socket);
        listener.cdp = cdp;
        return cdp;
    }

    /** Sends a command and returns its result; a protocol error becomes a {@link BrowserException}. */
    public JsonNode send(String method, Map<String, ?> params) throws InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            await(socket.sendText(JSON.writeValueAsString(message), true), method);
            JsonNode reply = await(answer, method);
            if (reply.has("error")) {
                throw new BrowserException(method + ": " + reply.get("error").path("message").asText(reply.get("error").toString()));
            }
            return reply.get("result");
        } catch (IOException e) {
            throw new BrowserException(method + ": " + e.getMessage());
        } finally {
            pending.remove(id);
        }
    }

    /** Evaluates an expression in the page (awaiting a promise) and returns its value. */
    public JsonNode eval(String expression) throws InterruptedException {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new BrowserException("in the page: " + result.get("exceptionDetails").path("text").asText());
        }
        return result.get("result").path("value");
    }

    private static <T> T await(CompletableFuture<T> future, String what) throws InterruptedException {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new BrowserException(what + ": " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new BrowserException(what + ": no answer from chromium in " + TIMEOUT.toSeconds() + " s");
        }
    }

    private void receive(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node.has("id")) {
                CompletableFuture<JsonNode> f = pending.get(node.get("id").asInt());
                if (f != null) {
                    f.complete(node);
                }
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    /** Closes the tab (and with it this connection). */
    @Override
    public void close() {
        try {
            http.send(HttpRequest.newBuilder(URI.create(endpoint + "/json/close/" + targetId)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            socket.abort();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socket.abort();
        }
    }

    /** Joins a message's frames and hands the whole text on. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile Cdp cdp;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                cdp.receive(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
