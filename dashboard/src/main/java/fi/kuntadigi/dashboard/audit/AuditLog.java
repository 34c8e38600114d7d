package fi.kuntadigi.dashboard.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's audit trail: one JSON object a line ({@code time, event, user, address, method,
 * path, status} and an optional {@code detail}) for logins, failed logins, throttled and locked
 * attempts, refused requests (401/403) and every state-changing request. Passwords, tokens and
 * session ids are never given to it. The file is created owner-only ({@code rw-------}) in a
 * folder created owner-only; each line is written and flushed in one append.
 */
public final class AuditLog implements AutoCloseable {

    /** Where the log goes by default: {@code WAREHOUSE/_audit/dashboard-audit.jsonl}. */
    public static Path defaultFile(Path warehouse) {
        return warehouse.resolve("_audit").resolve("dashboard-audit.jsonl");
    }

    /** One entry. @param user login name or null @param address client address @param detail extra facts, or null */
    public record Entry(String event, String user, String address, String method, String path, int status,
                        Map<String, ?> detail) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel out;

    private AuditLog(Path file, FileChannel out) {
        this.file = file;
        this.out = out;
    }

    /** Opens (creating owner-only) the log for appending. */
    public static AuditLog open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(parent)) {
                Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                // appending to the existing log
            }
            return new AuditLog(file, FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit log " + file + ": " + e.getMessage()
                    + "; give a writable file with --audit-log FILE", e);
        }
    }

    public Path file() {
        return file;
    }

    public void write(Entry e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("event", e.event());
        line.put("user", e.user());
        line.put("address", e.address());
        line.put("method", e.method());
        line.put("path", e.path());
        line.put("status", e.status());
        if (e.detail() != null && !e.detail().isEmpty()) {
            line.put("detail", e.detail());
        }
        try {
            byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            synchronized (this) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
        } catch (IOException ex) {
            // an audit line that cannot be written is reported, never silently dropped
            System.err.println("kuntadigi dashboard: cannot write the audit log " + file + ": " + ex.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // closing at shutdown
        }
    }
}
