package fi.kuntadigi.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code datasets/mappings/<dataset>.properties}: export headers (keys, escaped as Java properties
 * require) mapped to canonical columns or question ids. Written by hand rather than with
 * {@link java.util.Properties#store} so the file has no time stamp and keeps its order and UTF-8 text.
 */
final class MappingFile {

    /**
     * One header of an export and what it maps to.
     *
     * @param header export header as written
     * @param target canonical column or question id
     */
    record Entry(String header, String target) {
    }

    private MappingFile() {
    }

    static void write(Path datasetsDir, String dataset, String comment, List<Entry> entries) {
        Path file = datasetsDir.resolve("mappings").resolve(dataset + ".properties");
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line : comment.split("\n")) {
                    out.write("# " + line + "\n");
                }
                for (Entry e : entries) {
                    out.write(escapeKey(e.header()) + "=" + e.target() + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escapeKey(String key) {
        StringBuilder escaped = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == ' ' || c == '=' || c == ':' || c == '#' || c == '!' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
