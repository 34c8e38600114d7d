package fi.kuntadigi.analytics.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Typed access to the analytics properties file. A missing key gives the documented default;
 * a value that cannot be read is an error naming the key and the file.
 */
public final class Settings {

    private final Properties properties;
    private final String origin;
    private final Path folder;

    public Settings(Properties properties, String origin) {
        this(properties, origin, null);
    }

    private Settings(Properties properties, String origin, Path folder) {
        this.properties = properties;
        this.origin = origin;
        this.folder = folder;
    }

    /** Reads a UTF-8 properties file; a missing file means all defaults. */
    public static Settings load(Path file) {
        Properties p = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return new Settings(p, file == null ? "defaults" : file.toString(),
                file == null ? null : file.toAbsolutePath().normalize().getParent());
    }

    public static Settings of(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        return new Settings(p, "given settings");
    }

    public String text(String key, String fallback) {
        String v = properties.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /**
     * A folder named relative to the settings file's folder (given settings: to {@code datasets/config} of
     * the working directory, where the file is by default).
     */
    public Path folder(String key, String fallback) {
        Path base = folder != null ? folder : Path.of("datasets", "config").toAbsolutePath();
        return base.resolve(text(key, fallback)).normalize();
    }

    public double decimal(String key, double fallback) {
        return parsed(key, fallback, v -> Double.parseDouble(v.replace(',', '.')), "a number");
    }

    public int integer(String key, int fallback) {
        return parsed(key, fallback, Integer::parseInt, "a whole number");
    }

    public long whole(String key, long fallback) {
        return parsed(key, fallback, Long::parseLong, "a whole number");
    }

    private <T> T parsed(String key, T fallback, Function<String, T> parse, String expected) {
        String v = properties.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(v.strip());
        } catch (NumberFormatException e) {
            throw invalid(key, v, expected);
        }
    }

    public boolean flag(String key, boolean fallback) {
        String v = properties.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, v, "true or false");
        };
    }

    /** Every key under {@code prefix} (without the prefix), sorted. */
    public Map<String, String> under(String prefix) {
        Map<String, String> out = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                out.put(key.substring(prefix.length()), properties.getProperty(key).strip());
            }
        }
        return out;
    }

    public IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException(origin + ": " + key + " = '" + value + "' must be " + expected);
    }
}
