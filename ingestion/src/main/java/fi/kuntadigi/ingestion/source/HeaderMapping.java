package fi.kuntadigi.ingestion.source;

import fi.kuntadigi.operations.UnusableInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Maps an export's own headers ({@code Kunta}, {@code Palvelu}, {@code Määrä}, …) to canonical
 * column names, from {@code datasets/mappings/<dataset>.properties}, so a new export format
 * needs a line of configuration, not code. Canonical names always map to themselves.
 */
public final class HeaderMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Mapping value that marks an export column as deliberately not loaded. */
    public static final String IGNORE = "ignore";

    private final Map<String, String> byHeader;
    private final String file;

    private HeaderMapping(Map<String, String> byHeader, String file) {
        this.byHeader = Map.copyOf(byHeader);
        this.file = file;
    }

    public static HeaderMapping none() {
        return new HeaderMapping(Map.of(), null);
    }

    /** Loads a mapping file (UTF-8 properties: {@code export header = canonical_column}); absent file = no mapping. */
    public static HeaderMapping load(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnusableInputException(displayName + ": mapping file cannot be read (" + e.getMessage()
                    + "); write it as UTF-8 lines 'Export header = canonical_column'");
        }
        Map<String, String> map = new HashMap<>();
        for (String header : properties.stringPropertyNames()) {
            map.put(normalise(header), properties.getProperty(header).trim());
        }
        return new HeaderMapping(map, displayName);
    }

    /** The canonical name an export header maps to, if the mapping names it. */
    public Optional<String> canonical(String header) {
        return Optional.ofNullable(byHeader.get(normalise(header)));
    }

    /** The mapping file's name for messages, or null when there is none. */
    public String file() {
        return file;
    }

    public static String normalise(String header) {
        String h = header == null ? "" : header.strip();
        if (!h.isEmpty() && h.charAt(0) == '\uFEFF') {
            h = h.substring(1).strip();
        }
        return h.toLowerCase(Locale.ROOT);
    }
}
