package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.operations.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured log of a run: one JSON object per line ({@code warehouse/_runs/<run>.log.jsonl})
 * with time, run id, event and its fields, for machines and for the data-and-jobs view.
 */
public final class RunLog implements AutoCloseable {

    private final Writer out;
    private final String runId;

    /** A log written to {@code out} (e.g. {@code WarehouseStore.appendLog}), flushed after every event. */
    public RunLog(OutputStream out, String runId) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.runId = runId;
    }

    public synchronized void event(String event, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ts", Instant.now().toString());
        line.put("run_id", runId);
        line.put("event", event);
        line.putAll(fields);
        try {
            out.write(Json.line(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
